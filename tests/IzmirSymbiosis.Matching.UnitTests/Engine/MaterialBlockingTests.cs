using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class MaterialBlockingTests
{
    // Tyres offered by a tyre dealer; a kiln asks for TDF with no code. Without the library no code,
    // group, text or library key joins them, only the material model (tyres are a TDF feedstock).
    private static readonly Model.MatchCompany s_giver = TestData.Company("45.32", TestData.Aliaga);
    private static readonly Model.MatchCompany s_kiln = TestData.Company("23.51", TestData.Kemalpasa);

    [Fact]
    public void RematchAll_PairJoinedOnlyByTheMaterialModel_FoundAndEqualToAllPairs()
    {
        var offer = TestData.Offer(s_giver, "160103", "ömrünü tamamlamış lastik");
        var need = TestData.Need(s_kiln, null, "TDF");
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([s_giver, s_kiln], [offer, need]);

        engine.RematchAll();

        var m = Assert.Single(engine.MatchesFor(offer.Id));
        Assert.Equal(MaterialBasis.MaterialModel, m.Basis);
        Assert.Equal("rubber.tyre", m.OfferMaterial);
        Assert.Equal("fuel.tdf", m.NeedMaterial);
        Assert.Equal(engine.RematchAllPairs().Single(), m);
    }

    [Fact]
    public void UpsertStream_NewNeedJoinedOnlyByTheMaterialModel_ReachesTheOffer()
    {
        var offer = TestData.Offer(s_giver, "160103", "ömrünü tamamlamış lastik");
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([s_giver, s_kiln], [offer]);
        engine.RematchAll();

        var changes = engine.UpsertStream(TestData.Need(s_kiln, null, "lastik türevli yakıt"));

        Assert.Single(engine.MatchesFor(offer.Id));
        Assert.NotEmpty(changes.Upserted);
    }

    [Fact]
    public void RematchAll_HardIncompatibility_NoMatchEvenWithTheSameSubChapter()
    {
        var offer = TestData.Offer(s_giver, "150101", "oluklu karton");
        var need = TestData.Need(s_kiln, "150102", "temiz PE kırığı");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions { MinScore = 0 });
        engine.Load([s_giver, s_kiln], [offer, need]);

        engine.RematchAll();

        Assert.Empty(engine.MatchesFor(offer.Id));
        Assert.Empty(engine.RematchAllPairs());
    }
}
