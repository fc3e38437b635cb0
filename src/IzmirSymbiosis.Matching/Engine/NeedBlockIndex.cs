using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// Needs, probed by offers: one sorted <see cref="SlotList"/> per (key kind, filter class, key).
/// The keys are the need's six-digit EWC code and its sub-chapter, the sub-chapter or chapter it
/// accepts, its material (<see cref="Knowledge.Materials.MaterialCatalog"/>: met by the need
/// materials an offer's material gives evidence to), its material group, its company's NACE class,
/// group and division (met by the receiving codes the synergy library gives for an offer's code),
/// and the prefix features of its description. The filter class is the need's kind and dimension and its company's hazardous-waste
/// permit, so an offer only reads needs that can pass those hard filters (a hazardous offer reads
/// permit holders only).
/// </summary>
internal sealed class NeedBlockIndex
{
    private const int CodeSubKey = 1;
    private const int PatternKey = 2;
    private const int GroupKey = 3;
    private const int NaceKey = 4;
    private const int TokenKey = 5;
    private const int CodeKey = 6;
    private const int MaterialKey = 7;
    private const int ReuseKey = 8;

    private readonly Dictionary<long, SlotList> _blocks = [];

    /// <summary>Indexes a need under each of its keys.</summary>
    public void Add(PreparedStream need) => Apply(need, add: true);

    /// <summary>Takes a need out of its blocks (dropping blocks left empty).</summary>
    public void Remove(PreparedStream need) => Apply(need, add: false);

    /// <summary>
    /// The blocks an offer reads in one phase (0: EWC code keys; 1: description prefix features;
    /// 2: need materials the offer's material gives evidence to; 3: material group; 4: synergy-library
    /// receivers), appended to <paramref name="blocks"/>.
    /// </summary>
    public void Probes(PreparedStream offer, int phase, List<SlotList> blocks)
    {
        var h = offer.Hot;
        var cls = h.KindDimension * 2;
        for (var c = h.Hazardous ? cls + 1 : cls; c <= cls + 1; c++)
        {
            switch (phase)
            {
                case 0 when h.CodeLength == 6:
                    // Strongest code component first (same code 1.0, accepted sub-chapter 0.9, chapter
                    // 0.75, then the rest of the sub-chapter 0.6): the k-th best rises early and more
                    // of the later candidates fail the cheap bound.
                    Probe(CodeKey, c, h.CodeInt);
                    Probe(PatternKey, c, PatternValue(4, h.CodeInt / 100));
                    Probe(PatternKey, c, PatternValue(2, h.CodeInt / 10_000));
                    Probe(CodeSubKey, c, h.CodeInt / 100);
                    break;
                case 1:
                    for (var i = 0; i < offer.PrefixLength; i++)
                    {
                        Probe(TokenKey, c, (uint)offer.Tokens[i]);
                    }

                    break;
                case 2 when h.MaterialId != 0:
                    foreach (var m in Knowledge.Materials.MaterialCatalog.Default.AcceptedNeeds(h.MaterialId))
                    {
                        Probe(MaterialKey, c, m);
                    }

                    break;
                case 3 when h.GroupId != 0:
                    Probe(GroupKey, c, h.GroupId);
                    break;
                case 4:
                    foreach (var id in offer.EvidenceIds)
                    {
                        Probe(NaceKey, c, id);
                    }

                    break;
            }
        }

        void Probe(int kind, int cls, long key)
        {
            if (_blocks.TryGetValue(BlockKey(kind, cls, key), out var block))
            {
                blocks.Add(block);
            }
        }
    }

    /// <summary>
    /// The library blocks of an offer sorted by their evidence strength (before the NACE level
    /// factor, an upper bound of what a need in that block can get from it), strongest first;
    /// <paramref name="bounds"/> receives the strengths in the same order.
    /// </summary>
    public void EvidenceProbes(PreparedStream offer, List<SlotList> blocks, List<double> bounds)
    {
        blocks.Clear();
        bounds.Clear();
        var h = offer.Hot;
        var cls = h.KindDimension * 2;
        for (var c = h.Hazardous ? cls + 1 : cls; c <= cls + 1; c++)
        {
            for (var i = 0; i < offer.EvidenceIds.Length; i++)
            {
                if (_blocks.TryGetValue(BlockKey(NaceKey, c, offer.EvidenceIds[i]), out var block))
                {
                    InsertStrongestFirst(blocks, bounds, block, offer.EvidenceValues[i]);
                }
            }
        }
    }

    /// <summary>
    /// The material blocks of an offer (the need materials its material gives evidence to) sorted by
    /// that evidence, strongest first; every need of a block has exactly that evidence, and
    /// <paramref name="bounds"/> receives it in the same order.
    /// </summary>
    public void MaterialProbes(PreparedStream offer, List<SlotList> blocks, List<double> bounds)
    {
        blocks.Clear();
        bounds.Clear();
        var h = offer.Hot;
        var cls = h.KindDimension * 2;
        var catalog = Knowledge.Materials.MaterialCatalog.Default;
        for (var c = h.Hazardous ? cls + 1 : cls; c <= cls + 1; c++)
        {
            foreach (var m in catalog.AcceptedNeeds(h.MaterialId))
            {
                if (_blocks.TryGetValue(BlockKey(MaterialKey, c, m), out var block))
                {
                    InsertStrongestFirst(blocks, bounds, block, catalog.Relation(h.MaterialId, m).Accept);
                }
            }

            // Usable goods meet every need that takes goods for reuse (the reuse value bounds them,
            // or the same-goods value when the offer names goods).
            if (h.UsableGoods && _blocks.TryGetValue(BlockKey(ReuseKey, c, 1), out var reuse))
            {
                InsertStrongestFirst(blocks, bounds, reuse, h.Goods != 0 ? Knowledge.ProductReuse.SameGoods : Knowledge.ProductReuse.Accept);
            }
        }
    }

    /// <summary>
    /// Puts a block in its place in lists kept strongest first, after the blocks of the same
    /// strength met before it (a stable order). In place, into the caller's reused lists: offers
    /// meet a handful of these blocks, and a sorted temporary list per offer was pure garbage.
    /// </summary>
    private static void InsertStrongestFirst(List<SlotList> blocks, List<double> bounds, SlotList block, double bound)
    {
        var i = bounds.Count;
        while (i > 0 && bounds[i - 1] < bound)
        {
            i--;
        }

        blocks.Insert(i, block);
        bounds.Insert(i, bound);
    }

    private void Apply(PreparedStream s, bool add)
    {
        var h = s.Hot;
        var cls = (h.KindDimension * 2) + (h.MayReceiveHazardous ? 1 : 0);
        void ApplyNeed(int kind, long key)
        {
            var k = BlockKey(kind, cls, key);
            if (add)
            {
                if (!_blocks.TryGetValue(k, out var block))
                {
                    _blocks[k] = block = new SlotList();
                }

                block.Add(s.Slot, in h);
            }
            else if (_blocks.TryGetValue(k, out var block))
            {
                block.Remove(s.Slot, h.Cell);
                if (block.Count == 0)
                {
                    _blocks.Remove(k);
                }
            }
        }

        if (h.CodeLength == 6)
        {
            ApplyNeed(CodeKey, h.CodeInt);
            ApplyNeed(CodeSubKey, h.CodeInt / 100);
        }
        else if (h.CodeLength != 0)
        {
            ApplyNeed(PatternKey, PatternValue(h.CodeLength, h.CodeInt));
        }

        if (h.GroupId != 0)
        {
            ApplyNeed(GroupKey, h.GroupId);
        }

        if (h.MaterialId != 0)
        {
            ApplyNeed(MaterialKey, h.MaterialId);
        }

        if (h.ReuseNeed)
        {
            ApplyNeed(ReuseKey, 1);
        }

        ApplyNeed(NaceKey, h.NaceId);
        ApplyNeed(NaceKey, h.NaceGroupId);
        ApplyNeed(NaceKey, h.NaceDivisionId);
        for (var i = 0; i < s.PrefixLength; i++)
        {
            ApplyNeed(TokenKey, (uint)s.Tokens[i]);
        }
    }

    private static long BlockKey(int kind, int filterClass, long key) => ((long)kind << 56) | ((long)filterClass << 40) | (key & 0xFF_FFFF_FFFF);

    private static long PatternValue(int length, int code) => (length * 1_000_000L) + code;
}
