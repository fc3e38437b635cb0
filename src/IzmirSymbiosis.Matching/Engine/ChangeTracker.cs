using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// Snapshots the top lists of offers before a change and diffs them after: the matches to write
/// and the matches to delete.
/// </summary>
internal sealed class ChangeTracker(StreamStore store, OfferTopLists lists)
{
    private readonly Dictionary<int, (Guid OfferId, MatchResult[] Before)> _before = [];
    private readonly List<MatchKey> _removedOffers = [];

    /// <summary>
    /// Records an offer's list before it changes (once per change). With
    /// <paramref name="removedOfferId"/> the offer is leaving: its matches are reported as removed.
    /// </summary>
    public void Touch(int slot, Guid? removedOfferId = null)
    {
        if (_before.ContainsKey(slot))
        {
            if (removedOfferId is { } gone)
            {
                // The slot is being freed: report its matches as removed now.
                _removedOffers.AddRange(_before[slot].Before.Select(m => new MatchKey(m.OfferId, m.NeedId)));
                _before.Remove(slot);
            }

            return;
        }

        var current = lists.Of(slot) ?? [];
        if (removedOfferId is not null)
        {
            _removedOffers.AddRange(current.Select(m => new MatchKey(m.OfferId, m.NeedId)));
            return;
        }

        _before[slot] = (store.At(slot)!.Source.Id, current);
    }

    /// <summary>The differences between the recorded lists and the lists now.</summary>
    public MatchChanges Result()
    {
        var upserted = new List<MatchResult>();
        var removed = new HashSet<MatchKey>(_removedOffers);
        foreach (var (slot, (offerId, before)) in _before)
        {
            var alive = store.At(slot) is { } s && s.Source.Id == offerId;
            var after = alive ? lists.Of(slot) ?? [] : [];
            var afterByNeed = after.ToDictionary(m => m.NeedId);
            foreach (var m in before)
            {
                if (!afterByNeed.ContainsKey(m.NeedId))
                {
                    removed.Add(new MatchKey(m.OfferId, m.NeedId));
                }
            }

            var beforeByNeed = before.ToDictionary(m => m.NeedId);
            foreach (var m in after)
            {
                if (!beforeByNeed.TryGetValue(m.NeedId, out var old) || old != m)
                {
                    upserted.Add(m);
                }
            }
        }

        foreach (var m in upserted)
        {
            removed.Remove(new MatchKey(m.OfferId, m.NeedId));
        }

        return new MatchChanges(upserted, [.. removed]);
    }
}
