using System.Diagnostics.CodeAnalysis;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>What made the material compatible (the strongest component).</summary>
public enum MaterialBasis
{
    /// <summary>Same six-digit EWC code.</summary>
    SameCode,

    /// <summary>The need accepts the offer's sub-chapter or chapter.</summary>
    AcceptedCategory,

    /// <summary>Same EWC sub-chapter, different code.</summary>
    SameSubChapter,

    /// <summary>Same material group (emission-profile group).</summary>
    SameMaterialGroup,

    /// <summary>The synergy library reports this waste going to the need's sector.</summary>
    SynergyLibrary,

    /// <summary>Similar descriptions (Turkish/English concepts).</summary>
    TextSimilarity,

    /// <summary>
    /// The material model: the offer is the need's material or one of its grades, or a
    /// compatibility rule accepts it (see <see cref="MatchResult.OfferMaterial"/>).
    /// </summary>
    MaterialModel,

    /// <summary>A recovery route of the route table takes this waste to the need's sector (<see cref="MatchResult.EvidenceRoute"/>).</summary>
    RecoveryRoute,

    /// <summary>The need takes goods for reuse or of second quality, and the offer states usable goods (<see cref="Knowledge.ProductReuse"/>).</summary>
    Reuse,

    /// <summary>The need takes goods for reuse and the usable offer is the same goods (a big bag for a big bag; <see cref="Knowledge.ProductReuse.Goods"/>).</summary>
    SameGoods,
}

/// <summary>
/// One scored offer–need pair: total score 0–100, the six factor values 0–1 and the figures
/// behind them. Compact (each side's stream figures are shared, <see cref="MatchSide"/>); turn it
/// into reasons with <see cref="MatchExplainer"/>.
/// </summary>
public sealed record MatchResult
{
    private MatchSide _offer = MatchSide.Empty;
    private MatchSide _need = MatchSide.Empty;

    /// <summary>A record set property by property.</summary>
    public MatchResult()
    {
    }

    /// <summary>A record of the engine: the two sides shared with the stream's other matches; the caller sets every other required figure.</summary>
    [SetsRequiredMembers]
    internal MatchResult(MatchSide offer, MatchSide need)
    {
        _offer = offer;
        _need = need;
    }

    /// <summary>Offer stream.</summary>
    public required Guid OfferId { get => _offer.StreamId; init => _offer = _offer with { StreamId = value }; }

    /// <summary>Need stream.</summary>
    public required Guid NeedId { get => _need.StreamId; init => _need = _need with { StreamId = value }; }

    /// <summary>Company of the offer.</summary>
    public required Guid OfferCompanyId { get => _offer.CompanyId; init => _offer = _offer with { CompanyId = value }; }

    /// <summary>Company of the need.</summary>
    public required Guid NeedCompanyId { get => _need.CompanyId; init => _need = _need with { CompanyId = value }; }

    /// <summary>Weighted score, 0–100, one decimal.</summary>
    public required double Score { get; init; }

    /// <summary>Material compatibility, 0–1.</summary>
    public required double Material { get; init; }

    /// <summary>Quantity fit of the two amounts' bands, 0–1.</summary>
    public required double Quantity { get; init; }

    /// <summary>Distance and transport, 0–1.</summary>
    public required double Distance { get; init; }

    /// <summary>Timing, 0–1.</summary>
    public required double Timing { get; init; }

    /// <summary>Economics, 0–1.</summary>
    public required double Economics { get; init; }

    /// <summary>Environmental benefit, 0–1.</summary>
    public required double Environment { get; init; }

    /// <summary>The strongest material component.</summary>
    public required MaterialBasis Basis { get; init; }

    /// <summary>Offer EWC code, if any.</summary>
    public string? OfferEwcCode { get => _offer.EwcCode; init => _offer = _offer with { EwcCode = value }; }

    /// <summary>Need EWC code or prefix, if any.</summary>
    public string? NeedEwcCode { get => _need.EwcCode; init => _need = _need with { EwcCode = value }; }

    /// <summary>Receiving NACE division of the library or route evidence, if any.</summary>
    public string? EvidenceNace { get; init; }

    /// <summary>The restriction of the need's use that doubts the offer and cut its material value (a soiled offer for a clean grade), if any.</summary>
    public UseRestriction? UseDoubt { get; init; }

    /// <summary>A content the need's description rules out and the offer's names (material value cut), or null.</summary>
    public ExcludedContent? ContentDoubt { get; init; }

    /// <summary>The recovery route that gave the evidence, when <see cref="Basis"/> is <see cref="MaterialBasis.RecoveryRoute"/>.</summary>
    public RecoveryRoute? EvidenceRoute { get; init; }

    /// <summary>Material key of the offer (<c>metal.ferrous</c>, see <c>materials.csv</c>), or null when unknown.</summary>
    public string? OfferMaterial { get => _offer.Material; init => _offer = _offer with { Material = value }; }

    /// <summary>Material key of the need, or null when unknown.</summary>
    public string? NeedMaterial { get => _need.Material; init => _need = _need with { Material = value }; }

    /// <summary>Evidence the material model gave (same material or an accepting rule), 0–1.</summary>
    public double MaterialEvidence { get; init; }

    /// <summary>Multiplier a soft rule of the material model applied to the material value (1: none).</summary>
    public double MaterialFactor { get; init; } = 1;

    /// <summary>Text component: Jaccard similarity of description concepts (0 when below the threshold), or <see cref="PairScorer.SharedWord"/> for a shared specific word.</summary>
    public double TextSimilarity { get; init; }

    /// <summary>The specific word both descriptions name, as the offer writes it, when it gave the text component.</summary>
    public string? SharedWord { get; init; }

    /// <summary>
    /// Road km between the firms' exact points (great-circle × road factor), or null when a location
    /// is missing: for the full view only; the score uses <see cref="AreaRoadKm"/>.
    /// </summary>
    public double? RoadKm { get; init; }

    /// <summary>
    /// Road km between the two firms' areas (<see cref="Preparation.AreaGrid"/>), or null when a
    /// location is missing: the distance the score, the transport limit and the estimates use.
    /// </summary>
    public double? AreaRoadKm { get; init; }

    /// <summary>Transport limit used, road km.</summary>
    public double LimitKm { get; init; }

    /// <summary>Estimated transport cost at <see cref="AreaRoadKm"/>, TRY per tonne (assumed distance when unknown).</summary>
    public double TransportTryPerTonne { get; init; }

    /// <summary>Offer amount, base units per year (one-off lots count once).</summary>
    public double OfferAnnual { get => _offer.Annual; init => _offer = _offer with { Annual = value }; }

    /// <summary>Need amount, base units per year.</summary>
    public double NeedAnnual { get => _need.Annual; init => _need = _need with { Annual = value }; }

    /// <summary>Base unit symbol (t, m³, MWh, adet, h, m²).</summary>
    public string BaseUnit { get => _offer.BaseUnit; init => _offer = _offer with { BaseUnit = value }; }

    /// <summary>What the amounts count (mass, volume, energy…).</summary>
    public Dimension Dimension { get => _offer.Dimension; init => _offer = _offer with { Dimension = value }; }

    /// <summary>True when one side is a one-off lot and the other recurring.</summary>
    public bool PeriodMismatch { get; init; }

    /// <summary>Days the availability windows overlap (capped at 365), or null when both are open.</summary>
    public int? OverlapDays { get; init; }

    /// <summary>Avoided disposal cost, TRY/t.</summary>
    public double AvoidedDisposalTryPerTonne { get; init; }

    /// <summary>Avoided purchase (the default price), TRY/t.</summary>
    public double AvoidedPurchaseTryPerTonne { get; init; }

    /// <summary>The offer's asking price, TRY/t, if stated (full view only; not scored).</summary>
    public double? OfferPricePerTonne { get; init; }

    /// <summary>The need's price, TRY/t, if stated (full view only; not scored).</summary>
    public double? NeedPricePerTonne { get; init; }

    /// <summary>True when the offer's asking price exceeds the need's price.</summary>
    public bool PriceGap => OfferPricePerTonne > 0 && NeedPricePerTonne is { } need && OfferPricePerTonne > need;

    /// <summary>Gross CO2e saving, kg/t.</summary>
    public double Co2eSavingKgPerTonne { get => _offer.Co2eSavingKgPerTonne; init => _offer = _offer with { Co2eSavingKgPerTonne = value }; }

    /// <summary>Transport CO2e, kg/t.</summary>
    public double TransportCo2eKgPerTonne { get; init; }

    /// <summary>Net CO2e avoided per year, tonnes (net kg/t × matched tonnes per year / 1000).</summary>
    public double NetCo2eTonnesPerYear { get; init; }

    /// <summary>Source of the CO2e saving, Turkish.</summary>
    public string Co2eSourceTr { get => _offer.Co2eSourceTr; init => _offer = _offer with { Co2eSourceTr = value }; }

    /// <summary>Source of the CO2e saving, English.</summary>
    public string Co2eSourceEn { get => _offer.Co2eSourceEn; init => _offer = _offer with { Co2eSourceEn = value }; }

    /// <summary>Whether economics and CO2e were estimated (mass or volume units only).</summary>
    public bool PerTonneEstimates { get; init; } = true;
}
