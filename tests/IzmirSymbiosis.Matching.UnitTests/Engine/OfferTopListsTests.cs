using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class OfferTopListsTests
{
    private readonly OfferWithNeeds _given = new();
    private readonly OfferTopLists _lists;

    public OfferTopListsTests()
    {
        _lists = new OfferTopLists(_given.Store, capacity: 2);
        _lists.EnsureSlots(_given.Store.SlotCount);
    }

    private StreamStore Store => _given.Store;

    private PreparedStream Offer => _given.Offer;

    private PreparedStream[] Needs => _given.Needs;

    private MatchResult Match(PreparedStream need, double score) => _given.Match(need, score);

    [Fact]
    public void Insert_FullList_DropsTheLastAndItsHolder()
    {
        _lists.Set(Offer.Slot, [Match(Needs[0], 80), Match(Needs[1], 70)], [Needs[0].Slot, Needs[1].Slot]);
        var better = Match(Needs[2], 75);

        Assert.True(_lists.Takes(Offer.Slot, better));
        _lists.Insert(Offer.Slot, better, Needs[2].Slot);

        Assert.Equal([80.0, 75.0], _lists.Of(Offer.Slot)!.Select(m => m.Score));
        Assert.Empty(_lists.HoldersOf(Needs[1].Slot));
        Assert.Equal([Offer.Slot], _lists.HoldersOf(Needs[2].Slot));
        Assert.False(_lists.Takes(Offer.Slot, Match(Needs[1], 60)));
    }

    [Fact]
    public void RemoveNeed_FullList_ReportsTheOfferForRefill()
    {
        _lists.Set(Offer.Slot, [Match(Needs[0], 80), Match(Needs[1], 70)], [Needs[0].Slot, Needs[1].Slot]);

        var refill = _lists.RemoveNeed(Needs[0].Slot, Needs[0].Source.Id);

        Assert.Equal([Offer.Slot], refill);
        Assert.Equal([Needs[1].Source.Id], _lists.Of(Offer.Slot)!.Select(m => m.NeedId));
        Assert.Empty(_lists.HoldersOf(Needs[0].Slot));
    }

    [Fact]
    public void Clear_ForgetsTheListAndItsHolders()
    {
        _lists.Set(Offer.Slot, [Match(Needs[0], 80)], [Needs[0].Slot]);

        _lists.Clear(Offer.Slot);

        Assert.Null(_lists.Of(Offer.Slot));
        Assert.Empty(_lists.HoldersOf(Needs[0].Slot));
        Assert.Empty(_lists.All());
    }
}
