using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Field;

/// <summary>
/// Records workshops under <see cref="AccessPolicy.ForFieldRecords"/> (the workshop's zone; the
/// agency's own, without a zone, for experts and admins only). Every field is checked before
/// anything is saved; a stale edit is refused. A topic whose donor firm, receiver firm and donor
/// offer are known becomes an exchange at stage Identified through <see cref="ExchangeService"/>
/// (its rules: who may create, one open exchange per offer and receiver), saved in the same
/// transaction as the workshop: either both are saved or neither.
/// </summary>
public sealed class WorkshopService(IAppDbContextFactory contexts, ICurrentUser currentUser, ExchangeService exchanges, TimeProvider clock)
{
    private const string Entity = nameof(Workshop);

    /// <summary>One page of the workshops the user sees, newest first.</summary>
    public async Task<PagedResult<WorkshopSummary>> ListAsync(WorkshopFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        page.ThrowIfInvalid();
        var scope = AccessPolicy.FieldScopeOf(await currentUser.GetAsync(cancellationToken));
        if (!scope.All && scope.Zones.Count == 0)
        {
            return new PagedResult<WorkshopSummary>([], 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var zones = scope.Zones.ToList();
        var rows = from w in db.Workshops.AsNoTracking()
                   join z in db.Zones on w.ZoneId equals z.Id into zj
                   from z in zj.DefaultIfEmpty()
                   where scope.All || (w.ZoneId != null && zones.Contains(w.ZoneId.Value))
                   select new { Workshop = w, ZoneName = z == null ? null : z.ShortName };
        if (filter.ZoneId is { } zone)
        {
            rows = rows.Where(r => r.Workshop.ZoneId == zone);
        }

        if (filter.From is { } from)
        {
            rows = rows.Where(r => r.Workshop.HeldOn >= from);
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(r => r.Workshop.HeldOn <= to);
        }

        var total = await rows.CountAsync(cancellationToken);
        var sorted = page.SortBy == "date" && !page.Descending
            ? rows.OrderBy(r => r.Workshop.HeldOn).ThenBy(r => r.Workshop.Id)
            : rows.OrderByDescending(r => r.Workshop.HeldOn).ThenBy(r => r.Workshop.Id);
        var items = await sorted.Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<WorkshopSummary>(
            [.. items.Select(r => new WorkshopSummary(
                r.Workshop.Id, r.Workshop.HeldOn, r.Workshop.Place, r.Workshop.Organiser, r.ZoneName, r.Workshop.ParticipantTotal,
                r.Workshop.Participants.Where(p => p.Gender == Gender.Female).Sum(p => p.Count), r.Workshop.Topics.Count,
                r.Workshop.Topics.Count(t => t.ExchangeId is not null), r.Workshop.Version))],
            total);
    }

    /// <summary>A workshop in full; null when it does not exist or the user may not see it.</summary>
    public async Task<WorkshopDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var w = await db.Workshops.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (w is null || !AccessPolicy.ForFieldRecords(user, w.ZoneId).CanEdit())
        {
            return null;
        }

        var firmIds = w.Topics.SelectMany(t => new[] { t.DonorCompanyId, t.ReceiverCompanyId }).OfType<Guid>().Distinct().ToList();
        var names = await db.Companies.AsNoTracking().Where(c => firmIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.LegalName, cancellationToken);
        var offerIds = w.Topics.Select(t => t.OfferStreamId).OfType<Guid>().ToList();
        var offers = await db.Streams.AsNoTracking().Where(s => offerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Description, cancellationToken);
        var topics = w.Topics.Select(t => new TopicView(
            new TopicInput(t.Id, t.Material, t.DonorNace, t.ReceiverNace, t.DonorCompanyId, t.ReceiverCompanyId, t.OfferStreamId),
            t.DonorCompanyId is { } d ? names.GetValueOrDefault(d) : null,
            t.ReceiverCompanyId is { } r ? names.GetValueOrDefault(r) : null,
            t.OfferStreamId is { } o ? offers.GetValueOrDefault(o) : null,
            t.ExchangeId)).ToList();
        return new WorkshopDetail(
            w.Id,
            w.Version,
            new WorkshopInput(
                w.HeldOn, w.Place, w.Organiser, w.ZoneId, w.Notes,
                [.. w.Participants.Select(p => new ParticipantCountInput(p.StakeholderType, p.Gender, p.Count))],
                [.. topics.Select(t => t.Input)]),
            topics);
    }

    /// <summary>Records a workshop and makes the exchanges of its complete topics.</summary>
    /// <exception cref="ValidationFailedException">Fields break rules; nothing was saved.</exception>
    public async Task<WorkshopRef> CreateAsync(WorkshopInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await currentUser.GetAsync(cancellationToken);
        if (!AccessPolicy.MayRecordFieldWork(user))
        {
            throw new NotFoundException(Entity, Guid.Empty);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var today = clock.TodayInTurkey();
        var (counts, topics) = await CheckAsync(db, user, input, cancellationToken);
        var workshop = Workshop.Create(input.HeldOn!.Value, input.Place, input.Organiser, input.ZoneId, input.Notes, today, user.UserId ?? Guid.Empty, clock.GetUtcNow());
        workshop.SetParticipants(counts);
        workshop.SetTopics(topics);
        await StageExchangesAsync(db, workshop, cancellationToken);
        db.Workshops.Add(workshop);
        await SaveAsync(db, workshop.Id, cancellationToken);
        return new WorkshopRef(workshop.Id, workshop.Version);
    }

    /// <summary>Saves an edit made from <paramref name="version"/> and makes the exchanges of topics now complete.</summary>
    /// <exception cref="ConcurrencyConflictException">Someone saved the workshop in between.</exception>
    public async Task<uint> UpdateAsync(Guid id, uint version, WorkshopInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var workshop = await db.Workshops.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workshop is null || !AccessPolicy.ForFieldRecords(user, workshop.ZoneId).CanEdit())
        {
            throw new NotFoundException(Entity, id);
        }

        if (workshop.Version != version)
        {
            throw new ConcurrencyConflictException(Entity, id);
        }

        var (counts, topics) = await CheckAsync(db, user, input, cancellationToken);
        var errors = new ErrorCollector();
        errors.Try(nameof(WorkshopInput.Topics), () =>
        {
            workshop.Describe(input.HeldOn!.Value, input.Place, input.Organiser, input.ZoneId, input.Notes, clock.TodayInTurkey());
            workshop.SetParticipants(counts);
            workshop.SetTopics(topics);
        });
        errors.ThrowIfAny();
        await StageExchangesAsync(db, workshop, cancellationToken);
        await SaveAsync(db, id, cancellationToken);
        return workshop.Version;
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
        catch (DbUpdateException)
        {
            // The unique index of open exchanges: one of the topics' pairs got an exchange meanwhile.
            throw new ValidationFailedException([new FieldError(nameof(WorkshopInput.Topics), "Exchange.AlreadyExists", [])]);
        }
    }

    /// <summary>Adds the exchange of every complete topic without one; its refusals become errors on the topic's row.</summary>
    private async Task StageExchangesAsync(IAppDbContext db, Workshop workshop, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        for (var i = 0; i < workshop.Topics.Count; i++)
        {
            var topic = workshop.Topics[i];
            if (!topic.ReadyForExchange)
            {
                continue;
            }

            var request = new NewExchange(new ExchangeInput { Title = topic.Material }, OfferStreamId: topic.OfferStreamId, ReceiverCompanyId: topic.ReceiverCompanyId);
            try
            {
                var exchange = await exchanges.StageCreateAsync(db, request, cancellationToken);
                topic.LinkExchange(exchange.Id);
            }
            catch (ValidationFailedException e)
            {
                foreach (var error in e.Errors)
                {
                    var field = error.Field is nameof(NewExchange.OfferStreamId) or nameof(NewExchange.ReceiverCompanyId) ? error.Field : nameof(TopicInput.Material);
                    errors.Add(error with { Field = RowErrors.Name(nameof(WorkshopInput.Topics), i, field) });
                }
            }
            catch (ExchangeActionRefusedException e)
            {
                errors.Add(new FieldError(RowErrors.Name(nameof(WorkshopInput.Topics), i, nameof(TopicInput.ReceiverCompanyId)), e.ReasonKey, []));
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>Checks every field, the zone and each topic's firms and offer; all errors at once.</summary>
    private async Task<(List<ParticipantCount> Counts, List<SynergyTopic> Topics)> CheckAsync(
        IAppDbContext db, UserContext user, WorkshopInput input, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        var today = clock.TodayInTurkey();
        if (input.HeldOn is not { } date)
        {
            errors.Add(new FieldError(nameof(WorkshopInput.HeldOn), "Field.Required", []));
        }
        else
        {
            errors.Try(nameof(WorkshopInput.HeldOn), () => Workshop.CheckDate(date, today));
        }

        errors.Try(nameof(WorkshopInput.Place), () => Workshop.CheckPlace(input.Place));
        errors.Try(nameof(WorkshopInput.Organiser), () => Workshop.CheckOrganiser(input.Organiser));
        errors.Try(nameof(WorkshopInput.Notes), () => Workshop.CheckNotes(input.Notes));
        if (input.ZoneId is { } zone && !await db.Zones.AnyAsync(z => z.Id == zone, cancellationToken))
        {
            errors.Add(new FieldError(nameof(WorkshopInput.ZoneId), "Workshop.ZoneUnknown", []));
        }
        else if (!AccessPolicy.ForFieldRecords(user, input.ZoneId).CanEdit())
        {
            // Staff record the workshops of their own zones; the agency's own (no zone) are İZKA's.
            errors.Add(new FieldError(nameof(WorkshopInput.ZoneId), "Workshop.ZoneNotYours", []));
        }

        var counts = new List<ParticipantCount>();
        var participants = input.Participants ?? [];
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            if (errors.TryRow(nameof(WorkshopInput.Participants), i, () => ParticipantCount.Create(p.StakeholderType, p.Gender, p.Count)) is { } ok)
            {
                counts.Add(ok);
            }
        }

        if (counts.DistinctBy(c => (c.StakeholderType, c.Gender)).Count() != counts.Count)
        {
            errors.Add(new FieldError(nameof(WorkshopInput.Participants), "Workshop.DuplicateCount", []));
        }

        var topics = new List<SynergyTopic>();
        var inputs = input.Topics ?? [];
        if (inputs.Count > Workshop.MaxTopics)
        {
            errors.Add(new FieldError(nameof(WorkshopInput.Topics), "Field.TooMany", [Workshop.MaxTopics]));
        }

        var firmIds = inputs.SelectMany(t => new[] { t.DonorCompanyId, t.ReceiverCompanyId }).OfType<Guid>().Distinct().ToList();
        var firms = await db.Companies.Where(c => firmIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var offerIds = inputs.Select(t => t.OfferStreamId).OfType<Guid>().Distinct().ToList();
        var offers = await db.Streams.Where(s => offerIds.Contains(s.Id) && s.Direction == StreamDirection.Offer)
            .ToDictionaryAsync(s => s.Id, s => s.CompanyId, cancellationToken);
        for (var i = 0; i < inputs.Count; i++)
        {
            var t = inputs[i];
            string Row(string field) => RowErrors.Name(nameof(WorkshopInput.Topics), i, field);
            if (t.DonorCompanyId is { } donor && !firms.Contains(donor))
            {
                errors.Add(new FieldError(Row(nameof(TopicInput.DonorCompanyId)), "Exchange.FirmNotFound", []));
            }

            if (t.ReceiverCompanyId is { } receiver && !firms.Contains(receiver))
            {
                errors.Add(new FieldError(Row(nameof(TopicInput.ReceiverCompanyId)), "Exchange.FirmNotFound", []));
            }

            if (t.OfferStreamId is { } offer && (!offers.TryGetValue(offer, out var owner) || owner != t.DonorCompanyId))
            {
                errors.Add(new FieldError(Row(nameof(TopicInput.OfferStreamId)), "Workshop.OfferNotDonors", []));
            }

            if (errors.TryRow(nameof(WorkshopInput.Topics), i, () => SynergyTopic.Create(
                t.Id ?? Guid.Empty, t.Material, t.DonorNace, t.ReceiverNace, t.DonorCompanyId, t.ReceiverCompanyId, t.OfferStreamId)) is { } ok)
            {
                topics.Add(ok);
            }
        }

        errors.ThrowIfAny();
        return (counts, topics);
    }
}
