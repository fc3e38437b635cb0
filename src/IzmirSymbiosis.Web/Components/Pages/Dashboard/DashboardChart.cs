using System.Globalization;
using System.Net;
using System.Text;
using IzmirSymbiosis.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace IzmirSymbiosis.Web.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's bar and line charts as one piece of SVG markup each. A <c>MudChart</c> is a tree of
/// components and some ten render frames per bar, axis line and label, all kept in every open
/// circuit; a chart that only shows figures needs none of that (the table beside it has the numbers,
/// each bar or point its value as a tooltip). Every text is HTML-encoded here.
/// </summary>
public static class DashboardChart
{
    /// <summary>One series: its name in the legend, a value per label, and its colour (a CSS colour).</summary>
    public sealed record Series(string Name, IReadOnlyList<double> Values, string Colour);

    /// <summary>The forecast series' colour (the theme's secondary).</summary>
    public const string ForecastColour = "var(--mud-palette-secondary)";

    /// <summary>The verified series' colour (the theme's primary).</summary>
    public const string VerifiedColour = "var(--mud-palette-primary)";

    private const double Left = 64;
    private const double Right = 8;
    private const double Top = 10;

    // About how wide a character of the axis labels (12 units high) is, in the chart's units.
    private const double CharWidth = 6.6;

    /// <summary>Grouped bars: a group per label, a bar per series, in a chart <paramref name="width"/> units wide (a half-width panel: 420).</summary>
    public static MarkupString Bars(IReadOnlyList<string> labels, IReadOnlyList<Series> series, string title, double width = 420, double plotHeight = 170) =>
        Draw(labels, series, title, width, plotHeight, bars: true);

    /// <summary>A line per series over the labels, with a point per value, in a chart <paramref name="width"/> units wide (a full-width panel: 900).</summary>
    public static MarkupString Lines(IReadOnlyList<string> labels, IReadOnlyList<Series> series, string title, double width = 900, double plotHeight = 200) =>
        Draw(labels, series, title, width, plotHeight, bars: false);

    private static MarkupString Draw(IReadOnlyList<string> labels, IReadOnlyList<Series> series, string title, double width, double plotHeight, bool bars)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var values = series.SelectMany(s => s.Values).DefaultIfEmpty(0).ToList();
        var (low, high, step) = Axis(Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        var plotWidth = width - Left - Right;
        double Y(double v) => Top + (plotHeight * (high - v) / (high - low));
        var band = plotWidth / Math.Max(1, labels.Count);
        double X(int i) => Left + (band * (i + 0.5));

        // Labels that do not fit side by side are turned 40 degrees; when even that is too tight, every second, third … one is written.
        var longest = labels.Select(l => l.Length).DefaultIfEmpty(0).Max() * CharWidth;
        var turned = longest > band - 6;
        var every = turned ? Math.Max(1, (int)Math.Ceiling(16 / band)) : 1;
        var height = Top + plotHeight + (turned ? Math.Min(110, (longest * 0.65) + 16) : 26);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<div class=\"izs-chart-frame\"><svg viewBox=\"0 0 {N(width)} {N(height)}\" style=\"min-width: {N(width * 0.75)}px\" role=\"img\" aria-label=\"{E(title)}\" class=\"izs-chart\" data-testid=\"dashboard-chart\">");
        for (var v = low; v <= high + (step / 2); v += step)
        {
            var y = N(Y(v));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" x2=\"{N(width - Right)}\" y1=\"{y}\" y2=\"{y}\" class=\"{(Math.Abs(v) < step / 2 ? "izs-chart-zero" : "izs-chart-grid")}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left - 6)}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{E(Tick(v, step))}</text>");
        }

        var labelY = Top + plotHeight + 16;
        for (var i = 0; i < labels.Count; i += every)
        {
            var x = N(X(i));
            var anchor = turned ? $"end\" transform=\"rotate(-40 {x} {N(labelY)})" : "middle";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{N(labelY)}\" text-anchor=\"{anchor}\">{E(labels[i])}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var one = series[s];
            if (bars)
            {
                var barWidth = band * 0.7 / Math.Max(1, series.Count);
                for (var i = 0; i < Math.Min(labels.Count, one.Values.Count); i++)
                {
                    var v = one.Values[i];
                    var x = X(i) - (band * 0.35) + (barWidth * s);
                    var (y0, y1) = (Y(Math.Max(v, 0)), Y(Math.Min(v, 0)));
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y0)}\" width=\"{N(barWidth)}\" height=\"{N(Math.Max(0.5, y1 - y0))}\" fill=\"{E(one.Colour)}\">");
                    svg.Append(CultureInfo.InvariantCulture, $"<title>{E(labels[i])} · {E(one.Name)}: {E(Value(v))}</title></rect>");
                }
            }
            else
            {
                var points = string.Join(' ', one.Values.Take(labels.Count).Select((v, i) => $"{N(X(i))},{N(Y(v))}"));
                svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{E(one.Colour)}\" stroke-width=\"2\" stroke-linejoin=\"round\"/>");
                for (var i = 0; i < Math.Min(labels.Count, one.Values.Count); i++)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(one.Values[i]))}\" r=\"3.5\" fill=\"{E(one.Colour)}\">");
                    svg.Append(CultureInfo.InvariantCulture, $"<title>{E(labels[i])} · {E(one.Name)}: {E(Value(one.Values[i]))}</title></circle>");
                }
            }
        }

        svg.Append("</svg></div><div class=\"izs-chart-legend\">");
        foreach (var one in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<span><i style=\"background: {E(one.Colour)}\"></i>{E(one.Name)}</span>");
        }

        return SharedMarkup.Of(svg.Append("</div>").ToString());
    }

    /// <summary>
    /// The value axis: from <paramref name="min"/> (at most 0) to <paramref name="max"/> (at least 0)
    /// widened to a round step of 1, 2 or 5 times a power of ten, four or five steps in all.
    /// </summary>
    public static (double Low, double High, double Step) Axis(double min, double max)
    {
        var span = max - min;
        if (span <= 0)
        {
            return (0, 1, 0.25);
        }

        var rough = span / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(f => f * power).First(s => s >= rough);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static string Tick(double value, double step) =>
        value.ToString(step < 1 ? "#,0.###" : "N0", CultureInfo.CurrentCulture);

    private static string Value(double value) => DashboardFormat.Number((decimal)value);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
