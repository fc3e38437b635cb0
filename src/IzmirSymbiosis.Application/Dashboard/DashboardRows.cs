using System.Linq.Expressions;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Dashboard;

/// <summary>
/// One current ledger record with what the dashboard groups it by: a query shape, never loaded row
/// by row (every breakdown is a GROUP BY in the database).
/// </summary>
internal sealed class ImpactRow
{
    public Guid RecordId { get; init; }

    public Guid ExchangeId { get; init; }

    public ImpactBasis Basis { get; init; }

    /// <summary>When the basis was first recorded (proposal or verification).</summary>
    public DateTimeOffset At { get; init; }

    public ExchangeStage Stage { get; init; }

    public Guid DonorId { get; init; }

    public Guid ReceiverId { get; init; }

    public Guid? TransporterId { get; init; }

    public Guid? ProcessorId { get; init; }

    public int? ZoneId { get; init; }

    public int? ReceiverZoneId { get; init; }

    public string DonorDivision { get; init; } = string.Empty;

    public string ReceiverDivision { get; init; } = string.Empty;

    public string? Chapter { get; init; }

    public ResourceKind Kind { get; init; }

    public string? Profile { get; init; }

    public decimal TonnesDiverted { get; init; }

    public decimal VirginMaterialTonnes { get; init; }

    public decimal? Co2eAvoidedTonnes { get; init; }

    public decimal WaterM3 { get; init; }

    public decimal EnergyMWh { get; init; }

    public decimal? CostSavingsTry { get; init; }

    public decimal? NewRevenueTry { get; init; }

    public decimal? InvestmentTry { get; init; }

    public int? Jobs { get; init; }
}

/// <summary>A group key: the basis and one breakdown key.</summary>
internal sealed class BasisKey<TKey>
{
    public ImpactBasis Basis { get; init; }

    public TKey Key { get; init; } = default!;
}

/// <summary>The sums of one group.</summary>
internal sealed class FigureSums<TKey>
{
    public ImpactBasis Basis { get; init; }

    public TKey Key { get; init; } = default!;

    public int Exchanges { get; init; }

    public decimal TonnesDiverted { get; init; }

    public decimal VirginMaterialTonnes { get; init; }

    public decimal? Co2eAvoidedTonnes { get; init; }

    public decimal WaterM3 { get; init; }

    public decimal EnergyMWh { get; init; }

    public decimal? CostSavingsTry { get; init; }

    public decimal? NewRevenueTry { get; init; }

    public decimal? InvestmentTry { get; init; }

    public int? Jobs { get; init; }

    public DashboardFigures Figures => new(
        Exchanges, TonnesDiverted, VirginMaterialTonnes, Co2eAvoidedTonnes ?? 0, WaterM3, EnergyMWh, CostSavingsTry ?? 0, NewRevenueTry ?? 0,
        InvestmentTry ?? 0, Jobs ?? 0);
}

/// <summary>The queries of the figures: the current records in scope and their sums by any key.</summary>
internal static class DashboardRows
{
    /// <summary>The JSON key of the material profile in <see cref="ImpactRecord.InputsJson"/> (web naming of <see cref="ImpactInputs"/>).</summary>
    private const string ProfileJsonKey = "materialProfile";

    /// <summary>
    /// The current record of each exchange of <paramref name="exchanges"/> and basis (no other record
    /// supersedes it) whose basis was first recorded in [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    public static IQueryable<ImpactRow> Current(IAppDbContext db, IQueryable<Exchange> exchanges, DateTimeOffset? from, DateTimeOffset? to)
    {
        // What a breakdown does not group by is never computed: the firm, stream and first-record
        // values are scalar subqueries, which the query drops when unused (a join would stay).
        var rows =
            from r in db.ImpactRecords
            where !db.ImpactRecords.Any(s => s.SupersedesId == r.Id)
            join e in exchanges on r.ExchangeId equals e.Id
            select new ImpactRow
            {
                RecordId = r.Id,
                ExchangeId = r.ExchangeId,
                Basis = r.Basis,
                At = db.ImpactRecords.Where(x => x.ExchangeId == r.ExchangeId && x.Basis == r.Basis).Min(x => x.RecordedAt),
                Stage = e.Stage,
                DonorId = e.DonorCompanyId,
                ReceiverId = e.ReceiverCompanyId,
                TransporterId = e.TransporterCompanyId,
                ProcessorId = e.ProcessorCompanyId,
                ZoneId = db.Companies.Where(c => c.Id == e.DonorCompanyId).Select(c => c.ZoneId).FirstOrDefault(),
                ReceiverZoneId = db.Companies.Where(c => c.Id == e.ReceiverCompanyId).Select(c => c.ZoneId).FirstOrDefault(),
                DonorDivision = db.Companies.Where(c => c.Id == e.DonorCompanyId).Select(c => c.NaceCode.Substring(0, 2)).FirstOrDefault()!,
                ReceiverDivision = db.Companies.Where(c => c.Id == e.ReceiverCompanyId).Select(c => c.NaceCode.Substring(0, 2)).FirstOrDefault()!,
                Chapter = db.Streams.Where(o => o.Id == e.OfferStreamId).Select(o => o.EwcCode != null ? o.EwcCode.Substring(0, 2) : null).FirstOrDefault(),
                Kind = db.Streams.Where(o => o.Id == e.OfferStreamId).Select(o => o.Kind).FirstOrDefault(),
                Profile = SqlFunctions.JsonText(r.InputsJson, ProfileJsonKey),
                TonnesDiverted = r.TonnesDiverted,
                VirginMaterialTonnes = r.VirginMaterialTonnes,
                Co2eAvoidedTonnes = r.Co2eAvoidedTonnes,
                WaterM3 = r.WaterM3,
                EnergyMWh = r.EnergyMWh,
                CostSavingsTry = r.CostSavingsTry,
                NewRevenueTry = r.NewRevenueTry,
                InvestmentTry = r.InvestmentTry,
                Jobs = r.Jobs,
            };
        if (from is { } f0)
        {
            rows = rows.Where(r => r.At >= f0);
        }

        if (to is { } t0)
        {
            rows = rows.Where(r => r.At < t0);
        }

        return rows;
    }

    /// <summary>The sums of <paramref name="rows"/> by basis and <paramref name="key"/>, grouped in the database.</summary>
    public static Task<List<FigureSums<TKey>>> SumAsync<TKey>(IQueryable<ImpactRow> rows, Expression<Func<ImpactRow, TKey>> key, CancellationToken cancellationToken)
    {
        var p = key.Parameters[0];
        var groupKey = Expression.Lambda<Func<ImpactRow, BasisKey<TKey>>>(
            Expression.MemberInit(
                Expression.New(typeof(BasisKey<TKey>)),
                Expression.Bind(typeof(BasisKey<TKey>).GetProperty(nameof(BasisKey<TKey>.Basis))!, Expression.Property(p, nameof(ImpactRow.Basis))),
                Expression.Bind(typeof(BasisKey<TKey>).GetProperty(nameof(BasisKey<TKey>.Key))!, key.Body)),
            p);
        return rows.GroupBy(groupKey).Select(g => new FigureSums<TKey>
        {
            Basis = g.Key.Basis,
            Key = g.Key.Key,
            Exchanges = g.Count(),
            TonnesDiverted = g.Sum(x => x.TonnesDiverted),
            VirginMaterialTonnes = g.Sum(x => x.VirginMaterialTonnes),
            Co2eAvoidedTonnes = g.Sum(x => x.Co2eAvoidedTonnes),
            WaterM3 = g.Sum(x => x.WaterM3),
            EnergyMWh = g.Sum(x => x.EnergyMWh),
            CostSavingsTry = g.Sum(x => x.CostSavingsTry),
            NewRevenueTry = g.Sum(x => x.NewRevenueTry),
            InvestmentTry = g.Sum(x => x.InvestmentTry),
            Jobs = g.Sum(x => x.Jobs),
        }).ToListAsync(cancellationToken);
    }

    /// <summary>Sums already grouped by a finer key, summed again by basis and a coarser key.</summary>
    public static List<FigureSums<TKey>> Regroup<TFine, TKey>(IEnumerable<FigureSums<TFine>> sums, Func<TFine, TKey> key) =>
        [.. sums.GroupBy(s => (s.Basis, Key: key(s.Key))).Select(g => new FigureSums<TKey>
        {
            Basis = g.Key.Basis,
            Key = g.Key.Key,
            Exchanges = g.Sum(x => x.Exchanges),
            TonnesDiverted = g.Sum(x => x.TonnesDiverted),
            VirginMaterialTonnes = g.Sum(x => x.VirginMaterialTonnes),
            Co2eAvoidedTonnes = g.Sum(x => x.Co2eAvoidedTonnes),
            WaterM3 = g.Sum(x => x.WaterM3),
            EnergyMWh = g.Sum(x => x.EnergyMWh),
            CostSavingsTry = g.Sum(x => x.CostSavingsTry),
            NewRevenueTry = g.Sum(x => x.NewRevenueTry),
            InvestmentTry = g.Sum(x => x.InvestmentTry),
            Jobs = g.Sum(x => x.Jobs),
        })];

    /// <summary>Rows per key with forecast and verified side by side.</summary>
    public static List<(TKey Key, DashboardFigures Forecast, DashboardFigures Verified)> SideBySide<TKey>(IEnumerable<FigureSums<TKey>> sums) =>
        [.. sums.GroupBy(s => s.Key).Select(g => (
            g.Key,
            g.Where(s => s.Basis == ImpactBasis.Forecast).Select(s => s.Figures).FirstOrDefault() ?? DashboardFigures.Zero,
            g.Where(s => s.Basis == ImpactBasis.Verified).Select(s => s.Figures).FirstOrDefault() ?? DashboardFigures.Zero))];
}
