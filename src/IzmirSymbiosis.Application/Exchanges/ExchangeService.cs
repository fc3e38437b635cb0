using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Exchanges;

/// <summary>A saved exchange and the version to send with the next change.</summary>
public sealed record ExchangeRef(Guid Id, int Version);

/// <summary>
/// The exchange workflow (DESIGN.md §5). Every read goes through <see cref="ExchangeAccess"/>
/// (anyone else gets "not found"); every change is checked by <see cref="ExchangeRules"/> and the
/// exchange against the stored stage and version, and saved in one transaction with its history
/// entry, its audit row and its notices. The row is updated only where its version is still the
/// one read, so of concurrent transitions exactly one lands; the others get
/// <see cref="ConcurrencyConflictException"/>. A repeated idempotency key returns the first result.
/// </summary>
public sealed class ExchangeService(
    IAppDbContextFactory contexts, ICurrentUser currentUser, INotifier notifier, IAccountDirectory accounts, TimeProvider clock)
{
    private const string Entity = nameof(Exchange);

    /// <summary>
    /// Creates an exchange at <see cref="ExchangeStage.Identified"/>: from a match by an expert, OIZ
    /// staff of either firm's zone, or (with an introduction) a firm of the match; by hand by an
    /// expert or OIZ staff of either firm's zone. Refused when an open exchange of the same offer and
    /// receiver exists.
    /// </summary>
    /// <exception cref="NotFoundException">The match does not exist or the user may not see it.</exception>
    /// <exception cref="ExchangeActionRefusedException">The user may not create this exchange.</exception>
    /// <exception cref="ValidationFailedException">A field breaks a rule.</exception>
    public async Task<ExchangeRef> CreateAsync(NewExchange request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var exchange = await StageCreateAsync(db, request, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index of open exchanges: another one for this offer and receiver was saved first.
            throw AlreadyExists(request);
        }

        return new ExchangeRef(exchange.Id, exchange.Version);
    }

    /// <summary>
    /// Checks a new exchange under the same rules and access as <see cref="CreateAsync"/> and adds
    /// it, with its history entry, audit row and notices, to <paramref name="db"/> without saving:
    /// for a caller that saves it together with its own change (a workshop's synergy topic). A
    /// <see cref="DbUpdateException"/> on saving means another open exchange of the pair won (<see cref="AlreadyExists"/>).
    /// </summary>
    internal async Task<Exchange> StageCreateAsync(IAppDbContext db, NewExchange request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Draft);
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.MaySeeFirmData || user.UserId is not { } userId)
        {
            throw new NotFoundException(Entity, Guid.Empty);
        }

        var (donor, receiver, offerId, needId) = await PairAsync(db, request, cancellationToken);
        var zones = await db.Companies.Where(c => c.Id == donor || c.Id == receiver).ToDictionaryAsync(c => c.Id, c => c.ZoneId, cancellationToken);
        if (!zones.ContainsKey(receiver))
        {
            throw new ValidationFailedException([new FieldError(nameof(NewExchange.ReceiverCompanyId), "Exchange.FirmNotFound", [])]);
        }

        var relation = CreatorRelation(user, request, donor, receiver, zones);

        // From an introduction: only one both firms accepted, for this very pair.
        if (request.IntroductionId is { } introductionId && !await db.Introductions.AnyAsync(
            i => i.Id == introductionId && i.Status == IntroductionStatus.Accepted && i.OfferId == offerId && i.ReceiverCompanyId == receiver,
            cancellationToken))
        {
            throw new ValidationFailedException([new FieldError(nameof(NewExchange.IntroductionId), "Exchange.IntroductionNotAccepted", [])]);
        }
        if (await ExchangeAccess.OpenForPair(db, offerId, receiver).AnyAsync(cancellationToken))
        {
            throw AlreadyExists(request);
        }

        var offer = await db.Streams.AsNoTracking().FirstAsync(s => s.Id == offerId, cancellationToken);
        var input = request.Draft with
        {
            Title = string.IsNullOrWhiteSpace(request.Draft.Title) ? Shorten(offer.Description) : request.Draft.Title,
            NeedStreamId = request.MatchId is null ? request.Draft.NeedStreamId : needId,
            CommercialTerms = ExchangeAccess.SeesCommercialTerms(relation) ? request.Draft.CommercialTerms : null,
        };
        var draft = await DraftAsync(db, input, receiver, offer.Kind, cancellationToken);
        var now = clock.GetUtcNow();
        var exchange = Validated(() => Exchange.Create(donor, receiver, offerId, draft, userId, now, request.MatchId, request.IntroductionId));
        db.Exchanges.Add(exchange);
        db.ExchangeHistory.Add(exchange.CreationEntry());
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.ExchangeCreated, userId, null, $"exchange {exchange.Id}", now));
        var partyZones = await ExchangeAccess.PartyZonesAsync(db, exchange, cancellationToken);
        await notifier.AddAsync(db, ExchangeNotices.For(exchange, ExchangeHistoryEntry.CreateAction, partyZones), userId, cancellationToken);
        return exchange;
    }

    /// <summary>The error of a second open exchange for the same offer and receiver.</summary>
    internal static ValidationFailedException AlreadyExists(NewExchange request) =>
        new([new FieldError(request.MatchId is null ? nameof(NewExchange.OfferStreamId) : nameof(NewExchange.MatchId), "Exchange.AlreadyExists", [])]);

    /// <summary>The exchange's page; null when it does not exist or the user may not see it (the same answer).</summary>
    public async Task<ExchangeDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var exchange = await ExchangeAccess.Visible(db, user).AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (exchange is null)
        {
            return null;
        }

        var partyIds = exchange.PartyCompanyIds.ToList();
        var firms = await db.Companies.AsNoTracking().Where(c => partyIds.Contains(c.Id))
            .Select(c => new { c.Id, c.LegalName, c.ZoneId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var relation = ExchangeAccess.RelationOf(user, exchange, firms.ToDictionary(f => f.Key, f => f.Value.ZoneId));
        if (relation is not { } rel)
        {
            return null;
        }

        var streamIds = new[] { exchange.OfferStreamId, exchange.NeedStreamId ?? exchange.OfferStreamId };
        var streams = await db.Streams.AsNoTracking().Where(s => streamIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var codes = streams.Values.Select(s => s.EwcCode).OfType<string>().ToList();
        var hazardous = (await db.WasteCodes.AsNoTracking().Where(w => codes.Contains(w.Code) && w.IsHazardous).Select(w => w.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var checklist = await ChecklistAsync(db, exchange, cancellationToken);
        var history = await db.ExchangeHistory.AsNoTracking().Where(h => h.ExchangeId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        var revealed = ExchangeAccess.RevealsParties(rel, exchange.IntroductionId, exchange.AllPartiesConfirmed);
        var own = rel == ExchangeActor.PartyFirmUser ? user.CompanyId : null;
        bool Shown(Guid companyId) => revealed || companyId == own;
        var names = await ActorNamesAsync(history, c => c is not { } firm || !exchange.PartyCompanyIds.Contains(firm) || Shown(firm), cancellationToken);
        var now = clock.GetUtcNow();
        var seesTerms = ExchangeAccess.SeesCommercialTerms(rel);

        return new ExchangeDetail(
            exchange.Id,
            exchange.Version,
            exchange.Title,
            exchange.Stage,
            exchange.StageChangedAt,
            AgeDays(now, exchange.StageChangedAt),
            rel,
            [.. exchange.Parties.Select(p => new ExchangePartyView(
                p.Role, p.CompanyId, firms.TryGetValue(p.CompanyId, out var f) && Shown(p.CompanyId) ? f.LegalName : null, f?.ZoneId, p.ConfirmedAt))],
            StreamView(streams[exchange.OfferStreamId], hazardous, Shown(exchange.DonorCompanyId)),
            exchange.NeedStreamId is { } need && streams.TryGetValue(need, out var n) ? StreamView(n, hazardous, Shown(exchange.ReceiverCompanyId)) : null,
            exchange.SourceMatchId,
            exchange.IntroductionId,
            exchange.AgreedAmount,
            exchange.AgreedUnit,
            exchange.AgreedPeriod,
            exchange.Route,
            exchange.RecoveryOperation,
            exchange.TransportMode,
            exchange.DistanceKm,
            exchange.PlannedStart,
            seesTerms,
            seesTerms ? exchange.CommercialTerms : null,
            [.. exchange.ByProductAnswers.Select(a => new ByProductAnswerInput(a.Condition, a.Answer, a.Evidence))],
            exchange.ImplementationStartedOn,
            exchange.FirstDeliveryOn,
            exchange.VerifiedAmount is { } va && exchange.VerifiedUnit is { } vu && exchange.VerifiedFrom is { } vf && exchange.VerifiedTo is { } vt
                ? new VerificationView(va, vu, vf, vt, exchange.VerificationEvidence ?? string.Empty, exchange.VerifiedByUserId)
                : null,
            exchange.CreatedByUserId,
            exchange.ProposedByUserId,
            exchange.CreatedAt,
            exchange.UpdatedAt,
            rel != ExchangeActor.Admin && ExchangeRules.IsDraft(exchange.Stage),
            exchange.MissingForProposal(),
            new ChecklistView(checklist.Passed, checklist.Items),
            [.. history.Select(h => new ExchangeHistoryView(h.Id, h.FromStage, h.ToStage, h.Action, h.ActorUserId, h.ActorUserId is { } a && names.TryGetValue(a, out var name) ? name : null, h.At, h.Comment, h.Version))],
            ActionsFor(rel, user, exchange, checklist),
            revealed);
    }

    /// <summary>
    /// One page of the exchanges the user sees, most recently changed first; the review queue
    /// (<see cref="ExchangeFilter.ReviewQueue"/>) lists exchanges under review the user did not
    /// propose, longest waiting first.
    /// </summary>
    /// <exception cref="ValidationFailedException">The page or its size is out of bounds.</exception>
    public async Task<PagedResult<ExchangeSummary>> ListAsync(PageRequest page, ExchangeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filter);
        page.ThrowIfInvalid();
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var query = ExchangeAccess.Visible(db, user).AsNoTracking();
        var me = user.UserId;
        if (filter.Stage is { } stage)
        {
            query = query.Where(e => e.Stage == stage);
        }

        if (filter.ZoneId is { } zone)
        {
            var zoneFirms = db.Companies.Where(c => c.ZoneId == zone).Select(c => c.Id);
            query = query.Where(e => zoneFirms.Contains(e.DonorCompanyId) || zoneFirms.Contains(e.ReceiverCompanyId) ||
                (e.TransporterCompanyId != null && zoneFirms.Contains(e.TransporterCompanyId.Value)) ||
                (e.ProcessorCompanyId != null && zoneFirms.Contains(e.ProcessorCompanyId.Value)));
        }

        if (filter.Mine)
        {
            var own = user.IsIn(Roles.FirmUser) ? user.CompanyId : null;
            query = query.Where(e => e.CreatedByUserId == me || e.ProposedByUserId == me ||
                (own != null && (e.DonorCompanyId == own || e.ReceiverCompanyId == own || e.TransporterCompanyId == own || e.ProcessorCompanyId == own)));
        }

        if (filter.ReviewQueue)
        {
            query = query.Where(e => e.Stage == ExchangeStage.UnderReview && e.CreatedByUserId != me && e.ProposedByUserId != me);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = filter.ReviewQueue
            ? query.OrderBy(e => e.StageChangedAt).ThenBy(e => e.Id)
            : query.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id);
        var rows = await ordered.Skip(page.Skip).Take(page.Take)
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.Stage,
                e.StageChangedAt,
                e.IntroductionId,
                Confirmed = e.DonorConfirmedAt != null && e.ReceiverConfirmedAt != null &&
                    (e.TransporterCompanyId == null || e.TransporterConfirmedAt != null) && (e.ProcessorCompanyId == null || e.ProcessorConfirmedAt != null),
                e.DonorCompanyId,
                Donor = db.Companies.Where(c => c.Id == e.DonorCompanyId).Select(c => c.LegalName).FirstOrDefault(),
                e.ReceiverCompanyId,
                Receiver = db.Companies.Where(c => c.Id == e.ReceiverCompanyId).Select(c => c.LegalName).FirstOrDefault(),
                e.Version,
                e.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var ownFirm = user.IsIn(Roles.FirmUser) && !user.SeesEverything && !user.IsIn(Roles.OizStaff) ? user.CompanyId : null;
        return new PagedResult<ExchangeSummary>(
            [.. rows.Select(r =>
            {
                // A firm user reads the other firm's name once anonymity is lifted (ExchangeAccess.RevealsParties).
                var revealed = ownFirm is null || r.IntroductionId is not null || r.Confirmed;
                return new ExchangeSummary(
                    r.Id, r.Title, r.Stage, r.StageChangedAt, AgeDays(now, r.StageChangedAt),
                    r.DonorCompanyId, revealed || r.DonorCompanyId == ownFirm ? r.Donor : null,
                    r.ReceiverCompanyId, revealed || r.ReceiverCompanyId == ownFirm ? r.Receiver : null,
                    r.Version, r.UpdatedAt);
            })],
            total);
    }

    /// <summary>
    /// Changes the draft fields (while <see cref="ExchangeStage.Identified"/> or
    /// <see cref="ExchangeStage.Proposed"/>) from the version the user saw; returns the new version.
    /// Users who may not see the commercial terms leave them as they are.
    /// </summary>
    /// <exception cref="NotFoundException">The exchange does not exist or the user may not see it.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed it since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ExchangeActionRefusedException">Not a draft any more, or the user may not edit it.</exception>
    /// <exception cref="ValidationFailedException">A field breaks a rule.</exception>
    public async Task<int> UpdateDraftAsync(Guid id, int expectedVersion, ExchangeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);

        // One transaction: a changed proposal also records its new forecast (below).
        return await db.InTransactionAsync(
            async () =>
            {
                var (exchange, relation, partyZones) = await LoadAsync(db, user, id, expectedVersion, cancellationToken);
                var offer = await db.Streams.AsNoTracking().FirstAsync(s => s.Id == exchange.OfferStreamId, cancellationToken);
                var draft = await DraftAsync(
                    db,
                    input with { CommercialTerms = ExchangeAccess.SeesCommercialTerms(relation) ? input.CommercialTerms : exchange.CommercialTerms },
                    exchange.ReceiverCompanyId,
                    offer.Kind,
                    cancellationToken);
                var now = clock.GetUtcNow();
                var entry = Validated(() => exchange.UpdateDraft(relation, user.UserId!.Value, ActingCompany(user, relation), draft, now));
                db.ExchangeHistory.Add(entry);
                db.AuditEvents.Add(new AuditEvent(AuditEventTypes.ExchangeUpdated, user.UserId, null, $"exchange {exchange.Id} v{exchange.Version}", now));
                await notifier.AddAsync(db, ExchangeNotices.For(exchange, ExchangeHistoryEntry.UpdateDraftAction, partyZones), user.UserId, cancellationToken);
                if (exchange.Stage == ExchangeStage.Proposed)
                {
                    // The parties confirm the proposal as it now stands: its forecast follows the agreed figures.
                    await ImpactLedger.RecordIfChangedAsync(db, exchange, ImpactBasis.Forecast, ImpactRecordReason.DraftChanged, user.UserId, now, cancellationToken);
                }

                await SaveAsync(db, id, cancellationToken);
                return exchange.Version;
            },
            cancellationToken);
    }

    /// <summary>
    /// Takes a workflow action from the version the user saw. The stage machine and the action's
    /// conditions are checked against the stored exchange in the transaction that saves it with its
    /// history entry and audit row; approval also needs the legal checklist to pass (the error lists
    /// each failing line as a field <c>Checklist.*</c>).
    /// </summary>
    /// <exception cref="NotFoundException">The exchange does not exist or the user may not see it.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed it since <see cref="TransitionRequest.ExpectedVersion"/>, or won the race.</exception>
    /// <exception cref="ExchangeActionRefusedException">The stage machine refuses the action for this user at this stage.</exception>
    /// <exception cref="ValidationFailedException">A condition fails (reason missing, parties not confirmed, checklist…).</exception>
    public async Task<TransitionResult> TransitionAsync(Guid id, TransitionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = IdempotencyKeys.Check(request.IdempotencyKey, ExchangeHistoryEntry.IdempotencyKeyMaxLength, "Exchange.IdempotencyKeyInvalid");
        var user = await currentUser.GetAsync(cancellationToken);
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            if (key is not null && await ReplayAsync(db, user, id, request.Action, key, cancellationToken) is { } first)
            {
                return first;
            }

            try
            {
                return await db.InTransactionAsync(() => ApplyAsync(db, user, id, request, key, cancellationToken), cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or ConcurrencyConflictException)
            {
                // Stale or lost a race: another transition saved first, maybe the same request
                // sent twice at once (then its key finds the first result below).
            }
        }

        await using var fresh = await contexts.CreateAsync(cancellationToken);
        if (key is not null && await ReplayAsync(fresh, user, id, request.Action, key, cancellationToken) is { } replay)
        {
            return replay;
        }

        throw new ConcurrencyConflictException(Entity, id);
    }

    private async Task<TransitionResult> ApplyAsync(IAppDbContext db, UserContext user, Guid id, TransitionRequest request, string? key, CancellationToken cancellationToken)
    {
        var (exchange, relation, partyZones) = await LoadAsync(db, user, id, request.ExpectedVersion, cancellationToken);
        var decision = ExchangeRules.Decide(relation, exchange.Stage, request.Action);
        if (!decision.Allowed)
        {
            throw new ExchangeActionRefusedException(decision.ReasonKey!);
        }

        LegalChecklist? checklist = null;
        if (request.Action == ExchangeAction.Approve)
        {
            checklist = await ChecklistAsync(db, exchange, cancellationToken);
            if (!checklist.Passed)
            {
                throw new ValidationFailedException(
                    [new FieldError("Stage", "Exchange.ChecklistFailed", []), .. checklist.Failed.Select(i => new FieldError(i.Key, i.ProblemKey!, i.Args))]);
            }
        }

        var details = new TransitionDetails(request.Comment, request.Date, Figures(request.Verification, request.Action));
        var now = clock.GetUtcNow();
        var from = exchange.Stage;
        var entry = Validated(() => exchange.Apply(relation, user.UserId!.Value, ActingCompany(user, relation), request.Action, details, now, checklist))
            .WithIdempotencyKey(key);
        db.ExchangeHistory.Add(entry);
        if (request.Action is ExchangeAction.Propose or ExchangeAction.Verify)
        {
            // The impact ledger (DESIGN.md §6) is written with the step: the forecast from the agreed
            // quantity when proposed, the verified figures from the measured delivery when verified.
            var verified = request.Action == ExchangeAction.Verify;
            await ImpactLedger.RecordAsync(
                db, exchange, verified ? ImpactBasis.Verified : ImpactBasis.Forecast, verified ? ImpactRecordReason.Verified : ImpactRecordReason.Proposed,
                user.UserId, now, cancellationToken);
        }

        db.AuditEvents.Add(new AuditEvent(
            AuditEventTypes.ExchangeTransition, user.UserId, null, $"exchange {exchange.Id}: {request.Action} {from} -> {exchange.Stage} v{exchange.Version}", now));
        await notifier.AddAsync(db, ExchangeNotices.For(exchange, request.Action.ToString(), partyZones), user.UserId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new TransitionResult(exchange.Id, request.Action, from, exchange.Stage, exchange.Version, false);
    }

    /// <summary>The first result of a transition made with <paramref name="key"/>, when there is one and the user still sees the exchange.</summary>
    private static async Task<TransitionResult?> ReplayAsync(IAppDbContext db, UserContext user, Guid id, ExchangeAction action, string key, CancellationToken cancellationToken)
    {
        var entry = await db.ExchangeHistory.AsNoTracking()
            .Where(h => h.ExchangeId == id && h.IdempotencyKey == key && ExchangeAccess.Visible(db, user).Any(e => e.Id == id))
            .FirstOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return null;
        }

        if (entry.Action != action.ToString())
        {
            throw new ValidationFailedException([new FieldError("IdempotencyKey", "Exchange.IdempotencyKeyReused", [])]);
        }

        return new TransitionResult(id, action, entry.FromStage, entry.ToStage, entry.Version, true);
    }

    private static async Task<(Exchange Exchange, ExchangeActor Relation, IReadOnlyDictionary<Guid, int?> PartyZones)> LoadAsync(
        IAppDbContext db, UserContext user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var exchange = await ExchangeAccess.Visible(db, user).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException(Entity, id);
        var partyZones = await ExchangeAccess.PartyZonesAsync(db, exchange, cancellationToken);
        var relation = ExchangeAccess.RelationOf(user, exchange, partyZones) ?? throw new NotFoundException(Entity, id);
        if (exchange.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(Entity, id);
        }

        return (exchange, relation, partyZones);
    }

    private static async Task SaveAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyConflictException(Entity, id);
        }
    }

    /// <summary>The legal checklist of an exchange as stored now: the offer's code and the receiver's permits.</summary>
    private static async Task<LegalChecklist> ChecklistAsync(IAppDbContext db, Exchange exchange, CancellationToken cancellationToken)
    {
        var code = await db.Streams.Where(s => s.Id == exchange.OfferStreamId).Select(s => s.EwcCode).FirstOrDefaultAsync(cancellationToken);
        var hazardous = code is not null && await db.WasteCodes.AnyAsync(w => w.Code == code && w.IsHazardous, cancellationToken);
        var receiver = await db.Companies.AsNoTracking().FirstAsync(c => c.Id == exchange.ReceiverCompanyId, cancellationToken);
        return LegalChecklist.Evaluate(exchange, new OfferFacts(code, hazardous), receiver.Permits);
    }

    private static List<ExchangeActionOption> ActionsFor(ExchangeActor relation, UserContext user, Exchange exchange, LegalChecklist checklist)
    {
        var options = new List<ExchangeActionOption>();
        var missing = exchange.MissingForProposal();
        foreach (var action in ExchangeRules.Allowed(relation, exchange.Stage))
        {
            // A firm that confirmed has nothing more to confirm.
            if (action == ExchangeAction.ConfirmParticipation && exchange.Parties.Where(p => p.CompanyId == user.CompanyId).All(p => p.ConfirmedAt is not null))
            {
                continue;
            }

            options.Add(action switch
            {
                ExchangeAction.Propose or ExchangeAction.SubmitForReview when missing.Count > 0 => new ExchangeActionOption(action, "Exchange.Incomplete", [string.Join(", ", missing)]),
                ExchangeAction.SubmitForReview when !exchange.AllPartiesConfirmed =>
                    new ExchangeActionOption(action, "Exchange.PartiesNotConfirmed", [string.Join(", ", exchange.Parties.Where(p => p.ConfirmedAt is null).Select(p => p.Role))]),
                ExchangeAction.Approve when !checklist.Passed => new ExchangeActionOption(action, "Exchange.ChecklistFailed", []),
                _ => new ExchangeActionOption(action, null, []),
            });
        }

        return options;
    }

    /// <summary>The display names of the history's actors whose firm the reader may see (<paramref name="shown"/> gets the actor's firm).</summary>
    private async Task<Dictionary<Guid, string>> ActorNamesAsync(List<ExchangeHistoryEntry> history, Func<Guid?, bool> shown, CancellationToken cancellationToken)
    {
        if (history.Count == 0)
        {
            return [];
        }

        var ids = history.Select(h => h.ActorUserId).OfType<Guid>().ToHashSet();
        return (await accounts.ListAsync(cancellationToken))
            .Where(a => ids.Contains(a.Id) && shown(a.CompanyId))
            .ToDictionary(a => a.Id, a => a.DisplayName);
    }

    private static async Task<(Guid Donor, Guid Receiver, Guid OfferId, Guid? NeedId)> PairAsync(IAppDbContext db, NewExchange request, CancellationToken cancellationToken)
    {
        if (request.MatchId is { } matchId)
        {
            var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken)
                ?? throw new NotFoundException("Match", matchId);
            return (match.OfferCompanyId, match.ReceiverCompanyId, match.OfferId, match.NeedId);
        }

        var errors = new ErrorCollector();
        if (request.OfferStreamId is null)
        {
            errors.Add(new FieldError(nameof(NewExchange.OfferStreamId), "Exchange.OfferRequired", []));
        }

        if (request.ReceiverCompanyId is null)
        {
            errors.Add(new FieldError(nameof(NewExchange.ReceiverCompanyId), "Exchange.ReceiverRequired", []));
        }

        errors.ThrowIfAny();
        var offer = await db.Streams.AsNoTracking()
            .Where(s => s.Id == request.OfferStreamId && s.Direction == StreamDirection.Offer)
            .Select(s => new { s.Id, s.CompanyId })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationFailedException([new FieldError(nameof(NewExchange.OfferStreamId), "Exchange.OfferNotFound", [])]);
        if (offer.CompanyId == request.ReceiverCompanyId)
        {
            throw new ValidationFailedException([new FieldError(nameof(NewExchange.ReceiverCompanyId), "Exchange.SameFirm", [])]);
        }

        return (offer.CompanyId, request.ReceiverCompanyId!.Value, offer.Id, request.Draft.NeedStreamId);
    }

    /// <summary>
    /// Who may create: an expert; OIZ staff of either firm's zone; a firm of a match once an
    /// introduction lifted anonymity between the two (the introduction is stored with it). Admins
    /// take no part in the workflow. A match the user may not see does not exist for them.
    /// </summary>
    private static ExchangeActor CreatorRelation(UserContext user, NewExchange request, Guid donor, Guid receiver, Dictionary<Guid, int?> zones)
    {
        if (user.IsIn(Roles.Admin))
        {
            throw new ExchangeActionRefusedException(ExchangeRules.AdminsDoNotAct);
        }

        if (user.IsIn(Roles.Expert))
        {
            return ExchangeActor.ProposingExpert;
        }

        if (user.IsIn(Roles.OizStaff) && zones.Values.Any(z => z is { } zone && user.ZoneIds.Contains(zone)))
        {
            return ExchangeActor.ZoneStaff;
        }

        if (user.IsIn(Roles.FirmUser) && (user.CompanyId == donor || user.CompanyId == receiver) && request.MatchId is not null)
        {
            return request.IntroductionId is not null
                ? ExchangeActor.PartyFirmUser
                : throw new ExchangeActionRefusedException("Exchange.Rule.IntroductionRequired");
        }

        if (request.MatchId is { } matchId)
        {
            throw new NotFoundException("Match", matchId);
        }

        throw new ExchangeActionRefusedException("Exchange.Rule.OnlyStaffOrExperts");
    }

    /// <summary>Turns the input into a draft, checking what needs the database; every field's problem is reported at once.</summary>
    private static async Task<ExchangeDraft> DraftAsync(IAppDbContext db, ExchangeInput input, Guid receiver, ResourceKind offerKind, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        Quantity? quantity = null;
        if (input.AgreedAmount is not null || input.AgreedUnit is not null || input.AgreedPeriod is not null)
        {
            if (input.AgreedAmount is not { } amount)
            {
                errors.Add(new FieldError(nameof(ExchangeInput.AgreedAmount), "Exchange.AmountRequired", []));
            }
            else if (input.AgreedUnit is not { } unit)
            {
                errors.Add(new FieldError(nameof(ExchangeInput.AgreedUnit), "Exchange.UnitRequired", []));
            }
            else if (input.AgreedPeriod is not { } period)
            {
                errors.Add(new FieldError(nameof(ExchangeInput.AgreedPeriod), "Exchange.PeriodRequired", []));
            }
            else
            {
                quantity = At(errors, nameof(ExchangeInput.AgreedAmount), () => new Quantity(amount, unit, period));
                if (quantity is not null && !Quantity.IsAllowedFor(offerKind, unit))
                {
                    errors.Add(new FieldError(nameof(ExchangeInput.AgreedUnit), "Quantity.UnitNotForKind", []));
                }
            }
        }

        foreach (var (field, companyId) in new[] { (nameof(ExchangeInput.TransporterCompanyId), input.TransporterCompanyId), (nameof(ExchangeInput.ProcessorCompanyId), input.ProcessorCompanyId) })
        {
            if (companyId is { } c && !await db.Companies.AnyAsync(x => x.Id == c, cancellationToken))
            {
                errors.Add(new FieldError(field, "Exchange.FirmNotFound", []));
            }
        }

        if (input.NeedStreamId is { } needId &&
            !await db.Streams.AnyAsync(s => s.Id == needId && s.Direction == StreamDirection.Need && s.CompanyId == receiver, cancellationToken))
        {
            errors.Add(new FieldError(nameof(ExchangeInput.NeedStreamId), "Exchange.NeedNotReceivers", []));
        }

        var answers = new List<ByProductAnswer>();
        foreach (var a in input.ByProductAnswers ?? [])
        {
            if (At(errors, nameof(ExchangeInput.ByProductAnswers), () => new ByProductAnswer(a.Condition, a.Answer, a.Evidence)) is { } answer)
            {
                answers.Add(answer);
            }
        }

        errors.ThrowIfAny();
        return new ExchangeDraft(
            input.Title ?? string.Empty,
            input.TransporterCompanyId,
            input.ProcessorCompanyId,
            input.NeedStreamId,
            quantity,
            input.Route,
            input.RecoveryOperation,
            input.TransportMode,
            input.DistanceKm,
            input.PlannedStart,
            input.CommercialTerms,
            answers);
    }

    private static VerificationFigures? Figures(VerificationInput? input, ExchangeAction action)
    {
        if (action != ExchangeAction.Verify)
        {
            return null;
        }

        var errors = new ErrorCollector();
        if (input?.Amount is null)
        {
            errors.Add(new FieldError("Verification.Amount", "Exchange.VerifiedAmountRequired", []));
        }

        if (input?.Unit is null)
        {
            errors.Add(new FieldError("Verification.Unit", "Exchange.UnitRequired", []));
        }

        if (input?.From is null)
        {
            errors.Add(new FieldError("Verification.From", "Exchange.VerifiedFromRequired", []));
        }

        if (input?.To is null)
        {
            errors.Add(new FieldError("Verification.To", "Exchange.VerifiedToRequired", []));
        }

        if (string.IsNullOrWhiteSpace(input?.Evidence))
        {
            errors.Add(new FieldError("Verification.Evidence", "Exchange.VerificationEvidenceRequired", []));
        }

        errors.ThrowIfAny();
        return new VerificationFigures(input!.Amount!.Value, input.Unit!.Value, input.From!.Value, input.To!.Value, input.Evidence!);
    }

    /// <summary>The firm a firm user acts for on this exchange.</summary>
    private static Guid? ActingCompany(UserContext user, ExchangeActor relation) =>
        relation == ExchangeActor.PartyFirmUser ? user.CompanyId : null;

    /// <summary>Runs a domain change: a stage-machine refusal becomes <see cref="ExchangeActionRefusedException"/>, any other rule a field error.</summary>
    private static T Validated<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (DomainException e) when (e.Code.StartsWith("Exchange.Rule.", StringComparison.Ordinal) || e.Code == "Exchange.NotDraft")
        {
            throw new ExchangeActionRefusedException(e.Code);
        }
        catch (DomainException e)
        {
            throw new ValidationFailedException([FieldError.From(e, "Stage")]);
        }
    }

    /// <summary>Runs <paramref name="create"/>; a domain error is recorded on <paramref name="field"/> (not the value object's own field name).</summary>
    private static T? At<T>(ErrorCollector errors, string field, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (DomainException e)
        {
            errors.Add(new FieldError(field, e.Code, e.Args));
            return null;
        }
    }

    private static ExchangeStreamView StreamView(ResourceStream s, HashSet<string> hazardous, bool exact) =>
        new(s.Id, s.Description, s.EwcCode, s.EwcCode is { } c && hazardous.Contains(c), exact ? s.Quantity.Amount : null, s.Quantity.Unit, s.Quantity.Period);

    private static int AgeDays(DateTimeOffset now, DateTimeOffset since) => Math.Max(0, (int)(now - since).TotalDays);

    private static string Shorten(string text) =>
        text.Length <= Exchange.TitleMaxLength ? text : string.Concat(text.AsSpan(0, Exchange.TitleMaxLength - 1), "…");
}
