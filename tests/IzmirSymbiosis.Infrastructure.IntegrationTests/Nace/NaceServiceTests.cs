using IzmirSymbiosis.Application.Nace;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Nace;

[Collection(SeededDatabaseCollection.Name)]
public sealed class NaceServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private NaceService Service => Database.Services.GetRequiredService<NaceService>();

    [Theory]
    [InlineData("döküm", new[] { "24.51", "24.52", "24.53", "24.54" })]
    [InlineData("DÖKÜM", new[] { "24.51", "24.52", "24.53", "24.54" })]
    [InlineData("demir döküm", new[] { "24.51" })]
    [InlineData("mermer", new[] { "23.70" })]
    [InlineData("casting", new[] { "24.51", "24.52", "24.53", "24.54" })]
    [InlineData("24.5", new[] { "24.51", "24.52", "24.53", "24.54" })]
    [InlineData("245", new[] { "24.51", "24.52", "24.53", "24.54" })]
    [InlineData("2451", new[] { "24.51" })]
    public async Task Search_ByTurkishOrEnglishWordsOrCode_FindsTheClasses(string query, string[] expected)
    {
        var codes = (await Service.SearchAsync(query)).Select(n => n.Code).ToList();

        Assert.All(expected, c => Assert.Contains(c, codes));
    }

    [Fact]
    public async Task Search_Dokum_FindsOnlyClassesWithAWordStartingWithIt()
    {
        var results = await Service.SearchAsync("döküm");

        Assert.NotEmpty(results);
        Assert.All(results, n => Assert.Equal(NaceService.ClassLevel, n.Level));
        Assert.All(results, n => Assert.Contains(" döküm", " " + Domain.Common.TurkishText.LowerKey(n.TitleTr), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_Ilac_FoldsTurkishCapitalI()
    {
        var upper = (await Service.SearchAsync("İLAÇ")).Select(n => n.Code).ToList();
        var lower = (await Service.SearchAsync("ilaç")).Select(n => n.Code).ToList();

        Assert.NotEmpty(lower);
        Assert.Equal(lower, upper);
    }

    [Fact]
    public async Task Find_ByDottedCode_ReturnsTheTurkishTitle()
    {
        var hit = await Service.FindAsync("24.51");

        Assert.Equal("Demir döküm", hit?.TitleTr);
        Assert.Equal("Demir döküm", hit?.Title(turkish: true));
    }
}
