using System.Text.Json.Serialization;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using static IzmirSymbiosis.Matching.Scoring.MatchExplainer;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>
/// The reasons of a match as a party reads them while the other firm is anonymous (DESIGN.md §7:
/// material, rough quantity and district only). The factor values and the score are the match's own:
/// the engine computes them from public facts only (quantity bands, the firms' areas, default
/// prices), so they reveal nothing hidden. The texts give the reader's own figure exactly and the
/// other side's as a band, and say in words that its exact amount, price and place are hidden.
/// </summary>
/// <param name="Distance">Road distance band between the two firms' areas, or null when a location is missing.</param>
/// <param name="ForGiver">Factor lines for the offering side (its own quantity exact, the need's as a band).</param>
/// <param name="ForReceiver">Factor lines for the receiving side (its own quantity exact, the offer's as a band).</param>
public sealed record AnonymisedBreakdown(
    [property: JsonPropertyName("distance")] DistanceBand? Distance,
    [property: JsonPropertyName("forGiver")] IReadOnlyList<FactorBreakdown> ForGiver,
    [property: JsonPropertyName("forReceiver")] IReadOnlyList<FactorBreakdown> ForReceiver);

/// <summary>Builds the <see cref="AnonymisedBreakdown"/> of a match.</summary>
internal static class AnonymisedExplainer
{
    /// <summary>The anonymised reasons, from the giver's side and from the receiver's.</summary>
    public static AnonymisedBreakdown Explain(MatchResult m, MatchingOptions o)
    {
        var band = m.AreaRoadKm is { } areaKm ? DistanceBand.Of(areaKm) : null;
        var offerBand = QuantityBand.OfAnnual(m.OfferAnnual, m.Dimension);
        var needBand = QuantityBand.OfAnnual(m.NeedAnnual, m.Dimension);
        var stated = m.OfferAnnual > 0 && m.NeedAnnual > 0;
        var (matTr, matEn) = MaterialReason(m, anonymised: true);
        var (dTr, dEn) = DistanceReason(band, m, o);
        var (tTr, tEn) = TimingReason(m);
        var (eTr, eEn) = EconomicsReason(m);
        var (cTr, cEn) = EnvironmentReason(m);
        return new AnonymisedBreakdown(
            band,
            Lines(m, o, (matTr, matEn), QuantityReason(m, stated, ownIsOffer: true, offerBand, needBand), (dTr, dEn), (tTr, tEn), (eTr, eEn), (cTr, cEn)),
            Lines(m, o, (matTr, matEn), QuantityReason(m, stated, ownIsOffer: false, offerBand, needBand), (dTr, dEn), (tTr, tEn), (eTr, eEn), (cTr, cEn)));
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

    private static (string Tr, string En) EconomicsReason(MatchResult m)
    {
        if (!m.PerTonneEstimates)
        {
            return ("Bu birim için maliyet tahmini yok", "No cost estimate for this unit");
        }

        var (tr, en) = MatchExplainer.EconomicsReason(m, withPrices: false);
        return (tr + "; karşı tarafın fiyatı gizli", en + "; the other party's price is hidden");
    }

    private static (string Tr, string En) EnvironmentReason(MatchResult m)
    {
        if (!m.PerTonneEstimates)
        {
            return ("Bu birim için CO2e tahmini yok", "No CO2e estimate for this unit");
        }

        var net = m.Co2eSavingKgPerTonne - m.TransportCo2eKgPerTonne;
        return (
            $"≈ {N(net, TrCulture)} kg CO2e/t önlenir (nakliye ≈ {N(m.TransportCo2eKgPerTonne, TrCulture)} kg düşüldü; {m.Co2eSourceTr}); karşı tarafın miktarı gizli olduğundan yıllık toplam gösterilmez",
            $"≈ {N(net, EnCulture)} kg CO2e/t avoided (transport ≈ {N(m.TransportCo2eKgPerTonne, EnCulture)} kg subtracted; {m.Co2eSourceEn}); no yearly total while the other party's amount is hidden");
    }
}
