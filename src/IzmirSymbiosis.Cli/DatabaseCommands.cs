using IzmirSymbiosis.Application;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Infrastructure;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Seeding;
using IzmirSymbiosis.Infrastructure.Seeding.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Cli;

/// <summary>
/// Verbs that work on the database given by <c>ConnectionStrings__Default</c> (the application
/// role); <c>migrate</c> and <c>seed</c> change the schema as <c>ConnectionStrings__Migrations</c>
/// (the owner role) when it is set.
/// </summary>
internal static class DatabaseCommands
{
    public static async Task<int> MigrateAsync(string[] args)
    {
        _ = new CliArgs(args);
        await using var services = Services();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        Console.WriteLine("Migrations applied.");
        return 0;
    }

    public static async Task<int> SeedAsync(string[] args)
    {
        var a = new CliArgs(args, "demo");
        if (a.Has("demo") && IsProduction())
        {
            // Demo accounts have a public password and authenticator keys.
            throw new CliUsageException("--demo is refused in Production (ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT); create the first admin with create-admin");
        }

        await using var services = Services();
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        Console.WriteLine($"Reference data: {await initializer.SeedReferenceDataAsync()}");
        if (a.Has("demo"))
        {
            var seed = a.Int("seed", DemoDataGenerator.DefaultSeed);
            Console.WriteLine($"Demo data: {await initializer.SeedDemoDataAsync(seed)}");
            await using var scope = services.CreateAsyncScope();
            foreach (var login in await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedDemoUsersAsync())
            {
                // Demo accounts only: their password is public by design.
                Console.WriteLine($"  {login.Role,-9} {login.Email,-28} {login.Password}{(login.AuthenticatorKey is { } key ? $"  (TOTP key {key})" : string.Empty)}");
            }

            Console.WriteLine($"Demo exchanges: {await initializer.SeedDemoExchangesAsync()}");
            // Demo introductions sit on stored matches.
            await services.GetRequiredService<MatchingCoordinator>().EnsureLoadedAsync();
            Console.WriteLine($"Demo introductions: {await initializer.SeedDemoIntroductionsAsync()}");
            Console.WriteLine($"Demo field records: {await initializer.SeedDemoFieldRecordsAsync()}");
        }

        return 0;
    }

    public static async Task<int> RematchAsync(string[] args)
    {
        _ = new CliArgs(args);
        await using var services = Services();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
        Console.WriteLine(
            $"Re-matched {report.Offers} offers and {report.Needs} needs ({report.PairsScored} pairs scored): " +
            $"{report.RegisteredMatches} matches and {report.LatentMatches} latent receivers stored in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>Whether the environment names Production, as the app's container image does.</summary>
    internal static bool IsProduction() =>
        new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" }.Any(v =>
            string.Equals(Environment.GetEnvironmentVariable(v), "Production", StringComparison.OrdinalIgnoreCase));

    internal static ServiceProvider Services(Action<IServiceCollection>? configure = null)
    {
        // The database is named explicitly (the appsettings' local development strings are not
        // a safe default for a tool that migrates); Migrations falls back to Default.
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new CliUsageException("set ConnectionStrings__Default to the PostgreSQL connection string");
        }

        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddSharedOptions(CliConfiguration.Load())
            .AddInfrastructure(connection, Environment.GetEnvironmentVariable("ConnectionStrings__Migrations"))
            .AddApplication()
            .AddIdentityStores(o => o.User.RequireUniqueEmail = true)
            .Services;
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        CliConfiguration.ValidateOnStart(provider);
        return provider;
    }
}
