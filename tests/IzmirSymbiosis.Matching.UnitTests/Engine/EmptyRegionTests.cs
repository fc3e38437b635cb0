using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public sealed class EmptyRegionTests
{
    [Fact]
    public void RematchAll_NoStreams_ScoresNothingAndFindsNothing()
    {
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load([TestData.Company("23.51", TestData.Aliaga)], Array.Empty<MatchStream>());

        var stats = engine.RematchAll();

        Assert.Equal((0, 0, 0L, 0), (stats.Offers, stats.Needs, stats.PairsScored, stats.Matches));
        Assert.Empty(engine.AllMatches());
    }

    [Fact]
    public void RematchAll_OnlyNeeds_ThenAnOfferArrives_MatchesIncrementally()
    {
        var cement = TestData.Company("23.51", TestData.Aliaga);
        var power = TestData.Company("35.11", TestData.Aliaga);
        var need = TestData.Need(cement, "100102", "Uçucu kül");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load([cement, power], [need]);
        Assert.Equal(0, engine.RematchAll().Matches);

        var changes = engine.UpsertStream(TestData.Offer(power, "100102", "Uçucu kül"));

        var match = Assert.Single(changes.Upserted);
        Assert.Equal(need.Id, match.NeedId);
    }
}
