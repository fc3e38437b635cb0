using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Introductions;

/// <summary>
/// A request to lift anonymity between the two firms of a match (DESIGN.md §3, §7). A firm that
/// asks accepts its own side by asking; OIZ staff or an expert who propose leave both sides
/// pending. Only when both sides accepted is it <see cref="IntroductionStatus.Accepted"/>, and
/// then only these two firms see each other, for this pair. A pair is (offer, need) for a
/// registered match and (offer, receiver firm) for a latent one.
/// </summary>
public sealed class Introduction : Entity
{
    /// <summary>Longest decline reason.</summary>
    public const int ReasonMaxLength = 500;

    private Introduction()
    {
    }

    /// <summary>Asks for an introduction between the firms of a match.</summary>
    public Introduction(
        Guid matchId,
        Guid offerId,
        Guid? needId,
        Guid giverCompanyId,
        Guid receiverCompanyId,
        Guid requestedByUserId,
        IntroductionRequesterRole requestedAs,
        DateTimeOffset now,
        DateTimeOffset expiresAt)
    {
        MatchId = matchId;
        OfferId = offerId;
        NeedId = needId;
        GiverCompanyId = giverCompanyId;
        ReceiverCompanyId = receiverCompanyId;
        RequestedByUserId = requestedByUserId;
        RequestedAs = Guard.Defined(requestedAs, nameof(RequestedAs));
        Status = IntroductionStatus.Pending;
        CreatedAt = now;
        UpdatedAt = now;
        ExpiresAt = expiresAt;
        if (requestedAs == IntroductionRequesterRole.Giver)
        {
            SetDecision(IntroductionSide.Giver, IntroductionDecision.Accepted, requestedByUserId, now);
        }
        else if (requestedAs == IntroductionRequesterRole.Receiver)
        {
            SetDecision(IntroductionSide.Receiver, IntroductionDecision.Accepted, requestedByUserId, now);
        }
    }

    /// <summary>The match it was asked from (match ids are stable across recomputation).</summary>
    public Guid MatchId { get; private set; }

    /// <summary>The offer of the pair.</summary>
    public Guid OfferId { get; private set; }

    /// <summary>The need of the pair (registered matches); null for a latent receiver.</summary>
    public Guid? NeedId { get; private set; }

    /// <summary>The offering firm.</summary>
    public Guid GiverCompanyId { get; private set; }

    /// <summary>The receiving firm (the need's owner or the latent receiver).</summary>
    public Guid ReceiverCompanyId { get; private set; }

    /// <summary>Who asked for it.</summary>
    public Guid RequestedByUserId { get; private set; }

    /// <summary>In which role it was asked for.</summary>
    public IntroductionRequesterRole RequestedAs { get; private set; }

    /// <summary>Where it stands.</summary>
    public IntroductionStatus Status { get; private set; }

    /// <summary>The giver's answer, when given.</summary>
    public IntroductionDecision? GiverDecision { get; private set; }

    /// <summary>Who answered for the giver.</summary>
    public Guid? GiverDecidedBy { get; private set; }

    /// <summary>When the giver answered.</summary>
    public DateTimeOffset? GiverDecidedAt { get; private set; }

    /// <summary>The receiver's answer, when given.</summary>
    public IntroductionDecision? ReceiverDecision { get; private set; }

    /// <summary>Who answered for the receiver.</summary>
    public Guid? ReceiverDecidedBy { get; private set; }

    /// <summary>When the receiver answered.</summary>
    public DateTimeOffset? ReceiverDecidedAt { get; private set; }

    /// <summary>The declining firm's reason; never shown to the other firm.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>When a pending request lapses.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it reached its end state (accepted, declined, withdrawn, expired).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Who withdrew it.</summary>
    public Guid? WithdrawnBy { get; private set; }

    /// <summary>Whether a firm may still answer it at <paramref name="now"/>.</summary>
    public bool IsOpenAt(DateTimeOffset now) => Status == IntroductionStatus.Pending && now < ExpiresAt;

    /// <summary>The side of a company in this pair, or null when it is neither.</summary>
    public IntroductionSide? SideOf(Guid? companyId) =>
        companyId == GiverCompanyId ? IntroductionSide.Giver : companyId == ReceiverCompanyId ? IntroductionSide.Receiver : null;

    /// <summary>The answer of one side.</summary>
    public IntroductionDecision? DecisionOf(IntroductionSide side) => side == IntroductionSide.Giver ? GiverDecision : ReceiverDecision;

    /// <summary>
    /// Records one firm's answer. Both accepted → <see cref="IntroductionStatus.Accepted"/>; a decline
    /// ends it. Refused (<c>Introduction.NotPending</c>, <c>Introduction.Expired</c>,
    /// <c>Introduction.AlreadyDecided</c>) when it is closed, lapsed or this side already answered.
    /// </summary>
    public void Decide(IntroductionSide side, IntroductionDecision decision, Guid userId, string? reason, DateTimeOffset now)
    {
        Guard.Defined(side, nameof(side));
        Guard.Defined(decision, nameof(decision));
        EnsureOpen(now);
        if (DecisionOf(side) is not null)
        {
            throw new DomainException("Introduction.AlreadyDecided", nameof(Status));
        }

        if (decision == IntroductionDecision.Declined)
        {
            var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            Guard.PlainText(trimmed, "Reason", multiLine: true);
            if (trimmed is { Length: > ReasonMaxLength })
            {
                throw new DomainException("Introduction.ReasonTooLong", "Reason", ReasonMaxLength);
            }

            DeclineReason = trimmed;
        }

        SetDecision(side, decision, userId, now);
        if (decision == IntroductionDecision.Declined)
        {
            Close(IntroductionStatus.Declined, now);
        }
        else if (GiverDecision == IntroductionDecision.Accepted && ReceiverDecision == IntroductionDecision.Accepted)
        {
            Close(IntroductionStatus.Accepted, now);
        }
    }

    /// <summary>Takes a pending request back (the requester, or the staff or expert who proposed it).</summary>
    public void Withdraw(Guid userId, DateTimeOffset now)
    {
        EnsureOpen(now);
        WithdrawnBy = userId;
        Close(IntroductionStatus.Withdrawn, now);
    }

    /// <summary>Ends a pending request whose time ran out; false when it is not pending or not due.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (Status != IntroductionStatus.Pending || now < ExpiresAt)
        {
            return false;
        }

        Close(IntroductionStatus.Expired, now);
        return true;
    }

    private void EnsureOpen(DateTimeOffset now)
    {
        if (Status != IntroductionStatus.Pending)
        {
            throw new DomainException("Introduction.NotPending", nameof(Status));
        }

        if (now >= ExpiresAt)
        {
            throw new DomainException("Introduction.Expired", nameof(Status));
        }
    }

    private void SetDecision(IntroductionSide side, IntroductionDecision decision, Guid userId, DateTimeOffset now)
    {
        if (side == IntroductionSide.Giver)
        {
            (GiverDecision, GiverDecidedBy, GiverDecidedAt) = (decision, userId, now);
        }
        else
        {
            (ReceiverDecision, ReceiverDecidedBy, ReceiverDecidedAt) = (decision, userId, now);
        }

        UpdatedAt = now;
    }

    private void Close(IntroductionStatus status, DateTimeOffset now)
    {
        Status = status;
        ClosedAt = now;
        UpdatedAt = now;
    }
}
