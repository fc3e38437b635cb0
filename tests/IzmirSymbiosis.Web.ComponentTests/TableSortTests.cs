using System.Globalization;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// A plain list's sorting: the same column again turns the order round, another column starts in its
/// own first order, a column that does not sort offers nothing, and neither the header cells nor the
/// phone's select hold a child component.
/// </summary>
public sealed class TableSortTests : BunitContext
{
    private static readonly TableColumn[] s_columns =
        [new("score", "Matches.Score", FirstDescending: true), new("distance", "Matches.Distance"), new("firm", "Offers.Firm", Sorts: false)];

    private readonly List<(string Sort, bool Descending)> _changes = [];

    public TableSortTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Header_TurnsTheSameColumnRound_AndStartsAnotherInItsFirstOrder()
    {
        var head = Render(phone: false, sort: "score", descending: true);

        Assert.Equal("descending", head.Find("[data-testid=t-score]").GetAttribute("aria-sort"));
        Assert.Contains("mud-direction-desc", head.Find("[data-testid=t-score] svg").GetAttribute("class"), StringComparison.Ordinal);
        Assert.Equal("none", head.Find("[data-testid=t-distance]").GetAttribute("aria-sort"));

        head.Find("[data-testid=t-score]").Click();
        head.Find("[data-testid=t-distance]").Click();

        Assert.Equal([("score", false), ("distance", false)], _changes);
        Assert.Equal(3, head.FindAll("th").Count);
        Assert.Empty(head.FindAll("th:last-child [role=button]"));
        Assert.Equal("Firma", head.FindAll("th")[2].TextContent.Trim());
        Assert.Empty(head.FindComponents<IComponent>());
    }

    [Fact]
    public void PhoneSelect_OffersTheSortingColumnsInTurkish_AndStartsEachInItsFirstOrder()
    {
        var select = Render(phone: true, sort: "distance", descending: false);

        var options = select.FindAll("option");
        Assert.Equal(["score", "distance"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal("Puan", options[0].TextContent);
        Assert.Contains("Sırala", select.Markup, StringComparison.Ordinal);

        select.Find("select").Change("score");
        select.Find("select").Change("firm");

        Assert.Equal([("score", true)], _changes);
        Assert.Empty(select.FindComponents<IComponent>());
    }

    [Fact]
    public void PhoneSelect_BeforeAnyOrderIsChosen_SaysTheListIsInItsDefaultOrder()
    {
        var select = Render(phone: true, sort: string.Empty, descending: false);

        Assert.Equal("Varsayılan sıra", select.Find("option[disabled]").TextContent);
        Assert.Equal(3, select.FindAll("option").Count);
    }

    private IRenderedComponent<TableSort> Render(bool phone, string sort, bool descending) => Render<TableSort>(p => p
        .Add(x => x.Columns, s_columns)
        .Add(x => x.Sort, sort)
        .Add(x => x.Descending, descending)
        .Add(x => x.Phone, phone)
        .Add(x => x.TestId, "t")
        .Add(x => x.SortChanged, c => _changes.Add(c)));
}
