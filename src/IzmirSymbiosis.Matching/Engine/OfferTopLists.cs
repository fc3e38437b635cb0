using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// The stored matches: each offer's best k needs (best first, as <see cref="TopList"/> orders
/// them), and for each need the offers whose lists hold it, so that a change to a need finds the
/// lists to update. Both are indexed by slot. Not thread-safe: the engine's lock guards it.
/// </summary>
internal sealed class OfferTopLists(StreamStore store, int capacity)
{
    private readonly List<MatchResult[]?> _lists = [];
    private readonly List<HashSet<int>?> _holders = [];

    /// <summary>Most matches an offer keeps.</summary>
    public int Capacity => capacity;

    /// <summary>Makes room for slots below <paramref name="slotCount"/>.</summary>
    public void EnsureSlots(int slotCount)
    {
        while (_lists.Count < slotCount)
        {
            _lists.Add(null);
            _holders.Add(null);
        }
    }

    /// <summary>An offer's list, best first; null when it has none.</summary>
    public MatchResult[]? Of(int offerSlot) => _lists[offerSlot];

    /// <summary>The offers whose lists hold a need.</summary>
    public IReadOnlyCollection<int> HoldersOf(int needSlot) => _holders[needSlot] ?? (IReadOnlyCollection<int>)[];

    /// <summary>All stored matches.</summary>
    public IReadOnlyList<MatchResult> All() => [.. _lists.Where(m => m is not null).SelectMany(m => m!)];

    /// <summary>The matches that hold a need, best first.</summary>
    public IReadOnlyList<MatchResult> ForNeed(int needSlot, Guid needId) =>
        [.. (_holders[needSlot] ?? []).SelectMany(o => _lists[o] ?? []).Where(m => m.NeedId == needId)
            .OrderByDescending(m => m.Score).ThenBy(m => m.OfferId)];

    /// <summary>Sets the list of an offer that has none (new, or just cleared); <paramref name="needSlots"/> in list order.</summary>
    public void Set(int offerSlot, MatchResult[] list, int[] needSlots)
    {
        _lists[offerSlot] = list;
        foreach (var nSlot in needSlots)
        {
            Holders(nSlot).Add(offerSlot);
        }
    }

    /// <summary>Drops an offer's list and its place among the holders of its needs.</summary>
    public void Clear(int offerSlot)
    {
        foreach (var m in _lists[offerSlot] ?? [])
        {
            _holders[store.SlotOf(m.NeedId)]?.Remove(offerSlot);
        }

        _lists[offerSlot] = null;
    }

    /// <summary>
    /// Replaces every list after a full re-match: <paramref name="lists"/> and
    /// <paramref name="needSlots"/> by position in <paramref name="offers"/>. Returns the matches kept.
    /// </summary>
    public int ReplaceAll(IReadOnlyList<int> offers, MatchResult[][] lists, int[][] needSlots)
    {
        for (var i = 0; i < offers.Count; i++)
        {
            _lists[offers[i]] = lists[i];
        }

        // Each set is made at its final size: grown one match at a time, the sets of a million
        // matches would leave their outgrown arrays behind.
        var held = new int[_holders.Count];
        foreach (var slots in needSlots)
        {
            foreach (var nSlot in slots)
            {
                held[nSlot]++;
            }
        }

        for (var i = 0; i < _holders.Count; i++)
        {
            _holders[i] = held[i] == 0 ? null : new HashSet<int>(held[i]);
        }

        var count = 0;
        for (var i = 0; i < offers.Count; i++)
        {
            foreach (var nSlot in needSlots[i])
            {
                Holders(nSlot).Add(offers[i]);
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether a new match would enter the offer's list.</summary>
    public bool Takes(int offerSlot, MatchResult r)
    {
        var list = _lists[offerSlot] ?? [];
        return list.Length < capacity || TopList.Compare(r, list[^1]) < 0;
    }

    /// <summary>
    /// Puts a new match in its place in the offer's list (check <see cref="Takes"/> first); the
    /// last one leaves when the list was full.
    /// </summary>
    public void Insert(int offerSlot, MatchResult r, int needSlot)
    {
        var list = _lists[offerSlot] ?? [];
        var merged = new List<MatchResult>(list.Length + 1);
        merged.AddRange(list);
        var at = merged.FindIndex(m => TopList.Compare(r, m) < 0);
        merged.Insert(at < 0 ? merged.Count : at, r);
        if (merged.Count > capacity)
        {
            var dropped = merged[^1];
            merged.RemoveAt(merged.Count - 1);
            _holders[store.SlotOf(dropped.NeedId)]?.Remove(offerSlot);
        }

        _lists[offerSlot] = [.. merged];
        Holders(needSlot).Add(offerSlot);
    }

    /// <summary>
    /// Takes a need out of every list that holds it. Returns the offers whose lists were full:
    /// the best need outside such a list may now enter, so they must be matched again.
    /// </summary>
    public List<int> RemoveNeed(int needSlot, Guid needId)
    {
        var refill = new List<int>();
        foreach (var oSlot in _holders[needSlot] ?? [])
        {
            var list = _lists[oSlot]!;
            if (list.Length >= capacity)
            {
                refill.Add(oSlot);
            }

            _lists[oSlot] = [.. list.Where(m => m.NeedId != needId)];
        }

        _holders[needSlot] = null;
        return refill;
    }

    private HashSet<int> Holders(int needSlot) => _holders[needSlot] ??= [];
}
