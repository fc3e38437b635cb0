using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Introductions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.Introductions;

/// <summary>What a match card shows about introducing its two firms.</summary>
/// <param name="IntroductionId">The latest introduction of the pair the user may see.</param>
/// <param name="Status">Its status.</param>
/// <param name="CanRequest">Whether the user may ask for (or propose) one now.</param>
/// <param name="Proposes">Whether the user would propose (staff, experts) rather than ask (a party).</param>
public sealed record MatchIntroductionState(Guid? IntroductionId, IntroductionStatus? Status, bool CanRequest, bool Proposes);

/// <summary>
/// Introductions between the two firms of a match (DESIGN.md §7): asked for by either firm or
/// proposed by OIZ staff or an expert, answered by each firm, withdrawn by whoever asked, expired
/// when nobody answers in time. Every read goes through <see cref="AccessPolicy.ForIntroduction"/>
/// (anyone else: "not found"); every step is saved with its audit row and notices in one
/// transaction; two racing answers never both win (row version).
/// </summary>
public sealed partial class IntroductionService(
    IAppDbContextFactory contexts, ICurrentUser currentUser, INotifier notifier, IOptions<IntroductionOptions> options, TimeProvider clock)
{
    /// <summary>The page of an introduction in the app.</summary>
    public static string LinkOf(Guid id) => $"introductions/{id}";

    /// <summary>Asks for (a firm of the match) or proposes (staff, expert) an introduction; returns its id.</summary>
    /// <exception cref="NotFoundException">The match does not exist for the user, or the user may not introduce its firms.</exception>
    /// <exception cref="ValidationFailedException">The pair already has a pending or accepted introduction.</exception>
    public async Task<Guid> RequestAsync(Guid matchId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var match = await (
            from x in db.Matches.AsNoTracking()
            where x.Id == matchId
            join g in db.Companies on x.OfferCompanyId equals g.Id
            join r in db.Companies on x.ReceiverCompanyId equals r.Id
            select new { Match = x, GiverZone = g.ZoneId, ReceiverZone = r.ZoneId })
            .FirstOrDefaultAsync(cancellationToken);
        var standing = match is null
            ? IntroductionStanding.None
            : AccessPolicy.ForIntroduction(user, match.Match.OfferCompanyId, match.GiverZone, match.Match.ReceiverCompanyId, match.ReceiverZone);
        if (match is null || standing == IntroductionStanding.None || user.UserId is not { } actor)
        {
            throw new NotFoundException("Match", matchId);
        }

        var m = match.Match;
        var role = standing switch
        {
            IntroductionStanding.Party when user.CompanyId == m.OfferCompanyId => IntroductionRequesterRole.Giver,
            IntroductionStanding.Party => IntroductionRequesterRole.Receiver,
            IntroductionStanding.ZoneStaff => IntroductionRequesterRole.OizStaff,
            _ => IntroductionRequesterRole.Expert,
        };
        if (await LiveForPairAsync(db, m.OfferId, m.NeedId, m.ReceiverCompanyId, cancellationToken))
        {
            throw AlreadyExists();
        }

        var now = clock.GetUtcNow();
        var introduction = new Introduction(m.Id, m.OfferId, m.NeedId, m.OfferCompanyId, m.ReceiverCompanyId, actor, role, now, now.AddDays(options.Value.ExpiryDays));
        db.Introductions.Add(introduction);
        var context = new IntroductionInContext(introduction, match.GiverZone, match.ReceiverZone);
        await RecordAsync(db, context, AuditEventTypes.IntroductionRequested, actor, $"as={role}", now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Someone else asked for this pair at the same moment (unique index on live pairs).
            if (await LiveForPairAsync(m.OfferId, m.NeedId, m.ReceiverCompanyId, cancellationToken))
            {
                throw AlreadyExists();
            }

            throw;
        }

        return introduction.Id;
    }

    /// <summary>The most matches one bulk proposal takes (a page of the match browser).</summary>
    public const int BulkLimit = 100;

    /// <summary>
    /// Proposes an introduction for each of <paramref name="matchIds"/> (the match browser's bulk
    /// action), each on its own as <see cref="RequestAsync"/> would: one pair already introduced or
    /// out of the user's reach does not stop the others. Returns how many were proposed, already
    /// had a live introduction, or were refused.
    /// </summary>
    /// <exception cref="ValidationFailedException">No match, or more than <see cref="BulkLimit"/>.</exception>
    public async Task<BulkIntroductionResult> ProposeManyAsync(IReadOnlyCollection<Guid> matchIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matchIds);
        if (matchIds.Count is 0 or > BulkLimit)
        {
            throw new ValidationFailedException([new FieldError("MatchIds", "Introduction.BulkCount", [BulkLimit])]);
        }

        int proposed = 0, existing = 0, refused = 0;
        foreach (var id in matchIds.Distinct())
        {
            try
            {
                await RequestAsync(id, cancellationToken);
                proposed++;
            }
            catch (ValidationFailedException)
            {
                existing++;
            }
            catch (NotFoundException)
            {
                refused++;
            }
        }

        return new BulkIntroductionResult(proposed, existing, refused);
    }

    /// <summary>The firm of the user accepts; both accepted → the firms see each other (this pair only).</summary>
    public Task AcceptAsync(Guid id, CancellationToken cancellationToken = default) =>
        DecideAsync(id, IntroductionDecision.Accepted, null, cancellationToken);

    /// <summary>The firm of the user declines, with an optional reason the other firm never sees.</summary>
    public Task DeclineAsync(Guid id, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(id, IntroductionDecision.Declined, reason, cancellationToken);

    /// <summary>Whoever asked (or a member of the asking firm) takes a pending request back.</summary>
    public Task WithdrawAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (context, user, now) =>
        {
            var i = context.Introduction;
            var sameFirm = context.StandingOf(user) == IntroductionStanding.Party
                && ((i.RequestedAs == IntroductionRequesterRole.Giver && i.SideOf(user.CompanyId) == IntroductionSide.Giver)
                    || (i.RequestedAs == IntroductionRequesterRole.Receiver && i.SideOf(user.CompanyId) == IntroductionSide.Receiver));
            if (i.RequestedByUserId != user.UserId && !sameFirm)
            {
                throw new DomainException("Introduction.NotRequester", nameof(Introduction.Status));
            }

            i.Withdraw(user.UserId!.Value, now);
            return (AuditEventTypes.IntroductionWithdrawn, null);
        }, cancellationToken);

    /// <summary>
    /// Expires every pending introduction whose time ran out (the hourly sweep; answers check the
    /// time themselves, so a late sweep lets nobody answer an expired one). Returns how many.
    /// </summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            due = await db.Introductions.AsNoTracking()
                .Where(i => i.Status == IntroductionStatus.Pending && i.ExpiresAt <= now)
                .OrderBy(i => i.ExpiresAt).Select(i => i.Id).Take(1000).ToListAsync(cancellationToken);
        }

        var expired = 0;
        foreach (var id in due)
        {
            // One at a time: an answer racing the sweep wins or loses alone, and the rest go on.
            await using var db = await contexts.CreateAsync(cancellationToken);
            var context = await IntroductionInContext.LoadAsync(db, id, true, cancellationToken);
            if (context is null || !context.Introduction.Expire(now))
            {
                continue;
            }

            await RecordAsync(db, context, AuditEventTypes.IntroductionExpired, null, null, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                expired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Answered or withdrawn meanwhile: nothing to expire.
            }
        }

        return expired;
    }

    private Task DecideAsync(Guid id, IntroductionDecision decision, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, (context, user, now) =>
        {
            var i = context.Introduction;
            if (context.StandingOf(user) != IntroductionStanding.Party || i.SideOf(user.CompanyId) is not { } side)
            {
                throw new DomainException("Introduction.NotAParty", nameof(Introduction.Status));
            }

            i.Decide(side, decision, user.UserId!.Value, reason, now);
            var type = decision == IntroductionDecision.Declined ? AuditEventTypes.IntroductionDeclined
                : i.Status == IntroductionStatus.Accepted ? AuditEventTypes.IntroductionAccepted
                : AuditEventTypes.IntroductionSideAccepted;
            return (type, $"side={side}");
        }, cancellationToken);

    /// <summary>
    /// Loads the introduction as the user may see it, applies <paramref name="change"/> and saves it
    /// with its audit row and notices; a row saved by someone else in between makes it a conflict.
    /// </summary>
    private async Task ChangeAsync(Guid id, Func<IntroductionInContext, UserContext, DateTimeOffset, (string AuditType, string? Details)> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var context = await IntroductionInContext.LoadAsync(db, id, true, cancellationToken);
        if (context is null || context.StandingOf(user) == IntroductionStanding.None || user.UserId is null)
        {
            throw new NotFoundException(nameof(Introduction), id);
        }

        var now = clock.GetUtcNow();
        (string AuditType, string? Details) step;
        try
        {
            step = change(context, user, now);
        }
        catch (DomainException e)
        {
            throw new ValidationFailedException([FieldError.From(e, nameof(Introduction.Status))]);
        }

        await RecordAsync(db, context, step.AuditType, user.UserId, step.Details, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(nameof(Introduction), id);
        }
    }

    /// <summary>Adds the audit row and the notices of a step to the change's own context.</summary>
    private async Task RecordAsync(IAppDbContext db, IntroductionInContext context, string auditType, Guid? actor, string? details, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var i = context.Introduction;
        var text = $"introduction={i.Id}" + (details is null ? string.Empty : $" {details}");
        db.AuditEvents.Add(new AuditEvent(auditType, actor, null, text, now));
        var (tr, en) = auditType switch
        {
            AuditEventTypes.IntroductionRequested => ("Bir tanıştırma isteği var", "There is an introduction request"),
            AuditEventTypes.IntroductionSideAccepted => ("Bir firma tanıştırmayı kabul etti", "A firm accepted an introduction"),
            AuditEventTypes.IntroductionAccepted => ("Tanıştırma tamamlandı: iki firma artık birbirini görüyor", "Introduction complete: the two firms now see each other"),
            AuditEventTypes.IntroductionDeclined => ("Bir tanıştırma isteği reddedildi", "An introduction request was declined"),
            AuditEventTypes.IntroductionWithdrawn => ("Bir tanıştırma isteği geri çekildi", "An introduction request was withdrawn"),
            _ => ("Bir tanıştırma isteğinin süresi doldu", "An introduction request expired"),
        };

        // The texts name no firm: before acceptance the firms are anonymous to each other.
        await notifier.AddAsync(db, new Notice(auditType, SubjectKind.Introduction, i.Id, LinkOf(i.Id), tr, en, context.Audience()), actor, cancellationToken);
    }

    private static ValidationFailedException AlreadyExists() =>
        new([new FieldError("MatchId", "Introduction.AlreadyExists", [])]);

    private static Task<bool> LiveForPairAsync(IAppDbContext db, Guid offerId, Guid? needId, Guid receiverCompanyId, CancellationToken cancellationToken) =>
        db.Introductions.AnyAsync(
            i => i.OfferId == offerId
                && (needId != null ? i.NeedId == needId : i.NeedId == null && i.ReceiverCompanyId == receiverCompanyId)
                && (i.Status == IntroductionStatus.Pending || i.Status == IntroductionStatus.Accepted),
            cancellationToken);

    private async Task<bool> LiveForPairAsync(Guid offerId, Guid? needId, Guid receiverCompanyId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await LiveForPairAsync(db, offerId, needId, receiverCompanyId, cancellationToken);
    }
}
