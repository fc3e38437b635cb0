using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.TestSupport;
using Npgsql;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// The web app as `dotnet publish` lays it out (published once per test run, from the build the
/// tests were made with), started as a process the way a server runs it, plus the izmirsym tool.
/// Each test gets its own database in the cluster given by IZMIRSYM_TEST_DB, owned by the owner
/// role, and the app connects as the application role.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly List<ThrowawayDatabase> _databases = [];
    private readonly string _work = System.IO.Directory.CreateTempSubdirectory("izmirsym-deploy-").FullName;
    private readonly Lazy<Task<ProductionBehindProxy>> _behindProxy;

    public PublishedApp()
    {
        _behindProxy = new(() => ProductionBehindProxy.StartAsync(this));
    }

    /// <summary>The publish folder.</summary>
    public string Directory => Path.Combine(_work, "app");

    public async Task InitializeAsync()
    {
        var (code, output) = await ChildProcess.RunAsync(
            ChildProcess.Dotnet,
            ["publish", Repository.File("src", "IzmirSymbiosis.Web", "IzmirSymbiosis.Web.csproj"), "--no-build", "-c", Repository.Configuration, "-o", Directory, "-nologo", "-v", "quiet"],
            Repository.Root);
        Assert.True(code == 0, "dotnet publish failed:\n" + output);
    }

    /// <summary>The app in Production behind nginx, started on first use and shared by the collection.</summary>
    public Task<ProductionBehindProxy> BehindProxyAsync() => _behindProxy.Value;

    /// <summary>A fresh database with both roles; the connection strings of the two roles.</summary>
    public async Task<DatabaseConnections> NewDatabaseAsync(string prefix)
    {
        var database = await ThrowawayDatabase.CreateAsync(prefix);
        lock (_databases)
        {
            _databases.Add(database);
        }

        return database.Connections;
    }

    /// <summary>
    /// Starts the published app on <paramref name="port"/> in an ASP.NET Core environment, with
    /// both connection strings, its files (logs, mail, data-protection keys) in a folder of its own
    /// next to the publish folder (all removed with the fixture),
    /// and any further settings as environment variables (<c>Section__Key</c>).
    /// </summary>
    public ChildProcess StartApp(string environment, DatabaseConnections database, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var home = System.IO.Directory.CreateDirectory(Path.Combine(_work, "home-" + Guid.NewGuid().ToString("N"))).FullName;
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["ConnectionStrings__Default"] = database.Application,
            ["ConnectionStrings__Migrations"] = database.Migrations,
            ["LogFile__Path"] = Path.Combine(home, "logs", "izmirsym-.log"),
            ["Mail__PickupDirectory"] = Path.Combine(home, "mail"),

            // Data-protection keys go to $HOME/.aspnet: keep them out of the real home folder.
            ["HOME"] = home,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        return ChildProcess.Start(ChildProcess.Dotnet, ["IzmirSymbiosis.Web.dll", "--urls", $"http://127.0.0.1:{port}"], Directory, variables);
    }

    /// <summary>Waits until the app answers /health/ready; fails with its output if it exits first.</summary>
    public static async Task WaitUntilReadyAsync(ChildProcess app, int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ChildProcess.Patience;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(app.HasExited, "The app exited before it was ready:\n" + app.Output);
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app did not become ready:\n" + app.Output);
    }

    /// <summary>Runs the izmirsym tool against a database, optionally in an ASP.NET Core environment.</summary>
    public static Task<(int ExitCode, string Output)> RunCliAsync(DatabaseConnections database, string? environment, params string[] arguments) =>
        RunCliAsync(database, environment, new Dictionary<string, string?>(), arguments);

    /// <summary>Runs the izmirsym tool with further settings as environment variables (<c>Section__Key</c>).</summary>
    public static Task<(int ExitCode, string Output)> RunCliAsync(
        DatabaseConnections database, string? environment, IReadOnlyDictionary<string, string?> settings, params string[] arguments) =>
        ChildProcess.RunAsync(
            ChildProcess.Dotnet,
            [Repository.CliDll, .. arguments],
            Repository.Root,
            new Dictionary<string, string?>
            {
                ["ConnectionStrings__Default"] = database.Application,
                ["ConnectionStrings__Migrations"] = database.Migrations,
                ["ASPNETCORE_ENVIRONMENT"] = environment,
                ["DOTNET_ENVIRONMENT"] = null,
            }.Concat(settings).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    /// <summary>A scalar read with the owner's connection (SQL NULL as null).</summary>
    public static async Task<object?> ScalarAsync(DatabaseConnections database, string sql)
    {
        await using var conn = new NpgsqlConnection(database.Migrations);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var value = await cmd.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async Task DisposeAsync()
    {
        if (_behindProxy.IsValueCreated && _behindProxy.Value.IsCompletedSuccessfully)
        {
            await (await _behindProxy.Value).DisposeAsync();
        }

        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        System.IO.Directory.Delete(_work, recursive: true);
    }

}

[CollectionDefinition(Name)]
public sealed class DeploymentCollection : ICollectionFixture<PublishedApp>
{
    public const string Name = "published app";
}
