using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// A set of need slots kept as an array sorted by area cell (<see cref="AreaGrid.Key"/>, row by row,
/// needs without a location last) and then slot, each with a copy of the need's
/// <see cref="HotStream"/>: probing a block reads the numbers the scorer needs as one forward
/// stream (the prefetcher fetches them ahead) instead of one random read per candidate in the
/// engine's slot-indexed array, and the needs of one row of cells between two longitudes are one
/// run, so an offer can read the cells near it and leave out the ones too far to matter. Adding and
/// removing are a binary search and a block move; a stream's numbers change only by removing and
/// re-adding it.
/// </summary>
internal sealed class SlotList
{
    private int[] _items = new int[4];
    private int[] _cells = new int[4];
    private HotStream[] _hot = new HotStream[4];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    /// <summary>The streams' numbers, same order as <see cref="Items"/>.</summary>
    public ReadOnlySpan<HotStream> Hot => _hot.AsSpan(0, Count);

    /// <summary>The area cell key of the first entry (<see cref="AreaGrid.NoCell"/> when empty).</summary>
    public int FirstCell => Count == 0 ? AreaGrid.NoCell : _cells[0];

    /// <summary>The last located entry's cell key, or <see cref="AreaGrid.NoCell"/> when none has a location.</summary>
    public int LastLocatedCell
    {
        get
        {
            var i = Start(AreaGrid.NoCell) - 1;
            return i < 0 ? AreaGrid.NoCell : _cells[i];
        }
    }

    /// <summary>The index of the first entry whose cell key is ≥ <paramref name="cell"/>.</summary>
    public int Start(int cell) => Find(cell, int.MinValue);

    public void Add(int slot, in HotStream hot)
    {
        var i = Find(hot.Cell, slot);
        if (i < Count && _items[i] == slot && _cells[i] == hot.Cell)
        {
            _hot[i] = hot;
            return;
        }

        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            Array.Resize(ref _cells, _items.Length);
            Array.Resize(ref _hot, _items.Length);
        }

        Array.Copy(_items, i, _items, i + 1, Count - i);
        Array.Copy(_cells, i, _cells, i + 1, Count - i);
        Array.Copy(_hot, i, _hot, i + 1, Count - i);
        _items[i] = slot;
        _cells[i] = hot.Cell;
        _hot[i] = hot;
        Count++;
    }

    /// <summary>Removes a slot indexed with cell key <paramref name="cell"/> (its numbers' <see cref="HotStream.Cell"/>).</summary>
    public void Remove(int slot, int cell)
    {
        var i = Find(cell, slot);
        if (i >= Count || _items[i] != slot || _cells[i] != cell)
        {
            return;
        }

        Array.Copy(_items, i + 1, _items, i, Count - i - 1);
        Array.Copy(_cells, i + 1, _cells, i, Count - i - 1);
        Array.Copy(_hot, i + 1, _hot, i, Count - i - 1);
        Count--;
        _hot[Count] = default;
    }

    /// <summary>The first index whose (cell, slot) is ≥ the given pair.</summary>
    private int Find(int cell, int slot)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cells[mid] < cell || (_cells[mid] == cell && _items[mid] < slot))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
