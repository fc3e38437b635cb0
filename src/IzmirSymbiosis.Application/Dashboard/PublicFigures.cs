using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace IzmirSymbiosis.Application.Dashboard;

/// <summary>A public figure cell: the figures, or null when fewer than <see cref="SmallCells.MinimumFirms"/> firms stand behind it.</summary>
/// <param name="Label">The year, or null for the total.</param>
public sealed record PublicCell(int? Label, DashboardFigures? Figures, int Firms);

/// <summary>The programme's public figures of one basis: the total and one cell per year.</summary>
public sealed record PublicSeries(ImpactBasis Basis, PublicCell Total, IReadOnlyList<PublicCell> Years);

/// <summary>The public page's figures, as computed at <paramref name="ComputedAt"/>.</summary>
public sealed record PublicFigures(PublicSeries Forecast, PublicSeries Verified, DateTimeOffset ComputedAt);

/// <summary>
/// The one small-cell rule of public figures (DESIGN.md §6): a cell with fewer than three firms
/// behind it is not shown, so no firm's quantities can be read from it. Because the total is shown,
/// the hidden cells' sum is the total minus the shown ones: the hidden cells together must also have
/// three firms behind them, so more cells are hidden (fewest firms first) until they do, or all are.
/// </summary>
public static class SmallCells
{
    /// <summary>The fewest firms a shown figure may stand for.</summary>
    public const int MinimumFirms = 3;

    /// <summary>Which of the cells (given by the firm ids behind each) are hidden.</summary>
    public static IReadOnlySet<int> Hidden(IReadOnlyList<IReadOnlySet<Guid>> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var hidden = new HashSet<int>(Enumerable.Range(0, cells.Count).Where(i => cells[i].Count < MinimumFirms));
        HashSet<Guid> Behind() => [.. hidden.SelectMany(i => cells[i])];
        while (hidden.Count > 0 && hidden.Count < cells.Count && Behind().Count < MinimumFirms)
        {
            hidden.Add(Enumerable.Range(0, cells.Count).Where(i => !hidden.Contains(i)).OrderBy(i => cells[i].Count).ThenBy(i => i).First());
        }

        return hidden;
    }
}

/// <summary>
/// The figures of the public page (no sign-in): programme totals and yearly trends of the current
/// forecast and verified ledger records, with no firm named and every cell under the small-cell rule
/// (<see cref="SmallCells"/>). Computed at most every ten minutes (cached), so the page costs the
/// database nothing per visitor.
/// </summary>
public sealed class PublicFiguresService(IAppDbContextFactory contexts, IMemoryCache cache, TimeProvider clock)
{
    private static readonly object s_key = new();

    /// <summary>How long computed figures are served.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    /// <summary>The public figures (from the cache when computed in the last <see cref="CacheFor"/>).</summary>
    public async Task<PublicFigures> GetAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(s_key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await ComputeAsync(cancellationToken);
        }))!;

    /// <summary>Computes the figures now (the cache's source; tests call it directly).</summary>
    public async Task<PublicFigures> ComputeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var exchanges = db.Exchanges.Where(e => e.Stage != ExchangeStage.Rejected && e.Stage != ExchangeStage.Withdrawn);
        var rows = await DashboardRows.Current(db, exchanges, null, null)
            .Select(r => new Row(
                r.Basis, r.At, r.DonorId, r.ReceiverId, r.TransporterId, r.ProcessorId,
                new DashboardFigures(1, r.TonnesDiverted, r.VirginMaterialTonnes, r.Co2eAvoidedTonnes ?? 0, r.WaterM3, r.EnergyMWh,
                    r.CostSavingsTry ?? 0, r.NewRevenueTry ?? 0, r.InvestmentTry ?? 0, r.Jobs ?? 0)))
            .ToListAsync(cancellationToken);

        PublicSeries Series(ImpactBasis basis)
        {
            var mine = rows.Where(r => r.Basis == basis).ToList();
            static IReadOnlySet<Guid> Firms(IEnumerable<Row> of) => of.SelectMany(r => new Guid?[] { r.DonorId, r.ReceiverId, r.TransporterId, r.ProcessorId })
                .OfType<Guid>().ToHashSet();
            var years = mine.GroupBy(r => r.At.ToOffset(Common.TurkeyTime.Offset).Year).OrderBy(g => g.Key).ToList();
            var firms = years.Select(g => Firms(g)).ToList();
            var hidden = SmallCells.Hidden(firms);
            var all = Firms(mine);
            return new PublicSeries(
                basis,
                new PublicCell(null, all.Count < SmallCells.MinimumFirms ? null : Sum(mine.Select(r => r.Figures)), all.Count),
                [.. years.Select((g, i) => new PublicCell(g.Key, hidden.Contains(i) ? null : Sum(g.Select(r => r.Figures)), firms[i].Count))]);
        }

        return new PublicFigures(Series(ImpactBasis.Forecast), Series(ImpactBasis.Verified), clock.GetUtcNow());
    }

    private sealed record Row(ImpactBasis Basis, DateTimeOffset At, Guid DonorId, Guid ReceiverId, Guid? TransporterId, Guid? ProcessorId, DashboardFigures Figures);

    private static DashboardFigures Sum(IEnumerable<DashboardFigures> figures) => figures.Aggregate(DashboardFigures.Zero, (a, b) => a + b);
}
