using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Engine;

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
    /// Returns null when a hard filter drops the pair or the score is under the threshold.
    /// Hard filters: same company; different kind; different dimension (units that cannot be
    /// compared); hazardous waste to a firm without permit; availability windows that do not
    /// overlap; material compatibility under <see cref="MatchingOptions.MinMaterialScore"/>; road
    /// distance over the smaller of the parties' limits.
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
        if (o.Company == n.Company || o.Source.Kind != n.Source.Kind || o.Dimension != n.Dimension)
        {
            return null;
        }

        if (o.Hazardous && !n.Company.Source.MayReceiveHazardous)
        {
            return null;
        }

        var overlap = (long)Math.Min(o.Until, n.Until) - Math.Max(o.From, n.From) + 1;
        if (overlap <= 0)
        {
            return null;
        }

        var (material, basis, evidenceNace, text) = Material(o, n, opt);
        if (material < opt.MinMaterialScore)
        {
            return null;
        }

        var (quantity, mismatch) = QuantityFit(o.Annual, n.Annual, o.OneOff, n.OneOff);
        var upper = 100 * ((opt.MaterialWeight * material) + (opt.QuantityWeight * quantity) + opt.DistanceWeight + opt.TimingWeight +
                           opt.EconomicsWeight + opt.EnvironmentWeight) / opt.TotalWeight;
        if (upper + 0.1 < Math.Max(floor, opt.MinScore))
        {
            return null;
        }

        var limit = Math.Min(o.MaxKm ?? opt.DefaultMaxTransportKm, n.MaxKm ?? opt.DefaultMaxTransportKm);
        double? roadKm = null;
        double distance;
        if (o.Company.HasLocation && n.Company.HasLocation)
        {
            var km = o.Company.GreatCircleKm(n.Company) * opt.RoadFactor;
            if (km > limit)
            {
                return null;
            }

            roadKm = km;
            distance = 1 - (km / limit);
        }
        else
        {
            distance = 0.5;
        }

        var effectiveKm = roadKm ?? opt.AssumedDistanceKmWhenUnknown;
        var (timing, overlapDays) = TimingFit(o, n, overlap);

        var perTonne = o.Dimension is Dimension.Mass or Dimension.Volume;
        var transportTry = opt.TransportFixedTryPerTonne + (opt.TransportTryPerTonneKm * effectiveKm);
        var disposal = opt.AvoidedDisposalTryPerTonne * (o.Hazardous ? opt.HazardousDisposalMultiplier : 1);
        var purchase = n.PricePerBase is > 0 ? n.PricePerBase.Value : opt.AvoidedPurchaseTryPerTonne;
        var priceGap = o.PricePerBase is > 0 && n.PricePerBase is { } bid && o.PricePerBase > bid;
        var economics = perTonne ? EconomicsFit(disposal, purchase, transportTry, priceGap) : 0.5;

        var saving = o.Co2e?.KgPerTonne ?? opt.FallbackCo2eSavingKgPerTonne;
        var transportCo2 = opt.TransportKgCo2ePerTonneKm * effectiveKm;
        var environment = perTonne ? EnvironmentFit(saving - transportCo2, opt.EnvironmentHalfSaturationKgPerTonne) : 0.5;
        var matchedPerYear = Math.Min(o.Annual, n.Annual);

        var total = 100 * ((opt.MaterialWeight * material) + (opt.QuantityWeight * quantity) + (opt.DistanceWeight * distance) +
                           (opt.TimingWeight * timing) + (opt.EconomicsWeight * economics) + (opt.EnvironmentWeight * environment)) /
                    opt.TotalWeight;
        total = Math.Round(total, 1);
        if (total < opt.MinScore || total < floor)
        {
            return null;
        }

        return new MatchResult
        {
            OfferId = o.Source.Id,
            NeedId = n.Source.Id,
            OfferCompanyId = o.Company.Source.Id,
            NeedCompanyId = n.Company.Source.Id,
            Score = total,
            Material = material,
            Quantity = quantity,
            Distance = distance,
            Timing = timing,
            Economics = economics,
            Environment = environment,
            Basis = basis,
            OfferEwcCode = o.Code,
            NeedEwcCode = n.Code,
            EvidenceNace = evidenceNace,
            TextSimilarity = text,
            RoadKm = roadKm,
            LimitKm = limit,
            TransportTryPerTonne = transportTry,
            OfferAnnual = o.Annual,
            NeedAnnual = n.Annual,
            BaseUnit = BaseUnit(o.Dimension),
            PeriodMismatch = mismatch,
            OverlapDays = overlapDays,
            AvoidedDisposalTryPerTonne = disposal,
            AvoidedPurchaseTryPerTonne = purchase,
            PriceGap = priceGap,
            Co2eSavingKgPerTonne = saving,
            TransportCo2eKgPerTonne = transportCo2,
            NetCo2eTonnesPerYear = perTonne ? Math.Max(0, saving - transportCo2) * matchedPerYear / 1000 : 0,
            Co2eSourceTr = o.Co2e?.SourceTr ?? string.Empty,
            Co2eSourceEn = o.Co2e?.SourceEn ?? string.Empty,
            PerTonneEstimates = perTonne,
        };
    }

    /// <summary>
    /// Material compatibility m = 1 − Π(1 − cᵢ) over the components: code (same code 1.0, need
    /// accepts the sub-chapter 0.9 or chapter 0.75, same sub-chapter 0.6), same material group 0.5,
    /// synergy library (0.75·(1 − e^(−w)) for library weight w of this waste reaching the need's
    /// NACE code, × 1 for the class, 0.85 group, 0.7 division) and text (Jaccard of concepts when
    /// ≥ the threshold). m is 0 exactly when every component is 0: the blocking keys cover each
    /// component, so blocking loses no pair.
    /// </summary>
    public static (double Value, MaterialBasis Basis, string? EvidenceNace, double Text) Material(PreparedStream o, PreparedStream n, MatchingOptions opt)
    {
        double code = 0;
        var codeBasis = MaterialBasis.SameCode;
        if (o.Code is { Length: 6 } oc && n.Code is { } nc)
        {
            if (nc.Length == 6)
            {
                if (nc == oc)
                {
                    code = SameCode;
                }
                else if (string.CompareOrdinal(nc, 0, oc, 0, 4) == 0)
                {
                    code = SameSubChapter;
                    codeBasis = MaterialBasis.SameSubChapter;
                }
            }
            else if (oc.StartsWith(nc, StringComparison.Ordinal))
            {
                code = nc.Length == 4 ? AcceptedSubChapter : AcceptedChapter;
                codeBasis = MaterialBasis.AcceptedCategory;
            }
        }

        var group = o.MaterialGroup is not null && o.MaterialGroup == n.MaterialGroup ? SameGroup : 0;

        double evidence = 0;
        string? evidenceNace = null;
        var ids = o.EvidenceIds;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            var level = id == n.Company.NaceId ? 1.0 : id == n.Company.GroupId ? 0.85 : id == n.Company.DivisionId ? 0.7 : 0;
            if (level > 0 && o.Evidence[i].Value * level > evidence)
            {
                evidence = o.Evidence[i].Value * level;
                evidenceNace = o.Evidence[i].Key;
            }
        }

        var text = Jaccard(o.Tokens, n.Tokens);
        if (text < opt.MinTextSimilarity)
        {
            text = 0;
        }

        var value = 1 - ((1 - code) * (1 - group) * (1 - evidence) * (1 - text));
        var basis = codeBasis;
        var best = code;
        if (group > best)
        {
            (best, basis) = (group, MaterialBasis.SameMaterialGroup);
        }

        if (evidence > best)
        {
            (best, basis) = (evidence, MaterialBasis.SynergyLibrary);
        }

        if (text > best)
        {
            basis = MaterialBasis.TextSimilarity;
        }

        return (value, basis, evidenceNace, text);
    }

    /// <summary>
    /// Quantity fit = √(min(a, b) / max(a, b)) on amounts in base units per year (t, m³, MWh…;
    /// a one-off lot counts once), × 0.8 when one side is one-off and the other recurring.
    /// 0 when either amount is missing or zero.
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
    /// Economics fit = clamp((D + V − T) / (D + V), 0, 1) with D avoided disposal (TRY/t), V avoided
    /// virgin purchase (the need's price per tonne, else the default), T transport (fixed + per
    /// t·km × road km); halved when the offer's asking price exceeds the need's price.
    /// </summary>
    public static double EconomicsFit(double disposal, double purchase, double transport, bool priceGap)
    {
        var benefit = disposal + purchase;
        if (benefit <= 0)
        {
            return 0;
        }

        var fit = Math.Clamp((benefit - transport) / benefit, 0, 1);
        return priceGap ? fit / 2 : fit;
    }

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

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
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
