using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Infrastructure.Seeding;
using IzmirSymbiosis.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Persistence;

public sealed class MigrationsTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesAllMigrationsAndCreatesTables()
    {
        await using var db = await TestDatabase.CreateAsync("it_migrate");

        await db.Initializer.MigrateAsync();

        await using var ctx = db.CreateContext();
        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
        Assert.Equal(ctx.Database.GetMigrations(), await ctx.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await ctx.Companies.CountAsync());
        Assert.Equal(0, await ctx.WasteCodes.CountAsync());
    }

    [Fact]
    public async Task Migrate_OneRoleForAppAndMigrations_AppliesAllAndSkipsTheGrants()
    {
        // A developer's single superuser for everything: both connection strings are the same.
        var admin = TestPostgres.AdminConnection;
        var name = $"it_onerole_{Guid.NewGuid():N}"[..30];
        await TestPostgres.ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        try
        {
            await using (var services = new ServiceCollection().AddLogging().AddInfrastructure(connection).BuildServiceProvider())
            {
                var initializer = services.GetRequiredService<DatabaseInitializer>();
                await initializer.MigrateAsync();
                await initializer.SeedReferenceDataAsync();
                await using var ctx = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
                Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
                Assert.True(await ctx.WasteCodes.AnyAsync());
            }

            Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = 'izmirsym_app'"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await TestPostgres.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task<object?> ScalarAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync();
    }
}
