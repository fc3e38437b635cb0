using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web;

/// <summary>
/// Migrates, seeds and matches before the server accepts requests, when <see cref="DatabaseOptions"/>
/// ask for it (scripts/run.sh does). Seeding is idempotent.
/// </summary>
internal sealed class DatabaseStartup(IOptions<DatabaseOptions> options, DatabaseInitializer initializer, MatchingCoordinator matching) : IHostedService
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
        if (o.SeedDemo)
        {
            await initializer.SeedDemoDataAsync(cancellationToken: cancellationToken);
        }

        // Stored matches are recomputed with this build's engine before the first request.
        await matching.EnsureLoadedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
