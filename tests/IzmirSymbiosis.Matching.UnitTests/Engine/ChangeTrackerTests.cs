using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class ChangeTrackerTests
{
    private readonly OfferWithNeeds _given = new();
    private readonly OfferTopLists _lists;

    public ChangeTrackerTests()
    {
        _lists = new OfferTopLists(_given.Store, capacity: 5);
        _lists.EnsureSlots(_given.Store.SlotCount);
    }

    private StreamStore Store => _given.Store;

    private PreparedStream Offer => _given.Offer;

    private PreparedStream[] Needs => _given.Needs;

    private MatchResult Match(PreparedStream need, double score) => _given.Match(need, score);

    [Fact]
    public void Result_ListChanged_UpsertsNewAndRescoredAndRemovesGone()
    {
        _lists.Set(Offer.Slot, [Match(Needs[0], 80), Match(Needs[1], 70)], [Needs[0].Slot, Needs[1].Slot]);
        var tracker = new ChangeTracker(Store, _lists);

        tracker.Touch(Offer.Slot);
        _lists.Clear(Offer.Slot);
        _lists.Set(Offer.Slot, [Match(Needs[0], 80), Match(Needs[2], 65), Match(Needs[1], 60)], [Needs[0].Slot, Needs[2].Slot, Needs[1].Slot]);
        var changes = tracker.Result();

        // needs[0] kept its score: nothing to write for it.
        Assert.Equal([Needs[2].Source.Id, Needs[1].Source.Id], changes.Upserted.OrderByDescending(m => m.Score).Select(m => m.NeedId));
        Assert.Equal([60.0], changes.Upserted.Where(m => m.NeedId == Needs[1].Source.Id).Select(m => m.Score));
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Result_OfferRemoved_ReportsAllItsMatchesRemoved()
    {
        _lists.Set(Offer.Slot, [Match(Needs[0], 80), Match(Needs[1], 70)], [Needs[0].Slot, Needs[1].Slot]);
        var tracker = new ChangeTracker(Store, _lists);

        tracker.Touch(Offer.Slot);
        tracker.Touch(Offer.Slot, Offer.Source.Id);
        _lists.Clear(Offer.Slot);
        Store.Remove(Offer.Source.Id);
        var changes = tracker.Result();

        Assert.Empty(changes.Upserted);
        Assert.Equal(
            new HashSet<MatchKey> { new(Offer.Source.Id, Needs[0].Source.Id), new(Offer.Source.Id, Needs[1].Source.Id) },
            changes.Removed.ToHashSet());
    }

    [Fact]
    public void Result_NothingTouched_NoChanges()
    {
        _lists.Set(Offer.Slot, [Match(Needs[0], 80)], [Needs[0].Slot]);

        var changes = new ChangeTracker(Store, _lists).Result();

        Assert.Empty(changes.Upserted);
        Assert.Empty(changes.Removed);
    }
}
