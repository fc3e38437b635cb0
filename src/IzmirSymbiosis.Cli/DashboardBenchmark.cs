using System.Diagnostics;
using System.Globalization;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Cli;

/// <summary>
/// <c>bench-dashboard</c>: generates a synthetic region into an empty database (firms in the zones,
/// offers and needs, exchanges at every stage with their history and forecast and verified ledger
/// records, some recomputed) and times <see cref="DashboardService.GetAsync"/> as the server runs it:
/// the whole region as an expert and one zone as its OIZ staff, median and p95 of several runs after
/// a warm-up.
/// </summary>
internal static class DashboardBenchmark
{
    private static readonly ExchangeStage[] s_path =
    [
        ExchangeStage.Identified, ExchangeStage.Proposed, ExchangeStage.UnderReview, ExchangeStage.Approved,
        ExchangeStage.InImplementation, ExchangeStage.Implemented, ExchangeStage.Verified,
    ];

    private static readonly string[] s_profiles = ["metal-scrap-metal", "plastics-average-plastics", "paper-and-board-mixed", "glass", "construction-wood"];

    public static async Task<int> RunAsync(string[] args)
    {
        var a = new CliArgs(args, "reuse");
        var exchanges = a.Int("exchanges", 10_000);
        var streams = a.Int("streams", 100_000);
        var companies = a.Int("companies", 5_000);
        var runs = a.Int("runs", 9);
        var seed = a.Int("seed", 1);
        if (exchanges <= 0 || streams < exchanges || companies < 2 || runs < 1)
        {
            throw new CliUsageException("need --exchanges > 0, --streams ≥ --exchanges, --companies ≥ 2 and --runs ≥ 1");
        }

        if (DatabaseCommands.IsProduction())
        {
            throw new CliUsageException("bench-dashboard writes synthetic firms and is refused in Production");
        }

        await using var services = DatabaseCommands.Services();
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.SeedReferenceDataAsync();
        var contexts = services.GetRequiredService<IAppDbContextFactory>();
        await using (var db = await contexts.CreateAsync())
        {
            var existing = await db.Companies.CountAsync();
            if (existing > 0 && !a.Has("reuse"))
            {
                throw new CliUsageException($"the database already holds {existing} firms: give an empty database, or --reuse to measure what is there");
            }

            if (existing == 0)
            {
                var sw = Stopwatch.StartNew();
                await GenerateAsync(contexts, exchanges, streams, companies, seed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {companies:N0} firms, {streams:N0} streams, {exchanges:N0} exchanges in {sw.Elapsed.TotalSeconds:0.0} s."));
            }
        }

        int zone;
        await using (var db = await contexts.CreateAsync())
        {
            zone = await db.Companies.Where(c => c.ZoneId != null).GroupBy(c => c.ZoneId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var (e, s, r, h) = (await db.Exchanges.CountAsync(), await db.Streams.CountAsync(), await db.ImpactRecords.CountAsync(), await db.ExchangeHistory.CountAsync());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Region: {e:N0} exchanges, {s:N0} streams, {r:N0} impact records, {h:N0} history rows."));
        }

        var expert = new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());
        var staff = new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.OizStaff }, null, new HashSet<int> { zone });
        foreach (var (name, user, filter) in new[]
        {
            ("whole region (expert)", expert, new DashboardFilter()),
            ($"one zone (staff of zone {zone})", staff, new DashboardFilter()),
            ("whole region, one year by quarter", expert, new DashboardFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), DashboardGranularity.Quarter)),
        })
        {
            var dashboard = new DashboardService(contexts, new FixedUser(user));
            var (median, p95, view) = await BenchmarkTiming.MeasureAsync(runs, () => dashboard.GetAsync(filter));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: median {median:0} ms, p95 {p95:0} ms over {runs} runs ({view.Totals.Forecast.Exchanges:N0} forecast, {view.Totals.Verified.Exchanges:N0} verified, {view.Flows.Count} flows)"));
        }

        return 0;
    }

    private static async Task GenerateAsync(IAppDbContextFactory contexts, int exchangeCount, int streamCount, int companyCount, int seed)
    {
        var rng = new Random(seed);
        List<int> zones;
        List<string> naces;
        List<string> codes;
        FactorSet set;
        await using (var db = await contexts.CreateAsync())
        {
            zones = await db.Zones.Select(z => z.Id).ToListAsync();
            naces = await db.NaceActivities.Where(n => n.Level == 4 && string.Compare(n.Code, "10") >= 0 && string.Compare(n.Code, "39") < 0).Select(n => n.Code).ToListAsync();
            codes = await db.WasteCodes.Where(w => !w.IsHazardous).Select(w => w.Code).ToListAsync();
            set = await db.FactorSets.AsNoTracking().Include(s => s.Rows).OrderByDescending(s => s.Id).FirstAsync();
        }

        var rows = set.Rows.Select(FactorRowUsed.Of).ToList();
        var firms = new List<Company>(companyCount);
        for (var i = 0; i < companyCount; i++)
        {
            var nine = (200_000_000 + i).ToString("D9", CultureInfo.InvariantCulture);
            var c = new Company($"Sentetik Firma {i:D5} A.Ş.", nine + Vkn.ComputeCheckDigit(nine).ToString(CultureInfo.InvariantCulture), naces[rng.Next(naces.Count)], "Çiğli", SizeBand.Medium);
            c.SetAddress(null, rng.NextDouble() < 0.85 ? zones[rng.Next(zones.Count)] : null);
            firms.Add(c);
        }

        await SaveAsync(contexts, firms);
        var offers = new List<ResourceStream>(streamCount / 2);
        var batch = new List<ResourceStream>();
        for (var i = 0; i < streamCount; i++)
        {
            var offer = i % 2 == 0;
            var s = new ResourceStream(firms[rng.Next(firms.Count)].Id, offer ? StreamDirection.Offer : StreamDirection.Need, ResourceKind.Material, "Sentetik akış",
                new Quantity(rng.Next(1, 500), QuantityUnit.Tonne, QuantityPeriod.PerYear));
            s.Describe("Sentetik akış", codes[rng.Next(codes.Count)]);
            batch.Add(s);
            if (offer)
            {
                offers.Add(s);
            }

            if (batch.Count == 10_000)
            {
                await SaveAsync(contexts, batch);
                batch = [];
            }
        }

        await SaveAsync(contexts, batch);

        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var byStage = new Dictionary<ExchangeStage, List<Guid>>();
        for (var from = 0; from < exchangeCount; from += 1_000)
        {
            var entities = new List<object>();
            for (var i = from; i < Math.Min(exchangeCount, from + 1_000); i++)
            {
                var offer = offers[i % offers.Count];
                var receiver = firms[rng.Next(firms.Count)];
                if (receiver.Id == offer.CompanyId)
                {
                    receiver = firms[(firms.IndexOf(receiver) + 1) % firms.Count];
                }

                var at = start.AddHours(rng.Next(0, 3 * 365 * 24));
                var amount = (decimal)rng.Next(5, 2_000);
                var distance = rng.Next(2, 150);
                var draft = new ExchangeDraft("Sentetik simbiyoz", AgreedQuantity: new Quantity(amount, QuantityUnit.Tonne, QuantityPeriod.PerYear),
                    Route: ExchangeRoute.WasteRecovery, RecoveryOperation: "R4", TransportMode: TransportMode.Road, DistanceKm: distance);
                var exchange = Exchange.Create(offer.CompanyId, receiver.Id, offer.Id, draft, Guid.NewGuid(), at);
                entities.Add(exchange);
                entities.Add(exchange.CreationEntry());

                // Every stage, Verified and the two ends less often than the open ones.
                var roll = rng.Next(100);
                var (reached, end) = roll switch
                {
                    < 15 => (0, (ExchangeStage?)null),
                    < 30 => (1, null),
                    < 40 => (2, null),
                    < 50 => (3, null),
                    < 60 => (4, null),
                    < 70 => (5, null),
                    < 88 => (6, null),
                    < 94 => (2, ExchangeStage.Rejected),
                    _ => (1, ExchangeStage.Withdrawn),
                };
                var version = 1;
                var t = at;
                for (var s = 1; s <= reached; s++)
                {
                    t = t.AddHours(rng.Next(12, 24 * 40));
                    entities.Add(new ExchangeHistoryEntry(exchange.Id, s_path[s - 1], s_path[s], "Synthetic", null, t, null, null, ++version));
                }

                if (end is { } e)
                {
                    t = t.AddHours(rng.Next(12, 24 * 20));
                    entities.Add(new ExchangeHistoryEntry(exchange.Id, s_path[reached], e, "Synthetic", null, t, null, null, ++version));
                }

                var stage = end ?? s_path[reached];
                (byStage.TryGetValue(stage, out var ids) ? ids : byStage[stage] = []).Add(exchange.Id);
                if (reached >= 1)
                {
                    var profile = rng.Next(3) == 0 ? null : s_profiles[rng.Next(s_profiles.Length)];
                    var inputs = new ImpactInputs(ImpactBasis.Forecast, amount, QuantityUnit.Tonne, QuantityPeriod.PerYear, ResourceKind.Material, offer.EwcCode, profile,
                        ExchangeRoute.WasteRecovery, "R4", TransportMode.Road, distance) with
                    { Jobs = rng.Next(0, 4), CostSavingsTry = amount * 250 };
                    var proposedAt = exchange.CreatedAt.AddHours(1);
                    var forecast = ImpactRecord.Of(exchange.Id, ImpactCalculator.Calculate(inputs, rows), set, ImpactRecordReason.Proposed, null, proposedAt);
                    entities.Add(forecast);
                    if (rng.Next(20) == 0)
                    {
                        // A recompute: the earlier record stays, superseded.
                        entities.Add(ImpactRecord.Of(exchange.Id, ImpactCalculator.Calculate(inputs with { Jobs = 5 }, rows), set, ImpactRecordReason.Recomputed, null, proposedAt.AddDays(3), forecast.Id));
                    }

                    if (stage == ExchangeStage.Verified)
                    {
                        var measured = inputs with { Basis = ImpactBasis.Verified, Amount = decimal.Round(amount * (decimal)(0.3 + rng.NextDouble()), 1), Period = QuantityPeriod.OneOff };
                        entities.Add(ImpactRecord.Of(exchange.Id, ImpactCalculator.Calculate(measured, rows), set, ImpactRecordReason.Verified, null, t));
                    }
                }
            }

            await SaveAsync(contexts, entities);
        }

        // The stage column is the workflow's to set; a synthetic region writes it directly.
        foreach (var (stage, ids) in byStage)
        {
            foreach (var chunk in ids.Chunk(2_000))
            {
                await using var db = await contexts.CreateAsync();
                await db.Exchanges.Where(e => chunk.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.Stage, stage).SetProperty(e => e.StageChangedAt, e => e.CreatedAt));
            }
        }
    }

    private static async Task SaveAsync<T>(IAppDbContextFactory contexts, IEnumerable<T> entities)
        where T : class
    {
        await using var db = await contexts.CreateAsync();
        var context = (DbContext)db;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        context.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
