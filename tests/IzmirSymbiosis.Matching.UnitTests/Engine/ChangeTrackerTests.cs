using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class ChangeTrackerTests
{
    private readonly StreamStore _store = new(new StreamPreparer(TestData.Knowledge, new MatchingOptions()));
    private readonly OfferTopLists _lists;
    private readonly PreparedStream _offer;
    private readonly PreparedStream[] _needs;

    public ChangeTrackerTests()
    {
        _lists = new OfferTopLists(_store, capacity: 5);
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
    public void Result_ListChanged_UpsertsNewAndRescoredAndRemovesGone()
    {
        _lists.Set(_offer.Slot, [Match(_needs[0], 80), Match(_needs[1], 70)], [_needs[0].Slot, _needs[1].Slot]);
        var tracker = new ChangeTracker(_store, _lists);

        tracker.Touch(_offer.Slot);
        _lists.Clear(_offer.Slot);
        _lists.Set(_offer.Slot, [Match(_needs[0], 80), Match(_needs[2], 65), Match(_needs[1], 60)], [_needs[0].Slot, _needs[2].Slot, _needs[1].Slot]);
        var changes = tracker.Result();

        // needs[0] kept its score: nothing to write for it.
        Assert.Equal([_needs[2].Source.Id, _needs[1].Source.Id], changes.Upserted.OrderByDescending(m => m.Score).Select(m => m.NeedId));
        Assert.Equal([60.0], changes.Upserted.Where(m => m.NeedId == _needs[1].Source.Id).Select(m => m.Score));
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Result_OfferRemoved_ReportsAllItsMatchesRemoved()
    {
        _lists.Set(_offer.Slot, [Match(_needs[0], 80), Match(_needs[1], 70)], [_needs[0].Slot, _needs[1].Slot]);
        var tracker = new ChangeTracker(_store, _lists);

        tracker.Touch(_offer.Slot);
        tracker.Touch(_offer.Slot, _offer.Source.Id);
        _lists.Clear(_offer.Slot);
        _store.Remove(_offer.Source.Id);
        var changes = tracker.Result();

        Assert.Empty(changes.Upserted);
        Assert.Equal(
            new HashSet<MatchKey> { new(_offer.Source.Id, _needs[0].Source.Id), new(_offer.Source.Id, _needs[1].Source.Id) },
            changes.Removed.ToHashSet());
    }

    [Fact]
    public void Result_NothingTouched_NoChanges()
    {
        _lists.Set(_offer.Slot, [Match(_needs[0], 80)], [_needs[0].Slot]);

        var changes = new ChangeTracker(_store, _lists).Result();

        Assert.Empty(changes.Upserted);
        Assert.Empty(changes.Removed);
    }
}
