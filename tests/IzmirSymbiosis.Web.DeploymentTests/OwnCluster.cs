using System.Globalization;
using System.Net.Sockets;
using IzmirSymbiosis.Infrastructure.Persistence;
using Npgsql;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// A PostgreSQL cluster of a test's own (scripts/lib/postgres.sh, fsync off), on the first free port
/// of 55490–55499 (outside test.sh's 55432 and run.sh's 55433), for tests that restore into a new
/// server or stop and restart it, which the shared test cluster must not suffer. Removed when disposed.
/// Tests of different classes run at once, so a port is claimed inside this process before it is
/// probed: two clusters never pick the same free port.
/// </summary>
public sealed class OwnCluster : IAsyncDisposable
{
    private static readonly HashSet<int> s_claimed = [];

    private OwnCluster(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    /// <summary>The data folder.</summary>
    public string Folder { get; }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Creates and starts a cluster.</summary>
    public static async Task<OwnCluster> StartAsync(string name)
    {
        var cluster = new OwnCluster(Path.Combine(Path.GetTempPath(), $"izmirsym-{name}-{Guid.NewGuid():N}"), SparePort());
        await cluster.StartAgainAsync();
        return cluster;
    }

    /// <summary>Starts the (stopped) cluster again on its port.</summary>
    public async Task StartAgainAsync()
    {
        var started = await BashAsync($"source scripts/lib/postgres.sh && PG_FSYNC=off pg_start_cluster '{Folder}' {Port}");
        Assert.True(started.ExitCode == 0, started.Output);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are ended, as a restart by an operator does).</summary>
    public async Task StopAsync()
    {
        var stopped = await BashAsync($"source scripts/lib/postgres.sh && pg_stop_cluster '{Folder}'");
        Assert.True(stopped.ExitCode == 0, stopped.Output);
    }

    /// <summary>
    /// An empty database with the app's two roles, made by deploy/postgres/setup.sh as on a server;
    /// the owner's and the application role's connection strings (trusted on loopback).
    /// </summary>
    public async Task<DatabaseConnections> CreateDatabaseAsync(string database)
    {
        var setup = await ChildProcess.RunAsync("bash", [Repository.File("deploy", "postgres", "setup.sh")], Repository.Root, new Dictionary<string, string?>
        {
            ["PGHOST"] = "127.0.0.1",
            ["PGPORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["PGUSER"] = "postgres",
            ["IZMIRSYM_DB"] = database,
        });
        Assert.True(setup.ExitCode == 0, setup.Output);
        return new DatabaseConnections(Connection(database, DatabaseRoles.Application), Connection(database, DatabaseRoles.Owner));
    }

    /// <summary>A connection string to <paramref name="database"/> as <paramref name="role"/>.</summary>
    public string Connection(string database, string role) => $"Host=127.0.0.1;Port={Port};Database={database};Username={role}";

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await BashAsync($"source scripts/lib/postgres.sh && pg_stop_cluster '{Folder}'");
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        lock (s_claimed)
        {
            s_claimed.Remove(Port);
        }
    }

    private static Task<(int ExitCode, string Output)> BashAsync(string script) =>
        ChildProcess.RunAsync("bash", ["-c", script], Repository.Root);

    private static int SparePort()
    {
        lock (s_claimed)
        {
            for (var port = 55490; port <= 55499; port++)
            {
                if (s_claimed.Contains(port))
                {
                    continue;
                }

                try
                {
                    using var probe = new TcpClient();
                    probe.Connect("127.0.0.1", port);
                }
                catch (SocketException)
                {
                    s_claimed.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException("Ports 55490–55499 are all taken.");
    }
}
