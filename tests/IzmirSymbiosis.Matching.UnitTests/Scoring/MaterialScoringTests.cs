using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;
using IzmirSymbiosis.Matching.Synthetic;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

public class MaterialScoringTests
{
    private static readonly PairChecker s_checker = new(TestData.Knowledge, new MatchingOptions());

    private static PairVerdict Check(string? offerCode, string offer, string? needCode, string need, double? km = 20) =>
        s_checker.Check(new PairQuery(offerCode, offer, "24.10", needCode, need, "23.51", km));

    [Theory]
    [InlineData("150102", "PVC profil kırığı", null, "temiz PE kırığı")]
    [InlineData("120101", "çelik talaşı", "120103", "alüminyum talaşı")]
    [InlineData("100202", "çelikhane cürufu", null, "lastik türevli yakıt")]
    [InlineData("150101", "", "150102", "")]
    [InlineData("150102", "PLA şeffaf bardak", null, "yıkanmış şeffaf PET şişe kırığı")]
    public void Check_HardIncompatibility_FilteredWithTheMaterialReason(string? offerCode, string offer, string? needCode, string need)
    {
        var v = Check(offerCode, offer, needCode, need);

        Assert.Equal(PairFilter.MaterialIncompatible, v.Filter);
        Assert.Equal(0, v.Score);
        Assert.Equal(MaterialRelationKind.Hard, v.Relation.Kind);
    }

    [Fact]
    public void Check_SameSubChapterOfDifferentMaterials_NoCodeCredit()
    {
        // 02 01 06 manure and 02 01 03 plant tissue share a sub-chapter, but not a material.
        var v = Check("020106", "", "020103", "");

        Assert.Equal(MaterialRelationKind.Different, v.Relation.Kind);
        Assert.Equal(0, v.Material["code"]);
    }

    [Fact]
    public void Check_SoftRule_LowersTheMaterialValue()
    {
        var exact = Check(null, "granüle yüksek fırın cürufu", null, "granüle yüksek fırın cürufu");
        var steel = Check(null, "çelikhane cürufu", null, "granüle yüksek fırın cürufu");

        Assert.Equal(PairFilter.None, exact.Filter);
        Assert.Equal(MaterialRelationKind.Soft, steel.Relation.Kind);
        Assert.True(steel.Material["factor"] < 1);
        Assert.True(steel.Score < exact.Score, $"{steel.Score} < {exact.Score}");
    }

    [Fact]
    public void Check_AcceptedFuel_ScoresWithTheModelsEvidence()
    {
        var v = Check("160103", "atık lastik", null, "TDF");

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Equal(MaterialRelationKind.Accepted, v.Relation.Kind);
        Assert.True(v.Material["model"] > 0);
        Assert.True(v.Score > 0);
    }

    [Fact]
    public void Check_DistanceOverTheDefaultLimit_NotFilteredButNoDistanceCredit()
    {
        // The file states no transport limits: only the distance factor counts the distance.
        var v = Check("100102", "uçucu kül", "100102", "uçucu kül", km: 400);

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Equal(0, v.Factors["distance"]);
    }

    [Fact]
    public void Check_GivenDistance_IsTheScoredDistance()
    {
        var near = Check("100102", "uçucu kül", "100102", "uçucu kül", km: 50);

        Assert.Equal(1 - (50.0 / new MatchingOptions().DefaultMaxTransportKm), near.Factors["distance"], 6);
    }

    [Theory]
    // Copper scrap travels across the country (haul 1,500 km), crushed rubble as aggregate rarely
    // beyond 120 km; fly ash has no row of its own and keeps the default 250 km.
    [InlineData("170401", "bakır kablo hurdası", "bakır hurda", 1500)]
    [InlineData("170904", "kırılmış beton ve tuğla molozu", "yol dolgusu için geri kazanılmış agrega", 120)]
    [InlineData("100102", "uçucu kül", "uçucu kül", 250)]
    public void Check_DistanceFactor_ScalesWithTheOffersMaterial(string offerCode, string offer, string need, double haul)
    {
        var v = Check(offerCode, offer, null, need, km: 100);
        var plain = new PairChecker(TestData.Knowledge, new MatchingOptions { MaterialTransport = 0 })
            .Check(new PairQuery(offerCode, offer, "24.10", null, need, "23.51", 100));

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Equal(1 - (100 / haul), v.Factors["distance"], 6);
        Assert.Equal(1 - (100.0 / new MatchingOptions().DefaultMaxTransportKm), plain.Factors["distance"], 6);
    }

    [Fact]
    public void Check_FarCopperScrap_KeepsItsEconomicsWhileFarRubbleLosesIt()
    {
        var copper = Check("170401", "bakır kablo hurdası", null, "bakır hurda", km: 600);
        var rubble = Check("170904", "kırılmış beton ve tuğla molozu", null, "yol dolgusu için geri kazanılmış agrega", km: 600);

        Assert.True(copper.Factors["economics"] > 0.9, $"copper economics {copper.Factors["economics"]}");
        Assert.True(copper.Factors["distance"] > 0.5, $"copper distance {copper.Factors["distance"]}");
        Assert.Equal(0, rubble.Factors["distance"]);
        Assert.Equal(0, rubble.Factors["economics"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void FilterOf_AgreesWithTryScore_OnEveryPairOfARegion(int seed)
    {
        var region = SyntheticRegion.Generate(TestData.Knowledge, 60, 120, 120, seed);
        var options = new MatchingOptions { MinScore = 0 };
        var preparer = new StreamPreparer(TestData.Knowledge, options);
        var companies = region.Companies.ToDictionary(c => c.Id, c => new PreparedCompany(c, preparer.NaceId, preparer.CompanyId(c.Id)));
        var offers = region.Offers.Select(s => preparer.Prepare(s, companies[s.CompanyId])).ToList();
        var needs = region.Needs.Select(s => preparer.Prepare(s, companies[s.CompanyId])).ToList();
        var filtered = new HashSet<PairFilter>();
        foreach (var o in offers)
        {
            var oh = o.Hot;
            foreach (var n in needs)
            {
                var nh = n.Hot;
                var filter = PairScorer.FilterOf(o, in oh, in nh, options);
                var kept = PairScorer.TryScore(o, in oh, in nh, options, 0, out _);
                Assert.Equal(filter == PairFilter.None, kept);
                filtered.Add(filter);
            }
        }

        Assert.Contains(PairFilter.None, filtered);
        Assert.Contains(PairFilter.MaterialTooWeak, filtered);
    }
}
