using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.WasteCodes;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.WasteCodes;

[Collection(SeededDatabaseCollection.Name)]
public sealed class WasteCodeServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private WasteCodeService Service => Database.Services.GetRequiredService<WasteCodeService>();

    [Theory]
    [InlineData("10 01 02")]
    [InlineData("100102")]
    [InlineData("10-01-02")]
    [InlineData("10.01.02")]
    [InlineData(" 10 01 02* ")]
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

    [Theory]
    [InlineData("kül", new[] { "100102", "100103", "100104", "100113" }, new[] { "050115", "061302" })]
    [InlineData("KÜL", new[] { "100102", "100103" }, new[] { "050115" })]
    [InlineData("uçucu kül", new[] { "100102", "100103", "100104", "100116", "100117" }, new[] { "100101", "050115" })]
    [InlineData("UÇUCU KÜL", new[] { "100102", "100117" }, new[] { "100101" })]
    [InlineData("fly ash", new[] { "100102", "100103" }, new[] { "100101" })]
    [InlineData("kullanılmış", new[] { "050115", "061302" }, new[] { "100102" })]
    [InlineData("ucucu kul", new[] { "100102", "100103" }, new[] { "100101" })]
    [InlineData("taş kesme", new[] { "010413" }, new[] { "170504" })]
    [InlineData("ısıl işlem", new[] { "101109", "101110", "101201", "101208" }, new string[0])]
    [InlineData("ISIL İŞLEM", new[] { "101109", "101110", "101201", "101208" }, new string[0])]
    [InlineData("İnşaat", new[] { "170605", "170801", "101208" }, new string[0])]
    [InlineData("inşaat", new[] { "170605", "170801", "101208" }, new string[0])]
    public async Task Search_ByTurkishOrEnglishWords_MatchesWordStartsWithTurkishRules(string query, string[] found, string[] notFound)
    {
        var codes = (await Service.SearchAsync(query, take: 1000)).Select(r => r.Code).ToList();

        Assert.All(found, c => Assert.Contains(c, codes));
        Assert.All(notFound, c => Assert.DoesNotContain(c, codes));
    }

    [Fact]
    public async Task Search_Kul_DoesNotReturnCodesThatOnlySayKullanilmis()
    {
        var results = await Service.SearchAsync("kül", take: 1000);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Contains(" kül", " " + Domain.Common.TurkishText.LowerKey(r.TitleTr), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_Mermer_FindsNoWasteCodeBecauseTheListSaysStone()
    {
        // The regulation's list has no "mermer"; marble cutting waste is "taş yontma ve kesme" (01 04 13),
        // found by those words, while the NACE class for marble (23.70) is found by "mermer".
        Assert.Empty(await Service.SearchAsync("mermer"));
        Assert.Contains(await Service.SearchAsync("taş kesme"), r => r.Code == "010413");
    }

    [Fact]
    public async Task Search_Result_CarriesTheTurkishTitle()
    {
        var hit = Assert.Single(await Service.SearchAsync("100102"));

        Assert.Equal("Uçucu kömür külü", hit.TitleTr);
        Assert.Equal("Uçucu kömür külü", hit.Title(turkish: true));
        Assert.Equal(hit.DescriptionEn, hit.Title(turkish: false));
    }

    [Theory]
    [InlineData("10 01 02*", "100102")]
    [InlineData("130205", "130205")]
    public async Task Find_ByCodeInAnyForm_ReturnsTheEntry(string code, string expected)
    {
        var hit = await Service.FindAsync(code);

        Assert.Equal(expected, hit?.Code);
    }

    [Fact]
    public async Task Find_UnknownCode_ReturnsNull()
    {
        Assert.Null(await Service.FindAsync("999999"));
        Assert.Null(await Service.FindAsync("10 01"));
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
        // 109 of 111 sub-chapters have a Turkish title in the regulation's transcription (not 16 05, 16 06).
        Assert.Equal(109, chapters.Sum(c => c.Children.Count(s => s.TitleTr is not null)));

        // Reference data that only seeding writes: every reader (another scope, another circuit) gets the same tree.
        using var scope = Database.Services.CreateScope();
        Assert.Same(chapters, await scope.ServiceProvider.GetRequiredService<WasteCodeService>().ChaptersAsync());
    }

    [Theory]
    [InlineData("R5", new[] { "R5" })]
    [InlineData("r 5", new[] { "R5" })]
    [InlineData("d10", new[] { "D10" })]
    [InlineData("metal", new[] { "R4" })]
    [InlineData("METAL", new[] { "R4" })]
    [InlineData("inorganik", new[] { "R5" })]
    [InlineData("enerji", new[] { "R1" })]
    [InlineData("composting", new[] { "R3" })]
    public async Task Operations_ByCodeOrWords_FindTheOperation(string query, string[] expected)
    {
        var codes = (await Service.OperationsAsync(query)).Select(o => o.Code).ToList();

        Assert.All(expected, c => Assert.Contains(c, codes));
    }

    [Fact]
    public async Task Operations_NoQuery_ListsRecoveryThenDisposalInNumberOrderInTurkish()
    {
        var all = await Service.OperationsAsync(null);

        Assert.Equal(28, all.Count);
        Assert.Equal(["R1", "R2", "R3"], all.Take(3).Select(o => o.Code));
        Assert.Equal("R13", all[12].Code);
        Assert.Equal("D1", all[13].Code);
        Assert.Equal("Metallerin ve metal bileşiklerinin ıslahı/geri dönüşümü", all[3].Title(turkish: true));
    }

    [Theory]
    [InlineData("35.11", "100102")]
    [InlineData("24.10", "100202")]
    public async Task TypicalForSector_TheLibrarysMostRecordedWasteOfTheClassFirst(string nace, string first)
    {
        var typical = await Service.TypicalForSectorAsync(nace);

        Assert.Equal(first, typical[0].Code);
        Assert.Equal(typical.Count, typical.Select(t => t.Code).Distinct().Count());
    }

    [Fact]
    public async Task TypicalForSector_ClassUnknownToTheLibrary_FallsBackToItsDivision()
    {
        // No library exchange has a donor in group 24.5 (casting): those of division 24 (basic metals,
        // iron and steel's slag most often) answer.
        var typical = await Service.TypicalForSectorAsync("24.51");

        Assert.Equal("100202", typical[0].Code);
        Assert.Equal(typical, await Service.TypicalForSectorAsync("24.52"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("99.99")]
    [InlineData("x")]
    public async Task TypicalForSector_NoOrUnknownSector_GivesNothing(string? nace)
    {
        Assert.Empty(await Service.TypicalForSectorAsync(nace));
    }

    [Fact]
    public async Task TypicalForSector_IsLibraryKnowledgeOnly_NeverAnotherFirmsStreams()
    {
        var before = await Service.TypicalForSectorAsync("35.11");
        var firm = TestData.Company("Başka Enerji A.Ş.", nace: "35.11");
        var offer = new ResourceStream(firm.Id, StreamDirection.Offer, ResourceKind.Material, "Atık yağ", new Quantity(5, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        offer.Describe("Atık motor yağı", "13 02 05");
        await using (var db = Database.CreateContext())
        {
            db.Companies.Add(firm);
            db.Streams.Add(offer);
            await db.SaveChangesAsync();
        }

        var after = await Service.TypicalForSectorAsync("35.11");

        Assert.Equal(before, after);
        Assert.DoesNotContain(after, t => t.Code == "130205");
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("kül", null)]
    [InlineData("", "13")]
    [InlineData("atık", "1001")]
    public async Task SearchPage_PagesPutTogether_AreTheWholeSearchInCodeOrder_WithItsCount(string query, string? category)
    {
        var whole = await Service.SearchAsync(query, category, take: 1000);
        Assert.NotEmpty(whole);

        var paged = new List<WasteCodeItem>();
        for (var page = 0; page * 25 <= whole.Count; page++)
        {
            var result = await Service.SearchPageAsync(query, category, new PageRequest(page, 25));
            Assert.Equal(whole.Count, result.TotalCount);
            paged.AddRange(result.Items);
        }

        Assert.Equal(whole.Select(w => w.Code), paged.Select(w => w.Code));
        Assert.Equal(paged.Select(w => w.Code).Order(StringComparer.Ordinal), paged.Select(w => w.Code));
        if (category is not null)
        {
            Assert.All(paged, w => Assert.StartsWith(category, w.Code, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SearchPage_OutOfBounds_IsRefusedAtTheField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.SearchPageAsync(null, null, new PageRequest(0, 0)));

        Assert.Contains(error.Errors, e => e.Field == "PageSize");
    }
}
