using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Infrastructure.Seeding;
using IzmirSymbiosis.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// A real PostgreSQL database created for a test class (scripts/test.sh starts the throwaway
/// cluster and sets IZMIRSYM_TEST_DB); dropped when disposed. As in production, it belongs to the
/// owner role (migrations and seeding) and the services connect as the application role.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ThrowawayDatabase _database;
    private readonly List<IHostedService> _started = [];

    private TestDatabase(ThrowawayDatabase database, ServiceProvider services)
    {
        _database = database;
        Services = services;
        ConnectionString = database.Connections.Application;
        OwnerConnectionString = database.Connections.Migrations;
    }

    /// <summary>Database name.</summary>
    public string Name => _database.Name;

    /// <summary>Connection string of the application role (what the services use).</summary>
    public string ConnectionString { get; }

    /// <summary>Connection string of the owner role (migrations, seeding, resets).</summary>
    public string OwnerConnectionString { get; }

    /// <summary>Services wired as in the app (Infrastructure + Application).</summary>
    public ServiceProvider Services { get; }

    /// <summary>The application's context factory.</summary>
    public IAppDbContextFactory Contexts => Services.GetRequiredService<IAppDbContextFactory>();

    /// <summary>The seeder/migrator.</summary>
    public DatabaseInitializer Initializer => Services.GetRequiredService<DatabaseInitializer>();

    /// <summary>Who the services think is signed in (an admin unless a test changes it).</summary>
    public TestCurrentUser CurrentUser => Services.GetRequiredService<TestCurrentUser>();

    /// <summary>A raw EF context for assertions.</summary>
    public AppDbContext CreateContext() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>
    /// Creates an empty database with a unique name. With <paramref name="backgroundWorker"/> the
    /// services include the app's background worker (start it with <see cref="StartWorkerAsync"/>).
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string prefix, bool backgroundWorker = false)
    {
        var database = await ThrowawayDatabase.CreateAsync(prefix);
        return new TestDatabase(database, BuildServices(database.Connections, backgroundWorker));
    }

    /// <summary>
    /// The services of a second app instance on the same database (its own engine, job server and
    /// live-update listener once its hosted services are started); the caller disposes it.
    /// </summary>
    public ServiceProvider AnotherInstance(bool backgroundWorker = true) => BuildServices(_database.Connections, backgroundWorker);

    private static ServiceProvider BuildServices(DatabaseConnections connections, bool backgroundWorker)
    {
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TestCurrentUser>()
            .AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>())
            .AddInfrastructure(connections.Application, connections.Migrations);
        Application.DependencyInjection.AddApplication(services);
        if (backgroundWorker)
        {
            services.AddBackgroundWorker();
        }

        return services.BuildServiceProvider();
    }

    /// <summary>Starts the hosted services (the background worker), as the app's host does.</summary>
    public async Task StartWorkerAsync()
    {
        foreach (var service in Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
            _started.Add(service);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_started))
        {
            await service.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
