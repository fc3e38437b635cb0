using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>
/// Hands a match to the OIZ staff of the other firm's zone ("Diğer OSB'ye ilet"): staff who see one
/// side of a match in full and the other anonymised (its firm belongs to a zone they do not serve)
/// tell that zone's staff, who read the other side in full, about it. Who may is
/// <see cref="AccessPolicy.HandOffZone"/>. It needs no table of its own: the hand-off is the notices
/// to that zone's staff (which also answer "handed already today?") and an audit row with the actor.
/// </summary>
public sealed class MatchHandOffService(
    IAppDbContextFactory contexts, ICurrentUser currentUser, INotifier notifier, INotificationDirectory directory, TimeProvider clock)
{
    /// <summary>The notices' kind.</summary>
    public const string NoticeKind = "match.handed_off";

    /// <summary>How long a second hand-off of the same match to the same zone is refused as a repeat.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(1);

    /// <summary>The match browser with one match's panel open (the notices' link).</summary>
    public static string LinkOf(Guid matchId) => $"matches?match={matchId}";

    /// <summary>Tells the staff of the other firm's zone about the match, and records who did.</summary>
    /// <exception cref="NotFoundException">The match does not exist, or the user may read neither of its firms.</exception>
    /// <exception cref="DomainException">
    /// <c>Match.HandOffNotAllowed</c>: the user may not hand it off (see <see cref="AccessPolicy.HandOffZone"/>);
    /// <c>Match.HandOffNoStaff</c>: that zone has no staff account; <c>Match.HandOffAlready</c>: it was handed to that zone in the last day.
    /// </exception>
    public async Task HandOffAsync(Guid matchId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var match = await (
            from m in db.Matches.AsNoTracking()
            where m.Id == matchId
            join g in db.Companies on m.OfferCompanyId equals g.Id
            join r in db.Companies on m.ReceiverCompanyId equals r.Id
            select new { GiverId = g.Id, GiverName = g.LegalName, GiverZone = g.ZoneId, ReceiverId = r.Id, ReceiverName = r.LegalName, ReceiverZone = r.ZoneId })
            .FirstOrDefaultAsync(cancellationToken);
        if (match is null || user.UserId is not { } actor
            || (!AccessPolicy.ForCompany(user, match.GiverId, match.GiverZone).CanRead()
                && !AccessPolicy.ForCompany(user, match.ReceiverId, match.ReceiverZone).CanRead()))
        {
            throw new NotFoundException("Match", matchId);
        }

        if (AccessPolicy.HandOffZone(user, match.GiverZone, match.ReceiverZone) is not { } zone)
        {
            throw new DomainException("Match.HandOffNotAllowed");
        }

        var staff = await directory.ResolveAsync(new NoticeAudience([], [zone]), cancellationToken);
        if (staff.Count == 0)
        {
            throw new DomainException("Match.HandOffNoStaff");
        }

        var now = clock.GetUtcNow();
        var since = now - RepeatWindow;
        var ids = staff.ToList();
        if (await db.Notifications.AnyAsync(n => n.Kind == NoticeKind && n.SubjectId == matchId && n.CreatedAt >= since && ids.Contains(n.UserId), cancellationToken))
        {
            throw new DomainException("Match.HandOffAlready");
        }

        // The recipients read their own zone's firm in full and the other one anonymised, as the
        // handing staff did the other way round: the text names their firm only, never the other
        // firm or the zone it came from.
        var own = match.GiverZone == zone ? match.GiverName : match.ReceiverName;
        await notifier.AddAsync(
            db,
            new Notice(
                NoticeKind,
                SubjectKind.Match,
                matchId,
                LinkOf(matchId),
                $"Başka bir OSB'nin personeli, {own} firmasının bir eşleşmesini size iletti",
                $"Staff of another OIZ handed you a match of {own}",
                new NoticeAudience([], [zone])),
            actor,
            cancellationToken);
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.MatchHandedOff, actor, null, $"match:{matchId} zone:{zone}", now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
