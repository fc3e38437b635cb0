using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace IzmirSymbiosis.Web.ApiTests;

/// <summary>
/// A PostgreSQL cluster of its own (started with scripts/lib/postgres.sh, as scripts/test.sh does),
/// so a test can stop and restart the database under a running app without disturbing the others.
/// </summary>
public sealed class DedicatedCluster : IAsyncDisposable
{
    private readonly string _directory;

    private DedicatedCluster(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_directory, "pgdata");

    /// <summary>Connection string of a database in this cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 5 }.ConnectionString;

    public static async Task<DedicatedCluster> StartAsync()
    {
        // The cluster runs as `postgres` when the tests run as root; it must reach its directory.
        var directory = Path.Combine(Path.GetTempPath(), "izmirsym-cluster-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var cluster = new DedicatedCluster(directory, FreePort());
        await cluster.StartAgainAsync();
        return cluster;
    }

    public Task StartAgainAsync() => ShellAsync($"PG_FSYNC=off pg_start_cluster '{DataDirectory}' {Port}");

    public Task StopAsync() => ShellAsync($"pg_stop_cluster '{DataDirectory}'");

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ShellAsync(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"source scripts/lib/postgres.sh && {command}"])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed ({process.ExitCode}): {await output} {await errors}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "lib", "postgres.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("scripts/lib/postgres.sh not found above " + AppContext.BaseDirectory);
    }
}
