using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Matching.UnitTests.Latent;

public class LatentReceiverRankerTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("4")]
    [InlineData("7")]
    public void Rank_FlyAsh_CementInTopFive(string? hiddenCase)
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var result = ranker.Rank(new LatentQuery(["100102"], "uçucu kül", "35.11", hiddenCase), 5);

        Assert.Contains(result, r => r.NaceCode == "23.51");
    }

    [Fact]
    public void Rank_FlyAshWithoutSynergyLibrary_CementInTopFiveFromConceptKnowledge()
    {
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var result = ranker.Rank(new LatentQuery(["100102"], "uçucu kül"), 5);

        Assert.Contains(result, r => r.NaceCode == "23.51");
    }

    [Fact]
    public void Rank_Any_ReasonsInBothLanguagesAndScoresDescending()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var result = ranker.Rank(new LatentQuery(["020304"], "meyve posası"), 10);

        Assert.NotEmpty(result);
        Assert.All(result, r => Assert.All(r.Reasons, x => Assert.False(string.IsNullOrWhiteSpace(x.Tr) || string.IsNullOrWhiteSpace(x.En))));
        Assert.Equal(result.Select(r => r.Score).OrderByDescending(s => s), result.Select(r => r.Score));
    }

    [Theory]
    [InlineData("23.51", "23.51", true)]
    [InlineData("23.51", "23.5", true)]
    [InlineData("23.51", "23", true)]
    [InlineData("23.61", "23.5", false)]
    public void ClassesUnder_Code_ContainsClassWhenUnder(string cls, string code, bool expected)
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        Assert.Equal(expected, ranker.ClassesUnder(code).Contains(cls));
    }
}
