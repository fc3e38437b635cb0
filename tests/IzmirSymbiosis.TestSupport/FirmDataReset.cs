using System.Collections.Concurrent;
using Npgsql;
using Respawn;

namespace IzmirSymbiosis.TestSupport;

/// <summary>
/// Empties the firm tables of a migrated database (Respawn, as the owner: the application role may
/// not delete everything) and keeps reference data, the migrations history and the append-only
/// audit table.
/// </summary>
public static class FirmDataReset
{
    /// <summary>Tables a reset keeps.</summary>
    public static readonly string[] KeptTables =
    [
        "__EFMigrationsHistory", "zones", "waste_codes", "waste_categories", "nace_activities",
        "recovery_operations", "emission_factors", "material_emission_profiles", "known_exchanges",

        // Append-only: the database refuses DELETE here.
        "audit_events",
    ];

    private static readonly ConcurrentDictionary<string, Respawner> s_respawners = new();

    /// <summary>Deletes all firm data of the database behind <paramref name="ownerConnection"/>.</summary>
    public static async Task ResetAsync(string ownerConnection)
    {
        await using var conn = new NpgsqlConnection(ownerConnection);
        await conn.OpenAsync();
        if (!s_respawners.TryGetValue(ownerConnection, out var respawner))
        {
            respawner = await Respawner.CreateAsync(conn, new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ["public"],
                TablesToIgnore = [.. KeptTables.Select(t => new Respawn.Graph.Table(t))],
            });
            s_respawners[ownerConnection] = respawner;
        }

        await respawner.ResetAsync(conn);
    }
}
