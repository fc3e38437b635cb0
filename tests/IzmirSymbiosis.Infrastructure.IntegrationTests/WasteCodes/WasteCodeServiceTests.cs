using IzmirSymbiosis.Application.WasteCodes;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.WasteCodes;

[Collection(SeededDatabaseCollection.Name)]
public sealed class WasteCodeServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private WasteCodeService Service => Database.Services.GetRequiredService<WasteCodeService>();

    [Theory]
    [InlineData("10 01 02")]
    [InlineData("100102")]
    [InlineData("10 01 02*")]
    public async Task Search_ByCodeInAnyForm_FindsTheEntryFirst(string query)
    {
        var results = await Service.SearchAsync(query);

        var hit = Assert.Single(results);
        Assert.Equal("100102", hit.Code);
        Assert.Equal("10 01 02", hit.Display);
        Assert.False(hit.IsHazardous);
    }

    [Fact]
    public async Task Search_ByPrefix_ReturnsTheSubChapter()
    {
        var results = await Service.SearchAsync("10 01");

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("1001", r.SubChapterCode));
    }

    [Fact]
    public async Task Search_ByWords_FindsFlyAsh()
    {
        var results = await Service.SearchAsync("coal fly ash");

        Assert.Contains(results, r => r.Code == "100102");
    }

    [Fact]
    public async Task Search_HazardousEntry_IsMarkedWithStar()
    {
        var results = await Service.SearchAsync("130205");

        var hit = Assert.Single(results);
        Assert.True(hit.IsHazardous);
        Assert.Equal("13 02 05*", hit.Display);
    }

    [Fact]
    public async Task Search_WithinChapter_KeepsOnlyThatChapter()
    {
        var results = await Service.SearchAsync("sludge", "19");

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("19", r.ChapterCode));
    }

    [Fact]
    public async Task Chapters_ReturnsTwentyChaptersWithSubChaptersAndTurkishTitles()
    {
        var chapters = await Service.ChaptersAsync();

        Assert.Equal(20, chapters.Count);
        Assert.Equal(111, chapters.Sum(c => c.Children.Count));
        Assert.All(chapters, c => Assert.False(string.IsNullOrEmpty(c.TitleTr)));
    }
}
