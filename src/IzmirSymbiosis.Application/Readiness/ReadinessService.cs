using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Readiness;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Readiness;

/// <summary>
/// Readiness assessments of exchanges (issue 11; the six perspectives of CORALIS, levels 1–9 as in
/// <c>Readiness/Data/readiness_levels.csv</c>). Reads go through the exchange access rule
/// (<see cref="ExchangeAccess"/>): parties, their zones' staff, experts and admins read; anyone else
/// gets null or <see cref="NotFoundException"/>. Experts and the staff of a party's zone add
/// assessments (<see cref="ReadinessRules"/>); an assessment is only ever added, from the current
/// one its author saw, with an audit row.
/// </summary>
public sealed class ReadinessService(IAppDbContextFactory contexts, ICurrentUser currentUser, IAccountDirectory accounts, TimeProvider clock)
{
    private const string Entity = nameof(ReadinessAssessment);

    /// <summary>The exchange's assessments; null when it does not exist or the user may not see it.</summary>
    public async Task<ExchangeReadiness?> ForExchangeAsync(Guid exchangeId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var (exchange, relation) = await ExchangeAccess.VisibleWithRelationAsync(db, user, exchangeId, cancellationToken);
        if (exchange is null || relation is not { } r)
        {
            return null;
        }

        var assessments = await db.ReadinessAssessments.AsNoTracking().Where(a => a.ExchangeId == exchangeId)
            .OrderByDescending(a => a.Sequence).ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var id in assessments.Select(a => a.AssessedByUserId).Distinct())
        {
            names[id] = await accounts.DisplayNameAsync(id, cancellationToken) ?? "—";
        }

        var views = assessments.Select(a => View(a, names[a.AssessedByUserId])).ToList();
        return new ExchangeReadiness(exchangeId, views.FirstOrDefault(), views, ReadinessRules.RefusalOf(r, exchange.Stage) is null);
    }

    /// <summary>
    /// Adds an assessment to the exchange, numbered after <see cref="ReadinessInput.BasedOnSequence"/>,
    /// with an audit row, in one transaction.
    /// </summary>
    /// <exception cref="NotFoundException">The exchange does not exist or the user may not see it.</exception>
    /// <exception cref="ReadinessActionRefusedException">The user may not assess it (<c>Readiness.OnlyAssessors</c>) or it is closed (<c>Readiness.Closed</c>).</exception>
    /// <exception cref="ValidationFailedException">A level is missing or out of range, or a note too long: one error per field (<c>Technology</c>, <c>TechnologyNote</c>, …).</exception>
    /// <exception cref="ConcurrencyConflictException">Someone assessed since the assessment the user saw, or at the same time and won.</exception>
    public async Task<ReadinessAssessmentView> AssessAsync(Guid exchangeId, ReadinessInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ratings = Validated(input);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        ReadinessAssessment saved;
        try
        {
            saved = await db.InTransactionAsync(
                async () =>
                {
                    var (exchange, relation) = await ExchangeAccess.VisibleWithRelationAsync(db, user, exchangeId, cancellationToken);
                    if (exchange is null || relation is not { } r)
                    {
                        throw new NotFoundException(nameof(Exchange), exchangeId);
                    }

                    if (ReadinessRules.RefusalOf(r, exchange.Stage) is { } refusal)
                    {
                        throw new ReadinessActionRefusedException(refusal);
                    }

                    var current = await db.ReadinessAssessments.AsNoTracking().Where(a => a.ExchangeId == exchangeId)
                        .OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
                    var now = clock.GetUtcNow();
                    ReadinessAssessment next;
                    try
                    {
                        next = ReadinessAssessment.Next(exchangeId, current, input.BasedOnSequence, ratings, user.UserId!.Value, now);
                    }
                    catch (DomainException e) when (e.Code == "Readiness.Stale")
                    {
                        throw new ConcurrencyConflictException(Entity, exchangeId);
                    }

                    db.ReadinessAssessments.Add(next);
                    db.AuditEvents.Add(new AuditEvent(
                        AuditEventTypes.ReadinessAssessed, user.UserId, null,
                        $"exchange {exchangeId}: readiness #{next.Sequence} {string.Join(' ', next.Ratings.Select(x => $"{x.Perspective}={x.Level}"))}",
                        now));
                    await db.SaveChangesAsync(cancellationToken);
                    return next;
                },
                cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (exchange, number): another assessor saved the same number first.
            throw new ConcurrencyConflictException(Entity, exchangeId);
        }

        return View(saved, await accounts.DisplayNameAsync(saved.AssessedByUserId, cancellationToken) ?? "—");
    }

    /// <summary>
    /// Per perspective, how many exchanges of <paramref name="scope"/> stand at each level by their
    /// current assessment, counting only exchanges the user may see (experts and admins: the region;
    /// OIZ staff: their zones' firms; firm users: their own).
    /// </summary>
    public async Task<ReadinessDistribution> DistributionAsync(ReadinessScope? scope = null, CancellationToken cancellationToken = default)
    {
        scope ??= ReadinessScope.All;
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var exchanges = ExchangeAccess.Visible(db, user);
        if (!scope.IncludeClosed)
        {
            exchanges = exchanges.Where(e => e.Stage != ExchangeStage.Rejected && e.Stage != ExchangeStage.Withdrawn);
        }

        if (scope.ZoneId is { } zone)
        {
            var zoneFirms = db.Companies.Where(c => c.ZoneId == zone).Select(c => c.Id);
            exchanges = exchanges.Where(e => zoneFirms.Contains(e.DonorCompanyId) || zoneFirms.Contains(e.ReceiverCompanyId) ||
                (e.TransporterCompanyId != null && zoneFirms.Contains(e.TransporterCompanyId.Value)) ||
                (e.ProcessorCompanyId != null && zoneFirms.Contains(e.ProcessorCompanyId.Value)));
        }

        var ids = exchanges.Select(e => e.Id);
        var total = await ids.CountAsync(cancellationToken);
        var current = await db.ReadinessAssessments.AsNoTracking()
            .Where(a => ids.Contains(a.ExchangeId) && !db.ReadinessAssessments.Any(b => b.ExchangeId == a.ExchangeId && b.Sequence > a.Sequence))
            .Select(a => new[] { a.TechnologyLevel, a.BusinessLevel, a.OrganisationalLevel, a.LegalLevel, a.SocietalLevel, a.EnvironmentalLevel })
            .ToListAsync(cancellationToken);
        var perspectives = ReadinessScale.Perspectives.Select((p, i) =>
        {
            var counts = new int[ReadinessScale.MaxLevel - ReadinessScale.MinLevel + 1];
            foreach (var levels in current)
            {
                counts[levels[i] - ReadinessScale.MinLevel]++;
            }

            return new ReadinessPerspectiveCounts(p, counts);
        }).ToList();
        return new ReadinessDistribution(total, current.Count, perspectives);
    }

    /// <summary>The ratings of the input, or every field error at once.</summary>
    private static List<ReadinessRating> Validated(ReadinessInput input)
    {
        var errors = new ErrorCollector();
        var ratings = new List<ReadinessRating>();
        foreach (var perspective in ReadinessScale.Perspectives)
        {
            var given = input.Ratings?.Where(r => r.Perspective == perspective).ToList() ?? [];
            if (given.Count > 1)
            {
                errors.Add(new FieldError(perspective.ToString(), "Readiness.PerspectiveTwice", []));
                continue;
            }

            if (given.SingleOrDefault() is not { Level: { } level } rating)
            {
                errors.Add(new FieldError(perspective.ToString(), "Readiness.PerspectiveMissing", []));
                if (given.SingleOrDefault()?.Note is { Length: > ReadinessScale.NoteMaxLength })
                {
                    errors.Add(new FieldError(ReadinessRating.NoteField(perspective), "Readiness.NoteTooLong", [ReadinessScale.NoteMaxLength]));
                }

                continue;
            }

            // Level and note are checked apart, so both fields show their own error.
            errors.Try(perspective.ToString(), () => _ = new ReadinessRating(perspective, level));
            errors.Try(ReadinessRating.NoteField(perspective), () => _ = new ReadinessRating(perspective, ReadinessScale.MinLevel, rating.Note));
            if (errors.Errors.Count == 0)
            {
                ratings.Add(new ReadinessRating(perspective, level, rating.Note));
            }
        }

        errors.ThrowIfAny();
        return ratings;
    }

    private static ReadinessAssessmentView View(ReadinessAssessment a, string assessor) =>
        new(a.Id, a.Sequence, a.AssessedAt, assessor, [.. a.Ratings.Select(r => new ReadinessRatingView(r.Perspective, r.Level, r.Note))]);
}
