using System.Text.Json.Serialization;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using static IzmirSymbiosis.Matching.Scoring.MatchExplainer;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>
/// A match as a party sees it while the other firm is anonymous (DESIGN.md §7: material, rough
/// quantity and district only). Every figure here is computed from what that party may see: its
/// own stream, the other stream's material, code, quantity band and period, and a distance band;
/// default prices stand in for the other side's price. So no number, the score included, lets
/// anyone compute the other side's exact quantity, price or location.
/// </summary>
/// <param name="Score">Score 0–100 (whole number) from the factor values below, with the configured weights.</param>
/// <param name="Distance">Road distance band between the two firms' areas, or null when a location is missing.</param>
/// <param name="ForGiver">Factor lines for the offering side (its own quantity exact, the need's as a band).</param>
/// <param name="ForReceiver">Factor lines for the receiving side (its own quantity exact, the offer's as a band).</param>
public sealed record AnonymisedBreakdown(
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("distance")] DistanceBand? Distance,
    [property: JsonPropertyName("forGiver")] IReadOnlyList<FactorBreakdown> ForGiver,
    [property: JsonPropertyName("forReceiver")] IReadOnlyList<FactorBreakdown> ForReceiver);

/// <summary>Builds the <see cref="AnonymisedBreakdown"/> of a match.</summary>
internal static class AnonymisedExplainer
{
    /// <summary>
    /// Factor values from visible facts only: material rounded to one decimal (its library part
    /// depends on the receiver's hidden sector); quantity fit of the two bands' middles; distance
    /// and transport at the middle of the band of the distance between the firms' areas (not their
    /// exact points, which a party could triangulate by moving its own), against the default limit;
    /// economics at default disposal and purchase prices; CO2e from the offer's material at the
    /// band's middle; timing as computed (availability windows are not confidential).
    /// </summary>
    public static AnonymisedBreakdown Explain(MatchResult m, MatchingOptions o)
    {
        var band = m.AreaRoadKm is { } areaKm ? DistanceBand.Of(areaKm) : null;
        var km = band?.MiddleKm ?? o.AssumedDistanceKmWhenUnknown;
        var transport = o.TransportFixedTryPerTonne + (o.TransportTryPerTonneKm * km);
        var transportCo2 = o.TransportKgCo2ePerTonneKm * km;

        var material = Math.Round(m.Material, 1);
        var offerBand = QuantityBand.OfAnnual(m.OfferAnnual, m.Dimension);
        var needBand = QuantityBand.OfAnnual(m.NeedAnnual, m.Dimension);
        var stated = m.OfferAnnual > 0 && m.NeedAnnual > 0;
        var quantity = stated
            ? Math.Round(PairScorer.QuantityFit(offerBand.Middle, needBand.Middle, m.PeriodMismatch, false).Fit, 3)
            : 0;
        var distance = band is null ? 0.5 : Math.Round(Math.Max(0, 1 - (band.MiddleKm / o.DefaultMaxTransportKm)), 2);
        var timing = Math.Round(m.Timing, 2);
        var economics = m.PerTonneEstimates
            ? Math.Round(PairScorer.EconomicsFit(m.AvoidedDisposalTryPerTonne, o.AvoidedPurchaseTryPerTonne, transport, priceGap: false), 2)
            : 0.5;
        var environment = m.PerTonneEstimates
            ? Math.Round(PairScorer.EnvironmentFit(m.Co2eSavingKgPerTonne - transportCo2, o.EnvironmentHalfSaturationKgPerTonne), 2)
            : 0.5;
        var score = Math.Round(100 * ((o.MaterialWeight * material) + (o.QuantityWeight * quantity) + (o.DistanceWeight * distance) +
                                      (o.TimingWeight * timing) + (o.EconomicsWeight * economics) + (o.EnvironmentWeight * environment)) /
                               o.TotalWeight);

        var (matTr, matEn) = MaterialReason(m, anonymised: true);
        var (dTr, dEn) = DistanceReason(band, m, o);
        var (tTr, tEn) = TimingReason(m);
        var (eTr, eEn) = EconomicsReason(m, o, transport);
        var (cTr, cEn) = EnvironmentReason(m, transportCo2);
        FactorBreakdown[] Lines((string Tr, string En) quantityReason) =>
        [
            new("material", material, o.MaterialWeight, matTr, matEn),
            new("quantity", quantity, o.QuantityWeight, quantityReason.Tr, quantityReason.En),
            new("distance", distance, o.DistanceWeight, dTr, dEn),
            new("timing", timing, o.TimingWeight, tTr, tEn),
            new("economics", economics, o.EconomicsWeight, eTr, eEn),
            new("environment", environment, o.EnvironmentWeight, cTr, cEn),
        ];

        return new AnonymisedBreakdown(
            score,
            band,
            Lines(QuantityReason(m, stated, ownIsOffer: true, offerBand, needBand)),
            Lines(QuantityReason(m, stated, ownIsOffer: false, offerBand, needBand)));
    }

    private static (string Tr, string En) QuantityReason(MatchResult m, bool stated, bool ownIsOffer, QuantityBand offerBand, QuantityBand needBand)
    {
        if (!stated)
        {
            return ("Miktar belirtilmemiş", "Quantity not stated");
        }

        var unitTr = m.BaseUnit;
        var unitEn = Unit(m.BaseUnit);
        var own = ownIsOffer ? m.OfferAnnual : m.NeedAnnual;
        var other = ownIsOffer ? needBand : offerBand;
        var tr = ownIsOffer
            ? $"Teklif {N(own, TrCulture)} {unitTr}/yıl; ihtiyaç {Range(other, TrCulture)} {unitTr}/yıl aralığında (kesin miktarı gizli)"
            : $"İhtiyaç {N(own, TrCulture)} {unitTr}/yıl; teklif {Range(other, TrCulture)} {unitTr}/yıl aralığında (kesin miktarı gizli)";
        var en = ownIsOffer
            ? $"Offer {N(own, EnCulture)} {unitEn}/yr; the need is in the {Range(other, EnCulture)} {unitEn}/yr range (exact amount hidden)"
            : $"Need {N(own, EnCulture)} {unitEn}/yr; the offer is in the {Range(other, EnCulture)} {unitEn}/yr range (exact amount hidden)";
        return m.PeriodMismatch ? (tr + " (tek seferlik ↔ düzenli)", en + " (one-off ↔ recurring)") : (tr, en);
    }

    private static string Range(QuantityBand band, System.Globalization.CultureInfo c) => band.To is { } to
        ? $"{band.From.ToString("N0", c)}–{to.ToString("N0", c)}"
        : $"≥ {band.From.ToString("N0", c)}";

    private static (string Tr, string En) DistanceReason(DistanceBand? band, MatchResult m, MatchingOptions o)
    {
        if (band is null)
        {
            var assumed = Math.Round(m.TransportTryPerTonne, 0);
            return ($"Konum eksik; nakliye varsayımla {assumed.ToString("N0", TrCulture)} TL/t", $"Location missing; transport assumed {assumed.ToString("N0", EnCulture)} TRY/t");
        }

        var low = o.TransportFixedTryPerTonne + (o.TransportTryPerTonneKm * band.FromKm);
        if (band.ToKm is not { } to)
        {
            return (
                $"Yol mesafesi {band.FromKm.ToString(TrCulture)} km üzerinde, tahmini nakliye {N(low, TrCulture)} TL/t üzeri (kesin konum gizli)",
                $"Road distance over {band.FromKm.ToString(EnCulture)} km, estimated transport over {N(low, EnCulture)} TRY/t (exact location hidden)");
        }

        var high = o.TransportFixedTryPerTonne + (o.TransportTryPerTonneKm * to);
        return (
            $"Yol mesafesi {band.FromKm.ToString(TrCulture)}–{to.ToString(TrCulture)} km aralığında, tahmini nakliye {N(low, TrCulture)}–{N(high, TrCulture)} TL/t (kesin konum gizli)",
            $"Road distance in the {band.FromKm.ToString(EnCulture)}–{to.ToString(EnCulture)} km range, estimated transport {N(low, EnCulture)}–{N(high, EnCulture)} TRY/t (exact location hidden)");
    }

    private static (string Tr, string En) EconomicsReason(MatchResult m, MatchingOptions o, double transport)
    {
        if (!m.PerTonneEstimates)
        {
            return ("Bu birim için maliyet tahmini yok", "No cost estimate for this unit");
        }

        var disposal = m.AvoidedDisposalTryPerTonne;
        var purchase = o.AvoidedPurchaseTryPerTonne;
        var net = disposal + purchase - transport;
        return (
            $"Varsayılan fiyatlarla tahmini net kazanç ≈ {N(net, TrCulture)} TL/t (bertaraf {N(disposal, TrCulture)} + hammadde {N(purchase, TrCulture)} − nakliye ≈ {N(transport, TrCulture)}); karşı tarafın fiyatı gizli",
            $"At default prices, estimated net gain ≈ {N(net, EnCulture)} TRY/t (disposal {N(disposal, EnCulture)} + purchase {N(purchase, EnCulture)} − transport ≈ {N(transport, EnCulture)}); the other party's price is hidden");
    }

    private static (string Tr, string En) EnvironmentReason(MatchResult m, double transportCo2)
    {
        if (!m.PerTonneEstimates)
        {
            return ("Bu birim için CO2e tahmini yok", "No CO2e estimate for this unit");
        }

        var net = m.Co2eSavingKgPerTonne - transportCo2;
        return (
            $"≈ {N(net, TrCulture)} kg CO2e/t önlenir (nakliye ≈ {N(transportCo2, TrCulture)} kg düşüldü; {m.Co2eSourceTr}); karşı tarafın miktarı gizli olduğundan yıllık toplam gösterilmez",
            $"≈ {N(net, EnCulture)} kg CO2e/t avoided (transport ≈ {N(transportCo2, EnCulture)} kg subtracted; {m.Co2eSourceEn}); no yearly total while the other party's amount is hidden");
    }
}
