using System.Text.Json.Serialization;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
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
    public static AnonymisedBreakdown Explain(MatchResult m, MatchingOptions o, MatchingKnowledge? knowledge = null)
    {
        var band = m.AreaRoadKm is { } areaKm ? DistanceBand.Of(areaKm) : null;
        var offerBand = QuantityBand.OfAnnual(m.OfferAnnual, m.Dimension);
        var needBand = QuantityBand.OfAnnual(m.NeedAnnual, m.Dimension);
        var material = MaterialReason(m, knowledge, anonymised: true);
        var distance = DistanceReason(band, m, o);
        var timing = TimingReason(m);
        var economics = EconomicsReason(m);
        var environment = EnvironmentReason(m);
        return new AnonymisedBreakdown(
            band,
            Lines(m, o, material, QuantityReason(m, ownIsOffer: true, offerBand, needBand), distance, timing, economics, environment),
            Lines(m, o, material, QuantityReason(m, ownIsOffer: false, offerBand, needBand), distance, timing, economics, environment));
    }

    private static (string Tr, string En) QuantityReason(MatchResult m, bool ownIsOffer, QuantityBand offerBand, QuantityBand needBand)
    {
        if (MissingQuantity(m) is { } missing)
        {
            return missing;
        }

        var unitTr = m.BaseUnit;
        var unitEn = Unit(m.BaseUnit);
        var own = ownIsOffer ? m.OfferAnnual : m.NeedAnnual;
        var other = ownIsOffer ? needBand : offerBand;
        var (noteTr, noteEn) = PeriodNote(m);
        var tr = ownIsOffer
            ? $"Teklif {N(own, TrCulture)} {unitTr}/yıl; ihtiyaç {Range(other, TrCulture)} {unitTr}/yıl aralığında (kesin miktarı gizli: karşı taraf anonim)"
            : $"İhtiyaç {N(own, TrCulture)} {unitTr}/yıl; teklif {Range(other, TrCulture)} {unitTr}/yıl aralığında (kesin miktarı gizli: karşı taraf anonim)";
        var en = ownIsOffer
            ? $"Offer {N(own, EnCulture)} {unitEn}/yr; the need is in the {Range(other, EnCulture)} {unitEn}/yr range (exact amount hidden: the other party is anonymous)"
            : $"Need {N(own, EnCulture)} {unitEn}/yr; the offer is in the {Range(other, EnCulture)} {unitEn}/yr range (exact amount hidden: the other party is anonymous)";
        return (tr + noteTr, en + noteEn);
    }

    private static string Range(QuantityBand band, System.Globalization.CultureInfo c) => band.To is { } to
        ? $"{band.From.ToString("N0", c)}–{to.ToString("N0", c)}"
        : $"≥ {band.From.ToString("N0", c)}";

    private static (string Tr, string En) DistanceReason(DistanceBand? band, MatchResult m, MatchingOptions o)
    {
        if (band is null)
        {
            return UnknownLocation(m, o);
        }

        var low = o.TransportFixedTryPerTonne + (o.TransportTryPerTonneKm * band.FromKm);
        var (haulTr, haulEn) = MatchExplainer.HaulNote(m, o);
        if (band.ToKm is not { } to)
        {
            return (
                $"Yol mesafesi {band.FromKm.ToString(TrCulture)} km üzerinde, tahmini nakliye {N(low, TrCulture)} TL/t üzeri (kesin konum gizli: karşı taraf anonim); {haulTr}",
                $"Road distance over {band.FromKm.ToString(EnCulture)} km, estimated transport over {N(low, EnCulture)} TRY/t (exact location hidden: the other party is anonymous); {haulEn}");
        }

        var high = o.TransportFixedTryPerTonne + (o.TransportTryPerTonneKm * to);
        return (
            $"Yol mesafesi {band.FromKm.ToString(TrCulture)}–{to.ToString(TrCulture)} km aralığında, tahmini nakliye {N(low, TrCulture)}–{N(high, TrCulture)} TL/t (kesin konum gizli: karşı taraf anonim); {haulTr}",
            $"Road distance in the {band.FromKm.ToString(EnCulture)}–{to.ToString(EnCulture)} km range, estimated transport {N(low, EnCulture)}–{N(high, EnCulture)} TRY/t (exact location hidden: the other party is anonymous); {haulEn}");
    }

    private static (string Tr, string En) EconomicsReason(MatchResult m)
    {
        if (!m.PerTonneEstimates)
        {
            return NoPerTonne(m, "maliyet", "cost");
        }

        var (tr, en) = MatchExplainer.EconomicsReason(m, withPrices: false);
        return (tr + "; karşı tarafın fiyatı gizli: karşı taraf anonim", en + "; the other party's price is hidden while it is anonymous");
    }

    private static (string Tr, string En) EnvironmentReason(MatchResult m)
    {
        if (!m.PerTonneEstimates)
        {
            return NoPerTonne(m, "CO2e", "CO2e");
        }

        var (tr, en) = EnvironmentPerTonne(m);
        return MissingQuantity(m) is not null
            ? (tr + "; miktar belirtilmediğinden yıllık toplam hesaplanamadı", en + "; no yearly total without both amounts")
            : (tr + "; yıllık toplam gizli: karşı tarafın miktarı anonim", en + "; no yearly total while the other party's amount is hidden");
    }
}
