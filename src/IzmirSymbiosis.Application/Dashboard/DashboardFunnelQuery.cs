using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Introductions;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Dashboard;

/// <summary>
/// The funnel's counts and medians, each a grouped query: matches (the engine's current ones) →
/// pairs a firm answered "interested" → introductions requested and accepted → exchanges that reached
/// each stage (from their history) → verified. The median time in a stage is over completed stays:
/// from the step that entered it to the next step that changed the stage.
/// </summary>
internal static class DashboardFunnelQuery
{
    private static readonly ExchangeStage[] s_path =
    [
        ExchangeStage.Identified, ExchangeStage.Proposed, ExchangeStage.UnderReview, ExchangeStage.Approved,
        ExchangeStage.InImplementation, ExchangeStage.Implemented, ExchangeStage.Verified,
    ];

    /// <summary>The funnel of the firms in <paramref name="firms"/> (null: every firm) and the exchanges of <paramref name="exchanges"/>.</summary>
    public static async Task<DashboardFunnel> RunAsync(
        IAppDbContext db, IQueryable<Guid>? firms, IQueryable<Exchange> exchanges, DashboardFilter filter, DateTimeOffset? from, DateTimeOffset? to,
        CancellationToken cancellationToken)
    {
        var offers = db.Streams.AsQueryable();
        if (filter.EwcChapter is { } chapter)
        {
            offers = offers.Where(o => o.EwcCode != null && o.EwcCode.StartsWith(chapter));
        }

        var givers = db.Companies.AsQueryable();
        if (filter.NaceDivision is { } division)
        {
            givers = givers.Where(c => c.NaceCode.StartsWith(division + "."));
        }

        var offerIds = from o in offers join c in givers on o.CompanyId equals c.Id select o.Id;
        var filtered = filter.EwcChapter is not null || filter.NaceDivision is not null;

        var matches = db.Matches.AsQueryable();
        if (firms is not null)
        {
            matches = matches.Where(m => firms.Contains(m.OfferCompanyId) || firms.Contains(m.ReceiverCompanyId));
        }

        if (filtered)
        {
            matches = matches.Where(m => offerIds.Contains(m.OfferId));
        }

        var feedback = db.MatchFeedback.Where(f => f.Interested);
        if (firms is not null)
        {
            var firmOffers = db.Streams.Where(o => firms.Contains(o.CompanyId)).Select(o => o.Id);
            feedback = feedback.Where(f => firmOffers.Contains(f.OfferId) || firms.Contains(f.ReceiverCompanyId));
        }

        if (filtered)
        {
            feedback = feedback.Where(f => offerIds.Contains(f.OfferId));
        }

        var introductions = db.Introductions.AsQueryable();
        if (firms is not null)
        {
            introductions = introductions.Where(i => firms.Contains(i.GiverCompanyId) || firms.Contains(i.ReceiverCompanyId));
        }

        if (filtered)
        {
            introductions = introductions.Where(i => offerIds.Contains(i.OfferId));
        }

        if (from is { } f0)
        {
            feedback = feedback.Where(f => f.CreatedAt >= f0);
            introductions = introductions.Where(i => i.CreatedAt >= f0);
            exchanges = exchanges.Where(e => e.CreatedAt >= f0);
        }

        if (to is { } t0)
        {
            feedback = feedback.Where(f => f.CreatedAt < t0);
            introductions = introductions.Where(i => i.CreatedAt < t0);
            exchanges = exchanges.Where(e => e.CreatedAt < t0);
        }

        var matchCount = await matches.CountAsync(cancellationToken);
        var interest = await feedback.Select(f => new { f.OfferId, f.ReceiverCompanyId, f.NeedId }).Distinct().CountAsync(cancellationToken);
        var intros = await introductions.GroupBy(i => i.Status == IntroductionStatus.Accepted)
            .Select(g => new { Accepted = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        // Every stage an exchange entered, from its history (creation enters Identified).
        var entries = from h in db.ExchangeHistory
                      join e in exchanges on h.ExchangeId equals e.Id
                      where h.Action == ExchangeHistoryEntry.CreateAction || h.FromStage != h.ToStage
                      select h;
        var reached = await entries.Select(h => new { h.ExchangeId, h.ToStage }).Distinct()
            .GroupBy(x => x.ToStage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        // Completed stays: the step that entered the stage and the next step that changed it.
        var stays = from h in entries
                    let left = db.ExchangeHistory
                        .Where(x => x.ExchangeId == h.ExchangeId && x.Version > h.Version && x.FromStage != x.ToStage)
                        .Min(x => (DateTimeOffset?)x.At)
                    where left != null
                    select new { h.ToStage, Duration = left!.Value - h.At };
        // The median from a histogram in whole hours (one grouped query; no percentile aggregate
        // translates from LINQ): exact to the hour, which the page shows in days.
        var histogram = await stays.GroupBy(s => new { s.ToStage, Hours = Math.Floor(s.Duration.TotalHours) })
            .Select(g => new { g.Key.ToStage, g.Key.Hours, Count = g.Count() }).ToListAsync(cancellationToken);
        var medians = histogram.GroupBy(h => h.ToStage).ToDictionary(
            g => g.Key,
            g => (Median([.. g.OrderBy(h => h.Hours).Select(h => (h.Hours, h.Count))]), g.Sum(h => h.Count)));

        var counts = reached.ToDictionary(r => r.Stage, r => r.Count);
        var steps = new List<DashboardFunnelStep>();
        void Add(string step, int count, (TimeSpan Median, int Count)? stays = null)
        {
            // A step larger than the one before was also entered from elsewhere (an expert records a
            // symbiosis found on a site visit without any introduction): no share of the step before.
            var previous = steps.Count == 0 ? (int?)null : steps[^1].Count;
            steps.Add(new DashboardFunnelStep(step, count, previous is > 0 && count <= previous ? (double)count / previous.Value : null, stays?.Median, stays?.Count ?? 0));
        }

        Add(DashboardFunnelSteps.Matches, matchCount);
        Add(DashboardFunnelSteps.Interest, interest);
        Add(DashboardFunnelSteps.IntroductionsRequested, intros.Sum(i => i.Count));
        Add(DashboardFunnelSteps.IntroductionsAccepted, intros.Where(i => i.Accepted).Sum(i => i.Count));
        foreach (var stage in s_path)
        {
            Add($"Stage.{stage}", counts.GetValueOrDefault(stage), medians.TryGetValue(stage, out var m) ? m : null);
        }

        return new DashboardFunnel(steps, counts.GetValueOrDefault(ExchangeStage.Rejected), counts.GetValueOrDefault(ExchangeStage.Withdrawn));
    }

    /// <summary>The median of a histogram of whole hours, sorted by hours (the mean of the two middle values for an even count).</summary>
    private static TimeSpan Median(List<(double Hours, int Count)> sorted)
    {
        var n = sorted.Sum(h => h.Count);
        return TimeSpan.FromHours((At((n - 1) / 2) + At(n / 2)) / 2);

        double At(int index)
        {
            foreach (var (hours, count) in sorted)
            {
                if (index < count)
                {
                    return hours;
                }

                index -= count;
            }

            return sorted[^1].Hours;
        }
    }
}
