using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>
/// Jaccard values of one offer's description set against need description sets, by interned set
/// number: synthetic and real regions repeat descriptions, so most merges become one array read.
/// Not thread-safe: one per worker. The value is the same pure function of the two sets.
/// </summary>
internal sealed class TextMemo
{
    private int[] _stamp = new int[256];
    private double[] _value = new double[256];
    private int _generation;
    private int _offerSet = -1;

    /// <summary>Jaccard of the two streams' feature sets, cached while the offer's set stays the same.</summary>
    public double Jaccard(ref readonly HotStream o, ref readonly HotStream n)
    {
        var id = n.TokenSetId;
        if (o.TokenSetId != _offerSet || o.TokenSetId == 0 || id == 0)
        {
            if (o.TokenSetId == 0 || id == 0)
            {
                return PairScorer.Jaccard(o.Tokens, n.Tokens);
            }

            _offerSet = o.TokenSetId;
            _generation++;
        }

        if (id >= _stamp.Length)
        {
            var size = Math.Max(id + 1, _stamp.Length * 2);
            Array.Resize(ref _stamp, size);
            Array.Resize(ref _value, size);
        }

        if (_stamp[id] == _generation)
        {
            return _value[id];
        }

        var v = PairScorer.Jaccard(o.Tokens, n.Tokens);
        _stamp[id] = _generation;
        _value[id] = v;
        return v;
    }
}
