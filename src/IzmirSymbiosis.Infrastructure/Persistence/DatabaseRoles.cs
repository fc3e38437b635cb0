using Npgsql;

namespace IzmirSymbiosis.Infrastructure.Persistence;

/// <summary>
/// Sets up a database the way scripts/run.sh and docker-compose.yml do with psql, from a superuser
/// connection: the owner and application roles (deploy/postgres/roles.sql, cluster-wide), then a
/// database owned by the owner role (deploy/postgres/database.sql). Idempotent. The application
/// role's table grants are made by <see cref="Seeding.DatabaseInitializer.MigrateAsync"/>.
/// </summary>
public static class DatabaseRoles
{
    /// <summary>Owns the database and its objects; migrations and seeding run as it.</summary>
    public const string Owner = "izmirsym_owner";

    /// <summary>The running app: owns nothing, has table grants only.</summary>
    public const string Application = "izmirsym_app";

    private const string ResourcePrefix = "IzmirSymbiosis.Infrastructure.Persistence.Roles.";

    /// <summary>The text of one of the deploy/postgres scripts.</summary>
    public static string Script(string fileName)
    {
        using var stream = typeof(DatabaseRoles).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded script {fileName} not found.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Creates (or updates) both roles and the database <paramref name="database"/> owned by
    /// <see cref="Owner"/>, and returns the connection strings of both roles to it. With a
    /// <paramref name="rolePassword"/>, both roles get that password (servers that do not trust
    /// local connections need one).
    /// </summary>
    public static async Task<DatabaseConnections> ProvisionAsync(
        string superuserConnectionString, string database, string? rolePassword = null, CancellationToken cancellationToken = default)
    {
        await using (var conn = new NpgsqlConnection(superuserConnectionString))
        {
            await conn.OpenAsync(cancellationToken);
            await using (var tx = await conn.BeginTransactionAsync(cancellationToken))
            {
                await ExecuteAsync(conn, Script("roles.sql"), cancellationToken);
                if (rolePassword is not null)
                {
                    await ExecuteAsync(conn, $"ALTER ROLE {Owner} PASSWORD {Literal(rolePassword)}; ALTER ROLE {Application} PASSWORD {Literal(rolePassword)}", cancellationToken);
                }

                await tx.CommitAsync(cancellationToken);
            }

            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", conn) { Parameters = { new() { Value = database } } };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await ExecuteAsync(conn, $"CREATE DATABASE {Identifier(database)} OWNER {Owner}", cancellationToken);
            }
        }

        var target = new NpgsqlConnectionStringBuilder(superuserConnectionString) { Database = database }.ConnectionString;
        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync(cancellationToken);
            await using var tx = await conn.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(conn, Script("database.sql"), cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        return new DatabaseConnections(
            ConnectionAs(target, Application, rolePassword),
            ConnectionAs(target, Owner, rolePassword));
    }

    /// <summary>A connection string like <paramref name="connectionString"/> but as another role.</summary>
    public static string ConnectionAs(string connectionString, string role, string? password) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = role, Password = password }.ConnectionString;

    /// <summary>A double-quoted SQL identifier.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task ExecuteAsync(NpgsqlConnection conn, string sql, CancellationToken cancellationToken)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
