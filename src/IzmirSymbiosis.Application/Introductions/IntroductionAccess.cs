using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Introductions;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Introductions;

/// <summary>An introduction with the zones of its two firms, as the access rule needs it.</summary>
internal sealed record IntroductionInContext(Introduction Introduction, int? GiverZoneId, int? ReceiverZoneId)
{
    /// <summary>Who the user is to it (<see cref="AccessPolicy.ForIntroduction"/>).</summary>
    public IntroductionStanding StandingOf(UserContext user) =>
        AccessPolicy.ForIntroduction(user, Introduction.GiverCompanyId, GiverZoneId, Introduction.ReceiverCompanyId, ReceiverZoneId);

    /// <summary>
    /// Whether the user sees a firm of the pair in full: by the firm rule (own firm, zone's firms,
    /// experts), or as a party of an accepted introduction (this pair only).
    /// </summary>
    public bool Names(UserContext user, IntroductionSide side)
    {
        var (company, zone) = side == IntroductionSide.Giver
            ? (Introduction.GiverCompanyId, GiverZoneId)
            : (Introduction.ReceiverCompanyId, ReceiverZoneId);
        return AccessPolicy.ForCompany(user, company, zone).CanRead()
            || (Introduction.Status == IntroductionStatus.Accepted && StandingOf(user) == IntroductionStanding.Party);
    }

    /// <summary>Who is told about a step: both firms, their zones' staff, and a proposing staff member or expert.</summary>
    public NoticeAudience Audience()
    {
        var zones = new[] { GiverZoneId, ReceiverZoneId }.OfType<int>().Distinct().ToList();
        var proposer = Introduction.RequestedAs is IntroductionRequesterRole.OizStaff or IntroductionRequesterRole.Expert
            ? new[] { Introduction.RequestedByUserId }
            : [];
        return new NoticeAudience([Introduction.GiverCompanyId, Introduction.ReceiverCompanyId], zones, false, proposer);
    }

    /// <summary>Loads an introduction and its firms' zones (tracked when <paramref name="track"/>); null when it does not exist.</summary>
    public static async Task<IntroductionInContext?> LoadAsync(IAppDbContext db, Guid id, bool track, CancellationToken cancellationToken)
    {
        var introductions = track ? db.Introductions : db.Introductions.AsNoTracking();
        var row = await (
            from i in introductions
            where i.Id == id
            join g in db.Companies on i.GiverCompanyId equals g.Id
            join r in db.Companies on i.ReceiverCompanyId equals r.Id
            select new { Introduction = i, GiverZone = g.ZoneId, ReceiverZone = r.ZoneId })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new IntroductionInContext(row.Introduction, row.GiverZone, row.ReceiverZone);
    }
}

/// <summary>
/// The access rule of introductions for what hangs off them (thread, documents): the two firms,
/// their zones' staff and experts contribute; admins read; anyone else gets nothing (404).
/// </summary>
internal sealed class IntroductionAccess : ISubjectAccess, ISubjectParticipants
{
    public SubjectKind Kind => SubjectKind.Introduction;

    public async Task<SubjectRights> RightsAsync(IAppDbContext db, UserContext user, Guid subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await IntroductionInContext.LoadAsync(db, subjectId, false, cancellationToken);
        return found?.StandingOf(user) switch
        {
            IntroductionStanding.Party or IntroductionStanding.ZoneStaff => SubjectRights.Contribute,
            IntroductionStanding.Overseer => user.IsIn(Roles.Expert) ? SubjectRights.Contribute : SubjectRights.Read,
            _ => SubjectRights.None,
        };
    }

    public async Task<SubjectCircle?> CircleAsync(IAppDbContext db, UserContext reader, Guid subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var found = await IntroductionInContext.LoadAsync(db, subjectId, false, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var named = new HashSet<Guid>();
        if (found.Names(reader, IntroductionSide.Giver))
        {
            named.Add(found.Introduction.GiverCompanyId);
        }

        if (found.Names(reader, IntroductionSide.Receiver))
        {
            named.Add(found.Introduction.ReceiverCompanyId);
        }

        return new SubjectCircle(found.Audience(), IntroductionService.LinkOf(subjectId), named);
    }
}
