using Npgsql;

namespace IzmirSymbiosis.Infrastructure.Persistence;

/// <summary>
/// The app's two ways into PostgreSQL: <see cref="Application"/> (<c>ConnectionStrings:Default</c>)
/// is the least-privileged role every request uses; <see cref="Migrations"/>
/// (<c>ConnectionStrings:Migrations</c>, the same string when unset) owns the schema and is used
/// only to migrate and seed. A developer may run both as one role; deployments use two.
/// </summary>
public sealed record DatabaseConnections(string Application, string Migrations)
{
    /// <summary>The role the app connects as.</summary>
    public string? ApplicationRole => new NpgsqlConnectionStringBuilder(Application).Username;

    /// <summary>The role migrations run as.</summary>
    public string? MigrationsRole => new NpgsqlConnectionStringBuilder(Migrations).Username;

    /// <summary>Whether the app runs as a role other than the schema owner (and so needs grants).</summary>
    public bool SeparateRoles =>
        ApplicationRole is not null && !string.Equals(ApplicationRole, MigrationsRole, StringComparison.Ordinal);
}
