using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Impact;

/// <summary>
/// Makes the database refuse every INSERT into one table (a trigger, created as the owner), so a
/// test sees a real failed write inside a transaction; removed when disposed.
/// </summary>
public sealed class TableWriteFault : IAsyncDisposable
{
    private readonly string _ownerConnectionString;
    private readonly string _table;

    private TableWriteFault(string ownerConnectionString, string table) => (_ownerConnectionString, _table) = (ownerConnectionString, table);

    /// <summary>Installs the fault on <paramref name="table"/>.</summary>
    public static async Task<TableWriteFault> FailInsertsAsync(string ownerConnectionString, string table)
    {
        await ExecuteAsync(ownerConnectionString, $"""
            CREATE FUNCTION test_table_fault() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'injected failure writing %', TG_TABLE_NAME;
            END $$;
            CREATE TRIGGER test_table_fault BEFORE INSERT ON {table} FOR EACH STATEMENT EXECUTE FUNCTION test_table_fault();
            """);
        return new TableWriteFault(ownerConnectionString, table);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() =>
        await ExecuteAsync(_ownerConnectionString, $"DROP TRIGGER test_table_fault ON {_table}; DROP FUNCTION test_table_fault();");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
