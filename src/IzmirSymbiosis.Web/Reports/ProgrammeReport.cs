using System.Globalization;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Reports;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Web.Components.Pages.Dashboard;
using IzmirSymbiosis.Web.Components.Pages.Exchanges;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Reports;

/// <summary>
/// The programme report of a period (issue 11): a cover with the key figures, forecast and verified
/// side by side; the trend and the breakdowns by zone and by sector as bars and tables; the verified
/// symbioses told by sector and zone (no firm has agreed to be named); and the factor rows behind the
/// figures. Built only from <see cref="DashboardService.ProgrammeAsync"/>, so it shows what the
/// reader's dashboard shows for that period and nothing more.
/// </summary>
public static class ProgrammeReport
{
    /// <summary>The most bars a breakdown chart draws (the largest); its table below lists every row.</summary>
    private const int MaxBars = 12;

    /// <summary>The report of <paramref name="data"/>, printed at <paramref name="printedAt"/>.</summary>
    public static ReportDocument Compose(IStringLocalizer l, ProgrammeReportData data, DateTimeOffset printedAt)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(data);
        var view = data.View;
        var period = Period(l, view.Filter.From, view.Filter.To);
        var totals = view.Totals;
        var forecast = l["Impact.Basis.Forecast"].Value;
        var verified = l["Impact.Basis.Verified"].Value;
        var blocks = new List<ReportBlock>
        {
            new ReportFacts(
            [
                new(l["Report.Programme.Programme"], l["Report.Footer"]),
                new(l["Report.Programme.Period"], period),
                new(l["Report.Programme.Scope"], l[view.WholeRegion ? "Dashboard.ScopeRegion" : "Dashboard.ScopeZones"]),
                .. Selection(l, data.Selection, view.Filter.Stage),
                new(l["Report.Programme.Generated"], ExchangeText.Moment(printedAt)),
            ]),
            new ReportHeading(l["Report.Programme.KeyFigures"]),
            new ReportTable(
                ["", forecast, verified],
                [
                    [l["Dashboard.Exchanges"], Count(totals.Forecast.Exchanges), Count(totals.Verified.Exchanges)],
                    [Figure(l, "TonnesDiverted", "t"), DashboardFormat.Number(totals.Forecast.TonnesDiverted), DashboardFormat.Number(totals.Verified.TonnesDiverted)],
                    [Figure(l, "Co2eAvoided", "t CO2e"), DashboardFormat.Number(totals.Forecast.Co2eAvoidedTonnes), DashboardFormat.Number(totals.Verified.Co2eAvoidedTonnes)],
                    [Figure(l, "CostSavings", "TL"), DashboardFormat.Number(totals.Forecast.CostSavingsTry), DashboardFormat.Number(totals.Verified.CostSavingsTry)],
                    [Figure(l, "NewRevenue", "TL"), DashboardFormat.Number(totals.Forecast.NewRevenueTry), DashboardFormat.Number(totals.Verified.NewRevenueTry)],
                    [l["Dashboard.Firms"], Count(totals.ForecastFirms), Count(totals.VerifiedFirms)],
                    [l["Dashboard.Zones"], Count(totals.ForecastZones), Count(totals.VerifiedZones)],
                ],
                [false, true, true]),
            new ReportParagraph(l["Report.Programme.BasisNote"], Small: true),
            new ReportPageBreak(),
            new ReportHeading(l["Report.Programme.Trend"]),
        };
        if (view.Trends.Count == 0)
        {
            blocks.Add(new ReportParagraph(l["Dashboard.Empty"]));
        }
        else
        {
            blocks.Add(Chart(l, Figure(l, "TonnesDiverted", "t"),
                view.Trends.Select(r => r with { Label = DashboardFormat.Period(r.Key, view.Filter.Granularity, l["Dashboard.QuarterFormat"]) })));
        }

        Breakdown(blocks, l, l["Report.Programme.ByZone"], view.ByZone, codes: false);
        Breakdown(blocks, l, l["Report.Programme.ByDivision"], view.ByDivision, codes: true);

        blocks.Add(new ReportPageBreak());
        blocks.Add(new ReportHeading(l["Report.Programme.Verified"]));
        blocks.Add(new ReportParagraph(l["Report.Programme.NoNames"], Small: true));
        if (data.Verified.Count == 0)
        {
            blocks.Add(new ReportParagraph(l["Dashboard.Empty"]));
        }
        else
        {
            blocks.Add(new ReportTable(
                [l["Report.Programme.VerifiedOn"], l["Dashboard.DonorSector"], l["Report.Programme.DonorZone"], l["Dashboard.Material"],
                 l["Dashboard.ReceiverSector"], l["Report.Programme.ReceiverZone"], "t", "t CO2e"],
                [.. data.Verified.Select(v => (IReadOnlyList<string>)
                    [ExchangeText.Date(v.VerifiedOn), Party(v.DonorName, v.DonorDivision, v.DonorDivisionLabel), v.DonorZone, v.Material,
                     Party(v.ReceiverName, v.ReceiverDivision, v.ReceiverDivisionLabel), v.ReceiverZone, DashboardFormat.Number(v.TonnesDiverted),
                     v.Co2eAvoidedTonnes is { } co2 ? DashboardFormat.Number(co2) : "—"])],
                [false, false, false, false, false, false, true, true]));
            if (data.Verified.Count < totals.Verified.Exchanges)
            {
                blocks.Add(new ReportParagraph(l.Text("Report.Programme.Listed", [data.Verified.Count, totals.Verified.Exchanges]), Small: true));
            }
        }

        blocks.Add(new ReportHeading(l["Report.Programme.Methods"]));
        blocks.Add(new ReportParagraph(l["Report.Programme.MethodsNote"], Small: true));
        if (data.Factors.Count > 0)
        {
            var turkish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
            blocks.Add(new ReportTable(
                [l["Report.Programme.Factor"], l["Report.Programme.Value"], l["Report.Programme.Unit"], l["Report.Programme.Source"], l["Report.Programme.Year"]],
                [.. data.Factors.Select(f => (IReadOnlyList<string>)
                    [turkish ? f.LabelTr : f.LabelEn, f.Value.ToString("#,##0.######", CultureInfo.CurrentCulture), f.Unit, f.Source,
                     f.Year.ToString(CultureInfo.InvariantCulture)])],
                [false, true, false, false, true]));
        }

        return new ReportDocument(l["Report.Programme.Title"], l.Text("Report.Programme.Subtitle", [period]), l["Report.Footer"], blocks);
    }

    /// <summary>The cover lines of the dashboard choices the report is limited to, none when it covers the whole scope.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Selection(IStringLocalizer l, ProgrammeSelection selection, ExchangeStage? stage)
    {
        if (selection.Zone is { } zone)
        {
            yield return new(l["Dashboard.Zone"], zone);
        }

        if (selection.Division is { } division)
        {
            yield return new(l["Dashboard.Division"], division);
        }

        if (selection.Chapter is { } chapter)
        {
            yield return new(l["Dashboard.Chapter"], chapter);
        }

        if (stage is { } s)
        {
            yield return new(l["Dashboard.Stage"], l[$"ExchangeStage.{s}"]);
        }
    }

    /// <summary>The period as the cover reads it: both days, or an open end.</summary>
    public static string Period(IStringLocalizer l, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(l);
        return $"{(from is { } f ? ExchangeText.Date(f) : l["Report.Programme.Start"])} – {(to is { } t ? ExchangeText.Date(t) : l["Report.Programme.Today"])}";
    }

    private static void Breakdown(List<ReportBlock> blocks, IStringLocalizer l, string title, IReadOnlyList<DashboardRow> rows, bool codes)
    {
        blocks.Add(new ReportHeading(title));
        if (rows.Count == 0)
        {
            blocks.Add(new ReportParagraph(l["Dashboard.Empty"]));
            return;
        }

        var labelled = rows.Select(r => codes && r.Key.Length > 0 ? r with { Label = $"{r.Key} {r.Label}" } : r).ToList();
        blocks.Add(Chart(l, Figure(l, "TonnesDiverted", "t"), labelled.Take(MaxBars)));
        var forecast = l["Impact.Basis.Forecast"].Value;
        var verified = l["Impact.Basis.Verified"].Value;
        blocks.Add(new ReportTable(
            ["", $"{forecast} (t)", $"{verified} (t)", $"{forecast} (t CO2e)", $"{verified} (t CO2e)", $"{l["Dashboard.Exchanges"]} ({forecast} / {verified})"],
            [.. labelled.Select(r => (IReadOnlyList<string>)
                [r.Label, DashboardFormat.Number(r.Forecast.TonnesDiverted), DashboardFormat.Number(r.Verified.TonnesDiverted),
                 DashboardFormat.Number(r.Forecast.Co2eAvoidedTonnes), DashboardFormat.Number(r.Verified.Co2eAvoidedTonnes),
                 $"{Count(r.Forecast.Exchanges)} / {Count(r.Verified.Exchanges)}"])],
            [false, true, true, true, true, true]));
    }

    private static ReportBarChart Chart(IStringLocalizer l, string title, IEnumerable<DashboardRow> rows) =>
        new(title, [l["Impact.Basis.Forecast"], l["Impact.Basis.Verified"]],
            [.. rows.Select(r => new ReportBar(
                r.Label,
                [r.Forecast.TonnesDiverted, r.Verified.TonnesDiverted],
                [DashboardFormat.Number(r.Forecast.TonnesDiverted), DashboardFormat.Number(r.Verified.TonnesDiverted)]))]);

    private static string Figure(IStringLocalizer l, string key, string unit) => $"{l[$"Impact.Figure.{key}"]} ({unit})";

    private static string Count(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A party as the list shows it: its name when its firm agreed to be named, then its sector.</summary>
    private static string Party(string? name, string division, string label) =>
        name is null ? $"{division} {label}" : $"{name} ({division} {label})";
}
