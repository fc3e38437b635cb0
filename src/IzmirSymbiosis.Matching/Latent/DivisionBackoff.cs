namespace IzmirSymbiosis.Matching.Latent;

/// <summary>
/// Counts of receiving NACE divisions by how closely each exchange matches the query (level 0 =
/// not at all, the highest level = exactly), turned into a distribution by hierarchical Dirichlet
/// back-off: the distribution at each level (counting the exchanges that match at least that
/// closely) is smoothed towards the distribution of the next coarser level.
/// </summary>
internal sealed class DivisionBackoff
{
    private readonly Dictionary<string, double>[] _counts;

    /// <summary>Creates counters for <paramref name="levels"/> match levels (0 … levels − 1).</summary>
    public DivisionBackoff(int levels)
    {
        _counts = [.. Enumerable.Range(0, levels).Select(_ => new Dictionary<string, double>(StringComparer.Ordinal))];
    }

    /// <summary>Adds a receiving division seen at a match level.</summary>
    public void Add(int level, string division, double weight)
    {
        _counts[level][division] = _counts[level].GetValueOrDefault(division) + weight;
    }

    /// <summary>
    /// P(division) at the closest level: P_0 from all exchanges (add-one smoothed), then for each
    /// closer level k: P_k(d) = (n_≥k(d) + α · P_{k−1}(d)) / (N_≥k + α), where n_≥k counts the
    /// exchanges matching at level k or closer.
    /// </summary>
    public Dictionary<string, double> Probabilities(double alpha)
    {
        var cumulative = new Dictionary<string, double>[_counts.Length];
        var running = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = _counts.Length - 1; k >= 0; k--)
        {
            foreach (var (d, n) in _counts[k])
            {
                running[d] = running.GetValueOrDefault(d) + n;
            }

            cumulative[k] = new Dictionary<string, double>(running, StringComparer.Ordinal);
        }

        var all = cumulative[0];
        var total = all.Values.Sum();
        var p = all.ToDictionary(x => x.Key, x => (x.Value + 1) / (total + all.Count), StringComparer.Ordinal);
        for (var k = 1; k < _counts.Length; k++)
        {
            var n = cumulative[k];
            var nt = n.Values.Sum();
            if (nt <= 0)
            {
                continue;
            }

            p = p.Keys.ToDictionary(d => d, d => (n.GetValueOrDefault(d) + (alpha * p[d])) / (nt + alpha), StringComparer.Ordinal);
        }

        return p;
    }
}
