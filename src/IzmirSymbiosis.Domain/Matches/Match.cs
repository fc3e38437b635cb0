namespace IzmirSymbiosis.Domain.Matches;

/// <summary>Whether a match pairs an offer with a registered need or with a firm that registered none.</summary>
public enum MatchKind
{
    /// <summary>An offer × a registered need.</summary>
    Registered,

    /// <summary>An offer × a firm whose sector typically uses the material (no need registered).</summary>
    Latent,
}

/// <summary>
/// A candidate synergy computed by the matching engine: an offer and either a need or a latent
/// receiver firm, with a 0–100 score and the per-factor breakdown (JSON) that explains it.
/// Rows are replaced whenever the engine recomputes them; they carry the engine version.
/// </summary>
public sealed class Match
{
    /// <summary>Maximum length of a NACE code.</summary>
    public const int NaceMaxLength = 5;

    private Match()
    {
        Breakdown = "{}";
        EngineVersion = string.Empty;
    }

    /// <summary>Creates a match row.</summary>
    public Match(
        MatchKind kind,
        Guid offerId,
        Guid offerCompanyId,
        Guid? needId,
        Guid receiverCompanyId,
        string? latentNaceCode,
        double score,
        double giverViewScore,
        double receiverViewScore,
        string breakdown,
        string engineVersion,
        DateTimeOffset computedAt,
        double? roadKm = null,
        double? areaRoadKm = null)
    {
        if (kind == MatchKind.Registered && needId is null)
        {
            throw new ArgumentException("A registered match needs a need.", nameof(needId));
        }

        if (kind == MatchKind.Latent && (needId is not null || latentNaceCode is null))
        {
            throw new ArgumentException("A latent match has a receiver class and no need.", nameof(latentNaceCode));
        }

        Id = Guid.NewGuid(); // random: the match list shows ids to both sides
        Kind = kind;
        OfferId = offerId;
        OfferCompanyId = offerCompanyId;
        NeedId = needId;
        ReceiverCompanyId = receiverCompanyId;
        LatentNaceCode = latentNaceCode;
        Score = Math.Clamp(score, 0, 100);
        GiverViewScore = Math.Clamp(giverViewScore, 0, 100);
        ReceiverViewScore = Math.Clamp(receiverViewScore, 0, 100);
        Breakdown = breakdown;
        EngineVersion = engineVersion;
        ComputedAt = computedAt;
        CreatedAt = computedAt;
        SetDistance(roadKm, areaRoadKm);
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>
    /// When the pair was first found (UTC); unlike <see cref="ComputedAt"/> a re-match leaves it, so
    /// the weekly digest can tell new matches from re-scored ones.
    /// </summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Registered or latent.</summary>
    public MatchKind Kind { get; private set; }

    /// <summary>The offer.</summary>
    public Guid OfferId { get; private set; }

    /// <summary>The offering company.</summary>
    public Guid OfferCompanyId { get; private set; }

    /// <summary>The need, for a registered match.</summary>
    public Guid? NeedId { get; private set; }

    /// <summary>The receiving company: the need's owner or the latent receiver.</summary>
    public Guid ReceiverCompanyId { get; private set; }

    /// <summary>The NACE class that makes a latent receiver likely.</summary>
    public string? LatentNaceCode { get; private set; }

    /// <summary>Score 0–100.</summary>
    public double Score { get; private set; }

    /// <summary>
    /// The score the offering side sees while the receiver is anonymous (0–100). For a registered
    /// match it is <see cref="Score"/> (the engine scores public facts only); for a latent receiver it
    /// is the best score of the receiving class's division, so it does not tell the class. Lists shown
    /// to such a reader sort and filter on it.
    /// </summary>
    public double GiverViewScore { get; private set; }

    /// <summary>
    /// The score the receiving side sees while the giver is anonymous (0–100): <see cref="Score"/>
    /// for a registered match; for a latent receiver the class score without the evidence that comes
    /// from the giver's own sector.
    /// </summary>
    public double ReceiverViewScore { get; private set; }

    /// <summary>Per-factor breakdown with reasons in Turkish and English (JSON).</summary>
    public string Breakdown { get; private set; }

    /// <summary>Engine version that computed the row.</summary>
    public string EngineVersion { get; private set; }

    /// <summary>When it was computed (UTC).</summary>
    public DateTimeOffset ComputedAt { get; private set; }

    /// <summary>
    /// Road km between the two firms as the engine estimated it (rounded to 0.1 km, as shown), or
    /// null when either has no location. Stored with the row so lists order and filter by distance
    /// from an index; only a reader of both firms may be shown or sorted by it.
    /// </summary>
    public double? RoadKm { get; private set; }

    /// <summary>
    /// Road km between the two firms' areas, the figure an anonymised row's distance band is made of
    /// (null when either firm has no location): what a reader of one firm may be ordered by.
    /// </summary>
    public double? AreaRoadKm { get; private set; }

    /// <summary>Replaces score, breakdown and distances with a newer computation (and, for a latent row, its class).</summary>
    public void Update(double score, double giverViewScore, double receiverViewScore, string breakdown, string engineVersion, DateTimeOffset computedAt, double? roadKm, double? areaRoadKm, string? latentNaceCode = null)
    {
        if (Kind == MatchKind.Latent && latentNaceCode is not null)
        {
            LatentNaceCode = latentNaceCode;
        }

        Score = Math.Clamp(score, 0, 100);
        GiverViewScore = Math.Clamp(giverViewScore, 0, 100);
        ReceiverViewScore = Math.Clamp(receiverViewScore, 0, 100);
        Breakdown = breakdown;
        EngineVersion = engineVersion;
        ComputedAt = computedAt;
        SetDistance(roadKm, areaRoadKm);
    }

    private void SetDistance(double? roadKm, double? areaRoadKm)
    {
        if (roadKm < 0 || areaRoadKm < 0 || (roadKm is null) != (areaRoadKm is null))
        {
            throw new ArgumentException("Both distances are known (not negative) or neither is.", nameof(roadKm));
        }

        RoadKm = roadKm is { } km ? Math.Round(km, 1) : null;
        AreaRoadKm = areaRoadKm;
    }
}
