using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Field;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Field;

/// <summary>
/// Records the field team's site visits under <see cref="AccessPolicy.ForFieldRecords"/>: experts
/// and admins every visit, OIZ staff the visits of their zones' firms, anyone else nothing ("not
/// found"). Every field is checked before anything is saved (all problems at once, at their
/// fields); an edit from a stale version is refused. A stream found on a visit is created by
/// <see cref="StreamService"/> (its rules and access) and listed on the visit in the same transaction.
/// </summary>
public sealed class FieldVisitService(IAppDbContextFactory contexts, ICurrentUser currentUser, StreamService streams, TimeProvider clock)
{
    private const string Entity = nameof(FieldVisit);

    /// <summary>One page of the visits the user sees, newest first unless sorted by <c>company</c>.</summary>
    public async Task<PagedResult<FieldVisitSummary>> ListAsync(FieldVisitFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        page.ThrowIfInvalid();
        var scope = AccessPolicy.FieldScopeOf(await currentUser.GetAsync(cancellationToken));
        if (!scope.All && scope.Zones.Count == 0)
        {
            return new PagedResult<FieldVisitSummary>([], 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var zones = scope.Zones.ToList();
        var rows = from v in db.FieldVisits.AsNoTracking()
                   join c in db.Companies on v.CompanyId equals c.Id
                   join z in db.Zones on c.ZoneId equals z.Id into zj
                   from z in zj.DefaultIfEmpty()
                   where scope.All || (c.ZoneId != null && zones.Contains(c.ZoneId.Value))
                   select new { Visit = v, c.LegalName, c.ZoneId, ZoneName = z == null ? null : z.ShortName };
        if (filter.ZoneId is { } zone)
        {
            rows = rows.Where(r => r.ZoneId == zone);
        }

        if (filter.CompanyId is { } company)
        {
            rows = rows.Where(r => r.Visit.CompanyId == company);
        }

        if (filter.From is { } from)
        {
            rows = rows.Where(r => r.Visit.VisitedOn >= from);
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(r => r.Visit.VisitedOn <= to);
        }

        var total = await rows.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("company", false) => rows.OrderBy(r => r.LegalName).ThenByDescending(r => r.Visit.VisitedOn),
            ("company", true) => rows.OrderByDescending(r => r.LegalName).ThenByDescending(r => r.Visit.VisitedOn),
            ("date", false) => rows.OrderBy(r => r.Visit.VisitedOn).ThenBy(r => r.Visit.Id),
            _ => rows.OrderByDescending(r => r.Visit.VisitedOn).ThenBy(r => r.Visit.Id),
        };
        var items = await sorted.Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<FieldVisitSummary>(
            [.. items.Select(r => new FieldVisitSummary(
                r.Visit.Id, r.Visit.VisitedOn, r.Visit.CompanyId, r.LegalName, r.ZoneName, r.Visit.Visitors,
                r.Visit.Participants.Count, r.Visit.Participants.Count(p => p.Gender == Gender.Female), r.Visit.StreamIds.Count,
                r.Visit.FollowUps.Count(f => !f.Done), r.Visit.FollowUps.Where(f => !f.Done).Select(f => (DateOnly?)f.DueOn).Min(), r.Visit.Version))],
            total);
    }

    /// <summary>A visit in full; null when it does not exist or the user may not see it (the same answer).</summary>
    public async Task<FieldVisitDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var row = await (from fv in db.FieldVisits.AsNoTracking()
                         join c in db.Companies on fv.CompanyId equals c.Id
                         where fv.Id == id
                         select new { Visit = fv, c.LegalName, c.ZoneId }).FirstOrDefaultAsync(cancellationToken);
        if (row is null || !AccessPolicy.ForFieldRecords(user, row.ZoneId).CanEdit())
        {
            return null;
        }

        var v = row.Visit;
        var ids = v.StreamIds.ToList();
        var found = await db.Streams.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new FoundStream(s.Id, s.Direction, s.Kind, s.Description, s.EwcCode)).ToListAsync(cancellationToken);
        return new FieldVisitDetail(
            v.Id,
            v.Version,
            v.CompanyId,
            row.LegalName,
            new FieldVisitInput(
                v.CompanyId, v.VisitedOn, v.Visitors, v.Notes,
                [.. v.Participants.Select(p => new ParticipantInput(p.FullName, p.Role, p.Gender))],
                [.. v.FollowUps.Select(f => new FollowUpInput(f.Text, f.DueOn, f.Done))]),
            [.. found.OrderBy(s => ids.IndexOf(s.Id))],
            AccessPolicy.ForCompany(user, v.CompanyId, row.ZoneId).CanEdit());
    }

    /// <summary>Records a visit to a firm the user may record visits of.</summary>
    /// <exception cref="NotFoundException">The firm does not exist or its visits are not the user's.</exception>
    /// <exception cref="ValidationFailedException">Fields break rules; nothing was saved.</exception>
    public async Task<FieldVisitRef> CreateAsync(FieldVisitInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        if (input.CompanyId == Guid.Empty)
        {
            var errors = new ErrorCollector();
            errors.Add(new FieldError(nameof(FieldVisitInput.CompanyId), "Field.Required", []));
            Check(input, errors);
            errors.ThrowIfAny();
        }

        await RequireFirmAsync(db, user, input.CompanyId, cancellationToken);
        var visit = Build(input, user.UserId ?? Guid.Empty, existing: null);
        db.FieldVisits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return new FieldVisitRef(visit.Id, visit.Version);
    }

    /// <summary>
    /// Saves an edit made from <paramref name="version"/>; the firm of a visit stays as recorded.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Someone saved the visit in between.</exception>
    public async Task<uint> UpdateAsync(Guid id, uint version, FieldVisitInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var visit = await LoadForEditAsync(db, id, version, cancellationToken);
        Build(input with { CompanyId = visit.CompanyId }, Guid.Empty, visit);
        await SaveAsync(db, id, cancellationToken);
        return visit.Version;
    }

    /// <summary>
    /// Creates a stream of the visited firm (<see cref="StreamService"/>'s rules and access: the
    /// firm's editors) and lists it on the visit, in one transaction; stream errors name the
    /// stream form's fields.
    /// </summary>
    /// <returns>The new stream and the visit's new version.</returns>
    public async Task<(Guid StreamId, uint Version)> AddStreamAsync(Guid visitId, uint version, StreamInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var visit = await LoadForEditAsync(db, visitId, version, cancellationToken);
        var stream = await streams.StageAsync(db, visit.CompanyId, input, cancellationToken);
        try
        {
            visit.AddStream(stream.Id);
        }
        catch (Domain.Common.DomainException e)
        {
            throw new ValidationFailedException([FieldError.From(e, nameof(FieldVisit.StreamIds))]);
        }

        await SaveAsync(db, visitId, cancellationToken);
        streams.RematchSoon();
        return (stream.Id, visit.Version);
    }

    private async Task<FieldVisit> LoadForEditAsync(IAppDbContext db, Guid id, uint version, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var visit = await db.FieldVisits.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        var zone = visit is null ? null : await db.Companies.Where(c => c.Id == visit.CompanyId).Select(c => c.ZoneId).FirstOrDefaultAsync(cancellationToken);
        if (visit is null || !AccessPolicy.ForFieldRecords(user, zone).CanEdit())
        {
            throw new NotFoundException(Entity, id);
        }

        return visit.Version == version ? visit : throw new ConcurrencyConflictException(Entity, id);
    }

    private static async Task SaveAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(Entity, id);
        }
    }

    private static async Task RequireFirmAsync(IAppDbContext db, UserContext user, Guid companyId, CancellationToken cancellationToken)
    {
        var firm = await db.Companies.Where(c => c.Id == companyId).Select(c => new { c.ZoneId }).FirstOrDefaultAsync(cancellationToken);
        if (firm is null || !AccessPolicy.ForFieldRecords(user, firm.ZoneId).CanEdit())
        {
            throw new NotFoundException("Company", companyId);
        }
    }

    /// <summary>Checks every field, then creates the visit or changes <paramref name="existing"/>.</summary>
    private FieldVisit Build(FieldVisitInput input, Guid userId, FieldVisit? existing)
    {
        var errors = new ErrorCollector();
        var (participants, followUps) = Check(input, errors);
        errors.ThrowIfAny();

        var today = clock.TodayInTurkey();
        var visit = existing ?? FieldVisit.Create(input.CompanyId, input.VisitedOn!.Value, input.Visitors, input.Notes, today, userId, clock.GetUtcNow());

        // Follow-ups first when the date moves later, so neither step sees the other's old value.
        errors.Try(nameof(FieldVisitInput.FollowUps), () =>
        {
            if (existing is not null)
            {
                visit.SetFollowUps([]);
                visit.Describe(input.VisitedOn!.Value, input.Visitors, input.Notes, today);
            }

            visit.SetFollowUps(followUps);
        });
        errors.Try(nameof(FieldVisitInput.Participants), () => visit.SetParticipants(participants));
        errors.ThrowIfAny();
        return visit;
    }

    private (List<VisitParticipant> Participants, List<FollowUp> FollowUps) Check(FieldVisitInput input, ErrorCollector errors)
    {
        var today = clock.TodayInTurkey();
        if (input.VisitedOn is not { } date)
        {
            errors.Add(new FieldError(nameof(FieldVisitInput.VisitedOn), "Field.Required", []));
        }
        else
        {
            errors.Try(nameof(FieldVisitInput.VisitedOn), () => FieldVisit.CheckDate(date, today));
        }

        errors.Try(nameof(FieldVisitInput.Visitors), () => FieldVisit.CheckVisitors(input.Visitors));
        errors.Try(nameof(FieldVisitInput.Notes), () => FieldVisit.CheckNotes(input.Notes));
        var participants = new List<VisitParticipant>();
        for (var i = 0; i < (input.Participants ?? []).Count; i++)
        {
            var p = input.Participants![i];
            if (errors.TryRow(nameof(FieldVisitInput.Participants), i, () => VisitParticipant.Create(p.FullName, p.Role, p.Gender)) is { } ok)
            {
                participants.Add(ok);
            }
        }

        var followUps = new List<FollowUp>();
        for (var i = 0; i < (input.FollowUps ?? []).Count; i++)
        {
            var f = input.FollowUps![i];
            if (f.DueOn is not { } due)
            {
                errors.Add(new FieldError(RowErrors.Name(nameof(FieldVisitInput.FollowUps), i, nameof(FollowUp.DueOn)), "Field.Required", []));
                continue;
            }

            if (errors.TryRow(nameof(FieldVisitInput.FollowUps), i, () => FollowUp.Create(f.Text, due, f.Done, input.VisitedOn ?? DateOnly.MinValue)) is { } ok)
            {
                followUps.Add(ok);
            }
        }

        if (participants.Count > FieldVisit.MaxParticipants)
        {
            errors.Add(new FieldError(nameof(FieldVisitInput.Participants), "Field.TooMany", [FieldVisit.MaxParticipants]));
        }

        if (followUps.Count > FieldVisit.MaxFollowUps)
        {
            errors.Add(new FieldError(nameof(FieldVisitInput.FollowUps), "Field.TooMany", [FieldVisit.MaxFollowUps]));
        }

        return (participants, followUps);
    }
}
