using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web;

/// <summary>
/// Migrates and seeds before the server accepts requests, when <see cref="DatabaseOptions"/>
/// ask for it (scripts/run.sh does). Seeding is idempotent. The background worker, which starts
/// after this, loads the matching engine and recomputes the stored matches.
/// </summary>
internal sealed class DatabaseStartup(
    IOptions<DatabaseOptions> options,
    DatabaseInitializer initializer,
    IServiceScopeFactory scopes,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Initialize && !o.SeedDemo)
        {
            return;
        }

        await initializer.MigrateAsync(cancellationToken);
        await initializer.SeedReferenceDataAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await identity.EnsureRolesAsync();
        await identity.ProtectStoredSecretsAsync(cancellationToken);
        if (o.SeedDemo)
        {
            await initializer.SeedDemoDataAsync(cancellationToken: cancellationToken);
            var logins = await identity.SeedDemoUsersAsync(cancellationToken);
            await initializer.SeedDemoExchangesAsync(cancellationToken);

            // Demo introductions sit on stored matches: load the engine now (the worker would at start).
            await scope.ServiceProvider.GetRequiredService<MatchingCoordinator>().EnsureLoadedAsync(cancellationToken);
            await initializer.SeedDemoIntroductionsAsync(cancellationToken);
            await initializer.SeedDemoFieldRecordsAsync(cancellationToken);
            if (environment.IsDevelopment())
            {
                PrintDemoLogins(logins);
            }
            else
            {
                logger.LogInformation("{Count} demo accounts exist; their logins are printed in Development only", logins.Count);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Demo accounts only: their password is public by design, so printing it is the point.
    private void PrintDemoLogins(IReadOnlyList<DemoLogin> logins)
    {
        var lines = logins.Select(l =>
            $"  {l.Role,-9} {l.Email,-28} {l.Password}" + (l.AuthenticatorKey is { } key ? $"  (TOTP key {key})" : string.Empty) + $"  — {l.Note}");
        logger.LogInformation("Demo logins (demo data only):{NewLine}{Logins}", Environment.NewLine, string.Join(Environment.NewLine, lines));
    }
}
