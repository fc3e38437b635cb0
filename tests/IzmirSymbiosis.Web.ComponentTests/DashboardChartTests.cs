using System.Globalization;
using System.Xml.Linq;
using IzmirSymbiosis.Web.Components.Pages.Dashboard;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>The dashboard's charts as SVG markup: a shape per value where the value says, round axes, and every text encoded.</summary>
public sealed class DashboardChartTests
{
    private static readonly DashboardChart.Series[] s_two =
    [
        new("Öngörülen", [120, 0, 35.5], DashboardChart.ForecastColour),
        new("Doğrulanan", [80, 10, -20], DashboardChart.VerifiedColour),
    ];

    [Fact]
    public void Bars_DrawABarPerValue_WithItsValueAsTooltip_AndTheZeroLineBetweenUpAndDown()
    {
        var svg = Svg(DashboardChart.Bars(["Menemen OSB", "Kemalpaşa", "Torbalı"], s_two, "Bölgeye göre"));

        var bars = svg.Descendants("rect").ToList();
        Assert.Equal(6, bars.Count);
        Assert.Equal("Menemen OSB · Öngörülen: 120", bars[0].Element("title")!.Value);
        Assert.Equal("Torbalı · Doğrulanan: -20", bars[5].Element("title")!.Value);

        // A negative value hangs below the zero line, a positive one stands on it.
        var zero = double.Parse(svg.Descendants("line").Single(l => (string?)l.Attribute("class") == "izs-chart-zero").Attribute("y1")!.Value, CultureInfo.InvariantCulture);
        Assert.Equal(zero, Bottom(bars[0]), 0.1);
        Assert.Equal(zero, Top(bars[5]), 0.1);
        Assert.True(Height(bars[0]) > Height(bars[1]));
        Assert.Equal("Bölgeye göre", svg.Attribute("aria-label")!.Value);
    }

    [Fact]
    public void Lines_DrawALineAndAPointPerValue()
    {
        var svg = Svg(DashboardChart.Lines(["Oca 2026", "Şub 2026", "Mar 2026"], s_two, "Eğilim"));

        Assert.Equal(2, svg.Descendants("polyline").Count());
        Assert.Equal(6, svg.Descendants("circle").Count());
        Assert.Equal(3, svg.Descendants("polyline").First().Attribute("points")!.Value.Split(' ').Length);
    }

    [Fact]
    public void Texts_AreEncoded()
    {
        var markup = DashboardChart.Bars(["<script>alert(1)</script>"], [new("a\"b", [1], DashboardChart.VerifiedColour)], "<b>").Value;

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 120, 0, 150, 50)]
    [InlineData(-20, 120, -50, 150, 50)]
    [InlineData(0, 7, 0, 8, 2)]
    [InlineData(0, 0.3, 0, 0.3, 0.1)]
    [InlineData(0, 0, 0, 1, 0.25)]
    [InlineData(0, 1_000_000, 0, 1_000_000, 500_000)]
    public void Axis_IsWidenedToRoundSteps(double min, double max, double low, double high, double step)
    {
        var axis = DashboardChart.Axis(min, max);

        Assert.Equal(low, axis.Low, 6);
        Assert.Equal(high, axis.High, 6);
        Assert.Equal(step, axis.Step, 6);
    }

    // The chart's SVG element, parsed as XML (the markup is a frame div, the svg and the legend).
    private static XElement Svg(Microsoft.AspNetCore.Components.MarkupString markup) =>
        XElement.Parse($"<root>{markup.Value}</root>").Descendants("svg").Single();

    private static double Top(XElement rect) => double.Parse(rect.Attribute("y")!.Value, CultureInfo.InvariantCulture);

    private static double Height(XElement rect) => double.Parse(rect.Attribute("height")!.Value, CultureInfo.InvariantCulture);

    private static double Bottom(XElement rect) => Top(rect) + Height(rect);
}
