using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// A set of need slots kept as a sorted array, each with a copy of the need's
/// <see cref="HotStream"/>: probing a block reads the numbers the scorer needs as one forward
/// stream (the prefetcher fetches them ahead) instead of one random read per candidate in the
/// engine's slot-indexed array, which is what bounded the full re-match. Adding and removing are a
/// binary search and a block move; a stream's numbers change only by removing and re-adding it.
/// </summary>
internal sealed class SlotList
{
    private int[] _items = new int[4];
    private HotStream[] _hot = new HotStream[4];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    /// <summary>The streams' numbers, same order as <see cref="Items"/>.</summary>
    public ReadOnlySpan<HotStream> Hot => _hot.AsSpan(0, Count);

    public void Add(int slot, in HotStream hot)
    {
        var i = Array.BinarySearch(_items, 0, Count, slot);
        if (i >= 0)
        {
            _hot[i] = hot;
            return;
        }

        i = ~i;
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            Array.Resize(ref _hot, _items.Length);
        }

        Array.Copy(_items, i, _items, i + 1, Count - i);
        Array.Copy(_hot, i, _hot, i + 1, Count - i);
        _items[i] = slot;
        _hot[i] = hot;
        Count++;
    }

    public void Remove(int slot)
    {
        var i = Array.BinarySearch(_items, 0, Count, slot);
        if (i < 0)
        {
            return;
        }

        Array.Copy(_items, i + 1, _items, i, Count - i - 1);
        Array.Copy(_hot, i + 1, _hot, i, Count - i - 1);
        Count--;
        _hot[Count] = default;
    }
}
