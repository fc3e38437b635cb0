using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>
/// Text components (<see cref="PairScorer.TextComponent"/>) of one offer's description set against
/// need description sets, by interned set number: synthetic and real regions repeat descriptions,
/// so most merges become one array read. Not thread-safe: one per worker. The value is the same
/// pure function of the two sets (the specific words are a function of the set).
/// </summary>
internal sealed class TextMemo
{
    private int[] _stamp = new int[256];
    private double[] _value = new double[256];
    private int _generation;
    private int _offerSet = -1;
    private MatchingOptions? _options;

    /// <summary>The text component of the two streams, cached while the offer's set and the options stay the same.</summary>
    public double Component(ref readonly HotStream o, ref readonly HotStream n, MatchingOptions opt)
    {
        var id = n.TokenSetId;
        if (o.TokenSetId != _offerSet || !ReferenceEquals(opt, _options) || o.TokenSetId == 0 || id == 0)
        {
            if (o.TokenSetId == 0 || id == 0)
            {
                return PairScorer.TextComponent(in o, in n, opt, null);
            }

            _offerSet = o.TokenSetId;
            _options = opt;
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

        var v = PairScorer.TextComponent(in o, in n, opt, null);
        _stamp[id] = _generation;
        _value[id] = v;
        return v;
    }
}
