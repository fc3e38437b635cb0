using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web;

/// <summary>
/// Migrates and seeds before the server accepts requests, when <see cref="DatabaseOptions"/> ask
/// for it (scripts/run.sh does). Seeding is idempotent.
/// </summary>
internal sealed class DatabaseStartup(IOptions<DatabaseOptions> options, DatabaseInitializer initializer) : IHostedService
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
