using Npgsql;

namespace IzmirSymbiosis.TestSupport;

/// <summary>
/// The throwaway PostgreSQL cluster that scripts/test.sh starts and names in IZMIRSYM_TEST_DB
/// (a superuser connection to its <c>postgres</c> database).
/// </summary>
public static class TestPostgres
{
    /// <summary>Password the test roles get (ignored by clusters that trust local connections).</summary>
    public const string RolePassword = "izmirsym-test-role";

    /// <summary>The cluster's superuser connection string.</summary>
    public static string AdminConnection =>
        Environment.GetEnvironmentVariable("IZMIRSYM_TEST_DB")
        ?? throw new InvalidOperationException("IZMIRSYM_TEST_DB is not set: run the tests with scripts/test.sh, which starts a throwaway PostgreSQL.");

    /// <summary>Runs one statement on <paramref name="connection"/>.</summary>
    public static async Task ExecuteAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Drops a database even while connections to it are open.</summary>
    public static async Task DropDatabaseAsync(string name, string? adminConnection = null)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(adminConnection ?? AdminConnection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}
