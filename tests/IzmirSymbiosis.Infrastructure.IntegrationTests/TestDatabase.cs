using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// A real PostgreSQL database created for a test class (scripts/test.sh starts the throwaway
/// cluster and sets IZMIRSYM_TEST_DB); dropped when disposed. As in production, it belongs to the
/// owner role (migrations and seeding) and the services connect as the application role.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnection;
    private readonly List<IHostedService> _started = [];

    /// <summary>Password the test roles get (ignored by servers that trust local connections).</summary>
    public const string RolePassword = "izmirsym-test-role";

    private TestDatabase(string adminConnection, string name, DatabaseConnections connections, ServiceProvider services)
    {
        _adminConnection = adminConnection;
        Name = name;
        Services = services;
        ConnectionString = connections.Application;
        OwnerConnectionString = connections.Migrations;
    }

    /// <summary>Database name.</summary>
    public string Name { get; }

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
        var admin = Environment.GetEnvironmentVariable("IZMIRSYM_TEST_DB")
            ?? throw new InvalidOperationException("IZMIRSYM_TEST_DB is not set: run the tests with scripts/test.sh, which starts a throwaway PostgreSQL.");
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        var connections = await DatabaseRoles.ProvisionAsync(admin, name, RolePassword);
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

        return new TestDatabase(admin, name, connections, services.BuildServiceProvider());
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
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_adminConnection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
