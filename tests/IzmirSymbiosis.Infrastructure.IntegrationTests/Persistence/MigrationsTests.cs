using Microsoft.EntityFrameworkCore;

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
}
