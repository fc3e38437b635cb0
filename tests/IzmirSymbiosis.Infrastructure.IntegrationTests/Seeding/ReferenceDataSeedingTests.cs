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
        Assert.Equal(996, await ctx.NaceActivities.CountAsync(n => n.TitleTr != null));
        Assert.Equal(838, await ctx.WasteCodes.CountAsync(w => w.TitleTr != null));
        Assert.Equal(28, await ctx.RecoveryOperations.CountAsync(r => r.TitleTr != null));
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

    [Fact]
    public async Task SeedReferenceData_RowsFromAnEarlierVersion_GetTheTurkishTitlesAndSearchWords()
    {
        await using var db = await TestDatabase.CreateAsync("it_refseed3");
        await db.Initializer.MigrateAsync();
        await db.Initializer.SeedReferenceDataAsync();
        await using (var ctx = db.CreateContext())
        {
            // As a database seeded before the Turkish titles: English-only search keys, no Turkish text.
            await ctx.WasteCodes.ExecuteUpdateAsync(s => s.SetProperty(w => w.TitleTr, (string?)null).SetProperty(w => w.SearchKey, w => w.Code));
            await ctx.NaceActivities.ExecuteUpdateAsync(s => s.SetProperty(n => n.TitleTr, (string?)null));
            await ctx.RecoveryOperations.ExecuteUpdateAsync(s => s.SetProperty(r => r.TitleTr, (string?)null).SetProperty(r => r.SearchKey, string.Empty));
        }

        var second = await db.Initializer.SeedReferenceDataAsync();

        Assert.Equal(0, second.Total);
        await using var check = db.CreateContext();
        var flyAsh = await check.WasteCodes.SingleAsync(w => w.Code == "100102");
        Assert.Equal("Uçucu kömür külü", flyAsh.TitleTr);
        Assert.Contains("külü", flyAsh.SearchKey, StringComparison.Ordinal);
        Assert.Equal("Demir döküm", (await check.NaceActivities.SingleAsync(n => n.Code == "24.51")).TitleTr);
        Assert.Equal(28, await check.RecoveryOperations.CountAsync(r => r.TitleTr != null));
        Assert.Contains("geri", (await check.RecoveryOperations.SingleAsync(r => r.Code == "R5")).SearchKey, StringComparison.Ordinal);
    }
}
