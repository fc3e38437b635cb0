using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public sealed class TitleConceptsTests
{
    [Theory]
    [InlineData("Sludges from treatment of urban waste water", "sludge", "water")]
    [InlineData("Fly ash from peat and untreated wood", "ash", "wood")]
    [InlineData("Bottom ash, slag and boiler dust from co-incineration containing hazardous substances", "slag", "water")]
    [InlineData("Wastes from processed textile fibres", "textile", "sludge")]
    public void TitleConcepts_TheHeadNamesTheMaterial_TheOriginDoesNot(string title, string expected, string notExpected)
    {
        var concepts = TextAnalyzer.TitleConcepts(title, null);

        Assert.Contains(expected, concepts);
        Assert.DoesNotContain(notExpected, concepts);
    }

    [Fact]
    public void SewageSludge_IsNotOfferedAsWater()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var reasons = ranker.Rank(new LatentQuery(["190805"], "arıtma çamuru"), 10).SelectMany(r => r.Reasons).Select(r => r.Tr);

        Assert.DoesNotContain(reasons, r => r.StartsWith("‘su’", StringComparison.Ordinal));
    }

    [Fact]
    public void LibraryReason_QuotesTheWasteTitle_SoATitleThatStartsWithCodesReadsApart()
    {
        var reasons = new LatentReceiverRanker(TestData.Knowledge).Rank(new LatentQuery(["060314"], "sodyum sülfat tuz çözeltisi"), 10)
            .SelectMany(r => r.Reasons).Select(r => r.Tr).Where(r => r.Contains("aynı atık kodlu", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Contains("06 03 14 “06 03 11", r, StringComparison.Ordinal));
    }
}
