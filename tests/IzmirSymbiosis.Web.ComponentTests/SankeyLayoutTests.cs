using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Web.Components.Pages.Dashboard;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>The flow diagram's layout: bars and bands in proportion to tonnes, labels that do not overlap, the rest joined.</summary>
public sealed class SankeyLayoutTests
{
    private static DashboardFlow Flow(string donor, string material, string receiver, decimal tonnes) =>
        new(donor, "Bölüm " + donor, material, "Malzeme " + material, receiver, "Bölüm " + receiver, tonnes, 0);

    [Fact]
    public void NodesAndBands_AreInProportionToTheirTonnes_AndEveryColumnCarriesTheWhole()
    {
        var layout = SankeyLayout.Of([Flow("24", "metal", "23", 300), Flow("24", "metal", "25", 100), Flow("10", "food", "01", 200)], f => f.ForecastTonnes, "Diğer");

        foreach (var column in layout.Nodes.GroupBy(n => n.Column))
        {
            Assert.Equal(600m, column.Sum(n => n.Tonnes));
        }

        var metal = Assert.Single(layout.Nodes, n => n.Key == "m:metal");
        var food = Assert.Single(layout.Nodes, n => n.Key == "m:food");
        Assert.Equal(2.0, metal.Height / food.Height, 6);
        var band = Assert.Single(layout.Links, l => l.From.Key == "m:metal" && l.To.Key == "r:23");
        Assert.Equal(metal.Height * 3 / 4, band.Width, 6);
    }

    [Fact]
    public void SmallNodesAtAColumnsFoot_AreALabelsLineApart()
    {
        // One large flow and seven of a tonne each: their bars are 2 units high, their labels 11.
        var flows = new List<DashboardFlow> { Flow("24", "metal", "23", 50_000) };
        flows.AddRange(Enumerable.Range(1, 7).Select(i => Flow($"1{i}", $"m{i}", $"3{i}", 1)));

        var layout = SankeyLayout.Of(flows, f => f.ForecastTonnes, "Diğer");

        foreach (var column in layout.Nodes.GroupBy(n => n.Column))
        {
            var tops = column.OrderBy(n => n.Y).Select(n => n.Y).ToList();
            Assert.All(tops.Zip(tops.Skip(1)), pair => Assert.True(pair.Second - pair.First >= SankeyLayout.LabelSlot, $"{pair.First} → {pair.Second}"));
        }

        Assert.True(layout.Height >= 7 * SankeyLayout.LabelSlot);
    }

    [Fact]
    public void BeyondTheLargestNodesOfAColumn_TheRestAreJoinedAsOther()
    {
        var flows = Enumerable.Range(10, 12).Select(i => Flow(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "metal", "23", i)).ToList();

        var layout = SankeyLayout.Of(flows, f => f.ForecastTonnes, "Diğer", maxNodes: 8);

        var donors = layout.Nodes.Where(n => n.Column == 0).ToList();
        Assert.Equal(9, donors.Count);
        var other = Assert.Single(donors, n => n.Label == "Diğer");
        Assert.Equal(10m + 11 + 12 + 13, other.Tonnes);
        Assert.Equal(other, donors.MaxBy(n => n.Y));
    }
}
