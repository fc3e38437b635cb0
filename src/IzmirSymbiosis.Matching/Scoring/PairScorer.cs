using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>
/// Scores one offer–need pair. Hard filters first (any failing drops the pair), then six factors
/// in 0–1 combined as <c>score = 100 · Σ wᵢ·fᵢ / Σ wᵢ</c>.
/// </summary>
internal static class PairScorer
{
    /// <summary>Component value of the same six-digit code.</summary>
    public const double SameCode = 1.0;

    /// <summary>Component value when the need accepts the offer's sub-chapter.</summary>
    public const double AcceptedSubChapter = 0.9;

    /// <summary>Component value when the need accepts the offer's chapter.</summary>
    public const double AcceptedChapter = 0.75;

    /// <summary>Component value of another code in the same sub-chapter.</summary>
    public const double SameSubChapter = 0.6;

    /// <summary>Component value of the same material group.</summary>
    public const double SameGroup = 0.5;

    /// <summary>
    /// Text component when the two descriptions share a specific word (a name the lexicon and the
    /// reference texts do not know: “balata”, “toner”, “lanolin”) but not enough concepts for the
    /// Jaccard threshold: the streams name the same particular thing.
    /// </summary>
    public const double SharedWord = 0.4;

    // The material model's relation tables, read by the two streams' material ids (static readonly:
    // the JIT reads them as constants).
    private static readonly MaterialCatalog s_materials = MaterialCatalog.Default;
    private static readonly int s_materialCount = s_materials.Count;
    private static readonly double[] s_accept = s_materials.AcceptTable;
    private static readonly double[] s_factor = s_materials.FactorTable;
    private static readonly bool[] s_different = s_materials.DifferentTable;
    private static readonly double[] s_haul = s_materials.HaulKmTable;
    private static readonly double[] s_purchase = s_materials.PurchaseTable;

    /// <summary>
    /// Road km at which the distance factor of an offer of this material reaches 0: the material's
    /// typical haul (<c>material_transport.csv</c>), else <see cref="MatchingOptions.DefaultMaxTransportKm"/>.
    /// The offer's material is public in every view of the match, so the scale gives nothing away.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double HaulKm(int offerMaterial, MatchingOptions opt) =>
        opt.MaterialTransport > 0 && !double.IsNaN(s_haul[offerMaterial]) ? s_haul[offerMaterial] : opt.DefaultMaxTransportKm;

    /// <summary>Avoided purchase per tonne of an offer of this material (its market order of magnitude, else the default).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Purchase(int offerMaterial, MatchingOptions opt) =>
        opt.MaterialTransport > 0 && !double.IsNaN(s_purchase[offerMaterial]) ? s_purchase[offerMaterial] : opt.AvoidedPurchaseTryPerTonne;

    /// <summary>
    /// Returns null when a hard filter drops the pair or the score is under the threshold.
    /// Hard filters (in this order, see <see cref="PairFilter"/>): same company; different kind; different dimension (units that cannot be
    /// compared); hazardous waste to a firm without a valid permit covering its code; availability windows that do not
    /// overlap; a hard incompatibility of the material model (<see cref="MaterialCatalog"/>); material compatibility under <see cref="MatchingOptions.MinMaterialScore"/>; road
    /// distance between the firms' areas (<see cref="AreaGrid"/>) over the smaller of the parties' limits.
    /// </summary>
    /// <param name="o">Offer.</param>
    /// <param name="n">Need.</param>
    /// <param name="opt">Options.</param>
    /// <param name="floor">
    /// Score the pair must reach to matter (the threshold, or the offer's k-th best). Pairs whose
    /// upper bound (remaining factors at 1) is clearly below it are dropped before the costly
    /// factors; the margin covers rounding, so the kept top list is unchanged.
    /// </param>
    public static MatchResult? Score(PreparedStream o, PreparedStream n, MatchingOptions opt, double floor)
    {
        var oh = o.Hot;
        var nh = n.Hot;
        return TryScore(o, in oh, in nh, opt, floor, out var f) ? Build(o, n, in f, opt) : null;
    }

    /// <summary>
    /// The scoring itself, on the compact numbers of both streams (<paramref name="o"/> gives the
    /// offer's library evidence and CO2e). True when the pair passes the hard filters and reaches
    /// <paramref name="floor"/>; then <paramref name="f"/> holds every figure of the match. The
    /// reference <see cref="Score"/> and the engine share this code, so their scores agree bit for bit.
    /// </summary>
    internal static bool TryScore(PreparedStream o, ref readonly HotStream oh, ref readonly HotStream nh, MatchingOptions opt, double floor, out PairFigures f, TextMemo? memo = null)
    {
        f = default;

        // Cheap hard filters on plain numbers first.
        if (oh.CompanyId == nh.CompanyId || oh.KindDimension != nh.KindDimension)
        {
            return false;
        }

        // A hazardous offer goes only to a firm whose valid permit covers its code (a hazardous
        // flag without a six-digit code is covered by no permit).
        if (oh.Hazardous && (!nh.MayReceiveHazardous || oh.CodeLength != 6 || !nh.Permits.Covers(oh.CodeInt)))
        {
            return false;
        }

        var overlap = (long)Math.Min(oh.Until, nh.Until) - Math.Max(oh.From, nh.From) + 1;
        if (overlap <= 0)
        {
            return false;
        }

        // Hard incompatibility of the two materials (PVC into a PE regrind, slag as a fuel…), and a
        // use the law closes to the offer (ash or sewage sludge as feed, soiled drums as a clean grade).
        var mi = (oh.MaterialId * s_materialCount) + nh.MaterialId;
        var factor = MaterialFactor(mi, in oh, in nh);
        if (factor == 0 || (oh.ExcludedUses & nh.Uses) != 0)
        {
            return false;
        }

        factor *= UseFactor(in oh, in nh) * ContentFactor(o, in nh);

        var (quantity, mismatch) = QuantityFit(oh.Annual, nh.Annual, oh.OneOff, nh.OneOff);
        var (timing, overlapDays) = TimingFit(in oh, in nh, overlap);
        var perTonne = o.Dimension is Dimension.Mass or Dimension.Volume;
        // The firms' prices stay out of the score: with them a firm could find the other's price by
        // moving its own until the match appears. Defaults stand in (the full view states the prices).
        var disposal = opt.AvoidedDisposalTryPerTonne * (oh.Hazardous ? opt.HazardousDisposalMultiplier : 1);
        var purchase = Purchase(oh.MaterialId, opt);
        var haul = HaulKm(oh.MaterialId, opt);
        var saving = o.SavingKgPerTonne;

        // Upper bound before the costly parts (the library loop, the description merge and the
        // distance): library evidence at the offer's largest, text at min(|A|,|B|)/max(|A|,|B|)
        // (≥ the Jaccard), distance at 1, transport cost and CO2e at their zero-km values. Each term
        // is ≥ its exact counterpart and everything is computed in the same order with monotone
        // operations, so the bound is ≥ the exact total; the 0.1 margin covers the rounding to one
        // decimal (≤ 0.05) and any ulp-level non-monotonicity.
        // The distance without trigonometry first: a lower bound of the road km between the areas
        // drops far pairs and bounds the distance, economics and environment factors from above.
        var limit = Math.Min(double.IsNaN(oh.MaxKm) ? opt.DefaultMaxTransportKm : oh.MaxKm, double.IsNaN(nh.MaxKm) ? opt.DefaultMaxTransportKm : nh.MaxKm);
        double kmLow, distanceMax;
        if (oh.HasLocation && nh.HasLocation)
        {
            kmLow = PreparedCompany.GreatCircleKmLowerBound(oh.LatRad, oh.LonRad, oh.CosLat, nh.LatRad, nh.LonRad, nh.CosLat) * opt.RoadFactor;
            if (kmLow > limit)
            {
                return false;
            }

            distanceMax = Math.Max(0, 1 - (kmLow / haul));
        }
        else
        {
            (kmLow, distanceMax) = (opt.AssumedDistanceKmWhenUnknown, 0.5);
        }

        var economicsMax = perTonne ? EconomicsFit(disposal, purchase, opt.TransportFixedTryPerTonne + (opt.TransportTryPerTonneKm * kmLow)) : 0.5;
        var environmentMax = perTonne ? EnvironmentFit(saving - (opt.TransportKgCo2ePerTonneKm * kmLow), opt.EnvironmentHalfSaturationKgPerTonne) : 0.5;
        var different = Different(mi, in oh, in nh);
        var acceptBound = Accept(mi, in oh, in nh, different);
        var (codeBound, _) = CodeComponent(in oh, in nh, different);
        var groupBound = !different && oh.GroupId != 0 && oh.GroupId == nh.GroupId ? SameGroup : 0;
        var ta = oh.TokenCount;
        var tb = nh.TokenCount;
        var textBound = TextBound(in oh, in nh, opt);
        var cheap = PublicMaterial(factor * (1 - ((1 - codeBound) * (1 - groupBound) * (1 - o.EvidenceMax) * (1 - acceptBound) * (1 - textBound))));
        if (cheap < opt.MinMaterialScore ||
            UpperBound(opt, cheap, quantity, timing, distanceMax, economicsMax, environmentMax) + 0.1 < Math.Max(floor, opt.MinScore))
        {
            return false;
        }

        var m = MaterialComponents(o, in oh, in nh, opt, computeText: false);

        // The text similarity changes the material value only when no other component is already 1
        // (1 − 0·(1 − text) = 1 for any text); then its merge waits until the pair has passed every
        // other test, because the record still shows it. With a cache the exact text costs about
        // one array read, so it replaces the count bound in the first test.
        var textPending = m.TextMax > 0 && (1 - m.Code) * (1 - m.Group) * (1 - m.Evidence) * (1 - m.Accept) == 0;
        var textDone = false;
        if (memo is not null && m.TextMax > 0 && !textPending)
        {
            m = WithText(in m, in oh, in nh, opt, memo);
            textDone = true;
        }

        var materialMax = PublicMaterial(m.Value);
        if (m.TextMax > 0 && !textDone)
        {
            materialMax = PublicMaterial(m.Factor * (1 - ((1 - m.Code) * (1 - m.Group) * (1 - m.Evidence) * (1 - m.Accept) * (1 - m.TextMax))));
        }

        if (materialMax < opt.MinMaterialScore ||
            UpperBound(opt, materialMax, quantity, timing, distanceMax, economicsMax, environmentMax) + 0.1 < Math.Max(floor, opt.MinScore))
        {
            return false;
        }

        if (m.TextMax > 0 && !textPending && !textDone)
        {
            m = WithText(in m, in oh, in nh, opt, memo);
        }

        var material = PublicMaterial(m.Value);
        if (material < opt.MinMaterialScore ||
            UpperBound(opt, material, quantity, timing, distanceMax, economicsMax, environmentMax) + 0.1 < Math.Max(floor, opt.MinScore))
        {
            return false;
        }

        double? roadKm = null;
        double distance;
        if (oh.HasLocation && nh.HasLocation)
        {
            // Between the firms' areas (AreaGrid), not their points.
            var km = PreparedCompany.GreatCircleKm(oh.LatRad, oh.LonRad, oh.CosLat, nh.LatRad, nh.LonRad, nh.CosLat) * opt.RoadFactor;
            if (km > limit)
            {
                return false;
            }

            // Against the offer material's typical haul, not the parties' own limits: the other's
            // limit is not public, and with it in the factor one reading of the score would give it away.
            roadKm = km;
            distance = Math.Max(0, 1 - (km / haul));
        }
        else
        {
            distance = 0.5;
        }

        var effectiveKm = roadKm ?? opt.AssumedDistanceKmWhenUnknown;
        var transportTry = opt.TransportFixedTryPerTonne + (opt.TransportTryPerTonneKm * effectiveKm);
        var economics = perTonne ? EconomicsFit(disposal, purchase, transportTry) : 0.5;

        var transportCo2 = opt.TransportKgCo2ePerTonneKm * effectiveKm;
        var environment = perTonne ? EnvironmentFit(saving - transportCo2, opt.EnvironmentHalfSaturationKgPerTonne) : 0.5;

        var total = 100 * ((opt.MaterialWeight * material) + (opt.QuantityWeight * quantity) + (opt.DistanceWeight * distance) +
                           (opt.TimingWeight * timing) + (opt.EconomicsWeight * economics) + (opt.EnvironmentWeight * environment)) /
                    opt.TotalWeight;
        total = Math.Round(total, 1);
        if (total < opt.MinScore || total < floor)
        {
            return false;
        }

        if (textPending)
        {
            m = WithText(in m, in oh, in nh, opt, memo);
        }

        f = new PairFigures
        {
            Score = total,
            Material = m,
            Quantity = quantity,
            Distance = distance,
            Timing = timing,
            Economics = economics,
            Environment = environment,
            RoadKm = roadKm,
            LimitKm = limit,
            TransportTryPerTonne = transportTry,
            PeriodMismatch = mismatch,
            OverlapDays = overlapDays,
            Disposal = disposal,
            Purchase = purchase,
            TransportCo2 = transportCo2,
            PerTonne = perTonne,
        };
        return true;
    }

    /// <summary>
    /// The hard filter that drops a pair, or <see cref="PairFilter.None"/>: the same tests as
    /// <see cref="TryScore"/> in the same order, without the score threshold (with
    /// <see cref="MatchingOptions.MinScore"/> 0 and floor 0, <see cref="TryScore"/> keeps exactly the
    /// pairs for which this returns <see cref="PairFilter.None"/>).
    /// </summary>
    internal static PairFilter FilterOf(PreparedStream o, ref readonly HotStream oh, ref readonly HotStream nh, MatchingOptions opt)
    {
        if (oh.CompanyId == nh.CompanyId)
        {
            return PairFilter.SameCompany;
        }

        if (oh.KindDimension != nh.KindDimension)
        {
            return PairFilter.KindOrUnit;
        }

        if (oh.Hazardous && (!nh.MayReceiveHazardous || oh.CodeLength != 6 || !nh.Permits.Covers(oh.CodeInt)))
        {
            return PairFilter.HazardousWithoutPermit;
        }

        if ((long)Math.Min(oh.Until, nh.Until) - Math.Max(oh.From, nh.From) + 1 <= 0)
        {
            return PairFilter.NoCommonPeriod;
        }

        if (MaterialFactor((oh.MaterialId * s_materialCount) + nh.MaterialId, in oh, in nh) == 0)
        {
            return PairFilter.MaterialIncompatible;
        }

        if ((oh.ExcludedUses & nh.Uses) != 0)
        {
            return PairFilter.UseRestricted;
        }

        var m = MaterialComponents(o, in oh, in nh, opt, computeText: true);
        if (PublicMaterial(m.Value) < opt.MinMaterialScore)
        {
            return PairFilter.MaterialTooWeak;
        }

        var limit = Math.Min(double.IsNaN(oh.MaxKm) ? opt.DefaultMaxTransportKm : oh.MaxKm, double.IsNaN(nh.MaxKm) ? opt.DefaultMaxTransportKm : nh.MaxKm);
        if (oh.HasLocation && nh.HasLocation &&
            PreparedCompany.GreatCircleKm(oh.LatRad, oh.LonRad, oh.CosLat, nh.LatRad, nh.LonRad, nh.CosLat) * opt.RoadFactor > limit)
        {
            return PairFilter.BeyondTransportLimit;
        }

        return PairFilter.None;
    }

    /// <summary>
    /// <see cref="UseRestrictions.SoftFactor"/> when a use the need names doubts the offer (a soiled
    /// offer for a clean grade), else 1.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double UseFactor(ref readonly HotStream oh, ref readonly HotStream nh) =>
        (oh.DoubtedUses & nh.Uses) != 0 ? UseRestrictions.SoftFactor : 1;

    /// <summary>
    /// <see cref="UseRestrictions.ContentFactor"/> when the offer's description names a content the
    /// need's rules out (“boyalı” for “boyasız profil”) or states an amount that breaks the need's limit, else 1.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double ContentFactor(PreparedStream o, ref readonly HotStream nh) =>
        nh.Excludes is null || StatedContent.Conflict(nh.Excludes, o.ContentWords) is null ? 1 : UseRestrictions.ContentFactor;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double UpperBound(MatchingOptions opt, double material, double quantity, double timing, double distanceMax, double economicsMax, double environmentMax) =>
        100 * ((opt.MaterialWeight * material) + (opt.QuantityWeight * quantity) + (opt.DistanceWeight * distanceMax) + (opt.TimingWeight * timing) +
               (opt.EconomicsWeight * economicsMax) + (opt.EnvironmentWeight * environmentMax)) / opt.TotalWeight;

    /// <summary>Builds the stored record of a kept pair (the only place that allocates).</summary>
    internal static MatchResult Build(PreparedStream o, PreparedStream n, ref readonly PairFigures f, MatchingOptions opt)
    {
        var saving = o.SavingKgPerTonne;
        var matchedPerYear = Math.Min(o.Annual, n.Annual);
        var exactKm = f.RoadKm is null ? (double?)null : o.Company.GreatCircleKm(n.Company) * opt.RoadFactor;
        return new MatchResult(o.Side ??= OfferSide(o), n.Side ??= NeedSide(n))
        {
            Score = f.Score,
            Material = PublicMaterial(f.Material.Value),
            Quantity = f.Quantity,
            Distance = f.Distance,
            Timing = f.Timing,
            Economics = f.Economics,
            Environment = f.Environment,
            Basis = f.Material.Basis,
            EvidenceNace = f.Material.EvidenceIndex < 0 ? null : o.Evidence[f.Material.EvidenceIndex].Key,
            UseDoubt = UseDoubtOf(o, n),
            ContentDoubt = n.Hot.Excludes is { } excludes ? StatedContent.Conflict(excludes, o.ContentWords) : null,
            EvidenceRoute = f.Material.EvidenceIsRoute ? o.Routes[f.Material.EvidenceIndex][f.Material.RouteIndex].Route : null,
            MaterialEvidence = f.Material.Accept,
            MaterialFactor = f.Material.Factor,
            TextSimilarity = f.Material.Text,
            SharedWord = f.Material.Text == SharedWord ? SharedWordOf(o, n) : null,
            RoadKm = exactKm,
            AreaRoadKm = f.RoadKm,
            LimitKm = f.LimitKm,
            TransportTryPerTonne = f.TransportTryPerTonne,
            PeriodMismatch = f.PeriodMismatch,
            OverlapDays = f.OverlapDays,
            AvoidedDisposalTryPerTonne = f.Disposal,
            AvoidedPurchaseTryPerTonne = f.Purchase,
            OfferPricePerTonne = f.PerTonne ? o.PricePerBase : null,
            NeedPricePerTonne = f.PerTonne ? n.PricePerBase : null,
            TransportCo2eKgPerTonne = f.TransportCo2,
            NetCo2eTonnesPerYear = f.PerTonne ? Math.Max(0, saving - f.TransportCo2) * matchedPerYear / 1000 : 0,
            PerTonneEstimates = f.PerTonne,
        };
    }

    /// <summary>The offer's figures that all its matches share (kept on the prepared stream; a race builds two equal ones).</summary>
    private static MatchSide OfferSide(PreparedStream o) =>
        new(o.Source.Id, o.Company.Source.Id, o.Code, MaterialKey(o), o.Annual, BaseUnit(o.Dimension), o.Dimension,
            o.SavingKgPerTonne, o.Co2e?.SourceTr ?? string.Empty, o.Co2e?.SourceEn ?? string.Empty);

    /// <summary>The need's figures that all its matches share.</summary>
    private static MatchSide NeedSide(PreparedStream n) => new(n.Source.Id, n.Company.Source.Id, n.Code, MaterialKey(n), n.Annual);

    private static string? MaterialKey(PreparedStream s) => s.MaterialId == 0 ? null : s_materials.Get(s.MaterialId).Key;

    /// <summary>
    /// The first soft restriction of the offer that a use of the need names (see
    /// <see cref="MatchResult.UseDoubt"/>), or null. A plain loop: a lambda over the need would
    /// allocate its closure on every record built, doubt or not.
    /// </summary>
    private static UseRestriction? UseDoubtOf(PreparedStream o, PreparedStream n)
    {
        var uses = n.Hot.Uses;
        if ((o.Hot.DoubtedUses & uses) == 0)
        {
            return null;
        }

        foreach (var r in o.Restrictions)
        {
            if (!r.Hard && (uses & (1UL << r.Use)) != 0)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>
    /// Material compatibility m = 1 − Π(1 − cᵢ) over the components: code (same code 1.0, need
    /// accepts the sub-chapter 0.9 or chapter 0.75, same sub-chapter 0.6), same material group 0.5,
    /// synergy library (0.75·(1 − e^(−w)) × 0.7 for library weight w of this waste reaching the need
    /// firm's NACE division; the class is not public), the material model (same material 0.8, or
    /// 0.6 when the need names only a family; a rule's value when it accepts the offer) and text
    /// (Jaccard of concepts when ≥ the threshold); the whole is multiplied by the material model's
    /// factor (1, or a soft rule's value). m is 0 when every component is 0 (a factor is never 0
    /// here: a hard rule drops the pair first), and the blocking keys cover each component, so
    /// blocking loses no pair.
    /// </summary>
    public static (double Value, MaterialBasis Basis, string? EvidenceNace, double Text) Material(PreparedStream o, PreparedStream n, MatchingOptions opt)
    {
        var oh = o.Hot;
        var nh = n.Hot;
        var m = MaterialComponents(o, in oh, in nh, opt, computeText: true);
        return (m.Value, m.Basis, m.EvidenceIndex < 0 ? null : o.Evidence[m.EvidenceIndex].Key, m.Text);
    }

    /// <summary>Material compatibility from the precomputed numbers of both streams (no strings).</summary>
    /// <param name="o">Offer (library evidence).</param>
    /// <param name="oh">Offer numbers.</param>
    /// <param name="nh">Need numbers.</param>
    /// <param name="opt">Options.</param>
    /// <param name="memo">Optional cache of Jaccard values by description set (same values, fewer merges).</param>
    /// <param name="computeText">
    /// False: leave the text component at 0 and only report in <see cref="MaterialScore.TextMax"/>
    /// an upper bound of it from the feature counts (the token arrays are not read).
    /// </param>
    internal static MaterialScore MaterialComponents(PreparedStream o, ref readonly HotStream oh, ref readonly HotStream nh, MatchingOptions opt, bool computeText, TextMemo? memo = null)
    {
        // The material model: evidence when the offer is the need's material (or a rule accepts it),
        // a factor ≤ 1 for near substitutes, and "different": two known materials without a rule
        // (15 01 01 board vs 15 01 02 plastics) get nothing from a shared sub-chapter, chapter or group.
        var mi = (oh.MaterialId * s_materialCount) + nh.MaterialId;
        var factor = MaterialFactor(mi, in oh, in nh) * UseFactor(in oh, in nh) * ContentFactor(o, in nh);
        var different = Different(mi, in oh, in nh);
        var accept = Accept(mi, in oh, in nh, different);
        var (code, codeBasis) = CodeComponent(in oh, in nh, different);
        var group = !different && oh.GroupId != 0 && oh.GroupId == nh.GroupId ? SameGroup : 0;

        // Library and route evidence for the need firm's division: the larger of the library's
        // (× 0.7, the division level) and the strongest route's (RouteEvidence).
        double evidence = 0;
        var evidenceIndex = -1;
        var routeIndex = -1;
        var ids = o.EvidenceIds;
        var library = o.LibraryValues;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            var level = id == nh.NaceId ? 1.0 : id == nh.NaceGroupId ? 0.85 : id == nh.NaceDivisionId ? 0.7 : 0;
            if (level <= 0)
            {
                continue;
            }

            if (library[i] * level > evidence)
            {
                (evidence, evidenceIndex, routeIndex) = (library[i] * level, i, -1);
            }

            var (route, r) = RouteEvidence.Best(o.Routes[i], nh.Tokens, opt.RouteEvidenceWeight);
            if (route > evidence)
            {
                (evidence, evidenceIndex, routeIndex) = (route, i, r);
            }
        }

        double text = 0;
        var textMax = TextBound(in oh, in nh, opt);

        if (computeText && textMax > 0)
        {
            text = TextComponent(in oh, in nh, opt, memo);
        }

        var value = factor * (1 - ((1 - code) * (1 - group) * (1 - evidence) * (1 - accept) * (1 - text)));
        var basis = codeBasis;
        var best = code;
        if (group > best)
        {
            (best, basis) = (group, MaterialBasis.SameMaterialGroup);
        }

        if (evidence > best)
        {
            (best, basis) = (evidence, routeIndex >= 0 ? MaterialBasis.RecoveryRoute : MaterialBasis.SynergyLibrary);
        }

        if (accept > best)
        {
            (best, basis) = (accept, accept <= s_accept[mi] ? MaterialBasis.MaterialModel : SameGoods(in oh, in nh) ? MaterialBasis.SameGoods : MaterialBasis.Reuse);
        }

        if (text > best)
        {
            basis = MaterialBasis.TextSimilarity;
        }

        return new MaterialScore(value, basis, evidenceIndex, text, code, group, evidence, textMax, accept, factor, routeIndex);
    }

    /// <summary>
    /// The material model's value: its relation of the two materials, or <see cref="ProductReuse.Accept"/>
    /// when the need takes goods for reuse, the offer states usable goods and the materials are not
    /// known to differ, whichever is larger.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Accept(int mi, ref readonly HotStream oh, ref readonly HotStream nh, bool different) =>
        SameGoods(in oh, in nh) ? Math.Max(s_accept[mi], ProductReuse.SameGoods)
        : nh.ReuseNeed && oh.UsableGoods && !different ? Math.Max(s_accept[mi], ProductReuse.Accept) : s_accept[mi];

    /// <summary>
    /// The need takes goods for reuse and the usable offer names the same goods (<see cref="ProductReuse.Goods"/>;
    /// only such streams carry goods bits): the goods decide, not the materials the other words name.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool SameGoods(ref readonly HotStream oh, ref readonly HotStream nh) => (oh.Goods & nh.Goods) != 0 && nh.ReuseNeed && oh.UsableGoods;

    /// <summary>The material model's factor (0: a hard incompatibility), 1 for the same goods offered for reuse.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double MaterialFactor(int mi, ref readonly HotStream oh, ref readonly HotStream nh) => SameGoods(in oh, in nh) ? 1 : s_factor[mi];

    /// <summary>Two known materials without a rule, unless the pair is the same goods offered for reuse.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Different(int mi, ref readonly HotStream oh, ref readonly HotStream nh) => s_different[mi] && !SameGoods(in oh, in nh);

    /// <summary>
    /// The code component (same code 1.0, accepted sub-chapter 0.9 or chapter 0.75, same sub-chapter
    /// 0.6) and its basis; only the same code counts when the materials differ.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static (double Code, MaterialBasis Basis) CodeComponent(ref readonly HotStream oh, ref readonly HotStream nh, bool different)
    {
        if (oh.CodeLength != 6 || nh.CodeLength == 0)
        {
            return (0, MaterialBasis.SameCode);
        }

        var oc = oh.CodeInt;
        var nc = nh.CodeInt;
        if (nh.CodeLength == 6)
        {
            return nc == oc ? (SameCode, MaterialBasis.SameCode)
                : nc / 100 == oc / 100 && !different ? (SameSubChapter, MaterialBasis.SameSubChapter)
                : (0, MaterialBasis.SameCode);
        }

        return (nh.CodeLength == 4 ? oc / 100 == nc : oc / 10_000 == nc) && !different
            ? (nh.CodeLength == 4 ? AcceptedSubChapter : AcceptedChapter, MaterialBasis.AcceptedCategory)
            : (0, MaterialBasis.SameCode);
    }

    /// <summary>
    /// The result of <see cref="MaterialComponents"/> with <c>computeText: true</c>, from one computed
    /// with <c>computeText: false</c> (same expressions, so the same bits) without recomputing the
    /// code, group and library components.
    /// </summary>
    internal static MaterialScore WithText(in MaterialScore m, ref readonly HotStream oh, ref readonly HotStream nh, MatchingOptions opt, TextMemo? memo)
    {
        if (m.TextMax <= 0)
        {
            return m;
        }

        var text = TextComponent(in oh, in nh, opt, memo);
        var value = m.Factor * (1 - ((1 - m.Code) * (1 - m.Group) * (1 - m.Evidence) * (1 - m.Accept) * (1 - text)));
        var basis = text > Math.Max(Math.Max(Math.Max(m.Code, m.Group), m.Evidence), m.Accept) ? MaterialBasis.TextSimilarity : m.Basis;
        return m with { Value = value, Basis = basis, Text = text };
    }

    /// <summary>
    /// Text component: the Jaccard similarity of the description features when it reaches the
    /// threshold, at least <see cref="SharedWord"/> when the descriptions share a specific word, else 0.
    /// </summary>
    internal static double TextComponent(ref readonly HotStream oh, ref readonly HotStream nh, MatchingOptions opt, TextMemo? memo)
    {
        if (memo is not null)
        {
            return memo.Component(in oh, in nh, opt);
        }

        var text = Jaccard(oh.Tokens, nh.Tokens);
        text = text < opt.MinTextSimilarity ? 0 : text;
        return text < SharedWord && SharesSpecific(in oh, in nh) ? SharedWord : text;
    }

    /// <summary>
    /// Upper bound of the text component without reading the token arrays: Jaccard ≤ min(|A|, |B|) /
    /// max(|A|, |B|) (0 when that is under the threshold), or <see cref="SharedWord"/> when both have specific words.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double TextBound(ref readonly HotStream oh, ref readonly HotStream nh, MatchingOptions opt)
    {
        var a = oh.TokenCount;
        var b = nh.TokenCount;
        var ratio = a > 0 && b > 0 ? (double)Math.Min(a, b) / Math.Max(a, b) : 0;
        var jaccard = ratio >= opt.MinTextSimilarity ? ratio : 0;
        return oh.Specific is { Length: > 0 } && nh.Specific is { Length: > 0 } ? Math.Max(jaccard, SharedWord) : jaccard;
    }

    /// <summary>
    /// The first specific word the two streams share, as the offer's description writes it: of the
    /// shared specific features, the one whose description word comes first (cold path).
    /// </summary>
    private static string? SharedWordOf(PreparedStream o, PreparedStream n)
    {
        var sources = o.SpecificSources ??= SpecificSourcesOf(o);
        var offerKeys = o.Hot.Specific ?? [];
        var needKeys = n.Hot.Specific ?? [];
        var first = -1;
        for (var i = 0; i < offerKeys.Length; i++)
        {
            var at = sources[i].Position;
            if (at >= 0 && (first < 0 || at < sources[first].Position) && Array.IndexOf(needKeys, offerKeys[i]) >= 0)
            {
                first = i;
            }
        }

        return first < 0 ? null : sources[first].Word;
    }

    /// <summary>
    /// For each of the offer's specific features (<see cref="PreparedStream.SpecificWords"/>), the
    /// first word of its description whose own features hold it, with that word's position (−1:
    /// none). Worked out once per offer: its matches through a shared word all read the same words.
    /// </summary>
    private static (int Position, string? Word)[] SpecificSourcesOf(PreparedStream o)
    {
        var sources = new (int Position, string? Word)[o.SpecificWords.Length];
        Array.Fill(sources, (-1, null));
        var words = System.Text.RegularExpressions.Regex.Split(o.Source.Description, @"[^\p{L}\p{Nd}]+");
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w].Length == 0)
            {
                continue;
            }

            var features = TextAnalyzer.Features(words[w]);
            for (var i = 0; i < sources.Length; i++)
            {
                if (sources[i].Position < 0 && features.Contains(o.SpecificWords[i]))
                {
                    sources[i] = (w, words[w]);
                }
            }
        }

        return sources;
    }

    /// <summary>Whether the two streams share a specific word (both key arrays ascending).</summary>
    internal static bool SharesSpecific(ref readonly HotStream oh, ref readonly HotStream nh) =>
        SortedKeys.Intersect(oh.Specific ?? [], nh.Specific ?? []);

    /// <summary>
    /// Quantity fit = √(min(a, b) / max(a, b)) on amounts in base units per year (t, m³, MWh…;
    /// a one-off lot counts once), × 0.8 when one side is one-off and the other recurring.
    /// 0 when either amount is missing or zero. The engine passes the middles of the amounts'
    /// power-of-ten bands (<see cref="QuantityBand"/>), what others may know of a firm's amount.
    /// </summary>
    public static (double Fit, bool PeriodMismatch) QuantityFit(double offerAnnual, double needAnnual, bool offerOneOff, bool needOneOff)
    {
        var mismatch = offerOneOff != needOneOff;
        if (offerAnnual <= 0 || needAnnual <= 0)
        {
            return (0, mismatch);
        }

        var fit = Math.Sqrt(Math.Min(offerAnnual, needAnnual) / Math.Max(offerAnnual, needAnnual));
        return (mismatch ? fit * 0.8 : fit, mismatch);
    }

    /// <summary>
    /// Timing fit = min(O, 365) / min(Lₒ, Lₙ, 365) where O is the days both windows share and L
    /// each window's length (open ends count as 365 days); 1 when both windows are open.
    /// </summary>
    public static (double Fit, int? OverlapDays) TimingFit(PreparedStream o, PreparedStream n, long overlap)
    {
        var oh = o.Hot;
        var nh = n.Hot;
        return TimingFit(in oh, in nh, overlap);
    }

    /// <summary>Timing fit on the compact numbers (see the other overload).</summary>
    internal static (double Fit, int? OverlapDays) TimingFit(ref readonly HotStream o, ref readonly HotStream n, long overlap)
    {
        if (o.OpenWindow && n.OpenWindow)
        {
            return (1, null);
        }

        var lo = Math.Min((long)o.Until - o.From + 1, 365);
        var ln = Math.Min((long)n.Until - n.From + 1, 365);
        var oc = Math.Min(overlap, 365);
        return (Math.Min(1.0, (double)oc / Math.Min(lo, ln)), (int)oc);
    }

    /// <summary>
    /// Economics fit = clamp((D + V − T) / (D + V), 0, 1) with D avoided disposal (TRY/t, the default,
    /// × the hazardous multiplier for hazardous waste), V avoided virgin purchase (the default: the
    /// firms' own prices are not public), T transport (fixed + per t·km × road km between the areas).
    /// </summary>
    public static double EconomicsFit(double disposal, double purchase, double transport)
    {
        var benefit = disposal + purchase;
        return benefit <= 0 ? 0 : Math.Clamp((benefit - transport) / benefit, 0, 1);
    }

    /// <summary>
    /// The material value the score uses: rounded to 0.1, because its library part depends on the
    /// receiving firm's NACE class, which others may not learn (rounding is monotone, so the bounds hold).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double PublicMaterial(double material) => Math.Round(material, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Environment fit = N / (N + H) for net saving N = CO2e saving − transport CO2e (kg/t) when
    /// N &gt; 0, else 0; H is the half-saturation constant (kg/t).
    /// </summary>
    public static double EnvironmentFit(double netKgPerTonne, double halfSaturation) =>
        netKgPerTonne <= 0 ? 0 : netKgPerTonne / (netKgPerTonne + halfSaturation);

    /// <summary>Jaccard similarity of two ascending-sorted key arrays.</summary>
    public static double Jaccard(long[] a, long[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        // Branch-free merge (the comparisons become flag moves): the outcome of each step is data
        // the predictor cannot guess, and a misprediction costs more than the whole step.
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            common += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>Every figure of a scored pair, before the record is built.</summary>
    internal struct PairFigures
    {
        public double Score;
        public MaterialScore Material;
        public double Quantity;
        public double Distance;
        public double Timing;
        public double Economics;
        public double Environment;
        public double? RoadKm;
        public double LimitKm;
        public double TransportTryPerTonne;
        public bool PeriodMismatch;
        public int? OverlapDays;
        public double Disposal;
        public double Purchase;
        public double TransportCo2;
        public bool PerTonne;
    }

    /// <summary>Road km between the areas of two located companies (see <see cref="MatchResult.AreaRoadKm"/>).</summary>
    internal static double AreaRoadKm(PreparedCompany a, PreparedCompany b, double roadFactor) =>
        PreparedCompany.GreatCircleKm(a.AreaLatRad, a.AreaLonRad, a.AreaCosLat, b.AreaLatRad, b.AreaLonRad, b.AreaCosLat) * roadFactor;

    /// <summary>
    /// Material value with its strongest component, the evidence entry used (−1: none), the text
    /// similarity, the components, the material model's evidence (<see cref="Accept"/>) and factor.
    /// </summary>
    internal readonly record struct MaterialScore(double Value, MaterialBasis Basis, int EvidenceIndex, double Text, double Code, double Group, double Evidence, double TextMax, double Accept, double Factor, int RouteIndex)
    {
        /// <summary>Whether the evidence component comes from a recovery route rather than the library.</summary>
        public bool EvidenceIsRoute => RouteIndex >= 0;
    }

    private static string BaseUnit(Dimension d) => d switch
    {
        Dimension.Mass => "t",
        Dimension.Volume => "m³",
        Dimension.Energy => "MWh",
        Dimension.Count => "adet",
        Dimension.Time => "h",
        _ => "m²",
    };
}
