using System.Globalization;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The lists that were MudTables (firms, accounts, visits, workshops, exchanges, introductions, data
/// quality, markets): the rows a page read, the order asked of the service, the pager's page, the text
/// while nothing is read and when nothing matches, a row click, and no component but the header and the
/// pager (a MudTable's sort select registered a popover that kept the page after the reader left it).
/// </summary>
public sealed class PlainTableTests : BunitContext
{
    private static readonly TableColumn[] s_columns = [new("name", "Company.Name"), new("district", "Company.District"), new("offers", "Company.Offers", Sorts: false)];
    private static readonly string[] s_firms = [.. Enumerable.Range(1, 30).Select(i => $"Firma {i:00}")];

    private readonly List<PageRequest> _requests = [];

    public PlainTableTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task Rows_ThePageRead_WithTheOrderAndPageAskedOfTheService()
    {
        var list = List();
        await list.LoadAsync();
        var table = Render(list);

        Assert.Equal(25, table.FindAll("tbody tr").Count);
        Assert.Equal("Firma 01", table.Find("tbody tr td").TextContent);
        Assert.Equal("1-25 / 30", table.Find("[data-testid=firms-pager] [data-testid=pager-caption]").TextContent);

        table.Find("[data-testid=firm-sort-name]").Click();
        table.WaitForAssertion(() => Assert.Equal("Firma 30", table.Find("tbody tr td").TextContent));
        table.Find("[data-testid=pager-next]").Click();
        table.WaitForAssertion(() => Assert.Equal(5, table.FindAll("tbody tr").Count));

        Assert.Equal([("name", false, 0), ("name", true, 0), ("name", true, 1)], _requests.Select(r => (r.SortBy, r.Descending, r.Page)));
        Assert.Equal(["Firma adı", "İlçe", "Teklifler"], table.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Empty(table.FindAll("thead th:last-child [role=button]"));
    }

    [Fact]
    public async Task Text_WhileNothingIsRead_AndWhenNothingMatches()
    {
        var list = List(matching: "yok");
        var table = Render(list);

        Assert.Equal("Yükleniyor…", table.Find("tbody td").TextContent);
        Assert.Empty(table.FindAll("[data-testid=firms-empty]"));
        Assert.Empty(table.FindAll("[data-testid=firms-pager]"));

        await table.InvokeAsync(list.LoadAsync);
        table.Render();

        Assert.Equal("Firma bulunamadı", table.Find("[data-testid=firms-empty]").TextContent);
        Assert.Equal("3", table.Find("[data-testid=firms-empty]").GetAttribute("colspan"));
        Assert.Equal("0-0 / 0", table.Find("[data-testid=pager-caption]").TextContent);
    }

    [Fact]
    public async Task RowClick_ReportsItsRow_AndTheTableHoldsNoOtherComponent()
    {
        var list = List();
        await list.LoadAsync();
        string? clicked = null;
        var table = Render(list, p => p.Add(x => x.RowClicked, (string firm) => clicked = firm).Add(x => x.Striped, true));

        table.FindAll("tbody tr")[2].Click();

        Assert.Equal("Firma 03", clicked);
        Assert.Contains("cursor-pointer", table.FindAll("tbody tr")[2].GetAttribute("class"), StringComparison.Ordinal);
        Assert.Contains("mud-table-striped", table.Find("[data-testid=firms]").GetAttribute("class"), StringComparison.Ordinal);
        Assert.Equal(
            ["PlainTable`1", "TablePager", "TableSort", "TableSort"],
            table.FindComponents<IComponent>().Select(c => c.Instance.GetType().Name).Prepend(table.Instance.GetType().Name).Order(StringComparer.Ordinal));
    }

    private PlainList<string> List(string? matching = null) => new PlainList<string>((request, _) =>
    {
        _requests.Add(request);
        var rows = s_firms.Where(f => matching is null || f.Contains(matching, StringComparison.Ordinal));
        rows = request.Descending ? rows.OrderDescending(StringComparer.Ordinal) : rows.Order(StringComparer.Ordinal);
        var all = rows.ToList();
        return Task.FromResult(new PagedResult<string>([.. all.Skip(request.Page * request.PageSize).Take(request.PageSize)], all.Count));
    }).SortedBy("name", descending: false);

    private IRenderedComponent<PlainTable<string>> Render(PlainList<string> list, Action<ComponentParameterCollectionBuilder<PlainTable<string>>>? more = null) =>
        Render<PlainTable<string>>(p =>
        {
            p.Add(x => x.List, list).Add(x => x.Columns, s_columns).Add(x => x.Empty, "Firma bulunamadı").Add(x => x.EmptyTestId, "firms-empty")
             .Add(x => x.TestId, "firms").Add(x => x.SortTestId, "firm-sort")
             .Add(x => x.Row, firm => b =>
             {
                 b.OpenElement(0, "td");
                 b.AddContent(1, firm);
                 b.CloseElement();
             });
            more?.Invoke(p);
        });
}
