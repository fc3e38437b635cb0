using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// Reusable per-worker state of a re-match: the marks that make each pair scored once, the pairs
/// counted, and the scorer's caches. One per thread; the engine's serial paths share one.
/// </summary>
internal sealed class MatchScratch
{
    /// <summary>Mark per slot: equal to <see cref="StampValue"/> when visited in the current pass.</summary>
    public int[] Stamp { get; private set; } = [];

    /// <summary>The current pass's mark; increment to start a pass.</summary>
    public int StampValue;

    /// <summary>Candidate pairs scored with this scratch and not yet taken.</summary>
    public long Pairs;

    public TextMemo Memo { get; } = new();

    public TopFigures? Top { get; set; }

    public List<SlotList> Blocks { get; } = new(16);

    public List<double> BlockBounds { get; } = new(16);

    /// <summary>Makes the marks cover <paramref name="slotCount"/> slots (grows by doubling).</summary>
    public MatchScratch EnsureSlots(int slotCount)
    {
        if (Stamp.Length < slotCount)
        {
            var stamp = Stamp;
            Array.Resize(ref stamp, Math.Max(slotCount, stamp.Length * 2));
            Stamp = stamp;
        }

        return this;
    }

    /// <summary>Returns the pairs counted since the last call and resets the count.</summary>
    public long TakePairs()
    {
        var p = Pairs;
        Pairs = 0;
        return p;
    }
}
