using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Seeding;

public sealed class ReferenceDataSeedingTests
{
    [Fact]
    public async Task SeedReferenceData_FreshDatabase_LoadsEveryReferenceRow()
    {
        await using var db = await TestDatabase.CreateAsync("it_refseed");
        await db.Initializer.MigrateAsync();

        await db.Initializer.SeedReferenceDataAsync();

        await using var ctx = db.CreateContext();
        Assert.Equal(842, await ctx.WasteCodes.CountAsync());
        Assert.Equal(408, await ctx.WasteCodes.CountAsync(w => w.IsHazardous));
        Assert.Equal(131, await ctx.WasteCategories.CountAsync());
        Assert.Equal(20, await ctx.WasteCategories.CountAsync(c => c.ParentCode == null));
        Assert.Equal(20, await ctx.WasteCategories.CountAsync(c => c.ParentCode == null && c.TitleTr != null));
        Assert.Equal(996, await ctx.NaceActivities.CountAsync());
        Assert.Equal([21, 88, 272, 615], await ctx.NaceActivities.GroupBy(n => n.Level).OrderBy(g => g.Key).Select(g => g.Count()).ToListAsync());
        Assert.Equal(21, await ctx.NaceActivities.CountAsync(n => n.Level == 1 && n.TitleTr != null));
        Assert.Equal(28, await ctx.RecoveryOperations.CountAsync());
        Assert.Equal(290, await ctx.KnownExchanges.CountAsync());
        Assert.Equal(19, await ctx.Zones.CountAsync());
        // Only the 204 UK factors that have a value (the table leaves the rest blank).
        Assert.Equal(204, await ctx.EmissionFactors.CountAsync(e => e.Dataset == "UK-DESNZ-2024"));
        Assert.Equal(3, await ctx.EmissionFactors.Select(e => e.Dataset).Distinct().CountAsync());
        Assert.Equal(25, await ctx.MaterialEmissionProfiles.CountAsync());
    }

    [Fact]
    public async Task SeedReferenceData_SecondRun_AddsNothing()
    {
        await using var db = await TestDatabase.CreateAsync("it_refseed2");
        await db.Initializer.MigrateAsync();
        var first = await db.Initializer.SeedReferenceDataAsync();

        var second = await db.Initializer.SeedReferenceDataAsync();

        Assert.True(first.Total > 2000);
        Assert.Equal(0, second.Total);
        await using var ctx = db.CreateContext();
        Assert.Equal(842, await ctx.WasteCodes.CountAsync());
        Assert.Equal(996, await ctx.NaceActivities.CountAsync());
    }
}
