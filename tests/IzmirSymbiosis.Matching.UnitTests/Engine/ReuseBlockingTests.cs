using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

/// <summary>
/// A need for goods to reuse and an offer of usable goods share no code, group, library receiver,
/// material or word: only the reuse rule joins them, so the blocks must (both indexes).
/// </summary>
public class ReuseBlockingTests
{
    private static readonly Model.MatchCompany s_yard = TestData.Company("38.31", TestData.Aliaga);
    private static readonly Model.MatchCompany s_dealer = TestData.Company("46.69", TestData.Kemalpasa);

    private static Model.MatchStream UsableOffer() => TestData.Offer(s_yard, "160122", "Sökülmüş dizel jeneratör ve pompalar (çalışır durumda)");

    private static Model.MatchStream ReuseNeed() => TestData.Need(s_dealer, null, "İkinci el gemi makinesi alınır");

    [Fact]
    public void RematchAll_PairJoinedOnlyByTheReuseRule_FoundAndEqualToAllPairs()
    {
        var offer = UsableOffer();
        var need = ReuseNeed();
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([s_yard, s_dealer], [offer, need]);

        engine.RematchAll();

        var m = Assert.Single(engine.MatchesFor(offer.Id));
        Assert.Equal(MaterialBasis.Reuse, m.Basis);
        Assert.Equal(engine.RematchAllPairs().Single(), m);
    }

    [Fact]
    public void UpsertStream_NewReuseNeed_ReachesTheUsableOffer()
    {
        var offer = UsableOffer();
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([s_yard, s_dealer], [offer]);
        engine.RematchAll();

        var changes = engine.UpsertStream(ReuseNeed());

        Assert.Single(engine.MatchesFor(offer.Id));
        Assert.NotEmpty(changes.Upserted);
    }

    [Fact]
    public void UpsertStream_NewUsableOffer_ReachesTheReuseNeed()
    {
        var need = ReuseNeed();
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([s_yard, s_dealer], [need]);
        engine.RematchAll();

        var offer = UsableOffer();
        engine.UpsertStream(offer);

        Assert.Single(engine.MatchesFor(offer.Id));
    }

    [Fact]
    public void RematchAll_DamagedOffer_NoMatch()
    {
        var offer = TestData.Offer(s_yard, "160122", "Sökülmüş dizel jeneratör (arızalı)");
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([s_yard, s_dealer], [offer, ReuseNeed()]);

        engine.RematchAll();

        Assert.Empty(engine.MatchesFor(offer.Id));
        Assert.Empty(engine.RematchAllPairs());
    }

    [Fact]
    public void RematchAll_SameGoodsOfIncompatibleMaterials_FoundByBothIndexes()
    {
        // Paper cores to a stretch-film maker: paper into PE is a hard rule, the same goods lift it.
        var converter = TestData.Company("17.21", TestData.Aliaga);
        var filmMaker = TestData.Company("22.22", TestData.Kemalpasa);
        var offer = TestData.Offer(converter, "150101", "Karton bobin göbeği (76 mm; sağlam)");
        var need = TestData.Need(filmMaker, null, "Streç film üreticisi: PE film sarımı için karton göbek geri alınır (yeniden kullanım)");
        var engine = new MatchingEngine(TestData.KnowledgeWithoutLibrary(), new MatchingOptions { MinScore = 0 });
        engine.Load([converter, filmMaker], [offer]);
        engine.RematchAll();

        engine.UpsertStream(need);

        var m = Assert.Single(engine.MatchesFor(offer.Id));
        Assert.Equal(MaterialBasis.SameGoods, m.Basis);
        engine.RematchAll();
        Assert.Equal(engine.RematchAllPairs().Single(), Assert.Single(engine.MatchesFor(offer.Id)));
    }
}
