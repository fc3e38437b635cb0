using IzmirSymbiosis.TestSupport;

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

    /// <summary>Deletes all firm data.</summary>
    public async Task ResetAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        await FirmDataReset.ResetAsync(Database.OwnerConnectionString);
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SeededDatabaseCollection : ICollectionFixture<SeededDatabaseFixture>
{
    public const string Name = "seeded database";
}
