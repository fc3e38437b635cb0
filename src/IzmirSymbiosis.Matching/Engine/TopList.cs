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

    // The order is kept on small keys; the figures (about 200 bytes each) stay where they were
    // written, and an entry pushed out hands its place to the newcomer.
    private readonly Key[] _keys;
    private readonly PairScorer.PairFigures[] _pool;
    private int _count;
    private double _floor;

    public TopFigures(int capacity, double minScore)
    {
        _capacity = capacity;
        _minScore = minScore;
        _keys = new Key[Math.Max(1, capacity)];
        _pool = new PairScorer.PairFigures[Math.Max(1, capacity)];
        _floor = minScore;
    }

    /// <summary>Score a new pair must reach to possibly enter: the threshold, or the k-th score once full.</summary>
    public double Floor => _floor;

    public int Count => _count;

    public int Slot(int i) => _keys[i].Slot;

    public ref PairScorer.PairFigures Figures(int i) => ref _pool[_keys[i].Pool];

    public void Reset()
    {
        _count = 0;
        _floor = _minScore;
    }

    public void Add(int slot, Guid needId, ref readonly PairScorer.PairFigures f)
    {
        var score = f.Score;
        if (_capacity <= 0 || (_count >= _capacity && Compare(score, needId, in _keys[_count - 1]) >= 0))
        {
            return;
        }

        // Not full: the pool places in use are exactly 0..count-1. Full: the last entry leaves.
        int pool, i;
        if (_count < _capacity)
        {
            pool = _count;
            i = _count;
            _count++;
        }
        else
        {
            pool = _keys[_count - 1].Pool;
            i = _count - 1;
        }

        while (i > 0 && Compare(score, needId, in _keys[i - 1]) < 0)
        {
            _keys[i] = _keys[i - 1];
            i--;
        }

        _keys[i] = new Key { Score = score, NeedId = needId, Slot = slot, Pool = pool };
        _pool[pool] = f;
        if (_count >= _capacity)
        {
            _floor = Math.Max(_minScore, _keys[_count - 1].Score);
        }
    }

    private static int Compare(double score, Guid needId, ref readonly Key b)
    {
        var c = b.Score.CompareTo(score);
        return c != 0 ? c : needId.CompareTo(b.NeedId);
    }

    private struct Key
    {
        public double Score;
        public Guid NeedId;
        public int Slot;
        public int Pool;
    }
}
