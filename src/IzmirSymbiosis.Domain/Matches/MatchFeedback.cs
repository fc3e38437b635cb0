using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Matches;

/// <summary>Which side of a match a firm is on.</summary>
public enum MatchSide
{
    /// <summary>The firm that offers the material.</summary>
    Giver,

    /// <summary>The firm that needs it (or the latent receiver).</summary>
    Receiver,
}

/// <summary>Why a firm user is not interested in a match.</summary>
public enum FeedbackReason
{
    /// <summary>Not a material the firm uses or gives.</summary>
    NotOurMaterial,

    /// <summary>Quality or specification does not fit.</summary>
    QualitySpecification,

    /// <summary>Quantity does not fit.</summary>
    Quantity,

    /// <summary>Too far.</summary>
    Distance,

    /// <summary>Price or cost does not fit.</summary>
    Price,

    /// <summary>The firm has solved it otherwise.</summary>
    AlreadySolved,

    /// <summary>Something else, said in the text.</summary>
    Other,
}

/// <summary>
/// One firm user's answer to a match: interested, or not interested with a reason. Stored per user
/// and per <em>pair</em> — (offer, need) for a registered match, (offer, receiver firm) for a
/// latent one — not per match row, because match rows are removed and come back as the engine
/// recomputes. The engine version and the score at the time are kept for evaluating the engine.
/// </summary>
public sealed class MatchFeedback
{
    /// <summary>Longest free text.</summary>
    public const int TextMaxLength = 500;

    private MatchFeedback()
    {
        EngineVersion = string.Empty;
    }

    /// <summary>Creates an answer; the pair and the side come from the match, the rest is checked by <see cref="Answer"/>.</summary>
    public MatchFeedback(Guid userId, Match match, Guid companyId, bool interested, FeedbackReason? reason, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(match);
        UserId = userId;
        OfferId = match.OfferId;
        NeedId = match.NeedId;
        ReceiverCompanyId = match.ReceiverCompanyId;
        CompanyId = companyId;
        Side = companyId == match.OfferCompanyId ? MatchSide.Giver : MatchSide.Receiver;
        CreatedAt = now;
        EngineVersion = match.EngineVersion;
        Answer(match, interested, reason, text, now);
    }

    /// <summary>Identifier.</summary>
    public long Id { get; private set; }

    /// <summary>Who answered.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The offer of the pair.</summary>
    public Guid OfferId { get; private set; }

    /// <summary>The need of the pair (registered matches); null for a latent receiver.</summary>
    public Guid? NeedId { get; private set; }

    /// <summary>The receiving firm of the pair.</summary>
    public Guid ReceiverCompanyId { get; private set; }

    /// <summary>The answering user's firm.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>The side the user's firm is on.</summary>
    public MatchSide Side { get; private set; }

    /// <summary>Interested, or not.</summary>
    public bool Interested { get; private set; }

    /// <summary>Why not (only when not interested).</summary>
    public FeedbackReason? Reason { get; private set; }

    /// <summary>Free text (required for <see cref="FeedbackReason.Other"/>).</summary>
    public string? Text { get; private set; }

    /// <summary>Engine version of the match when answered.</summary>
    public string EngineVersion { get; private set; }

    /// <summary>Exact score of the match when answered.</summary>
    public double Score { get; private set; }

    /// <summary>First answered (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Checks an answer without storing it (so a form can show every problem at once).</summary>
    public static void Check(bool interested, FeedbackReason? reason, string? text)
    {
        if (reason is { } r)
        {
            Guard.Defined(r, nameof(Reason));
        }

        if (interested && reason is not null)
        {
            throw new DomainException("Feedback.ReasonOnlyWhenNotInterested", nameof(Reason));
        }

        if (!interested && reason is null)
        {
            throw new DomainException("Feedback.ReasonRequired", nameof(Reason));
        }

        Guard.PlainText(text, nameof(Text), multiLine: true);
        if (text is { Length: > TextMaxLength })
        {
            throw new DomainException("Feedback.TextTooLong", nameof(Text), TextMaxLength);
        }

        if (reason == FeedbackReason.Other && string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Feedback.TextRequired", nameof(Text));
        }
    }

    /// <summary>Sets (or changes) the answer, with the match's current score and engine version.</summary>
    public void Answer(Match match, bool interested, FeedbackReason? reason, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(match);
        Check(interested, reason, text);
        Interested = interested;
        Reason = reason;
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        EngineVersion = match.EngineVersion;
        Score = match.Score;
        UpdatedAt = now;
    }
}
