using IzmirSymbiosis.Web.Components.Shared;
using MudBlazor;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>The NACE picker over the real NACE list with TÜİK's Turkish titles.</summary>
[Collection(ComponentDatabaseCollection.Name)]
public sealed class NacePickerTests(ComponentDatabaseFixture database) : ComponentTest(database)
{
    [Fact]
    public void TurkishWords_FindTheClass_AndChoosingItRaisesCodeChanged()
    {
        string? chosen = null;
        var popovers = Render<MudPopoverProvider>();
        var picker = Render<NacePicker>(p => p.Add(x => x.Label, "NACE").Add(x => x.CodeChanged, c => chosen = c));

        picker.Find("input").Input("demir döküm");

        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll("[data-testid=nace-option]"), o => o.TextContent.StartsWith("24.51", StringComparison.Ordinal)));
        var option = popovers.FindAll("[data-testid=nace-option]").Single(o => o.TextContent.StartsWith("24.51", StringComparison.Ordinal));
        Assert.Contains("Demir döküm", option.TextContent, StringComparison.Ordinal);
        option.Click();

        picker.WaitForAssertion(() => Assert.Equal("24.51", chosen));
    }

    [Fact]
    public void AllowDivisions_OffersTheDivisionBesideItsClasses()
    {
        var popovers = Render<MudPopoverProvider>();
        var picker = Render<NacePicker>(p => p.Add(x => x.Label, "NACE").Add(x => x.AllowDivisions, true));

        picker.Find("input").Input("24");

        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll("[data-testid=nace-option]"), o => o.TextContent.StartsWith("24 ", StringComparison.Ordinal)));
        Assert.Contains(popovers.FindAll("[data-testid=nace-option]"), o => o.TextContent.StartsWith("24.10", StringComparison.Ordinal));
        Assert.DoesNotContain(popovers.FindAll("[data-testid=nace-option]"), o => o.TextContent.StartsWith("24.1 ", StringComparison.Ordinal));
    }
}
