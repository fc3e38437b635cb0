using System.Net;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The real web app on a Kestrel port, with its own PostgreSQL database in the throwaway cluster
/// that scripts/test.sh starts (IZMIRSYM_TEST_DB). As deployed, the app connects as the
/// least-privileged application role and migrates as the owner role.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly ThrowawayDatabase? _database;

    private AppServer(WebApplicationFactory<Program> factory, ThrowawayDatabase? database)
    {
        _factory = factory;
        _database = database;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/');
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; }

    /// <summary>The app's database connection string, as the application role (empty for the unreachable-database server).</summary>
    public string ConnectionString { get; private init; } = string.Empty;

    /// <summary>The app's two connection strings (application role, owner role); null for the unreachable-database server.</summary>
    public DatabaseConnections? Connections { get; private init; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts the app on a fresh database, migrated and seeded with reference and demo data.</summary>
    public static async Task<AppServer> StartAsync(Dictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await ThrowawayDatabase.CreateAsync("e2e");
        var connections = database.Connections;
        return new AppServer(Start(connections, seed: true, settings, services), database) { ConnectionString = connections.Application, Connections = connections };
    }

    /// <summary>
    /// Starts another instance of the app on this server's database (no migration or seeding), as a
    /// second server behind a load balancer or the same one after a restart would run, with
    /// <paramref name="settings"/> over the usual ones.
    /// </summary>
    public AppServer StartAnotherInstance(Dictionary<string, string>? settings = null) =>
        new(Start(Connections ?? throw new InvalidOperationException("No database."), seed: false, settings), null) { ConnectionString = ConnectionString, Connections = Connections };

    /// <summary>Starts the app against a database that cannot be reached (for error handling).</summary>
    public static AppServer StartWithUnreachableDatabase()
    {
        const string Unreachable = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2";
        return new(Start(new DatabaseConnections(Unreachable, Unreachable), seed: false), null);
    }

    private static WebApplicationFactory<Program> Start(DatabaseConnections connections, bool seed, Dictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Default", connections.Application);
            b.UseSetting("ConnectionStrings:Migrations", connections.Migrations);
            b.UseSetting("Database:Initialize", seed ? "true" : "false");
            b.UseSetting("Database:SeedDemo", seed ? "true" : "false");

            // Many sign-ins come from 127.0.0.1 in one run; the rate-limit test starts its own server.
            b.UseSetting("Security:AccountPostsPerMinute", "100000");
            b.UseSetting("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "izmirsym-mail-" + Guid.NewGuid().ToString("N")));
            foreach (var (key, value) in settings ?? [])
            {
                b.UseSetting(key, value);
            }

            // Stopping waits for the job server's workers; on a loaded test machine that took longer
            // than the host's default 30 s and the dispose threw (CI: a second instance's teardown).
            b.ConfigureTestServices(s => s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(120)));
            if (services is not null)
            {
                b.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
