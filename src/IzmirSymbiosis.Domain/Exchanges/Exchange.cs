using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Exchanges;

/// <summary>
/// A proposed or running symbiosis between a donor and a receiver firm (and optionally a
/// transporter and a processor), for the donor's offer stream (DESIGN.md §5). Every change goes
/// through <see cref="ExchangeRules"/> and returns the history entry that records it; the
/// <see cref="Version"/> counter goes up by one with each change and guards against concurrent
/// changes (the database updates the row only where the version is still the one read).
/// </summary>
public sealed class Exchange
{
    /// <summary>Maximum length of the title.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>Maximum length of the commercial terms.</summary>
    public const int TermsMaxLength = 4000;

    /// <summary>Maximum length of a reason, comment or evidence note.</summary>
    public const int CommentMaxLength = 2000;

    /// <summary>Longest transport distance accepted, km.</summary>
    public const int MaxDistanceKm = 5000;

    /// <summary>Earliest date accepted anywhere on an exchange.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>Latest date accepted anywhere on an exchange.</summary>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    private readonly List<ByProductAnswer> _byProductAnswers = [];

    private Exchange()
    {
        Title = string.Empty;
    }

    /// <summary>Identifier (random).</summary>
    public Guid Id { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Change counter: 1 when created, one more with each change (the concurrency token).</summary>
    public int Version { get; private set; }

    /// <summary>Current stage.</summary>
    public ExchangeStage Stage { get; private set; }

    /// <summary>When the current stage began (the review queue sorts by it).</summary>
    public DateTimeOffset StageChangedAt { get; private set; }

    /// <summary>Short name.</summary>
    public string Title { get; private set; }

    /// <summary>The giving firm (owner of the offer).</summary>
    public Guid DonorCompanyId { get; private set; }

    /// <summary>The receiving firm.</summary>
    public Guid ReceiverCompanyId { get; private set; }

    /// <summary>Optional carrier.</summary>
    public Guid? TransporterCompanyId { get; private set; }

    /// <summary>Optional processor.</summary>
    public Guid? ProcessorCompanyId { get; private set; }

    /// <summary>When the donor confirmed its participation.</summary>
    public DateTimeOffset? DonorConfirmedAt { get; private set; }

    /// <summary>When the receiver confirmed its participation.</summary>
    public DateTimeOffset? ReceiverConfirmedAt { get; private set; }

    /// <summary>When the transporter confirmed its participation.</summary>
    public DateTimeOffset? TransporterConfirmedAt { get; private set; }

    /// <summary>When the processor confirmed its participation.</summary>
    public DateTimeOffset? ProcessorConfirmedAt { get; private set; }

    /// <summary>The donor's offer stream.</summary>
    public Guid OfferStreamId { get; private set; }

    /// <summary>The receiver's need stream, when there is one.</summary>
    public Guid? NeedStreamId { get; private set; }

    /// <summary>The match it came from, when it did.</summary>
    public Guid? SourceMatchId { get; private set; }

    /// <summary>The introduction it came from, when it did.</summary>
    public Guid? IntroductionId { get; private set; }

    /// <summary>Agreed amount per period.</summary>
    public decimal? AgreedAmount { get; private set; }

    /// <summary>Unit of <see cref="AgreedAmount"/>.</summary>
    public QuantityUnit? AgreedUnit { get; private set; }

    /// <summary>Period of <see cref="AgreedAmount"/>.</summary>
    public QuantityPeriod? AgreedPeriod { get; private set; }

    /// <summary>The agreed quantity, when set.</summary>
    public Quantity? AgreedQuantity => AgreedAmount is { } a && AgreedUnit is { } u && AgreedPeriod is { } p ? new Quantity(a, u, p) : null;

    /// <summary>Legal route.</summary>
    public ExchangeRoute? Route { get; private set; }

    /// <summary>R1…R13 for a waste recovery route.</summary>
    public string? RecoveryOperation { get; private set; }

    /// <summary>How it travels.</summary>
    public TransportMode? TransportMode { get; private set; }

    /// <summary>Transport distance, km.</summary>
    public int? DistanceKm { get; private set; }

    /// <summary>Planned start; the permit must be valid on it.</summary>
    public DateOnly? PlannedStart { get; private set; }

    /// <summary>Confidential commercial terms: parties and experts only.</summary>
    public string? CommercialTerms { get; private set; }

    /// <summary>Who created it.</summary>
    public Guid CreatedByUserId { get; private set; }

    /// <summary>Who proposed it (Identified → Proposed).</summary>
    public Guid? ProposedByUserId { get; private set; }

    /// <summary>The six conditions of article 19, one answer each, in the order of the regulation.</summary>
    public IReadOnlyList<ByProductAnswer> ByProductAnswers => _byProductAnswers;

    /// <summary>When the parties started it.</summary>
    public DateOnly? ImplementationStartedOn { get; private set; }

    /// <summary>When the first delivery took place.</summary>
    public DateOnly? FirstDeliveryOn { get; private set; }

    /// <summary>Measured delivered amount over the verification period.</summary>
    public decimal? VerifiedAmount { get; private set; }

    /// <summary>Unit of <see cref="VerifiedAmount"/>.</summary>
    public QuantityUnit? VerifiedUnit { get; private set; }

    /// <summary>First day measured.</summary>
    public DateOnly? VerifiedFrom { get; private set; }

    /// <summary>Last day measured.</summary>
    public DateOnly? VerifiedTo { get; private set; }

    /// <summary>Evidence of the measured figure.</summary>
    public string? VerificationEvidence { get; private set; }

    /// <summary>The expert who verified it.</summary>
    public Guid? VerifiedByUserId { get; private set; }

    /// <summary>The party firms and their roles, donor first; a firm may hold more than one role.</summary>
    public IReadOnlyList<(PartyRole Role, Guid CompanyId, DateTimeOffset? ConfirmedAt)> Parties =>
    [
        (PartyRole.Donor, DonorCompanyId, DonorConfirmedAt),
        (PartyRole.Receiver, ReceiverCompanyId, ReceiverConfirmedAt),
        .. TransporterCompanyId is { } t ? [(PartyRole.Transporter, t, TransporterConfirmedAt)] : Array.Empty<(PartyRole, Guid, DateTimeOffset?)>(),
        .. ProcessorCompanyId is { } p ? [(PartyRole.Processor, p, ProcessorConfirmedAt)] : Array.Empty<(PartyRole, Guid, DateTimeOffset?)>(),
    ];

    /// <summary>The distinct party firms.</summary>
    public IReadOnlyList<Guid> PartyCompanyIds => [.. Parties.Select(p => p.CompanyId).Distinct()];

    /// <summary>Whether every party firm confirmed its participation.</summary>
    public bool AllPartiesConfirmed => Parties.All(p => p.ConfirmedAt is not null);

    /// <summary>
    /// Creates an exchange at <see cref="ExchangeStage.Identified"/>. The donor owns the offer; donor
    /// and receiver differ. <paramref name="draft"/> gives the first draft fields.
    /// </summary>
    public static Exchange Create(
        Guid donorCompanyId, Guid receiverCompanyId, Guid offerStreamId, ExchangeDraft draft, Guid createdByUserId, DateTimeOffset now,
        Guid? sourceMatchId = null, Guid? introductionId = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (donorCompanyId == receiverCompanyId)
        {
            throw new DomainException("Exchange.SameFirm", nameof(ReceiverCompanyId));
        }

        var exchange = new Exchange
        {
            Id = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
            StageChangedAt = now,
            Version = 1,
            Stage = ExchangeStage.Identified,
            DonorCompanyId = donorCompanyId,
            ReceiverCompanyId = receiverCompanyId,
            OfferStreamId = offerStreamId,
            CreatedByUserId = createdByUserId,
            SourceMatchId = sourceMatchId,
            IntroductionId = introductionId,
        };
        exchange._byProductAnswers.AddRange(Enum.GetValues<ByProductCondition>().Select(c => new ByProductAnswer(c, ConditionAnswer.Unanswered, null)));
        exchange.SetDraft(draft);
        return exchange;
    }

    /// <summary>The first history entry of a new exchange.</summary>
    public ExchangeHistoryEntry CreationEntry(string? idempotencyKey = null) =>
        new(Id, Stage, Stage, ExchangeHistoryEntry.CreateAction, CreatedByUserId, CreatedAt, null, idempotencyKey, Version);

    /// <summary>How <paramref name="userId"/> relates to this exchange given their roles (see <see cref="ExchangeActor"/>); null when not at all.</summary>
    public ExchangeActor? RelationOf(Guid? userId, bool isAdmin, bool isExpert, bool isStaff, Guid? companyId, IReadOnlySet<int> staffZones, IReadOnlyDictionary<Guid, int?> partyZones)
    {
        ArgumentNullException.ThrowIfNull(staffZones);
        ArgumentNullException.ThrowIfNull(partyZones);
        if (userId is null)
        {
            return null;
        }

        if (isAdmin)
        {
            return ExchangeActor.Admin;
        }

        if (isExpert)
        {
            return userId == CreatedByUserId || userId == ProposedByUserId ? ExchangeActor.ProposingExpert : ExchangeActor.Expert;
        }

        if (isStaff && PartyCompanyIds.Any(c => partyZones.TryGetValue(c, out var z) && z is { } zone && staffZones.Contains(zone)))
        {
            return ExchangeActor.ZoneStaff;
        }

        return companyId is { } own && PartyCompanyIds.Contains(own) ? ExchangeActor.PartyFirmUser : null;
    }

    /// <summary>The draft fields a proposal still lacks (field names), empty when complete.</summary>
    public IReadOnlyList<string> MissingForProposal()
    {
        var missing = new List<string>();
        if (AgreedQuantity is null)
        {
            missing.Add(nameof(ExchangeDraft.AgreedQuantity));
        }

        if (Route is null)
        {
            missing.Add(nameof(Route));
        }
        else if (Route == ExchangeRoute.WasteRecovery && RecoveryOperation is null)
        {
            missing.Add(nameof(RecoveryOperation));
        }

        if (TransportMode is null)
        {
            missing.Add(nameof(TransportMode));
        }

        if (PlannedStart is null)
        {
            missing.Add(nameof(PlannedStart));
        }

        return missing;
    }

    /// <summary>
    /// Changes the draft fields (stage <see cref="ExchangeStage.Identified"/> or
    /// <see cref="ExchangeStage.Proposed"/>, by anyone who may propose it). The confirmations of the
    /// other firms are cleared: they confirmed the exchange as it was.
    /// </summary>
    public ExchangeHistoryEntry UpdateDraft(ExchangeActor actor, Guid userId, Guid? actorCompanyId, ExchangeDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var decision = actor == ExchangeActor.Admin ? RuleDecision.No(ExchangeRules.AdminsDoNotAct)
            : !ExchangeRules.IsDraft(Stage) ? RuleDecision.No(ExchangeRules.IsFinal(Stage) ? ExchangeRules.Closed : "Exchange.NotDraft")
            : RuleDecision.Yes;
        if (!decision.Allowed)
        {
            throw new DomainException(decision.ReasonKey!, nameof(Stage));
        }

        SetDraft(draft);
        DonorConfirmedAt = Keep(DonorCompanyId, DonorConfirmedAt);
        ReceiverConfirmedAt = Keep(ReceiverCompanyId, ReceiverConfirmedAt);
        TransporterConfirmedAt = TransporterCompanyId is { } t ? Keep(t, TransporterConfirmedAt) : null;
        ProcessorConfirmedAt = ProcessorCompanyId is { } p ? Keep(p, ProcessorConfirmedAt) : null;
        return Changed(Stage, ExchangeHistoryEntry.UpdateDraftAction, userId, null, now);

        DateTimeOffset? Keep(Guid company, DateTimeOffset? at) => company == actorCompanyId ? at : null;
    }

    /// <summary>
    /// Takes <paramref name="action"/> for a user related to the exchange as <paramref name="actor"/>
    /// (a firm user acts for <paramref name="actorCompanyId"/>). Throws <see cref="DomainException"/>
    /// with the stage machine's reason, or with the condition that fails; nothing changes then.
    /// <paramref name="checklist"/> is the legal checklist (required to approve).
    /// </summary>
    public ExchangeHistoryEntry Apply(
        ExchangeActor actor, Guid userId, Guid? actorCompanyId, ExchangeAction action, TransitionDetails details, DateTimeOffset now,
        LegalChecklist? checklist = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var decision = ExchangeRules.Decide(actor, Stage, action);
        if (!decision.Allowed)
        {
            throw new DomainException(decision.ReasonKey!, nameof(Stage));
        }

        var comment = CheckComment(details.Comment, action is ExchangeAction.Reject or ExchangeAction.Withdraw or ExchangeAction.SendBack ? action : null);
        var to = ExchangeRules.Target(Stage, action);
        switch (action)
        {
            case ExchangeAction.ConfirmParticipation:
                Confirm(actorCompanyId, now);
                break;
            case ExchangeAction.Propose:
                RequireComplete();
                ProposedByUserId = userId;
                break;
            case ExchangeAction.SubmitForReview:
                RequireComplete();
                if (!AllPartiesConfirmed)
                {
                    throw new DomainException("Exchange.PartiesNotConfirmed", nameof(Parties), string.Join(", ", Parties.Where(p => p.ConfirmedAt is null).Select(p => p.Role)));
                }

                break;
            case ExchangeAction.Approve:
                if (checklist is null || !checklist.Passed)
                {
                    throw new DomainException("Exchange.ChecklistFailed", nameof(LegalChecklist));
                }

                break;
            case ExchangeAction.StartImplementation:
                ImplementationStartedOn = CheckDate(details.Date, "Exchange.StartDateRequired", nameof(ImplementationStartedOn));
                break;
            case ExchangeAction.ReportImplemented:
                var first = CheckDate(details.Date, "Exchange.FirstDeliveryRequired", nameof(FirstDeliveryOn));
                if (ImplementationStartedOn is { } started && first < started)
                {
                    throw new DomainException("Exchange.FirstDeliveryBeforeStart", nameof(FirstDeliveryOn), started);
                }

                FirstDeliveryOn = first;
                break;
            case ExchangeAction.Verify:
                SetVerification(details.Verification, userId);
                break;
        }

        return Changed(to, action.ToString(), userId, comment, now);
    }

    private ExchangeHistoryEntry Changed(ExchangeStage to, string action, Guid userId, string? comment, DateTimeOffset now)
    {
        var from = Stage;
        if (to != from)
        {
            Stage = to;
            StageChangedAt = now;
        }

        UpdatedAt = now;
        Version++;
        return new ExchangeHistoryEntry(Id, from, to, action, userId, now, comment, null, Version);
    }

    private void Confirm(Guid? companyId, DateTimeOffset now)
    {
        var held = Parties.Where(p => p.CompanyId == companyId).ToList();
        if (held.Count == 0)
        {
            throw new DomainException(ExchangeRules.OnlyParties, nameof(Parties));
        }

        if (held.All(p => p.ConfirmedAt is not null))
        {
            throw new DomainException("Exchange.AlreadyConfirmed", nameof(Parties));
        }

        DonorConfirmedAt = DonorCompanyId == companyId ? DonorConfirmedAt ?? now : DonorConfirmedAt;
        ReceiverConfirmedAt = ReceiverCompanyId == companyId ? ReceiverConfirmedAt ?? now : ReceiverConfirmedAt;
        TransporterConfirmedAt = TransporterCompanyId == companyId ? TransporterConfirmedAt ?? now : TransporterConfirmedAt;
        ProcessorConfirmedAt = ProcessorCompanyId == companyId ? ProcessorConfirmedAt ?? now : ProcessorConfirmedAt;
    }

    private void RequireComplete()
    {
        var missing = MissingForProposal();
        if (missing.Count > 0)
        {
            throw new DomainException("Exchange.Incomplete", missing[0], string.Join(", ", missing));
        }
    }

    private void SetVerification(VerificationFigures? figures, Guid userId)
    {
        if (figures is null)
        {
            throw new DomainException("Exchange.VerificationRequired", nameof(VerifiedAmount));
        }

        var measured = new Quantity(figures.Amount, figures.Unit, QuantityPeriod.OneOff);
        var from = CheckDate(figures.From, "Exchange.VerifiedFromRequired", nameof(VerifiedFrom));
        var to = CheckDate(figures.To, "Exchange.VerifiedToRequired", nameof(VerifiedTo));
        if (to < from)
        {
            throw new DomainException("Exchange.VerifiedPeriodOrder", nameof(VerifiedTo));
        }

        var evidence = figures.Evidence?.Trim();
        if (string.IsNullOrEmpty(evidence))
        {
            throw new DomainException("Exchange.VerificationEvidenceRequired", nameof(VerificationEvidence));
        }

        CheckLength(evidence, CommentMaxLength, "Exchange.CommentTooLong", nameof(VerificationEvidence));
        (VerifiedAmount, VerifiedUnit, VerifiedFrom, VerifiedTo, VerificationEvidence, VerifiedByUserId) =
            (measured.Amount, measured.Unit, from, to, evidence, userId);
    }

    private void SetDraft(ExchangeDraft draft)
    {
        var title = draft.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            throw new DomainException("Exchange.TitleRequired", nameof(Title));
        }

        CheckLength(title, TitleMaxLength, "Exchange.TitleTooLong", nameof(Title));
        Guard.PlainText(title, nameof(Title));
        var route = draft.Route is { } r ? Guard.Defined(r, nameof(Route)) : (ExchangeRoute?)null;
        string? operation = null;
        if (!string.IsNullOrWhiteSpace(draft.RecoveryOperation))
        {
            operation = WasteOperationCode.Normalize(draft.RecoveryOperation);
            if (operation is null || operation[0] != 'R')
            {
                throw new DomainException("Exchange.RecoveryOperationUnknown", nameof(RecoveryOperation));
            }

            if (route != ExchangeRoute.WasteRecovery)
            {
                throw new DomainException("Exchange.OperationOnlyForWaste", nameof(RecoveryOperation));
            }
        }

        var mode = draft.TransportMode is { } m ? Guard.Defined(m, nameof(TransportMode)) : (TransportMode?)null;
        if (draft.DistanceKm is < 0 or > MaxDistanceKm)
        {
            throw new DomainException("Exchange.DistanceRange", nameof(DistanceKm), MaxDistanceKm);
        }

        var start = draft.PlannedStart is { } s ? CheckDate(s, "Exchange.DateRange", nameof(PlannedStart)) : (DateOnly?)null;
        var terms = string.IsNullOrWhiteSpace(draft.CommercialTerms) ? null : draft.CommercialTerms.Trim();
        CheckLength(terms, TermsMaxLength, "Exchange.TermsTooLong", nameof(CommercialTerms));
        Guard.PlainText(terms, nameof(CommercialTerms), multiLine: true);
        foreach (var answer in draft.ByProductAnswers ?? [])
        {
            var i = _byProductAnswers.FindIndex(a => a.Condition == answer.Condition);
            _byProductAnswers[i] = answer;
        }

        Title = title;
        TransporterCompanyId = draft.TransporterCompanyId;
        ProcessorCompanyId = draft.ProcessorCompanyId;
        NeedStreamId = draft.NeedStreamId;
        (AgreedAmount, AgreedUnit, AgreedPeriod) = (draft.AgreedQuantity?.Amount, draft.AgreedQuantity?.Unit, draft.AgreedQuantity?.Period);
        Route = route;
        RecoveryOperation = operation;
        TransportMode = mode;
        DistanceKm = draft.DistanceKm;
        PlannedStart = start;
        CommercialTerms = terms;
    }

    private static string? CheckComment(string? comment, ExchangeAction? requiredFor)
    {
        var c = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (c is null && requiredFor is { } action)
        {
            throw new DomainException(action == ExchangeAction.SendBack ? "Exchange.CommentRequired" : "Exchange.ReasonRequired", nameof(TransitionDetails.Comment));
        }

        CheckLength(c, CommentMaxLength, "Exchange.CommentTooLong", nameof(TransitionDetails.Comment));
        Guard.PlainText(c, nameof(TransitionDetails.Comment), multiLine: true);
        return c;
    }

    private static DateOnly CheckDate(DateOnly? date, string requiredKey, string field) =>
        date is not { } d ? throw new DomainException(requiredKey, field)
        : d < EarliestDate || d > LatestDate ? throw new DomainException("Exchange.DateRange", field, EarliestDate.Year, LatestDate.Year)
        : d;

    private static void CheckLength(string? text, int max, string key, string field)
    {
        if (text is { } t && t.Length > max)
        {
            throw new DomainException(key, field, max);
        }
    }
}
