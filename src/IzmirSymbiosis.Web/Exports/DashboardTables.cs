using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Domain.Readiness;
using IzmirSymbiosis.Web.Components.Pages.Dashboard;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Exports;

/// <summary>
/// The dashboard's tables as export tables, from the same <see cref="DashboardView"/> the page shows:
/// a breakdown carries every figure, forecast and verified (the page charts one at a time).
/// </summary>
public static class DashboardTables
{
    /// <summary>The tables by their name in the download path.</summary>
    public static readonly IReadOnlyList<string> Names = ["trends", "zones", "divisions", "chapters", "stages", "funnel", "flows"];

    /// <summary>The export table <paramref name="name"/> of <paramref name="view"/>, or null when there is none of that name.</summary>
    public static ExportTable? Of(string name, DashboardView view, IStringLocalizer l, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(l);
        var stem = $"{l[$"Export.Dashboard.{name}"]}-{today:yyyy-MM-dd}";
        return name switch
        {
            "trends" => Breakdown(stem, l["Dashboard.Period"], l, view.Trends, r =>
                [DateOnly.ParseExact(r.Key, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                 DashboardFormat.Period(r.Key, view.Filter.Granularity, l["Dashboard.QuarterFormat"])]),
            "zones" => Breakdown(stem, l["Dashboard.Zone"], l, view.ByZone, r => [r.Key.Length == 0 ? null : int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture), r.Label]),
            "divisions" => Breakdown(stem, l["Dashboard.Division"], l, view.ByDivision, r => [r.Key, r.Label]),
            "chapters" => Breakdown(stem, l["Dashboard.Chapter"], l, view.ByChapter, r => [r.Key.Length == 0 ? null : r.Key, r.Label]),
            "stages" => Breakdown(stem, l["Dashboard.Stage"], l, view.ByStage, r => [r.Key, l[$"ExchangeStage.{r.Key}"].Value]),
            "funnel" => new ExportTable(
                stem,
                [l["Dashboard.Step"], l["Dashboard.Count"], l["Dashboard.Conversion"], l["Export.Dashboard.MedianDays"], l["Export.Dashboard.Left"]],
                [.. view.Funnel.Steps.Select(s => (IReadOnlyList<object?>)
                    [StepName(l, s.Step), s.Count, s.Conversion, s.MedianTime is { } t ? Math.Round(t.TotalDays, 1) : null, s.Left])]),
            "flows" => new ExportTable(
                stem,
                [l["Export.Dashboard.DonorDivision"], l["Dashboard.DonorSector"], l["Dashboard.Material"], l["Export.Dashboard.ReceiverDivision"], l["Dashboard.ReceiverSector"],
                 $"{l["Impact.Basis.Forecast"]} (t)", $"{l["Impact.Basis.Verified"]} (t)"],
                [.. view.Flows.Select(f => (IReadOnlyList<object?>)
                    [f.DonorDivision, f.DonorLabel, f.MaterialLabel, f.ReceiverDivision, f.ReceiverLabel, f.ForecastTonnes, f.VerifiedTonnes])]),
            _ => null,
        };
    }

    /// <summary>The name of the readiness distribution table (from <see cref="ReadinessService"/>, not the dashboard view).</summary>
    public const string Readiness = "readiness";

    /// <summary>The readiness distribution: per perspective, the exchanges at each level and the median level.</summary>
    public static ExportTable OfReadiness(ReadinessDistribution distribution, IStringLocalizer l, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(l);
        var levels = Enumerable.Range(ReadinessScale.MinLevel, ReadinessScale.MaxLevel - ReadinessScale.MinLevel + 1).ToList();
        return new ExportTable(
            $"{l[$"Export.Dashboard.{Readiness}"]}-{today:yyyy-MM-dd}",
            [l["Readiness.Distribution.Perspective"], .. levels.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), l["Readiness.Distribution.Median"]],
            [.. distribution.Perspectives.Select(p => (IReadOnlyList<object?>)
                [l[$"Readiness.Perspective.{p.Perspective}"].Value, .. levels.Select(n => (object?)p.At(n)), p.Median])]);
    }

    /// <summary>The name of a funnel step as the page shows it.</summary>
    public static string StepName(IStringLocalizer l, string step)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(step);
        return step.StartsWith("Stage.", StringComparison.Ordinal) ? l[$"ExchangeStage.{step[6..]}"] : l[$"Dashboard.Step.{step}"];
    }

    /// <summary>A key and a label, then the exchanges and every figure for the forecast, then the same for the verified.</summary>
    private static ExportTable Breakdown(string stem, string keyHeader, IStringLocalizer l, IReadOnlyList<DashboardRow> rows, Func<DashboardRow, object?[]> key)
    {
        var headers = new List<string> { keyHeader, l["Export.Dashboard.Name"] };
        foreach (var basis in new[] { l["Impact.Basis.Forecast"].Value, l["Impact.Basis.Verified"].Value })
        {
            headers.Add($"{basis}: {l["Dashboard.Exchanges"]}");
            headers.AddRange(DashboardFormat.Figures.Select(f => f.Unit.Length == 0 ? $"{basis}: {l[$"Impact.Figure.{f.Key}"]}" : $"{basis}: {l[$"Impact.Figure.{f.Key}"]} ({f.Unit})"));
        }

        return new ExportTable(stem, headers, [.. rows.Select(r => (IReadOnlyList<object?>)[.. key(r), .. Figures(r.Forecast), .. Figures(r.Verified)])]);
    }

    private static IEnumerable<object?> Figures(DashboardFigures figures) =>
        [figures.Exchanges, .. DashboardFormat.Figures.Select(f => (object?)f.Value(figures))];
}
