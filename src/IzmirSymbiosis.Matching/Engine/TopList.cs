using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>The best k matches of one offer: score descending, then need id ascending (deterministic).</summary>
internal sealed class TopList(int capacity, double minScore = 0)
{
    private readonly List<MatchResult> _items = new(Math.Min(capacity, 64));

    /// <summary>Orders matches: negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    public static int Compare(MatchResult a, MatchResult b)
    {
        var c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : a.NeedId.CompareTo(b.NeedId);
    }

    /// <summary>Score a new match must reach to possibly enter: the threshold, or the k-th score once full.</summary>
    public double Floor => _items.Count >= capacity ? Math.Max(minScore, _items[^1].Score) : minScore;

    public void Add(MatchResult r)
    {
        if (_items.Count >= capacity && Compare(r, _items[^1]) >= 0)
        {
            return;
        }

        var i = _items.Count;
        while (i > 0 && Compare(r, _items[i - 1]) < 0)
        {
            i--;
        }

        _items.Insert(i, r);
        if (_items.Count > capacity)
        {
            _items.RemoveAt(_items.Count - 1);
        }
    }

    public MatchResult[] ToArray() => [.. _items];
}
