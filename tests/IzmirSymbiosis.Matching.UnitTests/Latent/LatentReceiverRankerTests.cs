using IzmirSymbiosis.Matching.Knowledge;
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
        var ranker = new LatentReceiverRanker(hiddenCase is null ? TestData.Knowledge : TestData.KnowledgeWithoutCase(hiddenCase));

        var result = ranker.Rank(new LatentQuery(["100102"], "uçucu kül", "35.11"), 5);

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

    [Theory]
    [InlineData("uçucu kül")]
    [InlineData("UÇUCU KÜL")]
    [InlineData("fly ash")]
    public void Rank_FlyAshAnySpelling_CementFirst(string description)
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var result = ranker.Rank(new LatentQuery(["100102"], description), 5);

        Assert.Equal("23.51", result[0].NaceCode);
    }

    [Theory]
    [InlineData("ahşap talaşı", "wood sawdust")]
    [InlineData("hurda demir", "iron scrap")]
    [InlineData("peynir altı suyu", "whey")]
    [InlineData("ÇELİK CÜRUFU", "steel slag")]
    public void Rank_WithoutLibrary_TurkishAndEnglishDescriptionsAgree(string turkish, string english)
    {
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var tr = ranker.Rank(new LatentQuery([], turkish), 3).Select(r => r.NaceCode);
        var en = ranker.Rank(new LatentQuery([], english), 3).Select(r => r.NaceCode);

        Assert.Equal(en, tr);
    }

    [Theory]
    [InlineData("metal")]
    [InlineData("glass")]
    [InlineData("paper")]
    [InlineData("ash")]
    [InlineData("plastic")]
    public void Rank_WithoutLibrary_TopClassTitleNamesAUserOfTheConcept(string conceptKey)
    {
        var concept = MaterialLexicon.Find(conceptKey)!;
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var top = ranker.Rank(new LatentQuery([], concept.NameEn), 1).Single();
        var title = TestData.Knowledge.NaceClasses.Single(c => c.Code == top.NaceCode).TitleStems;

        Assert.True(concept.SectorWords.Any(title.Contains), $"{top.NaceCode} {top.TitleEn}");
        Assert.Equal(1.0, SectorRoles.InputFactor(top.TitleEn));
    }

    [Fact]
    public void Rank_WithoutLibrary_FertiliserMakerAboveFertiliserMine()
    {
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var result = ranker.Rank(new LatentQuery(["190606"], "digestate"), int.MaxValue).Select(r => r.NaceCode).ToList();

        Assert.True(result.IndexOf("20.15") >= 0 && (result.IndexOf("08.91") < 0 || result.IndexOf("20.15") < result.IndexOf("08.91")));
    }

    [Fact]
    public void Rank_LibraryEvidence_ReasonNamesTheExchangeInBothLanguages()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var cement = ranker.Rank(new LatentQuery(["100102"], "uçucu kül"), 1).Single();

        Assert.Contains(cement.Reasons, r => r.Tr.Contains("23.51", StringComparison.Ordinal) && r.En.Contains("23.51", StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_DivisionPriors_OffGivesSameOrderAsBeforeAndOnKeepsCementFirst()
    {
        var with = new LatentReceiverRanker(TestData.Knowledge).Rank(new LatentQuery(["100102"], "uçucu kül", "35.11"), 5);
        var without = new LatentReceiverRanker(TestData.Knowledge) { CodePriorWeight = 0, DonorPriorWeight = 0 }
            .Rank(new LatentQuery(["100102"], "uçucu kül", "35.11"), 5);

        Assert.Equal("23.51", with[0].NaceCode);
        Assert.Equal("23.51", without[0].NaceCode);
        Assert.Contains(with[0].Reasons, r => r.En.Contains("division (NACE 23)", StringComparison.Ordinal) && r.Tr.Contains("NACE 23", StringComparison.Ordinal));
        Assert.DoesNotContain(without[0].Reasons, r => r.En.Contains("division (NACE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("100102", "uçucu kül", "35.11")]
    [InlineData("190811", "tehlikeli arıtma çamuru", null)]
    [InlineData("150102", "plastik ambalaj", "22.22")]
    public void Rank_SameQueryTwice_SameClassesScoresReasonsAndRoutes(string code, string description, string? donor)
    {
        var query = new LatentQuery([code], description, donor);

        var a = new LatentReceiverRanker(TestData.Knowledge).Rank(query, 20);
        var b = new LatentReceiverRanker(TestData.Knowledge).Rank(query, 20);

        Assert.Equal(
            a.Select(r => (r.NaceCode, r.Score, r.RCode, r.IsHazardous, string.Join("|", r.Reasons.Select(x => x.Tr + x.En)))),
            b.Select(r => (r.NaceCode, r.Score, r.RCode, r.IsHazardous, string.Join("|", r.Reasons.Select(x => x.Tr + x.En)))));
    }
}
