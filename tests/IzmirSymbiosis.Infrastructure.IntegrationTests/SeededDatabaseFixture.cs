using Npgsql;
using Respawn;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// One migrated database with reference data for a test collection; <see cref="ResetAsync"/>
/// empties the firm tables (Respawn) and keeps reference data and the migrations history.
/// </summary>
public sealed class SeededDatabaseFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    /// <summary>The database.</summary>
    public TestDatabase Database { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("it_shared");
        await Database.Initializer.MigrateAsync();
        await Database.Initializer.SeedReferenceDataAsync();
    }

    /// <summary>Deletes all firm data.</summary>
    public async Task ResetAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        // As the owner: the application role may not truncate.
        await using var conn = new NpgsqlConnection(Database.OwnerConnectionString);
        await conn.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(conn, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore =
            [
                "__EFMigrationsHistory", "zones", "waste_codes", "waste_categories", "nace_activities",
                "recovery_operations", "emission_factors", "material_emission_profiles", "known_exchanges",

                // Append-only: the database refuses DELETE here.
                "audit_events",
            ],
        });
        await _respawner.ResetAsync(conn);
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SeededDatabaseCollection : ICollectionFixture<SeededDatabaseFixture>
{
    public const string Name = "seeded database";
}
