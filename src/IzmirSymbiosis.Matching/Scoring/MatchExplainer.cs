using System.Globalization;
using System.Text.Json.Serialization;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>One factor of a score with its reason in Turkish and English.</summary>
/// <param name="Factor">Key: material, quantity, distance, timing, economics, environment.</param>
/// <param name="Value">Factor value, 0–1 (three decimals).</param>
/// <param name="Weight">Configured weight.</param>
/// <param name="ReasonTr">Reason, Turkish.</param>
/// <param name="ReasonEn">Reason, English.</param>
public sealed record FactorBreakdown(
    [property: JsonPropertyName("factor")] string Factor,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("weight")] double Weight,
    [property: JsonPropertyName("reasonTr")] string ReasonTr,
    [property: JsonPropertyName("reasonEn")] string ReasonEn);

/// <summary>The stored explanation of a match (serialised as JSON, stored as <c>jsonb</c>).</summary>
/// <param name="EngineVersion">Engine version that computed it.</param>
/// <param name="Score">Total score, 0–100.</param>
/// <param name="Factors">One entry per factor.</param>
/// <param name="RoadKm">Road km, when known.</param>
/// <param name="TransportTryPerTonne">Estimated transport cost, TRY/t.</param>
/// <param name="NetCo2eTonnesPerYear">Net CO2e avoided, t/year.</param>
/// <param name="Anonymised">What a party sees while the other firm is anonymous (null in rows of older engines).</param>
public sealed record MatchBreakdown(
    [property: JsonPropertyName("engineVersion")] string EngineVersion,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("factors")] IReadOnlyList<FactorBreakdown> Factors,
    [property: JsonPropertyName("roadKm")] double? RoadKm,
    [property: JsonPropertyName("transportTryPerTonne")] double TransportTryPerTonne,
    [property: JsonPropertyName("netCo2eTonnesPerYear")] double NetCo2eTonnesPerYear,
    [property: JsonPropertyName("anonymised")] AnonymisedBreakdown? Anonymised = null);

/// <summary>Turns a <see cref="MatchResult"/> into bilingual one-line reasons per factor.</summary>
public static class MatchExplainer
{
    /// <summary>Turkish number formatting.</summary>
    internal static readonly CultureInfo TrCulture = CultureInfo.GetCultureInfo("tr-TR");

    /// <summary>English number formatting.</summary>
    internal static readonly CultureInfo EnCulture = CultureInfo.InvariantCulture;

    /// <summary>Builds the breakdown of a match with the weights of <paramref name="options"/>.</summary>
    public static MatchBreakdown Explain(MatchResult m, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(options);
        return new MatchBreakdown(
            MatchVersion.Current,
            m.Score,
            Lines(m, options, MaterialReason(m), QuantityReason(m), DistanceReason(m, options), TimingReason(m), EconomicsReason(m, withPrices: true), EnvironmentReason(m)),
            m.RoadKm is { } km ? Math.Round(km, 1) : null,
            Math.Round(m.TransportTryPerTonne),
            Math.Round(m.NetCo2eTonnesPerYear, 1),
            AnonymisedExplainer.Explain(m, options));
    }

    /// <summary>The six factor lines of a match with the given reasons (one order and one rounding for every view).</summary>
    internal static FactorBreakdown[] Lines(
        MatchResult m,
        MatchingOptions options,
        (string Tr, string En) material,
        (string Tr, string En) quantity,
        (string Tr, string En) distance,
        (string Tr, string En) timing,
        (string Tr, string En) economics,
        (string Tr, string En) environment) =>
    [
        new("material", Math.Round(m.Material, 3), options.MaterialWeight, material.Tr, material.En),
        new("quantity", Math.Round(m.Quantity, 3), options.QuantityWeight, quantity.Tr, quantity.En),
        new("distance", Math.Round(m.Distance, 3), options.DistanceWeight, distance.Tr, distance.En),
        new("timing", Math.Round(m.Timing, 3), options.TimingWeight, timing.Tr, timing.En),
        new("economics", Math.Round(m.Economics, 3), options.EconomicsWeight, economics.Tr, economics.En),
        new("environment", Math.Round(m.Environment, 3), options.EnvironmentWeight, environment.Tr, environment.En),
    ];

    /// <summary>The material line; <paramref name="anonymised"/> leaves out the receiving sector and the text similarity.</summary>
    internal static (string Tr, string En) MaterialReason(MatchResult m, bool anonymised = false)
    {
        var offer = m.OfferEwcCode is { Length: 6 } o ? EwcCode.Display(o) : "—";
        var need = m.NeedEwcCode switch
        {
            { Length: 6 } n => EwcCode.Display(n),
            { Length: 4 } n => $"{n[..2]} {n[2..]} xx",
            { Length: 2 } n => $"{n} xx xx",
            _ => "—",
        };
        var pct = (m.TextSimilarity * 100).ToString("0", EnCulture);
        if (anonymised && m.Basis is MaterialBasis.SynergyLibrary or MaterialBasis.TextSimilarity)
        {
            return m.Basis == MaterialBasis.SynergyLibrary
                ? ($"Sinerji kütüphanesinde {offer} atığı karşı tarafınkine benzer sektörlere gitmiş (sektör gizli)", $"The synergy library has {offer} going to sectors like the other party's (sector hidden)")
                : ("Açıklamalar benzer", "Similar descriptions");
        }

        return m.Basis switch
        {
            MaterialBasis.SameCode => ($"Aynı atık kodu ({offer})", $"Same waste code ({offer})"),
            MaterialBasis.AcceptedCategory => ($"İhtiyaç {need} grubunu kabul ediyor; teklif {offer}", $"The need accepts {need}; the offer is {offer}"),
            MaterialBasis.SameSubChapter => ($"Aynı atık alt bölümü ({offer} ↔ {need})", $"Same waste sub-chapter ({offer} ↔ {need})"),
            MaterialBasis.SameMaterialGroup => ("Aynı malzeme grubu", "Same material group"),
            MaterialBasis.SynergyLibrary => (
                $"Sinerji kütüphanesinde {offer} atığı NACE {m.EvidenceNace} bölümündeki sektörlere gitmiş",
                $"The synergy library has {offer} going to sectors of NACE division {m.EvidenceNace}"),
            _ => ($"Açıklamalar benzer (%{pct})", $"Similar descriptions ({pct}%)"),
        };
    }

    private static (string Tr, string En) QuantityReason(MatchResult m)
    {
        if (m.OfferAnnual <= 0 || m.NeedAnnual <= 0)
        {
            return ("Miktar belirtilmemiş", "Quantity not stated");
        }

        var cover = Math.Min(1, m.OfferAnnual / m.NeedAnnual) * 100;
        var tr = $"Teklif {N(m.OfferAnnual, TrCulture)} {m.BaseUnit}/yıl, ihtiyaç {N(m.NeedAnnual, TrCulture)} {m.BaseUnit}/yıl; ihtiyacın %{cover.ToString("0", TrCulture)}'i karşılanır";
        var en = $"Offer {N(m.OfferAnnual, EnCulture)} {Unit(m.BaseUnit)}/yr, need {N(m.NeedAnnual, EnCulture)} {Unit(m.BaseUnit)}/yr; covers {cover.ToString("0", EnCulture)}% of the need";
        return m.PeriodMismatch ? (tr + " (tek seferlik ↔ düzenli)", en + " (one-off ↔ recurring)") : (tr, en);
    }

    private static (string Tr, string En) DistanceReason(MatchResult m, MatchingOptions options)
    {
        if (m.RoadKm is not { } km)
        {
            var assumed = Math.Round(m.TransportTryPerTonne, 0);
            return ($"Konum eksik; nakliye varsayımla {assumed.ToString("N0", TrCulture)} TL/t", $"Location missing; transport assumed {assumed.ToString("N0", EnCulture)} TRY/t");
        }

        var cost = Math.Round(options.TransportFixedTryPerTonne + (options.TransportTryPerTonneKm * km), 0);
        return ($"{km.ToString("0", TrCulture)} km, tahmini nakliye {cost.ToString("N0", TrCulture)} TL/t", $"{km.ToString("0", EnCulture)} km, estimated transport {cost.ToString("N0", EnCulture)} TRY/t");
    }

    internal static (string Tr, string En) TimingReason(MatchResult m) => m.OverlapDays is { } d
        ? ($"Uygunluk dönemleri {d.ToString(TrCulture)} gün örtüşüyor", $"Availability windows overlap for {d.ToString(EnCulture)} days")
        : ("Süre sınırı yok", "No time limits");

    /// <summary>
    /// The economics line: the estimate the score uses (default disposal and purchase prices,
    /// transport between the firms' areas); <paramref name="withPrices"/> adds the firms' own
    /// prices, for a reader who may see both.
    /// </summary>
    internal static (string Tr, string En) EconomicsReason(MatchResult m, bool withPrices)
    {
        if (!m.PerTonneEstimates)
        {
            return ("Bu birim için maliyet tahmini yok", "No cost estimate for this unit");
        }

        var net = m.AvoidedDisposalTryPerTonne + m.AvoidedPurchaseTryPerTonne - m.TransportTryPerTonne;
        var tr = $"Varsayılan fiyatlarla tahmini net kazanç ≈ {N(net, TrCulture)} TL/t (bertaraf {N(m.AvoidedDisposalTryPerTonne, TrCulture)} + hammadde {N(m.AvoidedPurchaseTryPerTonne, TrCulture)} − nakliye ≈ {N(m.TransportTryPerTonne, TrCulture)})";
        var en = $"At default prices, estimated net gain ≈ {N(net, EnCulture)} TRY/t (disposal {N(m.AvoidedDisposalTryPerTonne, EnCulture)} + purchase {N(m.AvoidedPurchaseTryPerTonne, EnCulture)} − transport ≈ {N(m.TransportTryPerTonne, EnCulture)})";
        if (!withPrices)
        {
            return (tr, en);
        }

        if (m.OfferPricePerTonne is { } offer)
        {
            tr += $"; teklif fiyatı {N(offer, TrCulture)} TL/t";
            en += $"; offer price {N(offer, EnCulture)} TRY/t";
        }

        if (m.NeedPricePerTonne is { } need)
        {
            tr += $"; ihtiyacın fiyatı {N(need, TrCulture)} TL/t";
            en += $"; need's price {N(need, EnCulture)} TRY/t";
        }

        return m.PriceGap ? (tr + "; fiyat beklentileri uyuşmuyor", en + "; price expectations differ") : (tr, en);
    }

    private static (string Tr, string En) EnvironmentReason(MatchResult m)
    {
        if (!m.PerTonneEstimates)
        {
            return ("Bu birim için CO2e tahmini yok", "No CO2e estimate for this unit");
        }

        var net = m.Co2eSavingKgPerTonne - m.TransportCo2eKgPerTonne;
        return (
            $"≈ {N(net, TrCulture)} kg CO2e/t önlenir (nakliye {N(m.TransportCo2eKgPerTonne, TrCulture)} kg düşüldü; {m.Co2eSourceTr}); yılda ≈ {N(m.NetCo2eTonnesPerYear, TrCulture)} t",
            $"≈ {N(net, EnCulture)} kg CO2e/t avoided (transport {N(m.TransportCo2eKgPerTonne, EnCulture)} kg subtracted; {m.Co2eSourceEn}); ≈ {N(m.NetCo2eTonnesPerYear, EnCulture)} t per year");
    }

    /// <summary>A figure as reasons show it: whole numbers from 10 up, one decimal below.</summary>
    internal static string N(double v, CultureInfo c) => v.ToString(Math.Abs(v) >= 10 ? "N0" : "N1", c);

    /// <summary>The English symbol of a base unit.</summary>
    internal static string Unit(string u) => u == "adet" ? "pcs" : u;
}
