using Npgsql;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Creates or upgrades the job store's schema, as the owner role, when the database is migrated,
/// and gives the application role row access to it (nothing else: it cannot change the schema).
/// </summary>
public static class JobSchema
{
    /// <summary>
    /// Installs the job tables with <paramref name="ownerConnectionString"/> and, when the app runs
    /// as another role, grants <paramref name="applicationRole"/> SELECT/INSERT/UPDATE/DELETE on them.
    /// </summary>
    public static async Task InstallAsync(string ownerConnectionString, string? applicationRole, CancellationToken cancellationToken = default)
    {
        // Constructing the store with schema preparation on runs Hangfire.PostgreSql's own
        // install and upgrade scripts, versioned in its schema table.
        _ = JobQueue.Storage(ownerConnectionString, prepareSchema: true);
        if (applicationRole is null)
        {
            return;
        }

        var app = Persistence.DatabaseRoles.Identifier(applicationRole);
        var schema = Persistence.DatabaseRoles.Identifier(JobQueue.Schema);
        await using var conn = new NpgsqlConnection(ownerConnectionString);
        await conn.OpenAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand(
            $"""
            GRANT USAGE ON SCHEMA {schema} TO {app};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {app};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {app};
            REVOKE INSERT, UPDATE, DELETE ON {schema}."schema" FROM {app};
            """,
            conn);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
