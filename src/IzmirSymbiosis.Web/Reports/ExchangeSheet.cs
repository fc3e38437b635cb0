using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Application.Reports;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Web.Components.Pages.Exchanges;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Reports;

/// <summary>
/// The one-page sheet of an exchange (issue 11): what was agreed, the parties as the reader may see
/// them, the forecast and verified figures side by side and how each was computed, with the factor
/// sources. Built only from what <see cref="ExchangeService"/> and <see cref="ImpactService"/> return
/// to the reader, so it shows nothing the exchange page would not; the confidential commercial terms
/// stay off paper.
/// </summary>
public static class ExchangeSheet
{
    /// <summary>The report of <paramref name="exchange"/> with its figures.</summary>
    public static ReportDocument Compose(IStringLocalizer l, ExchangeDetail exchange, ExchangeImpact? impact, DateTimeOffset printedAt)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(exchange);
        var facts = new List<KeyValuePair<string, string>>
        {
            new(l["ExchangePage.Stage"], $"{l.Label(exchange.Stage)} · {ExchangeText.Moment(exchange.StageChangedAt)}"),
        };
        facts.AddRange(exchange.Parties.Select(p => new KeyValuePair<string, string>(l.Label(p.Role), p.Name ?? l["Company.Anonymous"].Value)));
        facts.Add(new(l["ExchangePage.Field.OfferStreamId"], l.StreamText(exchange.Offer)));
        facts.Add(new(l["ExchangePage.Field.NeedStreamId"], exchange.Need is { } n ? l.StreamText(n) : "—"));
        facts.Add(new(l["ExchangePage.Quantity"], l.Quantity(exchange.AgreedAmount, exchange.AgreedUnit, exchange.AgreedPeriod)));
        facts.Add(new(l["ExchangePage.Field.Route"],
            $"{(exchange.Route is { } r ? l.Label(r) : "—")}{(exchange.RecoveryOperation is { } op ? $" · {op} — {l[$"ExchangePage.Operation.{op}"]}" : "")}"));
        facts.Add(new(l["ExchangePage.Field.TransportMode"], $"{(exchange.TransportMode is { } m ? l.Label(m) : "—")}{(exchange.DistanceKm is { } km ? $" · {km} km" : "")}"));
        facts.Add(new(l["ExchangePage.Field.PlannedStart"], exchange.PlannedStart is { } s ? ExchangeText.Date(s) : "—"));
        if (exchange.Verification is { } v)
        {
            facts.Add(new(l["ExchangePage.Verification"],
                $"{l.Quantity(v.Amount, v.Unit, null)} · {ExchangeText.Date(v.From)} – {ExchangeText.Date(v.To)} · {l["ExchangePage.Evidence"]}: {v.Evidence}"));
        }

        var blocks = new List<ReportBlock> { new ReportHeading(l["ExchangePage.Terms"]), new ReportFacts(facts), new ReportHeading(l["Impact.Panel.Title"]) };
        var views = new (ImpactBasis Basis, ImpactView? View)[] { (ImpactBasis.Forecast, impact?.Forecast), (ImpactBasis.Verified, impact?.Verified) };
        if (views.All(x => x.View is null))
        {
            blocks.Add(new ReportParagraph(l["Impact.Panel.Empty"]));
        }
        else
        {
            blocks.Add(new ReportTable(
                ["", .. views.Select(x => Column(l, x.Basis, x.View))],
                [.. ImpactText.Figures.Select(figure => (IReadOnlyList<string>)
                    [l[$"Impact.Figure.{figure}"], .. views.Select(x => l.Figure(figure, x.View) is var (text, why) ? text ?? $"— ({why})" : "—")])],
                [false, true, true]));
            foreach (var (basis, view) in views)
            {
                if (view is null)
                {
                    continue;
                }

                blocks.Add(new ReportParagraph(l.Text("Impact.Panel.Versions",
                    [l[$"Impact.Basis.{basis}"].Value, view.FactorSetVersion, view.FormulaVersion, view.RecordedAt is { } at ? ExchangeText.Moment(at) : "—",
                     view.Reason is { } reason ? l[$"Impact.Reason.{reason}"].Value : "—"]), Small: true));
                blocks.Add(new ReportHeading(l.Text("Impact.Panel.HowComputed", [l[$"Impact.Basis.{basis}"].Value])));
                blocks.AddRange(view.Explanation.Select((line, i) => new ReportParagraph($"{i + 1}. {line}", Small: true)));
            }
        }

        return new ReportDocument(
            exchange.Title,
            l.Text("Report.Exchange.Subtitle", [ExchangeText.Moment(printedAt)]),
            l["Report.Footer"],
            blocks);
    }

    private static string Column(IStringLocalizer l, ImpactBasis basis, ImpactView? view) =>
        view is null ? l[$"Impact.Basis.{basis}"]
        : $"{l[$"Impact.Basis.{basis}"]} ({l[view.Inputs.Period == Domain.Streams.QuantityPeriod.OneOff ? "Impact.Panel.Total" : "Impact.Panel.PerYear"]})";
}
