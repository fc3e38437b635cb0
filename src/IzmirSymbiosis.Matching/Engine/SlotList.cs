namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// A set of slots kept as a sorted array: enumerating it is a linear read, and visiting candidates
/// in slot order walks the flat <see cref="HotStream"/> array forwards (friendly to the prefetcher).
/// Adding and removing are a binary search and a block move.
/// </summary>
internal sealed class SlotList
{
    private int[] _items = new int[4];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    public void Add(int slot)
    {
        var i = Array.BinarySearch(_items, 0, Count, slot);
        if (i >= 0)
        {
            return;
        }

        i = ~i;
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        Array.Copy(_items, i, _items, i + 1, Count - i);
        _items[i] = slot;
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
        Count--;
    }
}
