using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Seeding;

public sealed class DemoDataSeedingTests
{
    [Fact]
    public async Task SeedDemoData_RunTwice_LoadsOnceWithValidReferences()
    {
        await using var db = await TestDatabase.CreateAsync("it_demoseed");
        await db.Initializer.MigrateAsync();
        await db.Initializer.SeedReferenceDataAsync();

        var first = await db.Initializer.SeedDemoDataAsync();
        var second = await db.Initializer.SeedDemoDataAsync();

        Assert.Equal(0, second.Total);
        await using var ctx = db.CreateContext();
        var companies = await ctx.Companies.CountAsync();
        var streams = await ctx.Streams.CountAsync();
        Assert.Equal(first.Total, companies + streams);
        Assert.True(companies >= 150, $"{companies} companies");
        Assert.True(streams >= 400, $"{streams} streams");

        // Every company's NACE class and zone exist in the reference data.
        Assert.Equal(0, await ctx.Companies.CountAsync(c => !ctx.NaceActivities.Any(n => n.Code == c.NaceCode && n.Level == 4)));
        Assert.True(await ctx.Companies.Select(c => c.ZoneId).Distinct().CountAsync() >= 10);
    }
}
