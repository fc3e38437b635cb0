using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class OfferTopListsTests
{
    private readonly StreamStore _store = new(new StreamPreparer(TestData.Knowledge, new MatchingOptions()));
    private readonly OfferTopLists _lists;
    private readonly PreparedStream _offer;
    private readonly PreparedStream[] _needs;

    public OfferTopListsTests()
    {
        _lists = new OfferTopLists(_store, capacity: 2);
        var c = TestData.Company("23.51", TestData.Aliaga);
        _store.SetCompany(c);
        _offer = _store.Add(TestData.Offer(c, "100101", "uçucu kül"));
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        _store.SetCompany(taker);
        _needs = [.. Enumerable.Range(0, 3).Select(_ => _store.Add(TestData.Need(taker, "100101", "uçucu kül")))];
        _lists.EnsureSlots(_store.SlotCount);
    }

    private MatchResult Match(PreparedStream need, double score) =>
        PairScorer.Score(_offer, need, new MatchingOptions { MinScore = 0 }, 0)! with { Score = score };

    [Fact]
    public void Insert_FullList_DropsTheLastAndItsHolder()
    {
        _lists.Set(_offer.Slot, [Match(_needs[0], 80), Match(_needs[1], 70)], [_needs[0].Slot, _needs[1].Slot]);
        var better = Match(_needs[2], 75);

        Assert.True(_lists.Takes(_offer.Slot, better));
        _lists.Insert(_offer.Slot, better, _needs[2].Slot);

        Assert.Equal([80.0, 75.0], _lists.Of(_offer.Slot)!.Select(m => m.Score));
        Assert.Empty(_lists.HoldersOf(_needs[1].Slot));
        Assert.Equal([_offer.Slot], _lists.HoldersOf(_needs[2].Slot));
        Assert.False(_lists.Takes(_offer.Slot, Match(_needs[1], 60)));
    }

    [Fact]
    public void RemoveNeed_FullList_ReportsTheOfferForRefill()
    {
        _lists.Set(_offer.Slot, [Match(_needs[0], 80), Match(_needs[1], 70)], [_needs[0].Slot, _needs[1].Slot]);

        var refill = _lists.RemoveNeed(_needs[0].Slot, _needs[0].Source.Id);

        Assert.Equal([_offer.Slot], refill);
        Assert.Equal([_needs[1].Source.Id], _lists.Of(_offer.Slot)!.Select(m => m.NeedId));
        Assert.Empty(_lists.HoldersOf(_needs[0].Slot));
    }

    [Fact]
    public void Clear_ForgetsTheListAndItsHolders()
    {
        _lists.Set(_offer.Slot, [Match(_needs[0], 80)], [_needs[0].Slot]);

        _lists.Clear(_offer.Slot);

        Assert.Null(_lists.Of(_offer.Slot));
        Assert.Empty(_lists.HoldersOf(_needs[0].Slot));
        Assert.Empty(_lists.All());
    }
}
