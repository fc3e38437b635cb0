using System.Globalization;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The match browser's pager: the rows shown in Turkish, the buttons that lead nowhere disabled, the
/// page and size chosen reported, and no child component (it replaced MudTablePager's fifteen).
/// </summary>
public sealed class TablePagerTests : BunitContext
{
    private readonly List<(int Page, int PageSize)> _changes = [];

    public TablePagerTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void FirstPage_ShowsItsRows_AndLeadsOnlyForward()
    {
        var pager = Render(340, page: 0);

        Assert.Equal("1-25 / 340", pager.Find("[data-testid=pager-caption]").TextContent);
        Assert.Contains("Sayfa başına satır:", pager.Markup, StringComparison.Ordinal);
        Assert.True(pager.Find("[data-testid=pager-first]").HasAttribute("disabled"));
        Assert.True(pager.Find("[data-testid=pager-previous]").HasAttribute("disabled"));
        Assert.Equal("Sonraki sayfa", pager.Find("[data-testid=pager-next]").GetAttribute("aria-label"));

        pager.Find("[data-testid=pager-next]").Click();
        pager.Find("[data-testid=pager-last]").Click();

        Assert.Equal([(1, 25), (13, 25)], _changes);
        Assert.Empty(pager.FindComponents<IComponent>());
    }

    [Fact]
    public void LastPage_ShowsTheRowsLeft_AndLeadsOnlyBack()
    {
        var pager = Render(340, page: 13);

        Assert.Equal("326-340 / 340", pager.Find("[data-testid=pager-caption]").TextContent);
        Assert.True(pager.Find("[data-testid=pager-next]").HasAttribute("disabled"));
        Assert.True(pager.Find("[data-testid=pager-last]").HasAttribute("disabled"));
        pager.Find("[data-testid=pager-previous]").Click();

        Assert.Equal([(12, 25)], _changes);
    }

    [Fact]
    public void AnotherPageSize_StartsAtTheFirstPage_AndAnUnknownSizeIsIgnored()
    {
        var pager = Render(340, page: 5);

        pager.Find("[data-testid=pager-size]").Change("50");
        pager.Find("[data-testid=pager-size]").Change("100000");

        Assert.Equal([(0, 50)], _changes);
    }

    [Fact]
    public void NoRows_ShowsZero_AndEveryButtonDisabled()
    {
        var pager = Render(0, page: 0);

        Assert.Equal("0-0 / 0", pager.Find("[data-testid=pager-caption]").TextContent);
        Assert.All(pager.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    private IRenderedComponent<TablePager> Render(int total, int page) => Render<TablePager>(p => p
        .Add(x => x.Total, total)
        .Add(x => x.Page, page)
        .Add(x => x.PageSize, 25)
        .Add(x => x.Changed, c => _changes.Add(c)));
}
