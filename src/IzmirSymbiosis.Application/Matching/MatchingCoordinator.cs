using System.Text.Json;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>
/// Keeps the stored matches in step with the streams. One engine per process holds the active
/// streams in memory. A change is recorded as a <see cref="RematchRequest"/> in the same transaction
/// as the change itself; the background worker calls <see cref="ApplyPendingAsync"/>, which re-matches
/// only what changed and stores the difference and the removal of the requests in one transaction.
/// The worker loads the engine at start with a full re-match, which also settles every request
/// recorded before it (so work left by a crash is done then). Stored changes are announced through
/// <see cref="ILiveUpdates"/>, so open match pages on every instance read them.
/// With several instances, each has its own engine and all of them store through one
/// <see cref="IMatchingLock"/>: the holder first takes in what the others applied since it last held
/// it (<see cref="AppliedRematch"/>, in order), so every pair is computed from every stream.
/// </summary>
public sealed class MatchingCoordinator(
    IAppDbContextFactory contexts,
    IMatchingLock matchingLock,
    ILiveUpdates live,
    IOptions<MatchingOptions> options,
    TimeProvider clock,
    ILogger<MatchingCoordinator> logger)
{
    /// <summary>Latent receiver classes stored per offer.</summary>
    public const int LatentClassesPerOffer = 5;

    /// <summary>Registered firms stored per NACE division of the latent classes.</summary>
    public const int LatentCompaniesPerDivision = 5;

    /// <summary>Requests read per round of <see cref="ApplyPendingAsync"/>.</summary>
    private const int BatchSize = 200;

    /// <summary>
    /// How long applied requests are kept for the other instances' engines; an engine that has not
    /// looked for longer finds a gap and loads afresh.
    /// </summary>
    private static readonly TimeSpan s_appliedKept = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private MatchingEngine? _engine;

    // The last AppliedRematch this engine holds (its own or taken in from another instance).
    private long _appliedSeen;

    // The day the engine's permit coverage was computed for; when the day turns, permits that
    // expired in between are taken out (see ExpirePermitsCoreAsync).
    private DateOnly _matchingDay;

    /// <summary>Whether the engine holds the streams (after the first full re-match of this process).</summary>
    public bool IsLoaded => Volatile.Read(ref _engine) is not null;

    /// <summary>
    /// Loads all active streams and replaces every stored match with a fresh computation; the
    /// requests recorded before it are settled by it and deleted with the old matches.
    /// </summary>
    public async Task<MatchingRunReport> RematchAllAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var held = await matchingLock.AcquireAsync(cancellationToken);
            var report = await LoadAndStoreAllAsync(cancellationToken);
            await AnnounceAsync();
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes sure the engine is loaded (a full re-match on first use).</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_engine is null)
            {
                await using var held = await matchingLock.AcquireAsync(cancellationToken);
                await LoadAndStoreAllAsync(cancellationToken);
                await AnnounceAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Applies every recorded <see cref="RematchRequest"/>, oldest first: each one re-matches its
    /// stream or company and, in one transaction, writes the new and changed matches, deletes the
    /// vanished ones and deletes the request. When storing fails the engine is dropped (it may be
    /// ahead of the database) and the next call starts with a full re-match; the requests stay.
    /// Returns how many requests were applied.
    /// </summary>
    public async Task<int> ApplyPendingAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var held = await matchingLock.AcquireAsync(cancellationToken);
            if (_engine is not null && !await TakeInOthersAsync(cancellationToken))
            {
                _engine = null;
            }

            // Without an engine, a full re-match settles what was recorded before it; what was
            // recorded while it ran is applied below.
            var applied = _engine is null ? (await LoadAndStoreAllAsync(cancellationToken)).RequestsSettled : 0;
            try
            {
                // Runs with every sweep of the worker, so a quiet day still drops expired permits.
                await ExpirePermitsCoreAsync(cancellationToken);
            }
            catch
            {
                _engine = null;
                throw;
            }

            while (true)
            {
                await using var db = await contexts.CreateAsync(cancellationToken);
                var requests = await db.RematchRequests.AsNoTracking().OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
                if (requests.Count == 0)
                {
                    if (applied > 0)
                    {
                        await PruneAppliedAsync(db, cancellationToken);
                        await AnnounceAsync();
                    }

                    return applied;
                }

                foreach (var request in requests)
                {
                    try
                    {
                        await ApplyAsync(request, cancellationToken);
                    }
                    catch
                    {
                        _engine = null;
                        throw;
                    }

                    applied++;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ApplyAsync(RematchRequest request, CancellationToken cancellationToken)
    {
        var engine = _engine!;
        await using var db = await contexts.CreateAsync(cancellationToken);
        var (changes, stream) = await TakeInAsync(db, engine, request.Target, request.TargetId, cancellationToken);
        List<Guid> latentOffers;
        if (request.Target == RematchTarget.Stream)
        {
            // A firm that gains its first or loses its last active need stops or starts being a latent receiver.
            latentOffers = stream is { Direction: StreamDirection.Need }
                ? await LatentOffersOfAsync(db, engine, stream.CompanyId, cancellationToken)
                : [request.TargetId];
        }
        else
        {
            var offers = await db.Streams.Where(s => s.CompanyId == request.TargetId && s.Direction == StreamDirection.Offer).Select(s => s.Id).ToListAsync(cancellationToken);
            latentOffers = [.. offers, .. await LatentOffersOfAsync(db, engine, request.TargetId, cancellationToken)];
        }

        await StoreChangesAsync(db, engine, changes, latentOffers, request, cancellationToken);
        logger.LogInformation(
            "Re-matched {Target} {TargetId}: {Upserted} matches written, {Removed} removed",
            request.Target,
            request.TargetId,
            changes.Sum(c => c.Upserted.Count),
            changes.Sum(c => c.Removed.Count));
    }

    /// <summary>
    /// Puts the current state of a stream or company from the database into the engine and returns
    /// the matches that changed in the engine (with the stream, when the target is one).
    /// </summary>
    private async Task<(List<MatchChanges> Changes, ResourceStream? Stream)> TakeInAsync(
        IAppDbContext db, MatchingEngine engine, RematchTarget target, Guid targetId, CancellationToken cancellationToken)
    {
        var changes = new List<MatchChanges>();
        if (target == RematchTarget.Stream)
        {
            var stream = await db.Streams.AsNoTracking().FirstOrDefaultAsync(s => s.Id == targetId, cancellationToken);
            var company = stream is null ? null : await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == stream.CompanyId, cancellationToken);
            if (stream is { Status: StreamStatus.Active } && company is not null)
            {
                changes.Add(engine.UpsertCompany(MatchCompany.FromDomain(company, _matchingDay)));
                changes.Add(engine.UpsertStream(MatchStream.FromDomain(stream)));
            }
            else
            {
                changes.Add(engine.RemoveStream(targetId));
            }

            return (changes, stream);
        }

        var firm = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == targetId, cancellationToken);
        if (firm is not null)
        {
            changes.Add(engine.UpsertCompany(MatchCompany.FromDomain(firm, _matchingDay)));
        }

        return (changes, null);
    }

    /// <summary>
    /// Takes into this engine, in order, the requests other instances applied since it last held the
    /// lock (their matches are stored already: only the engine learns them). False when some of them
    /// were pruned before it saw them: the engine must then load afresh.
    /// </summary>
    private async Task<bool> TakeInOthersAsync(CancellationToken cancellationToken)
    {
        var engine = _engine!;
        await using var db = await contexts.CreateAsync(cancellationToken);
        var missed = await db.AppliedRematches.AsNoTracking().Where(a => a.Seq > _appliedSeen).OrderBy(a => a.Seq).ToListAsync(cancellationToken);
        if (missed.Count == 0)
        {
            return true;
        }

        if (missed[0].Seq != _appliedSeen + 1)
        {
            logger.LogInformation("Applied re-matches {From}–{To} were pruned before this engine saw them; loading afresh", _appliedSeen + 1, missed[0].Seq - 1);
            return false;
        }

        foreach (var entry in missed)
        {
            await TakeInAsync(db, engine, entry.Target, entry.TargetId, cancellationToken);
            _appliedSeen = entry.Seq;
        }

        logger.LogInformation("Took in {Count} re-matches applied by other instances", missed.Count);
        return true;
    }

    /// <summary>Deletes applied requests older than a day, always keeping the last (the numbering goes on from it).</summary>
    private async Task PruneAppliedAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - s_appliedKept;
        var last = _appliedSeen;
        await db.AppliedRematches.Where(a => a.AppliedAt < before && a.Seq < last).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Takes out of the matches the hazardous-waste permits that expired since the engine last
    /// looked (a match towards an expired permit is no longer valid). Every re-match of a change
    /// does this first; a daily job should call it too, so a quiet day does not leave such matches.
    /// </summary>
    public async Task ExpirePermitsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var held = await matchingLock.AcquireAsync(cancellationToken);
            await ExpirePermitsCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private DateOnly Today() => clock.TodayInTurkey();

    private async Task ExpirePermitsCoreAsync(CancellationToken cancellationToken)
    {
        var today = Today();
        if (_engine is null || today <= _matchingDay)
        {
            return;
        }

        var since = _matchingDay;
        _matchingDay = today;
        await using var db = await contexts.CreateAsync(cancellationToken);
        // Permits live in a JSON column of the company; the companies are few enough to filter here.
        var expired = (await db.Companies.AsNoTracking().ToListAsync(cancellationToken))
            .Where(c => c.Permits.Any(p => p.ValidUntil >= since && p.ValidUntil < today))
            .ToList();
        foreach (var company in expired)
        {
            var changes = new List<MatchChanges> { _engine.UpsertCompany(MatchCompany.FromDomain(company, today)) };
            var offers = await db.Streams.Where(s => s.CompanyId == company.Id && s.Direction == StreamDirection.Offer).Select(s => s.Id).ToListAsync(cancellationToken);
            await StoreChangesAsync(db, _engine, changes, [.. offers, .. await LatentOffersOfAsync(db, _engine, company.Id, cancellationToken)], request: null, cancellationToken);
        }

        if (expired.Count > 0)
        {
            await AnnounceAsync();
            logger.LogInformation("Hazardous-waste permits expired before {Day}: {Companies} companies re-matched", today, expired.Count);
        }
    }

    /// <summary>Tells open match pages on every instance that stored matches changed (once per run, not per request).</summary>
    private Task AnnounceAsync() => live.PublishAsync(new LiveUpdate(LiveTopic.Matches, []), CancellationToken.None);

    /// <summary>
    /// Offers whose latent rows may list a company: those that list it now, and those whose latent
    /// classes include its division.
    /// </summary>
    private static async Task<List<Guid>> LatentOffersOfAsync(IAppDbContext db, MatchingEngine engine, Guid companyId, CancellationToken cancellationToken)
    {
        var listing = await db.Matches.Where(m => m.Kind == MatchKind.Latent && m.ReceiverCompanyId == companyId).Select(m => m.OfferId).Distinct().ToListAsync(cancellationToken);
        var nace = await db.Companies.Where(c => c.Id == companyId).Select(c => c.NaceCode).FirstOrDefaultAsync(cancellationToken);
        return nace is null ? listing : [.. listing.Union(engine.OffersWithLatentDivision(nace[..2], LatentClassesPerOffer))];
    }

    /// <summary>
    /// Writes the engine's changes and recomputes the latent rows of <paramref name="latentOffers"/>,
    /// in one transaction. Latent rows do not depend on registered matches (a giver could otherwise
    /// make its matches vanish to see who is behind them), only on the offer, the firms of its latent
    /// classes and which of them have an active need.
    /// </summary>
    private async Task StoreChangesAsync(
        IAppDbContext db, MatchingEngine engine, List<MatchChanges> changes, IEnumerable<Guid> latentOffers, RematchRequest? request, CancellationToken cancellationToken)
    {
        var affectedOffers = latentOffers.ToHashSet();
        long? seq = null;
        await db.InTransactionAsync(
            async () =>
            {
                await WriteChangesAsync(db, engine, changes, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await ReplaceLatentAsync(db, engine, affectedOffers, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (request is not null)
                {
                    await db.RematchRequests.Where(r => r.Id == request.Id).ExecuteDeleteAsync(cancellationToken);

                    // Numbered under the matching lock: the last number + 1, so the numbers have no gaps.
                    seq = (await db.AppliedRematches.MaxAsync(a => (long?)a.Seq, cancellationToken) ?? 0) + 1;
                    db.AppliedRematches.Add(new AppliedRematch(seq.Value, request.Target, request.TargetId, clock.GetUtcNow()));
                    await db.SaveChangesAsync(cancellationToken);
                }
            },
            cancellationToken);
        if (seq is { } applied)
        {
            _appliedSeen = applied;
        }
    }

    private async Task<MatchingRunReport> LoadAndStoreAllAsync(CancellationToken cancellationToken)
    {
        _engine = null;
        await using var db = await contexts.CreateAsync(cancellationToken);

        // Read first: every request read here was committed with its change, so the load below sees
        // that change. A request committed later is applied after the load. Under the matching lock no
        // other instance applies meanwhile, so the load holds every applied request up to the last.
        var settled = await db.RematchRequests.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var settledIds = settled.Select(r => r.Id).ToList();
        var appliedSeen = await db.AppliedRematches.MaxAsync(a => (long?)a.Seq, cancellationToken) ?? 0;
        var knowledge = new MatchingKnowledge(
            await db.WasteCodes.AsNoTracking().ToListAsync(cancellationToken),
            await db.WasteCategories.AsNoTracking().ToListAsync(cancellationToken),
            await db.NaceActivities.AsNoTracking().ToListAsync(cancellationToken),
            await db.RecoveryOperations.AsNoTracking().ToListAsync(cancellationToken),
            await db.MaterialEmissionProfiles.AsNoTracking().ToListAsync(cancellationToken),
            await db.KnownExchanges.AsNoTracking().ToListAsync(cancellationToken));
        var engine = new MatchingEngine(knowledge, options.Value);
        var companies = await db.Companies.AsNoTracking().ToListAsync(cancellationToken);
        var streams = await db.Streams.AsNoTracking().Where(s => s.Status == StreamStatus.Active).ToListAsync(cancellationToken);
        var day = Today();
        engine.Load(companies.Select(c => MatchCompany.FromDomain(c, day)), streams.Select(MatchStream.FromDomain));
        engine.UseFeedback(await MaterialFeedback.ReadAsync(db, cancellationToken));
        var stats = engine.RematchAll();

        var now = clock.GetUtcNow();
        var rows = engine.AllMatches().Select(m => ToRow(m, engine.Knowledge, now)).ToList();
        foreach (var offer in streams.Where(s => s.Direction == StreamDirection.Offer))
        {
            rows.AddRange(LatentRows(engine, offer.Id, offer.CompanyId, now));
        }

        await db.InTransactionAsync(
            async () =>
            {
                await db.Matches.ExecuteDeleteAsync(cancellationToken);
                db.Matches.AddRange(rows);
                await db.SaveChangesAsync(cancellationToken);
                await db.RematchRequests.Where(r => settledIds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);

                // The settled requests count as applied, so the other instances' engines take them in.
                db.AppliedRematches.AddRange(settled.Select((r, i) => new AppliedRematch(appliedSeen + 1 + i, r.Target, r.TargetId, now)));
                await db.SaveChangesAsync(cancellationToken);
            },
            cancellationToken);
        _engine = engine;
        _matchingDay = day;
        _appliedSeen = appliedSeen + settled.Count;
        var report = new MatchingRunReport(
            stats.Offers, stats.Needs, stats.PairsScored, rows.Count(r => r.Kind == MatchKind.Registered), rows.Count(r => r.Kind == MatchKind.Latent), settled.Count);
        logger.LogInformation(
            "Full re-match: {Offers} offers, {Needs} needs, {Pairs} pairs scored, {Registered} matches and {Latent} latent receivers stored",
            report.Offers,
            report.Needs,
            report.PairsScored,
            report.RegisteredMatches,
            report.LatentMatches);
        return report;
    }

    private async Task WriteChangesAsync(IAppDbContext db, MatchingEngine engine, List<MatchChanges> changes, CancellationToken cancellationToken)
    {
        // Later changes win: a match written by one change and removed by the next is removed.
        var final = new Dictionary<(Guid OfferId, Guid NeedId), MatchResult?>();
        foreach (var change in changes)
        {
            foreach (var key in change.Removed)
            {
                final[(key.OfferId, key.NeedId)] = null;
            }

            foreach (var m in change.Upserted)
            {
                final[(m.OfferId, m.NeedId)] = m;
            }
        }

        var upserted = final.Values.OfType<MatchResult>().ToList();
        var removed = final.Where(kv => kv.Value is null).Select(kv => kv.Key).ToHashSet();
        var offerIds = upserted.Select(m => m.OfferId).Concat(removed.Select(r => r.OfferId)).Distinct().ToList();
        var existing = await db.Matches
            .Where(m => m.Kind == MatchKind.Registered && offerIds.Contains(m.OfferId))
            .ToListAsync(cancellationToken);
        var byKey = existing.ToDictionary(m => (m.OfferId, m.NeedId!.Value));
        var now = clock.GetUtcNow();
        foreach (var m in upserted)
        {
            if (byKey.TryGetValue((m.OfferId, m.NeedId), out var row))
            {
                var breakdown = MatchExplainer.Explain(m, engine.Options, engine.Knowledge);
                row.Update(m.Score, m.Score, m.Score, Serialize(breakdown), MatchingEngine.EngineVersion, now, m.RoadKm, m.AreaRoadKm);
            }
            else
            {
                db.Matches.Add(ToRow(m, engine.Knowledge, now));
            }
        }

        db.Matches.RemoveRange(existing.Where(m => removed.Contains((m.OfferId, m.NeedId!.Value))));
    }

    /// <summary>
    /// Recomputes the latent rows of some offers. A row that stays keeps its id (only its figures
    /// are updated), so rows do not turn over together whenever one firm saves its profile.
    /// </summary>
    private async Task ReplaceLatentAsync(IAppDbContext db, MatchingEngine engine, IReadOnlyCollection<Guid> offerIds, CancellationToken cancellationToken)
    {
        var existing = (await db.Matches.Where(m => m.Kind == MatchKind.Latent && offerIds.Contains(m.OfferId)).ToListAsync(cancellationToken))
            .ToDictionary(m => (m.OfferId, m.ReceiverCompanyId));
        var activeOffers = await db.Streams.AsNoTracking()
            .Where(s => offerIds.Contains(s.Id) && s.Direction == StreamDirection.Offer && s.Status == StreamStatus.Active)
            .Select(s => new { s.Id, s.CompanyId })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var row in activeOffers.SelectMany(offer => LatentRows(engine, offer.Id, offer.CompanyId, now)))
        {
            if (existing.Remove((row.OfferId, row.ReceiverCompanyId), out var kept))
            {
                kept.Update(row.Score, row.GiverViewScore, row.ReceiverViewScore, row.Breakdown, row.EngineVersion, now, row.RoadKm, row.AreaRoadKm, row.LatentNaceCode);
            }
            else
            {
                db.Matches.Add(row);
            }
        }

        db.Matches.RemoveRange(existing.Values);
    }

    /// <summary>
    /// Latent receivers of an offer (see <see cref="MatchingEngine.LatentReceivers"/>): per NACE
    /// division of its latent classes, the division's firms with no active need, each firm once, with
    /// the division's best class, its score and reasons. The giver reads the class named by its
    /// division (the firm's class is not public); the receiver reads it whole (it names no giver).
    /// </summary>
    private static IEnumerable<Match> LatentRows(MatchingEngine engine, Guid offerId, Guid offerCompanyId, DateTimeOffset now)
    {
        var seen = new HashSet<Guid>();
        foreach (var receiver in engine.LatentReceivers(offerId, LatentClassesPerOffer, LatentCompaniesPerDivision))
        {
            var score = LatentReceiver.ViewScore(receiver.Score);
            var giverView = new LatentView(score, [.. receiver.Reasons.Select(r => r.ForAnonymous)]);
            var receiverView = new LatentView(score, receiver.Reasons);
            foreach (var company in receiver.Companies.Where(c => seen.Add(c.CompanyId)))
            {
                var breakdown = new LatentBreakdown(
                    MatchingEngine.EngineVersion, receiver.Score, receiver.NaceCode, receiver.TitleEn, receiver.Reasons, company.RoadKm,
                    company.AreaRoadKm, giverView, receiverView);
                yield return new Match(
                    MatchKind.Latent, offerId, offerCompanyId, null, company.CompanyId, receiver.NaceCode, receiver.Score, giverView.Score, receiverView.Score,
                    Serialize(breakdown), MatchingEngine.EngineVersion, now, company.RoadKm, company.AreaRoadKm);
            }
        }
    }

    private Match ToRow(MatchResult m, MatchingKnowledge knowledge, DateTimeOffset now)
    {
        var breakdown = MatchExplainer.Explain(m, options.Value, knowledge);
        return new(MatchKind.Registered, m.OfferId, m.OfferCompanyId, m.NeedId, m.NeedCompanyId, null, m.Score, m.Score, m.Score,
            Serialize(breakdown), MatchingEngine.EngineVersion, now, m.RoadKm, m.AreaRoadKm);
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, MatchJson.Options);
}

/// <summary>What a full re-match did.</summary>
public sealed record MatchingRunReport(int Offers, int Needs, long PairsScored, int RegisteredMatches, int LatentMatches, int RequestsSettled = 0);
