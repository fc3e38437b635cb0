using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Documents;

/// <summary>
/// Makes the database refuse every INSERT into <c>subject_documents</c> (a trigger, created as the
/// owner), so a test sees a real failed write after the file was stored; removed when disposed.
/// </summary>
public sealed class DocumentWriteFault : IAsyncDisposable
{
    private readonly string _ownerConnectionString;

    private DocumentWriteFault(string ownerConnectionString) => _ownerConnectionString = ownerConnectionString;

    public static async Task<DocumentWriteFault> InstallAsync(string ownerConnectionString)
    {
        await ExecuteAsync(ownerConnectionString, """
            CREATE FUNCTION test_document_fault() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'injected failure writing documents';
            END $$;
            CREATE TRIGGER test_document_fault BEFORE INSERT ON subject_documents FOR EACH STATEMENT EXECUTE FUNCTION test_document_fault();
            """);
        return new DocumentWriteFault(ownerConnectionString);
    }

    public async ValueTask DisposeAsync() =>
        await ExecuteAsync(_ownerConnectionString, "DROP TRIGGER test_document_fault ON subject_documents; DROP FUNCTION test_document_fault();");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
