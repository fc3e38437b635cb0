using System.Globalization;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// A filter over a long option list draws its options only while open, shows the chosen option's
/// label while closed, and reports the choice.
/// </summary>
public sealed class OptionSelectTests : BunitContext, IAsyncLifetime
{
    private static readonly DashboardOption[] s_divisions =
        [new("20", "20 Kimyasalların ve kimyasal ürünlerin imalatı"), new("23", "23 Diğer metalik olmayan mineral ürünlerin imalatı"), new("24", "24 Ana metal sanayii")];

    public OptionSelectTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddMudServices();
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Closed_ShowsTheChosenLabel_AndHoldsNoItemPerOption()
    {
        var select = Render<OptionSelect>(p => p.Add(x => x.Options, s_divisions).Add(x => x.Value, "23").Add(x => x.Label, "Bölüm"));

        Assert.Equal("23 Diğer metalik olmayan mineral ürünlerin imalatı", select.Find("input").GetAttribute("value"));
        Assert.Single(select.FindComponents<MudSelectItem<string>>());
    }

    [Fact]
    public async Task Open_DrawsEveryOption_AndTheChoiceIsReported()
    {
        string? chosen = null;
        var popovers = Render<MudPopoverProvider>();
        var select = Render<OptionSelect>(p => p.Add(x => x.Options, s_divisions).Add(x => x.ValueChanged, v => chosen = v));
        Assert.Equal("Tümü", select.Find("input").GetAttribute("value"));

        var mud = select.FindComponent<MudSelect<string>>();
        await mud.InvokeAsync(mud.Instance.OpenMenu);

        select.WaitForAssertion(() => Assert.Equal(s_divisions.Length + 1, select.FindComponents<MudSelectItem<string>>().Count));
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains("24 Ana metal", StringComparison.Ordinal)));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains("24 Ana metal", StringComparison.Ordinal)).Click();

        select.WaitForAssertion(() => Assert.Equal("24", chosen));
    }

    [Fact]
    public async Task ChoosingAll_ReportsNull()
    {
        var chosen = "24";
        var popovers = Render<MudPopoverProvider>();
        var select = Render<OptionSelect>(p => p.Add(x => x.Options, s_divisions).Add(x => x.Value, "24").Add(x => x.ValueChanged, v => chosen = v));

        var mud = select.FindComponent<MudSelect<string>>();
        await mud.InvokeAsync(mud.Instance.OpenMenu);
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == "Tümü"));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == "Tümü").Click();

        select.WaitForAssertion(() => Assert.Null(chosen));
    }
}
