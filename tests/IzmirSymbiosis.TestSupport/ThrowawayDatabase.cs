using IzmirSymbiosis.Infrastructure.Persistence;

namespace IzmirSymbiosis.TestSupport;

/// <summary>
/// An empty database of its own in the test cluster, provisioned as deployed: it belongs to the
/// owner role (migrations, seeding, resets) and the app connects as the application role.
/// Dropped when disposed.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string _adminConnection;

    private ThrowawayDatabase(string adminConnection, string name, DatabaseConnections connections)
    {
        _adminConnection = adminConnection;
        Name = name;
        Connections = connections;
    }

    /// <summary>Database name.</summary>
    public string Name { get; }

    /// <summary>Connection strings of the application role and of the owner role.</summary>
    public DatabaseConnections Connections { get; }

    /// <summary>Creates the database and its two roles; the name starts with <paramref name="prefix"/>.</summary>
    public static async Task<ThrowawayDatabase> CreateAsync(string prefix, string? adminConnection = null)
    {
        var admin = adminConnection ?? TestPostgres.AdminConnection;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
        var connections = await DatabaseRoles.ProvisionAsync(admin, name, TestPostgres.RolePassword);
        return new ThrowawayDatabase(admin, name, connections);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await TestPostgres.DropDatabaseAsync(Name, _adminConnection);
}
