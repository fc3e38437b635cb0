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

/// <summary>
/// The best k scored pairs of one offer during a re-match, kept as figures and need slots: the
/// <see cref="MatchResult"/> records are built only for the pairs that are still in the list at the
/// end. Same order and floor as <see cref="TopList"/>, so the kept pairs are the same.
/// </summary>
internal sealed class TopFigures
{
    private readonly int _capacity;
    private readonly double _minScore;
    private readonly Entry[] _items;
    private int _count;
    private double _floor;

    public TopFigures(int capacity, double minScore)
    {
        _capacity = capacity;
        _minScore = minScore;
        _items = new Entry[Math.Max(1, capacity) + 1];
        _floor = minScore;
    }

    /// <summary>Score a new pair must reach to possibly enter: the threshold, or the k-th score once full.</summary>
    public double Floor => _floor;

    public int Count => _count;

    public int Slot(int i) => _items[i].Slot;

    public ref PairScorer.PairFigures Figures(int i) => ref _items[i].Figures;

    public void Reset()
    {
        _count = 0;
        _floor = _minScore;
    }

    public void Add(int slot, Guid needId, ref readonly PairScorer.PairFigures f)
    {
        var score = f.Score;
        if (_capacity <= 0 || (_count >= _capacity && Compare(score, needId, in _items[_count - 1]) >= 0))
        {
            return;
        }

        var i = _count;
        while (i > 0 && Compare(score, needId, in _items[i - 1]) < 0)
        {
            _items[i] = _items[i - 1];
            i--;
        }

        _items[i] = new Entry { Slot = slot, NeedId = needId, Figures = f };
        if (_count < _capacity)
        {
            _count++;
        }

        if (_count >= _capacity)
        {
            _floor = Math.Max(_minScore, _items[_count - 1].Figures.Score);
        }
    }

    private static int Compare(double score, Guid needId, ref readonly Entry b)
    {
        var c = b.Figures.Score.CompareTo(score);
        return c != 0 ? c : needId.CompareTo(b.NeedId);
    }

    private struct Entry
    {
        public int Slot;
        public Guid NeedId;
        public PairScorer.PairFigures Figures;
    }
}
