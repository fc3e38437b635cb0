using System.Globalization;
using IzmirSymbiosis.Application.Accounts;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.DataQuality;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Nace;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Seeding;
using IzmirSymbiosis.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Cli;

/// <summary>
/// <c>bench-lists</c>: seeds the demo region <c>--scale</c> times over into an empty database (the
/// demo firms and streams from as many seeds, the demo accounts, exchanges, matches and
/// introductions) and times every list the pages and the API serve, as each role reads it: the
/// Application call the page makes, so the figure is the server's time for one page of the list
/// (median and p95 after a warm-up).
/// </summary>
internal static class ListBenchmark
{
    private const int SeedStep = 7919;

    public static async Task<int> RunAsync(string[] args)
    {
        var a = new CliArgs(args, "reuse");
        var scale = a.Int("scale", 10);
        var runs = a.Int("runs", 9);
        if (scale < 1 || scale > 50 || runs < 1)
        {
            throw new CliUsageException("need 1 ≤ --scale ≤ 50 and --runs ≥ 1");
        }

        if (DatabaseCommands.IsProduction())
        {
            throw new CliUsageException("bench-lists writes demo firms and is refused in Production");
        }

        var reader = new FixedUser(new UserContext(null, new HashSet<string>(), null, new HashSet<int>()));
        await using var services = DatabaseCommands.Services(s => s.AddSingleton<ICurrentUser>(reader));
        await SeedAsync(services, scale, a.Has("reuse"));

        var contexts = services.GetRequiredService<IAppDbContextFactory>();
        Guid firmUser, firm;
        int zone;
        await using (var db = await contexts.CreateAsync())
        {
            var account = await ((DbContext)db).Set<AppUser>().AsNoTracking().Where(u => u.Email == "firma@demo.izmirsym.org").Select(u => new { u.Id, u.CompanyId }).FirstAsync();
            (firmUser, firm) = (account.Id, account.CompanyId!.Value);
            zone = await db.Companies.Where(c => c.Id == firm).Select(c => c.ZoneId!.Value).FirstAsync();
            var (firms, streams, matches, exchanges) = (await db.Companies.CountAsync(), await db.Streams.CountAsync(), await db.Matches.CountAsync(), await db.Exchanges.CountAsync());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Region ×{scale}: {firms:N0} firms, {streams:N0} streams, {matches:N0} matches, {exchanges:N0} exchanges."));
        }

        var readers = new (string Role, UserContext User)[]
        {
            ("firm", new UserContext(firmUser, new HashSet<string> { Roles.FirmUser }, firm, new HashSet<int>())),
            ($"staff of zone {zone}", new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.OizStaff }, null, new HashSet<int> { zone })),
            ("expert", new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>())),
            ("admin", new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Admin }, null, new HashSet<int>())),
        };
        var first = new PageRequest();
        var worst = 0d;
        foreach (var (role, user) in readers)
        {
            reader.User = user;
            await using var scope = services.CreateAsyncScope();
            var p = scope.ServiceProvider;
            var lists = new List<(string Name, Func<Task<int>> Run)>
            {
                ("companies", async () => (await p.GetRequiredService<CompanyService>().ListAsync(first)).TotalCount),
                ("companies, search \"metal\"", async () => (await p.GetRequiredService<CompanyService>().ListAsync(first with { Search = "metal" })).TotalCount),
                ("offer market", async () => (await p.GetRequiredService<OfferBrowseService>().ListAsync(StreamDirection.Offer, first, MarketFilter.None)).TotalCount),
                ("needs market, chapter 10", async () => (await p.GetRequiredService<OfferBrowseService>().ListAsync(StreamDirection.Need, first, new MarketFilter(EwcChapter: "10"))).TotalCount),
                ("matches", async () => (await p.GetRequiredService<MatchQueryService>().ListAsync(first, new MatchFilter())).TotalCount),
                ("matches, chapter 12 by offer", async () => (await p.GetRequiredService<MatchQueryService>().ListAsync(first with { SortBy = "offer" }, new MatchFilter(EwcChapter: "12"))).TotalCount),
                ("matches by distance", async () => (await p.GetRequiredService<MatchQueryService>().ListAsync(first with { SortBy = "distance" }, new MatchFilter())).TotalCount),
                ("matches within 25 km, nearest first", async () => (await p.GetRequiredService<MatchQueryService>().ListAsync(first with { SortBy = "distance" }, new MatchFilter { MaxDistanceKm = 25 })).TotalCount),
                ("matches, search \"talaş\"", async () => (await p.GetRequiredService<MatchQueryService>().ListAsync(first with { Search = "talaş" }, new MatchFilter())).TotalCount),
                ("company page matches (demo firm)", async () => (await p.GetRequiredService<MatchQueryService>().ForCompanyGroupedAsync(firm, false)).Count),
                ("exchanges", async () => (await p.GetRequiredService<ExchangeService>().ListAsync(first, new ExchangeFilter())).TotalCount),
                ("introductions", async () => (await p.GetRequiredService<IntroductionService>().ListAsync(first, new IntroductionFilter())).TotalCount),
                ("notifications", async () => (await p.GetRequiredService<NotificationService>().ListAsync(first, false)).TotalCount),
                ("waste codes, search \"kül\"", async () => (await p.GetRequiredService<WasteCodeService>().SearchAsync("kül")).Count),
                ("NACE, search \"plastik\"", async () => (await p.GetRequiredService<NaceService>().SearchAsync("plastik")).Count),
            };
            // The office lists, for the roles that may open them (a firm user is refused).
            if (AccessPolicy.MayReviewDataQuality(user))
            {
                lists.Add(("data quality: stale streams", async () => (await p.GetRequiredService<DataQualityService>().StreamsAsync(QualityFinding.StaleStream, null, first)).TotalCount));
                lists.Add(("data quality: firms without location", async () => (await p.GetRequiredService<DataQualityService>().FirmsAsync(QualityFinding.FirmWithoutLocation, null, first)).TotalCount));
            }

            if (AccessPolicy.MayRecordFieldWork(user))
            {
                lists.Add(("field visits", async () => (await p.GetRequiredService<FieldVisitService>().ListAsync(new FieldVisitFilter(), first)).TotalCount));
                lists.Add(("workshops", async () => (await p.GetRequiredService<WorkshopService>().ListAsync(new WorkshopFilter(), first)).TotalCount));
            }

            if (user.Roles.Contains(Roles.Admin))
            {
                lists.Add(("accounts", async () => (await p.GetRequiredService<AccountListQuery>().ExecuteAsync(first)).TotalCount));
            }

            foreach (var (name, run) in lists)
            {
                var (median, p95, rows) = await BenchmarkTiming.MeasureAsync(runs, run);
                worst = Math.Max(worst, p95);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{role,-16} {name,-38} median {median,5:0} ms  p95 {p95,5:0} ms  ({rows:N0} rows in all)"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Slowest list p95: {worst:0} ms (target ≤ 300 ms) over {runs} runs each."));
        return 0;
    }

    private static async Task SeedAsync(ServiceProvider services, int scale, bool reuse)
    {
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.SeedReferenceDataAsync();
        await using (var db = await services.GetRequiredService<IAppDbContextFactory>().CreateAsync())
        {
            var existing = await db.Companies.CountAsync();
            if (existing > 0)
            {
                if (!reuse)
                {
                    throw new CliUsageException($"the database already holds {existing} firms: give an empty database, or --reuse to measure what is there");
                }

                return;
            }
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < scale; i++)
        {
            // The default seed first: the demo accounts belong to its firms.
            await initializer.SeedDemoDataAsync(DemoDataGenerator.DefaultSeed + (i * SeedStep));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedDemoUsersAsync();
        }

        await initializer.SeedDemoExchangesAsync();
        await services.GetRequiredService<MatchingCoordinator>().EnsureLoadedAsync();
        await initializer.SeedDemoIntroductionsAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded the demo region ×{scale} in {started.Elapsed.TotalSeconds:0} s."));
    }
}
