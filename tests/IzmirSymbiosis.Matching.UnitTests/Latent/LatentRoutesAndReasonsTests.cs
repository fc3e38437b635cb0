using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Matching.UnitTests.Latent;

/// <summary>Recovery routes, hazard sense, coarse library receivers and the wording of reasons.</summary>
public partial class LatentRoutesAndReasonsTests
{
    private static readonly string[] s_englishWords =
    [
        "the", "of", "and", "exchange", "exchanges", "similar", "receivers", "receiver", "sector", "waste", "can", "input", "this",
        "about", "synergy", "library", "frequent", "from", "recovery", "route", "manufacture", "production", "use", "fuel", "only",
    ];

    public static TheoryData<string, string> Queries() => new()
    {
        { "100102", "uçucu kül" },
        { "100210", "tufal" },
        { "020304", "meyve posası" },
        { "150102", "plastik ambalaj" },
        { "190811", "tehlikeli arıtma çamuru" },
        { "130205", "atık motor yağı" },
        { "120101", "demir talaşı" },
        { "030105", "ahşap talaşı" },
    };

    [Fact]
    public void Rank_RouteOfAnotherMaterialUnderTheSameCode_DoesNotVote()
    {
        // 12 01 03 non-ferrous filings has routes for aluminium turnings (24.42) and copper-brass
        // turnings (24.44); aluminium turnings must not take the copper route.
        Assert.Contains(RecoveryRoutes.For("120103", hazardous: false), r => r.Route.ReceiverNace == "24.44");
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var top = ranker.Rank(new LatentQuery(["120103"], "Alüminyum talaşı"), 10);

        Assert.Equal("24.42", top[0].NaceCode);
        Assert.DoesNotContain(top, r => r.NaceCode == "24.44" && r.Reasons.Any(x => x.Tr.StartsWith("Geri kazanım yolu", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rank_WithoutLibrary_RouteTableFindsTheReceivers()
    {
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var top = ranker.Rank(new LatentQuery(["100210"], "tufal"), 5);

        Assert.Contains(top, r => r.NaceCode == "24.10" && r.RCode == "R4");
        Assert.Contains(top, r => r.NaceCode == "23.51" && r.RCode == "R5");
    }

    [Fact]
    public void Rank_MillScaleFromASteelworks_SameClassIsAReceiver()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var top = ranker.Rank(new LatentQuery(["100210"], "tufal", "24.10"), 5);

        Assert.Contains(top, r => r.NaceCode == "24.10");
    }

    [Fact]
    public void Rank_RouteOff_NoRouteReasonsAndNoRCodeFromRoutes()
    {
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary()) { RouteWeight = 0 };

        var top = ranker.Rank(new LatentQuery(["100210"], "tufal"), 10);

        Assert.DoesNotContain(top, r => r.Reasons.Any(x => x.Tr.StartsWith("Geri kazanım yolu", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("190811", "tehlikeli maddeler içeren endüstriyel arıtma çamuru")]
    [InlineData("100213", "gaz arıtma çamuru")]
    [InlineData("060405", "ağır metalli atık")]
    [InlineData("070104", "atık çözücü")]
    public void Rank_HazardousCode_NoFarmFeedFoodOrFertiliserAndEveryResultHasTheCaveat(string code, string description)
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var all = ranker.Rank(new LatentQuery([code], description), int.MaxValue);

        Assert.NotEmpty(all);
        Assert.DoesNotContain(all, r => r.NaceCode.StartsWith("01", StringComparison.Ordinal) || r.NaceCode.StartsWith("10", StringComparison.Ordinal)
            || r.NaceCode == "20.15" || r.NaceCode.StartsWith("11", StringComparison.Ordinal));
        Assert.All(all, r =>
        {
            Assert.True(r.IsHazardous);
            Assert.StartsWith("Tehlikeli atık: yalnızca", r.Reasons[0].Tr, StringComparison.Ordinal);
            Assert.StartsWith("Hazardous waste: only", r.Reasons[0].En, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Rank_HazardousSludgeWithoutASteelRoute_NotToSteelmaking()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var all = ranker.Rank(new LatentQuery(["190813"], "tehlikeli arıtma çamuru"), int.MaxValue);

        Assert.DoesNotContain(all, r => r.NaceCode == "24.10");
        Assert.Contains(all, r => r.NaceCode == "23.51" && r.RCode == "R1" && r.Reasons[0].Tr.Contains("R1 — ", StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_HazardousSludgeWithASourcedSteelRoute_SteelmakingAllowed()
    {
        // 10 02 13*: BREF IS recycles blast-furnace and converter sludges to the sinter plant.
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var top = ranker.Rank(new LatentQuery(["100213"], "yüksek fırın gaz arıtma çamuru"), 5);

        Assert.Contains(top, r => r.NaceCode == "24.10" && r.RCode == "R4");
    }

    [Fact]
    public void Rank_MercuryWaste_OnlyToLicensedHazardousWastePlants()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var all = ranker.Rank(new LatentQuery(["060404"], "cıva içeren atık"), int.MaxValue);

        Assert.Equal(["38.22"], all.Select(r => r.NaceCode).Distinct());
    }

    [Fact]
    public void Rank_NonHazardousCode_NoCaveat()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var top = ranker.Rank(new LatentQuery(["100102"], "uçucu kül"), 5);

        Assert.All(top, r => Assert.False(r.IsHazardous));
        Assert.DoesNotContain(top, r => r.Reasons.Any(x => x.Tr.StartsWith("Tehlikeli atık", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rank_CoarseLibraryReceiver_GoesToPlausibleClassesNotToNuclearFuel()
    {
        // A library exchange of plastic whose receiver is only known as group 24.4 (non-ferrous metals).
        var d = ReferenceDataReader.Load();
        KnownExchange[] exchanges =
        [
            new() { ExchangeId = "x1", CaseId = "c1", DonorNace = "22.22", ReceiverNace = "24.4", MaterialDescription = "plastic waste", EwcCodes = "070213" },
            new() { ExchangeId = "x2", CaseId = "c2", DonorNace = "25.61", ReceiverNace = "24.4", MaterialDescription = "aluminium turnings", EwcCodes = "120103" },
        ];
        var knowledge = new MatchingKnowledge(d.WasteCodes, d.WasteCategories, d.NaceActivities, d.RecoveryOperations, d.MaterialEmissionProfiles, exchanges);
        var ranker = new LatentReceiverRanker(knowledge);

        var metal = ranker.Rank(new LatentQuery(["120103"], "alüminyum talaşı"), int.MaxValue).ToDictionary(r => r.NaceCode, r => r.Score);
        var plastic = ranker.Rank(new LatentQuery(["070213"], "plastik atığı"), int.MaxValue).ToDictionary(r => r.NaceCode, r => r.Score);

        Assert.True(metal["24.42"] > metal.GetValueOrDefault("24.46"), string.Join(" ", metal.Take(12)));
        Assert.True(plastic.GetValueOrDefault("24.46") < 0.5 * plastic["22.21"], string.Join(" ", plastic.Take(12)));
        Assert.True(plastic.GetValueOrDefault("24.46") <= plastic.Where(p => p.Key.StartsWith("24.4", StringComparison.Ordinal)).Min(p => p.Value), string.Join(" ", plastic.Take(12)));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Reasons_Turkish_HaveNoEnglishWordsNoEnglishTitlesAndIntegerCounts(string code, string description)
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var top = ranker.Rank(new LatentQuery([code], description, "35.11"), 10);

        Assert.NotEmpty(top);
        foreach (var r in top)
        {
            foreach (var reason in r.Reasons.SelectMany(x => new[] { x, x.ForAnonymous }))
            {
                var words = WordPattern().Matches(reason.Tr).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
                Assert.Empty(words.Intersect(s_englishWords));
                Assert.DoesNotContain(r.TitleEn, reason.Tr, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"\d+[.,]\d+ örnek", reason.Tr);
                Assert.DoesNotMatch(@"%0\b|\b0%", reason.Tr + " " + reason.En);
                Assert.DoesNotMatch(@"\b1 (similar )?exchanges\b", reason.En);
                Assert.DoesNotMatch(@"\d+\.\d+ (similar )?exchange", reason.En);
            }

            // The giver's own sector (35.11 here) may be named; the receiving class may not.
            Assert.All(r.Reasons.Where(x => !x.Tr.Contains("(35.11)", StringComparison.Ordinal)), x =>
                Assert.DoesNotContain(r.NaceCode, x.ForAnonymous.Tr + x.ForAnonymous.En, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Reasons_English_OneAndManyExchanges()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var reasons = ranker.Rank(new LatentQuery(["100102"], "uçucu kül", "35.11"), 10).SelectMany(r => r.Reasons).Select(r => r.En).ToList();

        Assert.Contains(reasons, r => CountPattern().IsMatch(r));
        Assert.All(reasons.Select(r => CountPattern().Match(r)).Where(m => m.Success), m =>
            Assert.Equal(m.Groups[1].Value == "1", !m.Groups[2].Value.EndsWith('s')));
    }

    [Fact]
    public void Reasons_LibraryEvidence_CitedOnlyForTheSameMaterial()
    {
        // Glass cullet: no library exchange about plastics or metals may be quoted as evidence.
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var reasons = ranker.Rank(new LatentQuery(["101112"], "cam kırığı"), 10).SelectMany(r => r.Reasons).ToList();

        Assert.All(reasons.Where(r => r.Tr.StartsWith("Sinerji kütüphanesinde aynı", StringComparison.Ordinal)), r =>
            Assert.True(r.Tr.Contains("10 11 12", StringComparison.Ordinal) || r.Tr.Contains("cam", StringComparison.Ordinal), r.Tr));
    }

    [Fact]
    public void Reasons_Concept_NameOnlyOperationsThePlantCarriesOut()
    {
        // Sludge's usual operations are R3, R10 and R1; a cement kiln does not do land treatment (R10).
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var cement = ranker.Rank(new LatentQuery([], "sludge"), int.MaxValue).Single(r => r.NaceCode == "23.51");

        Assert.Contains(cement.Reasons, r => r.Tr.StartsWith("‘çamur’", StringComparison.Ordinal));
        Assert.DoesNotContain(cement.Reasons, r => r.Tr.Contains("R10", StringComparison.Ordinal));
    }

    [Fact]
    public void Reasons_Library_ASludgeIsNotTheSameMaterialAsAnotherSludge()
    {
        var ranker = new LatentReceiverRanker(TestData.Knowledge);

        var reasons = ranker.Rank(new LatentQuery(["190813"], "tehlikeli arıtma çamuru"), 20).SelectMany(r => r.Reasons);

        Assert.DoesNotContain(reasons, r => r.Tr.Contains("aynı malzemeli (çamur)", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(\d+) ((?:similar )?exchanges?)\b")]
    private static partial Regex CountPattern();
}

public class LatentRouteSelectionTests
{
    [Fact]
    public void Rank_DescriptionNamesTheMaterialVariant_PicksThatRouteOfTheCode()
    {
        // 02 03 04 has feed, biogas, compost, pomace-oil and fuel routes: “olive pomace” picks the last two.
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary()) { ConceptWeight = 0 };

        var plain = ranker.Rank(new LatentQuery(["020304"]), 10).ToDictionary(r => r.NaceCode, r => r.Score);
        var pomace = ranker.Rank(new LatentQuery(["020304"], "olive pomace"), 10).ToDictionary(r => r.NaceCode, r => r.Score);

        Assert.Equal(plain["10.91"], plain["10.41"]);
        Assert.True(pomace["10.41"] > pomace["10.91"]);
        Assert.True(pomace["35.11"] > pomace["38.21"]);
    }

    [Fact]
    public void Rank_CodeWithoutRowsOfItsOwn_BorrowsSiblingRoutesOfTheSameMaterial()
    {
        // 10 02 99 (iron and steel wastes n.o.s.) described as slag: the slag rows of 10 02 02 apply, weaker than for 10 02 02 itself.
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary()) { ConceptWeight = 0 };

        var nosList = ranker.Rank(new LatentQuery(["100299"], "slag"), 10);
        var nos = nosList.ToDictionary(r => r.NaceCode, r => r.Score);
        var slag = ranker.Rank(new LatentQuery(["100202"], "slag"), 10).ToDictionary(r => r.NaceCode, r => r.Score);

        Assert.True(nos.ContainsKey("42.11"), string.Join(" ", nos));
        Assert.True(nos["42.11"] < slag["42.11"]);
        Assert.Contains(nosList.Single(r => r.NaceCode == "42.11").Reasons, r => r.Tr.Contains("aynı alt bölümdeki 10 02 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_HazardousCodeWithoutRows_BorrowsNothing()
    {
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary()) { ConceptWeight = 0 };

        var result = ranker.Rank(new LatentQuery(["100211"], "oily sludge"), 10);

        Assert.DoesNotContain(result, r => r.Reasons.Any(x => x.Tr.Contains("aynı alt bölümdeki", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rank_DescriptionOnly_RoutesWhoseUseNamesTheMaterialVote()
    {
        var ranker = new LatentReceiverRanker(TestData.KnowledgeWithoutLibrary());

        var top = ranker.Rank(new LatentQuery([], "hurda demir"), 5);

        Assert.Contains(top, r => r.NaceCode == "24.10" && r.RCode == "R4");
        Assert.Contains(top.Single(r => r.NaceCode == "24.10").Reasons, x => x.Tr.Contains("açıklamadaki malzemeye göre", StringComparison.Ordinal));
        Assert.All(top, r => Assert.False(r.IsHazardous));
    }
}
