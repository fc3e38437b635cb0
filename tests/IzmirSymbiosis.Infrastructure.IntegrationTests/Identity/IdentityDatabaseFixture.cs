using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Identity;

/// <summary>
/// A migrated database with reference data and roles, with Identity wired as in the app. Not the
/// shared Respawn fixture: audit_events is append-only, so this database is never reset; tests
/// use unique e-mails and names instead.
/// </summary>
public sealed class IdentityDatabaseFixture : IAsyncLifetime
{
    /// <summary>The database.</summary>
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>Infrastructure plus Identity over <see cref="Database"/>.</summary>
    public ServiceProvider Services { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("it_identity");
        await Database.Initializer.MigrateAsync();
        await Database.Initializer.SeedReferenceDataAsync();
        Services = IdentityTestServices.Create(Database.ConnectionString);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().EnsureRolesAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
