using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.Introductions;

/// <summary>Which introductions a list shows.</summary>
public enum IntroductionBox
{
    /// <summary>Every introduction the user may see.</summary>
    All,

    /// <summary>Pending ones waiting for the answer of the user's firm.</summary>
    Incoming,

    /// <summary>The ones the user asked for or proposed.</summary>
    Outgoing,
}

/// <summary>Filters of the introduction list.</summary>
public sealed record IntroductionFilter(IntroductionBox Box = IntroductionBox.All, IntroductionStatus? Status = null);

/// <summary>A contact person, shown to the other firm only after both accepted.</summary>
public sealed record ContactView(string FullName, string? Title, string? Email, string? Phone);

/// <summary>
/// One side's stream as the reader may see it: material and rough quantity always; the exact
/// quantity, unit, period and price only when the reader sees the firm in full.
/// </summary>
public sealed record IntroducedStreamView(
    Guid Id,
    string Description,
    string? EwcCode,
    QuantityBand Band,
    bool OneOff,
    decimal? Amount,
    QuantityUnit? Unit,
    QuantityPeriod? Period,
    decimal? PricePerUnit);

/// <summary>One firm of an introduction as the reader may see it.</summary>
/// <param name="Side">Giver (offer) or receiver.</param>
/// <param name="Named">Whether the reader sees the firm in full (name, contact, exact figures).</param>
/// <param name="CompanyId">The firm, when named.</param>
/// <param name="Name">The firm's name, when named.</param>
/// <param name="District">The firm's district (always shown, as in the match).</param>
/// <param name="Contact">The first contact person, when named.</param>
/// <param name="Stream">The pair's stream of this side; null for a latent receiver (no need registered).</param>
/// <param name="LatentNaceCode">A latent receiver's sector (its division only while anonymous).</param>
/// <param name="Decision">The firm's answer so far.</param>
/// <param name="DecidedAt">When it answered.</param>
public sealed record IntroductionPartyView(
    IntroductionSide Side,
    bool Named,
    Guid? CompanyId,
    string? Name,
    string District,
    ContactView? Contact,
    IntroducedStreamView? Stream,
    string? LatentNaceCode,
    IntroductionDecision? Decision,
    DateTimeOffset? DecidedAt);

/// <summary>What the reader may do now.</summary>
public sealed record IntroductionActions(bool CanAccept, bool CanDecline, bool CanWithdraw)
{
    /// <summary>
    /// Whether the reader may record the accepted pair as an exchange now: a party, staff of either
    /// firm's zone or an expert, while the pair has no open exchange (admins take no part).
    /// </summary>
    public bool CanStartExchange { get; init; }
}

/// <summary>One step of an introduction's history.</summary>
/// <param name="Kind">requested, accepted, declined, withdrawn, expired.</param>
/// <param name="Side">The firm that answered, for answers.</param>
/// <param name="At">When.</param>
public sealed record IntroductionStep(string Kind, IntroductionSide? Side, DateTimeOffset At);

/// <summary>An introduction as one reader may see it.</summary>
public sealed record IntroductionView(
    Guid Id,
    uint Version,
    IntroductionStatus Status,
    Guid MatchId,
    IntroductionRequesterRole RequestedAs,
    bool RequestedByMe,
    IntroductionSide? MySide,
    IntroductionPartyView Giver,
    IntroductionPartyView Receiver,
    string? DeclineReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<IntroductionStep> Timeline,
    IntroductionActions Actions);

/// <summary>A row of the introduction list (named firms only where the reader may see them).</summary>
public sealed record IntroductionListItem(
    Guid Id,
    IntroductionStatus Status,
    IntroductionSide? MySide,
    bool WaitingForMe,
    string OfferDescription,
    string? OfferEwcCode,
    string? GiverName,
    string GiverDistrict,
    string? NeedDescription,
    string? ReceiverName,
    string ReceiverDistrict,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);

/// <summary>What a bulk proposal did.</summary>
/// <param name="Proposed">Introductions proposed now.</param>
/// <param name="AlreadyLive">Pairs that already had a pending or accepted introduction.</param>
/// <param name="Refused">Matches gone or out of the user's reach.</param>
public sealed record BulkIntroductionResult(int Proposed, int AlreadyLive, int Refused);
