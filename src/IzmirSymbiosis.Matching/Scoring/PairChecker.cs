using System.Globalization;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>One offer–need pair given by its facts alone (a row of a pairs file).</summary>
/// <param name="OfferEwc">Offer EWC code, six digits (null: none).</param>
/// <param name="OfferDescription">Offer description.</param>
/// <param name="OfferNace">Giver's NACE class, dotted (null: unknown).</param>
/// <param name="NeedEwc">Need EWC code, sub-chapter or chapter (null: none).</param>
/// <param name="NeedDescription">Need description.</param>
/// <param name="NeedNace">Receiver's NACE class, dotted (null: unknown).</param>
/// <param name="DistanceKm">Road distance, km (null: unknown).</param>
public sealed record PairQuery(string? OfferEwc, string? OfferDescription, string? OfferNace, string? NeedEwc, string? NeedDescription, string? NeedNace, double? DistanceKm);

/// <summary>The scorer's verdict on a <see cref="PairQuery"/>.</summary>
/// <param name="Score">Score 0–100 (0 when a hard filter drops the pair).</param>
/// <param name="Filter">The hard filter that dropped the pair, or <see cref="PairFilter.None"/>.</param>
/// <param name="Factors">The six factors (material, quantity, distance, timing, economics, environment); only material when filtered after it was computed, empty before.</param>
/// <param name="Material">The material components (code, group, library, model, text, factor).</param>
/// <param name="OfferMaterial">The offer's material (id 0: unknown).</param>
/// <param name="NeedMaterial">The need's material.</param>
/// <param name="Relation">The material model's relation of the two.</param>
/// <param name="OfferHazardous">The offer's code is hazardous (starred).</param>
public sealed record PairVerdict(
    double Score,
    PairFilter Filter,
    IReadOnlyDictionary<string, double> Factors,
    IReadOnlyDictionary<string, double> Material,
    MaterialInfo OfferMaterial,
    MaterialInfo NeedMaterial,
    MaterialRelation Relation,
    bool OfferHazardous)
{
    /// <summary>The restriction of the need's use that excludes or doubts the offer, if any (<see cref="UseRestrictions"/>).</summary>
    public UseRestriction? Restriction { get; init; }

    /// <summary>A content the need rules out and the offer names (material value cut), if any (<see cref="StatedContent"/>).</summary>
    public ExcludedContent? ContentDoubt { get; init; }

    /// <summary>The goods both sides name when the need takes them for reuse and the offer is usable (their material then does not decide), else null.</summary>
    public string? SameGoods { get; init; }
}

/// <summary>
/// Scores pairs given by their facts (the <c>score-pairs</c> verb) with the engine's own scorer.
/// What such a pair does not state is taken as neutral: both sides have the same yearly amount
/// (quantity fit 1) and open availability windows (timing fit 1), both are materials in tonnes, the
/// prices are the defaults, and the receiver is taken to hold a valid permit for a hazardous code
/// only where one is to be expected (see <see cref="AssumedPermit"/>; <see cref="PairVerdict.OfferHazardous"/> reports the flag). A party's transport
/// limit is known only when its description states one (<see cref="StatedHaulLimitKm"/>); a distance
/// beyond it drops the pair. Otherwise the distance counts through the distance factor only
/// (0 at the offer material's haul, <see cref="MatchingOptions.DefaultMaxTransportKm"/> by default, and beyond). A missing distance counts
/// as unknown location (distance factor 0.5, the assumed km for costs).
/// </summary>
public sealed class PairChecker
{
    private readonly StreamPreparer _preparer;
    private readonly MatchingOptions _options;

    /// <summary>Creates a checker; the options' minimum score is set to 0 so that every unfiltered pair gets its score.</summary>
    public PairChecker(MatchingKnowledge knowledge, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        _options = new MatchingOptions
        {
            MaterialWeight = options.MaterialWeight,
            QuantityWeight = options.QuantityWeight,
            DistanceWeight = options.DistanceWeight,
            TimingWeight = options.TimingWeight,
            EconomicsWeight = options.EconomicsWeight,
            EnvironmentWeight = options.EnvironmentWeight,
            MinScore = 0,
            MinMaterialScore = options.MinMaterialScore,
            MinTextSimilarity = options.MinTextSimilarity,
            TopKPerOffer = options.TopKPerOffer,
            RoadFactor = options.RoadFactor,
            DefaultMaxTransportKm = options.DefaultMaxTransportKm,
            AssumedDistanceKmWhenUnknown = options.AssumedDistanceKmWhenUnknown,
            TransportFixedTryPerTonne = options.TransportFixedTryPerTonne,
            TransportTryPerTonneKm = options.TransportTryPerTonneKm,
            TransportKgCo2ePerTonneKm = options.TransportKgCo2ePerTonneKm,
            AvoidedDisposalTryPerTonne = options.AvoidedDisposalTryPerTonne,
            HazardousDisposalMultiplier = options.HazardousDisposalMultiplier,
            AvoidedPurchaseTryPerTonne = options.AvoidedPurchaseTryPerTonne,
            FallbackCo2eSavingKgPerTonne = options.FallbackCo2eSavingKgPerTonne,
            EnvironmentHalfSaturationKgPerTonne = options.EnvironmentHalfSaturationKgPerTonne,
            RouteEvidenceWeight = options.RouteEvidenceWeight,
            MaterialTransport = options.MaterialTransport,
        };
        _preparer = new StreamPreparer(knowledge, _options);
    }

    /// <summary>
    /// Whether the receiver is taken to hold a permit for a (hazardous) code the file cannot state:
    /// it treats hazardous waste (NACE 38.22), its description says it is licensed (“lisanslı”,
    /// “izinli”, “licensed”, “permitted”), or the route table names a licensed recovery operation for
    /// the code in the receiver's own NACE class (a cement kiln licensed to co-incinerate it licenses no asphalt plant of the same division).
    /// </summary>
    private static bool AssumedPermit(string code, PairQuery query)
    {
        var nace = query.NeedNace ?? string.Empty;
        if (nace == HazardousTreatmentClass ||
            TextAnalyzer.FoldKey(query.NeedDescription).Split(' ').Any(w => s_licensedWords.Any(l => w.StartsWith(l, StringComparison.Ordinal))))
        {
            return true;
        }

        return nace.Length >= 2 && RecoveryRoutes.For(code, hazardous: true).Any(r => nace.StartsWith(r.Route.ReceiverNace, StringComparison.Ordinal));
    }

    /// <summary>NACE 38.22, treatment and disposal of hazardous waste: licensed for it by definition.</summary>
    private const string HazardousTreatmentClass = "38.22";

    // Folded word beginnings (TextAnalyzer.FoldKey: lower case, Turkish letters to ASCII).
    private static readonly string[] s_licensedWords = ["lisansli", "izinli", "licensed", "licenced", "permitted"];

    /// <summary>Scores one pair.</summary>
    public PairVerdict Check(PairQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var giver = new MatchCompany(Guid.NewGuid(), query.OfferNace ?? string.Empty, null);
        var code = StreamPreparer.NormalizeCode(query.OfferEwc, StreamDirection.Offer);
        var permits = code is not null && AssumedPermit(code, query) ? PermitCoverage.Of([code]) : PermitCoverage.None;
        var taker = new MatchCompany(Guid.NewGuid(), query.NeedNace ?? string.Empty, null, permits);
        var offer = _preparer.Prepare(Stream(giver, StreamDirection.Offer, query.OfferEwc, query.OfferDescription), Company(giver));
        var need = _preparer.Prepare(Stream(taker, StreamDirection.Need, query.NeedEwc, query.NeedDescription), Company(taker));

        // The distance is given, not the places: the need's area is put that far north of the offer's.
        var oh = offer.Hot;
        var nh = need.Hot;
        // The parties' transport limits are not in the file: only a limit a description states applies
        // (the distance factor still counts the distance).
        oh.MaxKm = StatedHaulLimitKm(query.OfferDescription) ?? double.PositiveInfinity;
        nh.MaxKm = StatedHaulLimitKm(query.NeedDescription) ?? double.PositiveInfinity;
        if (query.DistanceKm is { } km)
        {
            oh.HasLocation = nh.HasLocation = true;
            oh.LatRad = oh.LonRad = nh.LonRad = 0;
            oh.CosLat = 1;
            nh.LatRad = km / _options.RoadFactor / Domain.Common.GeoPoint.EarthRadiusKm;
            nh.CosLat = Math.Cos(nh.LatRad);
        }

        var relation = MaterialCatalog.Default.Relation(offer.MaterialId, need.MaterialId);
        var filter = PairScorer.FilterOf(offer, in oh, in nh, _options);
        var material = new Dictionary<string, double>(StringComparer.Ordinal);
        var factors = new Dictionary<string, double>(StringComparer.Ordinal);
        if (filter is not (PairFilter.SameCompany or PairFilter.KindOrUnit or PairFilter.HazardousWithoutPermit or PairFilter.NoCommonPeriod or PairFilter.MaterialIncompatible or PairFilter.UseRestricted))
        {
            var m = PairScorer.MaterialComponents(offer, in oh, in nh, _options, computeText: true);
            material["code"] = m.Code;
            material["group"] = m.Group;
            material[m.EvidenceIsRoute ? "route" : "library"] = m.Evidence;
            material["model"] = m.Accept;
            material["text"] = m.Text;
            material["factor"] = m.Factor;
            factors["material"] = PairScorer.PublicMaterial(m.Value);
        }

        double score = 0;
        if (filter == PairFilter.None && PairScorer.TryScore(offer, in oh, in nh, _options, 0, out var f))
        {
            score = f.Score;
            factors["material"] = PairScorer.PublicMaterial(f.Material.Value);
            factors["quantity"] = f.Quantity;
            factors["distance"] = f.Distance;
            factors["timing"] = f.Timing;
            factors["economics"] = f.Economics;
            factors["environment"] = f.Environment;
        }

        return new PairVerdict(score, filter, factors, material, MaterialCatalog.Default.Get(offer.MaterialId), MaterialCatalog.Default.Get(need.MaterialId), relation, offer.Hazardous)
        {
            Restriction = UseRestrictions.First(offer.Restrictions, need.Hot.Uses),
            ContentDoubt = need.Hot.Excludes is { } excludes ? StatedContent.Conflict(excludes, offer.ContentWords) : null,
            SameGoods = PairScorer.SameGoods(in oh, in nh) ? ProductReuse.GoodsName(oh.Goods & nh.Goods) : null,
        };
    }

    /// <summary>
    /// The haul limit a description states, in km (“en çok 40 km nakliye”, “en fazla 50 km”, “azami
    /// 30 km”, “60 km içinde”, “within 50 km”, “max. 80 km”), or null when it states none.
    /// </summary>
    public static double? StatedHaulLimitKm(string? description)
    {
        var m = s_haulLimit.Match(TextAnalyzer.FoldKey(description));
        if (!m.Success)
        {
            return null;
        }

        var digits = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
        return double.Parse(digits, CultureInfo.InvariantCulture);
    }

    // On folded text (lower-case ASCII words and digits between single spaces).
    private static readonly Regex s_haulLimit = new(
        @"\b(?:en cok|en fazla|azami|maks|maksimum|max|maximum|within|up to)\s(\d{1,4})\skm\b|\b(\d{1,4})\skm\s(?:icinde|yaricapinda|yaricap|den yakin|den kisa|ile sinirli)\b",
        RegexOptions.CultureInvariant);

    private PreparedCompany Company(MatchCompany c) => new(c, _preparer.NaceId, _preparer.CompanyId(c.Id));

    private static MatchStream Stream(MatchCompany c, StreamDirection direction, string? code, string? description) =>
        new(Guid.NewGuid(), c.Id, direction, ResourceKind.Material, code, description ?? string.Empty, 1, QuantityUnit.Tonne, QuantityPeriod.PerYear);
}
