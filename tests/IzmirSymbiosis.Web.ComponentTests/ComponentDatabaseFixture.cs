using IzmirSymbiosis.Infrastructure;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Infrastructure.Seeding;
using IzmirSymbiosis.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// One migrated database with the reference data (EWC, NACE, synergy library) in the throwaway
/// cluster, shared by the component tests; the components get the real Application services over it.
/// </summary>
public sealed class ComponentDatabaseFixture : IAsyncLifetime
{
    private ThrowawayDatabase _database = null!;

    /// <summary>Connection strings of the application role and of the owner role.</summary>
    public DatabaseConnections Connections => _database.Connections;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _database = await ThrowawayDatabase.CreateAsync("ct_shared");
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<Application.Security.ICurrentUser, TestCurrentUser>();
        services.AddInfrastructure(Connections.Application, Connections.Migrations);
        await using var provider = services.BuildServiceProvider();
        var initializer = provider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.SeedReferenceDataAsync();
    }

    /// <summary>Deletes all firm data and keeps the reference data.</summary>
    public Task ResetAsync() => FirmDataReset.ResetAsync(Connections.Migrations);

    /// <inheritdoc />
    public async Task DisposeAsync() => await _database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ComponentDatabaseCollection : ICollectionFixture<ComponentDatabaseFixture>
{
    public const string Name = "component database";
}
