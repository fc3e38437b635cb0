using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.Exchanges;

/// <summary>The draft fields of an exchange as a form or the API sends them; every field may be empty in a draft.</summary>
public sealed record ExchangeInput
{
    /// <summary>Short name; when creating from a match it defaults to the offer's description.</summary>
    public string? Title { get; init; }

    /// <summary>Optional carrier firm.</summary>
    public Guid? TransporterCompanyId { get; init; }

    /// <summary>Optional processor firm.</summary>
    public Guid? ProcessorCompanyId { get; init; }

    /// <summary>The receiver's need stream (taken from the match when created from one).</summary>
    public Guid? NeedStreamId { get; init; }

    /// <summary>Agreed amount per period.</summary>
    public decimal? AgreedAmount { get; init; }

    /// <summary>Unit of the agreed amount.</summary>
    public QuantityUnit? AgreedUnit { get; init; }

    /// <summary>Period of the agreed amount.</summary>
    public QuantityPeriod? AgreedPeriod { get; init; }

    /// <summary>Waste recovery, by-product or non-waste.</summary>
    public ExchangeRoute? Route { get; init; }

    /// <summary>R1…R13 for a waste recovery route.</summary>
    public string? RecoveryOperation { get; init; }

    /// <summary>How it travels.</summary>
    public TransportMode? TransportMode { get; init; }

    /// <summary>Transport distance, km.</summary>
    public int? DistanceKm { get; init; }

    /// <summary>Planned first day.</summary>
    public DateOnly? PlannedStart { get; init; }

    /// <summary>Confidential commercial terms. Ignored (kept as stored) when the user may not see them.</summary>
    public string? CommercialTerms { get; init; }

    /// <summary>Answers to the article 19 conditions; conditions not listed stay as they are.</summary>
    public IReadOnlyList<ByProductAnswerInput>? ByProductAnswers { get; init; }
}

/// <summary>One by-product condition's answer with its evidence.</summary>
public sealed record ByProductAnswerInput(ByProductCondition Condition, ConditionAnswer Answer, string? Evidence);

/// <summary>
/// A new exchange: from a match (<see cref="MatchId"/>: the firms and streams come from it) or by
/// hand (<see cref="OfferStreamId"/> and <see cref="ReceiverCompanyId"/>). <see cref="IntroductionId"/>
/// is stored (a firm user creates from a match only with one).
/// </summary>
public sealed record NewExchange(
    ExchangeInput Draft,
    Guid? MatchId = null,
    Guid? OfferStreamId = null,
    Guid? ReceiverCompanyId = null,
    Guid? IntroductionId = null);

/// <summary>What the exchange list is filtered by.</summary>
/// <param name="Stage">Only this stage.</param>
/// <param name="ZoneId">Only exchanges with a party firm in this zone.</param>
/// <param name="Mine">Only the user's own: their firm's (firm users), or the ones they created or proposed.</param>
/// <param name="ReviewQueue">The expert's review queue: under review, not proposed by the user, longest waiting first.</param>
public sealed record ExchangeFilter(ExchangeStage? Stage = null, int? ZoneId = null, bool Mine = false, bool ReviewQueue = false);

/// <summary>An exchange in a list.</summary>
/// <param name="StageAgeDays">Whole days since the current stage began.</param>
/// <param name="DonorName">Null for a firm user while the other firm is not revealed to it (see <see cref="ExchangeAccess.RevealsParties"/>).</param>
/// <param name="ReceiverName">Null for a firm user while the other firm is not revealed to it.</param>
public sealed record ExchangeSummary(
    Guid Id,
    string Title,
    ExchangeStage Stage,
    DateTimeOffset StageChangedAt,
    int StageAgeDays,
    Guid DonorCompanyId,
    string? DonorName,
    Guid ReceiverCompanyId,
    string? ReceiverName,
    int Version,
    DateTimeOffset UpdatedAt);

/// <summary>A party firm of an exchange; <paramref name="Name"/> is null for a firm user while the other firms are not revealed to it.</summary>
public sealed record ExchangePartyView(PartyRole Role, Guid CompanyId, string? Name, int? ZoneId, DateTimeOffset? ConfirmedAt);

/// <summary>A stream of an exchange as its page shows it; <paramref name="Amount"/> is null for a firm user while the other firm is not revealed to it.</summary>
public sealed record ExchangeStreamView(Guid Id, string Description, string? EwcCode, bool IsHazardous, decimal? Amount, QuantityUnit Unit, QuantityPeriod Period);

/// <summary>The verification figures of a verified exchange.</summary>
public sealed record VerificationView(decimal Amount, QuantityUnit Unit, DateOnly From, DateOnly To, string Evidence, Guid? VerifiedByUserId);

/// <summary>One step of the history.</summary>
/// <param name="Action">An <see cref="ExchangeAction"/> name, <c>Create</c> or <c>UpdateDraft</c>.</param>
public sealed record ExchangeHistoryView(long Id, ExchangeStage From, ExchangeStage To, string Action, Guid? ActorUserId, string? ActorName, DateTimeOffset At, string? Comment, int Version);

/// <summary>An action the stage machine lets this user take now; <see cref="BlockedReasonKey"/> says why it cannot go ahead yet (null: it can).</summary>
public sealed record ExchangeActionOption(ExchangeAction Action, string? BlockedReasonKey, IReadOnlyList<object> Args);

/// <summary>An exchange's page: everything the user may see of it, its checklist, history and the user's actions.</summary>
/// <param name="Relation">How the user relates to it.</param>
/// <param name="CommercialTermsVisible">Whether the user may see the terms (parties and experts); <see cref="CommercialTerms"/> is null otherwise.</param>
/// <param name="CanEditDraft">Whether the user may change the draft fields now.</param>
/// <param name="MissingForProposal">Draft fields still empty that proposing and submitting need.</param>
/// <param name="Checklist">The legal checklist (computed now).</param>
/// <param name="Actions">The actions the stage machine lets the user take now.</param>
/// <param name="PartiesRevealed">Whether the user sees the other party firms (always for staff, experts and admins; for a firm user once anonymity is lifted, see <see cref="ExchangeAccess.RevealsParties"/>).</param>
public sealed record ExchangeDetail(
    Guid Id,
    int Version,
    string Title,
    ExchangeStage Stage,
    DateTimeOffset StageChangedAt,
    int StageAgeDays,
    ExchangeActor Relation,
    IReadOnlyList<ExchangePartyView> Parties,
    ExchangeStreamView Offer,
    ExchangeStreamView? Need,
    Guid? SourceMatchId,
    Guid? IntroductionId,
    decimal? AgreedAmount,
    QuantityUnit? AgreedUnit,
    QuantityPeriod? AgreedPeriod,
    ExchangeRoute? Route,
    string? RecoveryOperation,
    TransportMode? TransportMode,
    int? DistanceKm,
    DateOnly? PlannedStart,
    bool CommercialTermsVisible,
    string? CommercialTerms,
    IReadOnlyList<ByProductAnswerInput> ByProductAnswers,
    DateOnly? ImplementationStartedOn,
    DateOnly? FirstDeliveryOn,
    VerificationView? Verification,
    Guid CreatedByUserId,
    Guid? ProposedByUserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool CanEditDraft,
    IReadOnlyList<string> MissingForProposal,
    ChecklistView Checklist,
    IReadOnlyList<ExchangeHistoryView> History,
    IReadOnlyList<ExchangeActionOption> Actions,
    bool PartiesRevealed);

/// <summary>The legal checklist: its lines and whether all hold.</summary>
public sealed record ChecklistView(bool Passed, IReadOnlyList<ChecklistItem> Items);

/// <summary>Measured figures for the verify action.</summary>
public sealed record VerificationInput(decimal? Amount, QuantityUnit? Unit, DateOnly? From, DateOnly? To, string? Evidence);

/// <summary>
/// A transition request: the action, the version the user saw, and what the action needs
/// (reason/comment, a date, verification figures). A repeated <see cref="IdempotencyKey"/> returns the
/// first result without a second transition.
/// </summary>
public sealed record TransitionRequest(
    ExchangeAction Action,
    int ExpectedVersion,
    string? Comment = null,
    DateOnly? Date = null,
    VerificationInput? Verification = null,
    string? IdempotencyKey = null);

/// <summary>The outcome of a transition (or of the first request with the same idempotency key, <see cref="Replayed"/>).</summary>
public sealed record TransitionResult(Guid ExchangeId, ExchangeAction Action, ExchangeStage From, ExchangeStage To, int Version, bool Replayed);
