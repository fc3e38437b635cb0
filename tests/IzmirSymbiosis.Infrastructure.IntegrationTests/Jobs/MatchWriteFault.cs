using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Jobs;

/// <summary>
/// Makes the database refuse the first <c>n</c> INSERT statements into <c>matches</c> (a trigger,
/// created as the owner), so a test sees a real failed write; removed when disposed.
/// </summary>
public sealed class MatchWriteFault : IAsyncDisposable
{
    private readonly string _ownerConnectionString;

    private MatchWriteFault(string ownerConnectionString) => _ownerConnectionString = ownerConnectionString;

    /// <summary>Installs the fault.</summary>
    public static async Task<MatchWriteFault> FailFirstInsertsAsync(string ownerConnectionString, int failures)
    {
        await ExecuteAsync(ownerConnectionString, $"""
            CREATE SEQUENCE test_match_fault_seq;
            CREATE FUNCTION test_match_fault() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
            BEGIN
                IF nextval('test_match_fault_seq') <= {failures} THEN
                    RAISE EXCEPTION 'injected failure writing matches';
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER test_match_fault BEFORE INSERT ON matches FOR EACH STATEMENT EXECUTE FUNCTION test_match_fault();
            """);
        return new MatchWriteFault(ownerConnectionString);
    }

    /// <summary>How many INSERT statements reached the trigger (refused or not).</summary>
    public async Task<long> InsertsSeenAsync()
    {
        await using var conn = new NpgsqlConnection(_ownerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM test_match_fault_seq", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() =>
        await ExecuteAsync(_ownerConnectionString, "DROP TRIGGER test_match_fault ON matches; DROP FUNCTION test_match_fault(); DROP SEQUENCE test_match_fault_seq;");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
