using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// One migrated database with reference data for a test collection; <see cref="ResetAsync"/>
/// empties the firm tables (FirmDataReset) and keeps reference data and the migrations history.
/// </summary>
public sealed class SeededDatabaseFixture : IAsyncLifetime
{
    /// <summary>The database.</summary>
    public TestDatabase Database { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("it_shared");
        await Database.Initializer.MigrateAsync();
        await Database.Initializer.SeedReferenceDataAsync();
    }

    /// <summary>Deletes all firm data, empties the engine and signs the admin in again.</summary>
    public async Task ResetAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        await FirmDataReset.ResetAsync(Database.OwnerConnectionString);

        // Factor sets are emptied with the ledger (tests add sets and mark them used); the first is
        // seeded again so every test starts with version 1 as the current set.
        await Database.Initializer.SeedImpactFactorsAsync();

        // The engine holds the streams in memory: a re-match of the empty database empties it too.
        await Database.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SeededDatabaseCollection : ICollectionFixture<SeededDatabaseFixture>
{
    public const string Name = "seeded database";
}
