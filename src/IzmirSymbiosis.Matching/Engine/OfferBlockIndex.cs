using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// Offers, probed by a need that changed: offer slots by the EWC sub-chapter and chapter of their
/// six-digit code, by the need materials their material gives evidence to, by material group, by usable goods (for needs that take goods for reuse), by the receiving NACE codes the synergy library gives for
/// their code, and by the prefix features of their description. A need reads the sets its own keys
/// meet; every offer that can score against it is in one of them.
/// </summary>
internal sealed class OfferBlockIndex
{
    private readonly Dictionary<string, HashSet<int>> _bySub = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _byChapter = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _byGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _byReceiver = new(StringComparer.Ordinal);
    private readonly Dictionary<long, HashSet<int>> _byToken = [];
    private readonly Dictionary<int, HashSet<int>> _byMaterial = [];
    private readonly HashSet<int> _usableGoods = [];

    /// <summary>Indexes an offer under each of its keys.</summary>
    public void Add(PreparedStream offer) => Apply(offer, add: true);

    /// <summary>Takes an offer out of its sets (dropping sets left empty).</summary>
    public void Remove(PreparedStream offer) => Apply(offer, add: false);

    /// <summary>The offer sets a need reads (an offer may be in several).</summary>
    public IEnumerable<HashSet<int>> Probes(PreparedStream need)
    {
        if (need.Code is { Length: 6 or 4 } && _bySub.TryGetValue(need.SubChapter!, out var a))
        {
            yield return a;
        }

        if (need.Code is { Length: 2 } && _byChapter.TryGetValue(need.Code, out var b))
        {
            yield return b;
        }

        if (need.MaterialGroup is not null && _byGroup.TryGetValue(need.MaterialGroup, out var g))
        {
            yield return g;
        }

        if (need.MaterialId != 0 && _byMaterial.TryGetValue(need.MaterialId, out var m))
        {
            yield return m;
        }

        if (need.Hot.ReuseNeed && _usableGoods.Count > 0)
        {
            yield return _usableGoods;
        }

        foreach (var key in new[] { need.Company.Nace, need.Company.Group, need.Company.Division })
        {
            if (_byReceiver.TryGetValue(key, out var e))
            {
                yield return e;
            }
        }

        for (var i = 0; i < need.PrefixLength; i++)
        {
            if (_byToken.TryGetValue(need.Tokens[i], out var t))
            {
                yield return t;
            }
        }
    }

    private void Apply(PreparedStream s, bool add)
    {
        void Set<TKey>(Dictionary<TKey, HashSet<int>> map, TKey key)
            where TKey : notnull
        {
            if (add)
            {
                if (!map.TryGetValue(key, out var bucket))
                {
                    map[key] = bucket = [];
                }

                bucket.Add(s.Slot);
            }
            else if (map.TryGetValue(key, out var set))
            {
                set.Remove(s.Slot);
                if (set.Count == 0)
                {
                    map.Remove(key);
                }
            }
        }

        if (s.Code is { Length: 6 })
        {
            Set(_bySub, s.SubChapter!);
            Set(_byChapter, s.Chapter!);
        }

        if (s.MaterialGroup is not null)
        {
            Set(_byGroup, s.MaterialGroup);
        }

        foreach (var m in Knowledge.Materials.MaterialCatalog.Default.AcceptedNeeds(s.MaterialId).ToArray())
        {
            Set(_byMaterial, m);
        }

        if (s.Hot.UsableGoods)
        {
            _ = add ? _usableGoods.Add(s.Slot) : _usableGoods.Remove(s.Slot);
        }

        foreach (var (r, _) in s.Evidence)
        {
            Set(_byReceiver, r);
        }

        for (var i = 0; i < s.PrefixLength; i++)
        {
            Set(_byToken, s.Tokens[i]);
        }
    }
}
