using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Matches;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>A bilingual line of explanation.</summary>
public sealed record ReasonView(string Key, double? Value, double? Weight, string Tr, string En)
{
    /// <summary>The text in the given two-letter language (Turkish unless English is asked for).</summary>
    public string Text(string language) => language == "en" ? En : Tr;
}

/// <summary>
/// A stored match as one user may see it. When the user may not read one of the two firms
/// (<see cref="Anonymised"/>), that firm has no id or name, and the score, distance and reasons are
/// the anonymised ones: computed only from what the user may see, so no figure in this record lets
/// anyone compute the hidden firm's quantity, price or place.
/// </summary>
/// <param name="Id">Match id.</param>
/// <param name="Kind">Registered (offer × need) or latent receiver.</param>
/// <param name="Score">Score 0–100: exact when both firms are readable, else the anonymised score.</param>
/// <param name="Anonymised">True when one of the firms is anonymous to this user.</param>
/// <param name="OfferId">The offer.</param>
/// <param name="OfferDescription">The offer's material description.</param>
/// <param name="OfferEwcCode">The offer's EWC code.</param>
/// <param name="OfferCompanyId">The giver, when readable.</param>
/// <param name="OfferCompanyName">The giver's name, when readable.</param>
/// <param name="OfferDistrict">The giver's district.</param>
/// <param name="NeedId">The need (registered matches).</param>
/// <param name="NeedDescription">The need's description.</param>
/// <param name="ReceiverCompanyId">The receiver, when readable.</param>
/// <param name="ReceiverCompanyName">The receiver's name, when readable.</param>
/// <param name="ReceiverDistrict">The receiver's district.</param>
/// <param name="LatentNaceCode">Latent receiver's NACE class, or only its division while the receiver is anonymous.</param>
/// <param name="RoadKm">Exact road km, only when both firms are readable.</param>
/// <param name="Distance">Road distance band, when both locations are known.</param>
/// <param name="Reasons">One line per factor or reason.</param>
/// <param name="EngineVersion">Engine version.</param>
/// <param name="ComputedAt">When it was computed.</param>
public sealed record MatchView(
    Guid Id,
    MatchKind Kind,
    double Score,
    bool Anonymised,
    Guid OfferId,
    string OfferDescription,
    string? OfferEwcCode,
    Guid? OfferCompanyId,
    string? OfferCompanyName,
    string OfferDistrict,
    Guid? NeedId,
    string? NeedDescription,
    Guid? ReceiverCompanyId,
    string? ReceiverCompanyName,
    string ReceiverDistrict,
    string? LatentNaceCode,
    double? RoadKm,
    DistanceBand? Distance,
    IReadOnlyList<ReasonView> Reasons,
    string EngineVersion,
    DateTimeOffset ComputedAt)
{
    /// <summary>Whether the reader may answer this match (a firm user of one of its two firms).</summary>
    public bool CanAnswer { get; init; }

    /// <summary>The reader's own answer to this pair, if they gave one (never anyone else's).</summary>
    public FeedbackView? MyFeedback { get; init; }

    /// <summary>How many firm users answered this pair each way; staff, experts and admins only.</summary>
    public FeedbackCounts? FeedbackCounts { get; init; }

    /// <summary>
    /// Whether the reader (OIZ staff) may hand this match to the staff of the other firm's zone
    /// (<see cref="AccessPolicy.HandOffZone"/>); it tells only that the anonymised firm belongs to some zone.
    /// </summary>
    public bool CanHandOff { get; init; }
}

/// <summary>A user's own answer to a match.</summary>
/// <param name="Interested">Interested, or not.</param>
/// <param name="Reason">Why not.</param>
/// <param name="Text">Free text.</param>
/// <param name="UpdatedAt">When last answered.</param>
public sealed record FeedbackView(bool Interested, FeedbackReason? Reason, string? Text, DateTimeOffset UpdatedAt);

/// <summary>Feedback counts of a match (no names).</summary>
public sealed record FeedbackCounts(int Interested, int NotInterested);

/// <summary>An answer to a match: interested, or not with a reason (and text, required for "other").</summary>
public sealed record FeedbackInput(bool Interested, FeedbackReason? Reason = null, string? Text = null);

/// <summary>Filters of the match list (the staff's match browser).</summary>
/// <param name="Kind">Registered or latent.</param>
/// <param name="MinScore">Lowest score shown.</param>
/// <param name="EwcChapter">Two-digit EWC chapter of the offer.</param>
/// <param name="IncludeHidden">Also the pairs the reader marked "not interested" (hidden otherwise).</param>
/// <remarks>
/// The filters on a firm's sector or zone apply to firms the reader reads in full only (and, for a
/// latent receiver, to the class the match shows anyway): a filter on a hidden firm's facts would
/// tell them through what it keeps.
/// </remarks>
public sealed record MatchFilter(MatchKind? Kind = null, double MinScore = 0, string? EwcChapter = null, bool IncludeHidden = false)
{
    /// <summary>Highest score shown.</summary>
    public double MaxScore { get; init; } = 100;

    /// <summary>Two-digit NACE division of the giving firm.</summary>
    public string? GiverDivision { get; init; }

    /// <summary>Two-digit NACE division of the receiving firm (or of a latent receiver's class).</summary>
    public string? ReceiverDivision { get; init; }

    /// <summary>An OIZ one of the two firms belongs to.</summary>
    public int? ZoneId { get; init; }

    /// <summary>Only hazardous offers (true) or only non-hazardous ones (false).</summary>
    public bool? Hazardous { get; init; }

    /// <summary>The answers given on the pair (the reader's own, or everyone's for staff and experts).</summary>
    public FeedbackState? Feedback { get; init; }

    /// <summary>
    /// Farthest road distance shown, km: a match whose exact distance is within it, or an anonymised
    /// one whose whole band is (a "10–25 km" row for 25 km and more). A match without a known distance
    /// (a firm without a location) is left out.
    /// </summary>
    public double? MaxDistanceKm { get; init; }

    /// <summary>How many filters narrow the list (a score bound, the hidden pairs shown and each choice count one each).</summary>
    public int ActiveCount() =>
        new object?[] { Kind, EwcChapter, GiverDivision, ReceiverDivision, ZoneId, Hazardous, Feedback, MaxDistanceKm }.Count(v => v is not null)
        + (MinScore > 0 ? 1 : 0) + (MaxScore < 100 ? 1 : 0) + (IncludeHidden ? 1 : 0);

    /// <summary>
    /// Throws <see cref="ValidationFailedException"/> for a filter no match could have: an undefined
    /// kind, a score outside 0–100 (or not a number) or a range upside down, a chapter or division
    /// that is not two digits, a distance that is not a positive number.
    /// </summary>
    public void Validate()
    {
        var errors = new ErrorCollector();
        if (Kind is { } kind)
        {
            errors.Try(nameof(Kind), () => Guard.Defined(kind, nameof(Kind)));
        }

        if (Feedback is { } feedback)
        {
            errors.Try(nameof(Feedback), () => Guard.Defined(feedback, nameof(Feedback)));
        }

        if (!double.IsFinite(MinScore) || MinScore is < 0 or > 100)
        {
            errors.Add(new FieldError(nameof(MinScore), "Match.MinScoreRange", []));
        }

        if (!double.IsFinite(MaxScore) || MaxScore is < 0 or > 100)
        {
            errors.Add(new FieldError(nameof(MaxScore), "Match.MaxScoreRange", []));
        }
        else if (double.IsFinite(MinScore) && MaxScore < MinScore)
        {
            errors.Add(new FieldError(nameof(MaxScore), "Match.ScoreRangeOrder", []));
        }

        if (MaxDistanceKm is { } km && (!double.IsFinite(km) || km <= 0))
        {
            errors.Add(new FieldError(nameof(MaxDistanceKm), "Match.MaxDistancePositive", []));
        }

        if (!IsTwoDigits(EwcChapter))
        {
            errors.Add(new FieldError(nameof(EwcChapter), "Match.EwcChapterFormat", []));
        }

        foreach (var (name, value) in new[] { (nameof(GiverDivision), GiverDivision), (nameof(ReceiverDivision), ReceiverDivision) })
        {
            if (!IsTwoDigits(value))
            {
                errors.Add(new FieldError(name, "Match.DivisionFormat", []));
            }
        }

        errors.ThrowIfAny();
    }

    private static bool IsTwoDigits(string? value) => string.IsNullOrEmpty(value) || (value.Length == 2 && value.All(char.IsAsciiDigit));
}

/// <summary>What has been answered on a pair, for the match browser's filter.</summary>
public enum FeedbackState
{
    /// <summary>No answer yet.</summary>
    Unanswered,

    /// <summary>At least one "interested".</summary>
    Interested,

    /// <summary>At least one "not interested".</summary>
    NotInterested,
}
