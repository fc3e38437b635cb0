using System.Globalization;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// A list's search box: what is typed is applied once the typing pauses, a search the one search rule
/// refuses shows its Turkish error at the box and is not run, the clear button (labelled in Turkish,
/// where MudTextField's said "Clear") applies at once, and the box draws no child component.
/// </summary>
public sealed class SearchFieldTests : BunitContext
{
    private readonly List<string?> _applied = [];

    public SearchFieldTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Typing_IsAppliedOnceItPauses_WithTheLastText()
    {
        var box = Render();

        box.Find("input").Input("uçu");
        box.Find("input").Input("uçucu kül");

        box.WaitForAssertion(() => Assert.Equal(["uçucu kül"], _applied));
        Assert.Equal("uçucu kül", box.Find("input").GetAttribute("value"));
        Assert.Equal("false", box.Find("input").GetAttribute("aria-invalid"));
        Assert.Empty(box.FindComponents<IComponent>());
    }

    [Fact]
    public void TooLongSearch_ShowsTheTranslatedErrorAtTheBox_AndIsNotRun()
    {
        var box = Render();

        box.Find("input").Input(new string('a', 101));

        box.WaitForAssertion(() => Assert.Contains("Arama en fazla 100 karakter olabilir.", box.Markup, StringComparison.Ordinal));
        Assert.Empty(_applied);
        Assert.Equal("true", box.Find("input").GetAttribute("aria-invalid"));
        Assert.Contains("mud-input-error", box.Find("div").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void ClearButton_AppearsWithText_AndAppliesAnEmptySearchAtOnce()
    {
        var box = Render("kül");
        var clear = box.Find("[data-testid=search-clear]");
        Assert.Equal("Aramayı temizle", clear.GetAttribute("aria-label"));

        clear.Click();

        Assert.Equal([null], _applied);
        Assert.Empty(box.FindAll("[data-testid=search-clear]"));
        Assert.Null(box.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void BeforeTheCircuit_TheBoxIsDisabled()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var box = Render("kül");

        Assert.True(box.Find("input").HasAttribute("disabled"));
        Assert.Equal("kül", box.Find("input").GetAttribute("value"));
    }

    private IRenderedComponent<SearchField> Render(string? value = null) => Render<SearchField>(p => p
        .Add(x => x.Value, value)
        .Add(x => x.Placeholder, "Ara")
        .Add(x => x.TestId, "search")
        .Add(x => x.ValueChanged, EventCallback.Factory.Create<string?>(this, t => _applied.Add(t))));
}
