using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>Identifies a stored match.</summary>
/// <param name="OfferId">Offer stream.</param>
/// <param name="NeedId">Need stream.</param>
public readonly record struct MatchKey(Guid OfferId, Guid NeedId);

/// <summary>Matches to write and matches to delete after a change.</summary>
/// <param name="Upserted">New or re-scored matches.</param>
/// <param name="Removed">Matches that no longer hold.</param>
public sealed record MatchChanges(IReadOnlyList<MatchResult> Upserted, IReadOnlyList<MatchKey> Removed)
{
    /// <summary>No change.</summary>
    public static MatchChanges None { get; } = new([], []);
}

/// <summary>Figures of a full re-match.</summary>
/// <param name="Offers">Offers matched.</param>
/// <param name="Needs">Needs indexed.</param>
/// <param name="PairsScored">Candidate pairs scored.</param>
/// <param name="Matches">Matches kept.</param>
public sealed record RematchStats(int Offers, int Needs, long PairsScored, int Matches);

/// <summary>
/// The matching engine: holds companies and active streams, indexes them for blocking, and keeps
/// the best <see cref="MatchingOptions.TopKPerOffer"/> needs per offer. Calls are serialised by an
/// internal lock; <see cref="RematchAll"/> runs in parallel inside.
/// <para>Blocking keys (a pair is scored only when it shares one): EWC sub-chapter of six-digit
/// codes, the sub-chapter or chapter a need accepts, the material group, the receiving NACE codes
/// the synergy library gives for the offer's code (matched at class, group and division of the
/// need's company), and the prefix features of the description (prefix filtering for the Jaccard
/// threshold). Every non-zero material component requires one of these keys, so the result equals
/// <see cref="RematchAllPairs"/>.</para>
/// </summary>
public sealed class MatchingEngine
{
    /// <summary>Version stored with each match; bump <see cref="MatchVersion.Current"/> when scores change meaning.</summary>
    public const string EngineVersion = MatchVersion.Current;

    private readonly StreamPreparer _preparer;
    private readonly LatentReceiverRanker _latent;
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, PreparedCompany> _companies = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _companyStreams = [];
    private readonly Dictionary<string, HashSet<Guid>> _companiesByDivision = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _companiesWithNeeds = [];
    private readonly Dictionary<Guid, (int Top, IReadOnlyList<LatentReceiver> Classes)> _latentRankings = [];
    private readonly Dictionary<Guid, PreparedStream> _streams = [];
    private readonly List<PreparedStream?> _slots = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly List<MatchResult[]?> _offerMatches = [];
    private readonly List<HashSet<int>?> _needHolders = [];

    // Needs, probed by offers.
    // Needs, probed by offers: one sorted slot list per (key kind, filter class, key). The filter
    // class is the need's kind and dimension and its company's hazardous-waste permit, so an offer
    // only reads needs that can pass those hard filters (a hazardous offer reads permit holders only).
    private const int CodeSubKey = 1;
    private const int PatternKey = 2;
    private const int GroupKey = 3;
    private const int NaceKey = 4;
    private const int TokenKey = 5;
    private const int CodeKey = 6;
    private readonly Dictionary<long, SlotList> _needBlocks = [];

    // Offers, probed by needs.
    private readonly Dictionary<string, HashSet<int>> _offersBySub = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _offersByChapter = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _offersByGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _offersByReceiver = new(StringComparer.Ordinal);
    private readonly Dictionary<long, HashSet<int>> _offersByToken = [];

    private HotStream[] _hot = [];
    private int[] _stamp = [];
    private readonly OfferScratch _scratch = new();
    private int _stampValue;

    /// <summary>Creates an empty engine.</summary>
    public MatchingEngine(MatchingKnowledge knowledge, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        _preparer = new StreamPreparer(knowledge, options);
        _latent = new LatentReceiverRanker(knowledge);
        Knowledge = knowledge;
        Options = options;
    }

    /// <summary>The knowledge in use.</summary>
    public MatchingKnowledge Knowledge { get; }

    /// <summary>The options in use.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Candidate pairs scored since the engine was created.</summary>
    public long PairsScored => Interlocked.Read(ref _pairsScored);

    private long _pairsScored;

    /// <summary>Number of streams held.</summary>
    public int StreamCount
    {
        get
        {
            lock (_lock)
            {
                return _streams.Count;
            }
        }
    }

    /// <summary>
    /// Loads companies and streams without matching (then call <see cref="RematchAll"/>). Streams
    /// whose company is unknown are rejected.
    /// </summary>
    public void Load(IEnumerable<MatchCompany> companies, IEnumerable<MatchStream> streams)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(streams);
        lock (_lock)
        {
            foreach (var c in companies)
            {
                SetCompany(c);
            }

            foreach (var s in streams)
            {
                RemoveStreamCore(s.Id, null);
                AddStreamCore(s);
            }
        }
    }

    /// <summary>
    /// Adds or changes a company. When its NACE code, location or permit changed, its streams are
    /// re-matched and the changes returned.
    /// </summary>
    public MatchChanges UpsertCompany(MatchCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        lock (_lock)
        {
            var changed = !_companies.TryGetValue(company.Id, out var old) || old.Source != company;
            SetCompany(company);
            if (!changed || !_companyStreams.TryGetValue(company.Id, out var ids))
            {
                return MatchChanges.None;
            }

            var tracker = new ChangeTracker(this);
            foreach (var id in ids.ToList())
            {
                var s = _streams[id].Source;
                UpsertStreamCore(s, tracker);
            }

            return tracker.Result();
        }
    }

    /// <summary>
    /// Adds or replaces an active stream and re-matches it. For an offer its top list is rebuilt;
    /// for a need every offer that held it or can now take it is updated. Returns the matches to
    /// write and to delete. Pass only active streams; call <see cref="RemoveStream"/> when a stream
    /// is paused or closed.
    /// </summary>
    public MatchChanges UpsertStream(MatchStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_lock)
        {
            var tracker = new ChangeTracker(this);
            UpsertStreamCore(stream, tracker);
            return tracker.Result();
        }
    }

    /// <summary>Removes a stream and its matches; returns what to delete (and offers' replacements).</summary>
    public MatchChanges RemoveStream(Guid streamId)
    {
        lock (_lock)
        {
            var tracker = new ChangeTracker(this);
            RemoveStreamCore(streamId, tracker);
            return tracker.Result();
        }
    }

    /// <summary>Recomputes every offer's matches (parallel) and returns the figures.</summary>
    public RematchStats RematchAll()
    {
        lock (_lock)
        {
            var offers = _slots.Where(s => s is { IsOffer: true }).Select(s => s!).ToArray();
            var needSlots = new int[offers.Length][];
            long pairs = 0;

            // Offers with the same code and description read the same need blocks: matching them one
            // after another keeps those needs in the core's cache. Each offer's list does not depend
            // on the order, so this changes speed only.
            Array.Sort(offers, (a, b) =>
            {
                var c = a.Hot.CodeInt.CompareTo(b.Hot.CodeInt);
                if (c == 0)
                {
                    c = a.Hot.KindDimension.CompareTo(b.Hot.KindDimension);
                }

                if (c == 0)
                {
                    c = a.Hot.GroupId.CompareTo(b.Hot.GroupId);
                }

                if (c == 0)
                {
                    c = ((ReadOnlySpan<long>)a.Tokens).SequenceCompareTo(b.Tokens);
                }

                return c != 0 ? c : a.Slot.CompareTo(b.Slot);
            });

            // Partitioner.Create refuses an empty range: a region with no offers has nothing to score.
            if (offers.Length > 0)
            {
                Parallel.ForEach(
                    System.Collections.Concurrent.Partitioner.Create(0, offers.Length, 256),
                    () => (Stamp: new int[_slots.Count], Value: 0, Pairs: 0L, Scratch: new OfferScratch()),
                    (range, _, local) =>
                    {
                        for (var i = range.Item1; i < range.Item2; i++)
                        {
                            var o = offers[i];
                            _offerMatches[o.Slot] = MatchOffer(o, local.Stamp, ref local.Value, ref local.Pairs, local.Scratch, out needSlots[i]);
                        }

                        return local;
                    },
                    local => Interlocked.Add(ref pairs, local.Pairs));
            }

            Interlocked.Add(ref _pairsScored, pairs);

            for (var i = 0; i < _needHolders.Count; i++)
            {
                _needHolders[i] = null;
            }

            var count = 0;
            for (var i = 0; i < offers.Length; i++)
            {
                foreach (var nSlot in needSlots[i])
                {
                    Holders(nSlot).Add(offers[i].Slot);
                    count++;
                }
            }

            return new RematchStats(offers.Length, _streams.Count - offers.Length, pairs, count);
        }
    }

    /// <summary>
    /// Reference implementation: scores every offer against every need (no blocking) and keeps the
    /// same top list per offer. Slow by design; used to prove that blocking loses nothing.
    /// </summary>
    public IReadOnlyList<MatchResult> RematchAllPairs()
    {
        lock (_lock)
        {
            var offers = _slots.Where(s => s is { IsOffer: true }).Select(s => s!).ToArray();
            var needs = _slots.Where(s => s is { IsOffer: false }).Select(s => s!).ToArray();
            var results = new MatchResult[offers.Length][];
            Parallel.For(0, offers.Length, i =>
            {
                var top = new TopList(Options.TopKPerOffer, Options.MinScore);
                foreach (var n in needs)
                {
                    if (PairScorer.Score(offers[i], n, Options, top.Floor) is { } r)
                    {
                        top.Add(r);
                    }
                }

                results[i] = top.ToArray();
            });
            return [.. results.SelectMany(r => r)];
        }
    }

    /// <summary>All stored matches.</summary>
    public IReadOnlyList<MatchResult> AllMatches()
    {
        lock (_lock)
        {
            return [.. _offerMatches.Where(m => m is not null).SelectMany(m => m!)];
        }
    }

    /// <summary>Stored matches of a stream (as offer or as need), best first.</summary>
    public IReadOnlyList<MatchResult> MatchesFor(Guid streamId)
    {
        lock (_lock)
        {
            if (!_streams.TryGetValue(streamId, out var s))
            {
                return [];
            }

            if (s.IsOffer)
            {
                return _offerMatches[s.Slot] ?? [];
            }

            return [.. (_needHolders[s.Slot] ?? []).SelectMany(o => _offerMatches[o] ?? []).Where(m => m.NeedId == streamId)
                .OrderByDescending(m => m.Score).ThenBy(m => m.OfferId)];
        }
    }

    /// <summary>
    /// Latent receivers of an offer, one entry per NACE division among its best latent classes
    /// (see <see cref="LatentReceiverRanker"/>), in rank order: the division's best class with its
    /// score and reasons, and the division's registered firms (of any class) with no active need,
    /// nearest first, excluding the offering company.
    /// <para>The ranking leaves out the giver's own sector, and the firms listed depend on their
    /// division only: a receiving firm, even one that changes its own class, learns nothing of the
    /// giver's sector, and a giver that tries other codes or descriptions learns a listed firm's
    /// division, never its class. Firms with an active need are not latent receivers, whatever
    /// their registered matches (which the giver could make vanish to reveal who they are).</para>
    /// </summary>
    public IReadOnlyList<LatentReceiver> LatentReceivers(Guid offerId, int top = 10, int companiesPerDivision = 5)
    {
        lock (_lock)
        {
            if (!_streams.TryGetValue(offerId, out var o) || !o.IsOffer)
            {
                return [];
            }

            return [.. LatentClasses(o, top)
                .DistinctBy(r => r.NaceCode[..2], StringComparer.Ordinal)
                .Select(r => r with
                {
                    // Nearest first by the distance between areas: which firms are listed must not
                    // tell where exactly they are.
                    Companies = [.. (_companiesByDivision.GetValueOrDefault(r.NaceCode[..2]) ?? [])
                        .Where(id => id != o.Company.Source.Id && !_companiesWithNeeds.ContainsKey(id))
                        .Select(id => _companies[id])
                        .Select(pc => pc.HasLocation && o.Company.HasLocation
                            ? new LatentCompany(pc.Source.Id, Math.Round(o.Company.GreatCircleKm(pc) * Options.RoadFactor, 1), PairScorer.AreaRoadKm(o.Company, pc, Options.RoadFactor))
                            : new LatentCompany(pc.Source.Id, null))
                        .OrderBy(x => x.AreaRoadKm ?? double.MaxValue).ThenBy(x => x.CompanyId)
                        .Take(companiesPerDivision)],
                })];
        }
    }

    /// <summary>
    /// The offers whose latent classes (the best <paramref name="top"/>) include a NACE division:
    /// those whose latent receivers change when a firm of that division gains or loses its last
    /// active need, or moves.
    /// </summary>
    public IReadOnlyList<Guid> OffersWithLatentDivision(string division, int top = 10)
    {
        lock (_lock)
        {
            return [.. _slots.Where(s => s is { IsOffer: true }).Where(o => LatentClasses(o!, top).Any(r => r.NaceCode.StartsWith(division, StringComparison.Ordinal))).Select(o => o!.Source.Id)];
        }
    }

    /// <summary>
    /// An offer's best latent classes, ranked from its code and description without the giver's
    /// sector. They depend on the offer only, so they are kept until it changes.
    /// </summary>
    private IReadOnlyList<LatentReceiver> LatentClasses(PreparedStream o, int top)
    {
        if (_latentRankings.TryGetValue(o.Source.Id, out var kept) && kept.Top == top)
        {
            return kept.Classes;
        }

        var classes = _latent.Rank(new LatentQuery(o.Code is { Length: 6 } c ? [c] : [], o.Source.Description), top);
        _latentRankings[o.Source.Id] = (top, classes);
        return classes;
    }

    private void SetCompany(MatchCompany company)
    {
        if (_companies.TryGetValue(company.Id, out var old))
        {
            _companiesByDivision.GetValueOrDefault(old.Division)?.Remove(company.Id);
        }

        var prepared = new PreparedCompany(company, _preparer.NaceId, _preparer.CompanyId(company.Id));
        _companies[company.Id] = prepared;
        Bucket(_companiesByDivision, prepared.Division).Add(company.Id);
    }

    private void UpsertStreamCore(MatchStream stream, ChangeTracker tracker)
    {
        RemoveStreamCore(stream.Id, tracker);
        var s = AddStreamCore(stream);
        if (s.IsOffer)
        {
            tracker.Touch(s.Slot);
            _offerMatches[s.Slot] = MatchOffer(s, EnsureStamp(), ref _stampValue, ref _pairsScored, _scratch, out var held);
            foreach (var nSlot in held)
            {
                Holders(nSlot).Add(s.Slot);
            }
        }
        else
        {
            var stamp = EnsureStamp();
            var value = ++_stampValue;
            var nh = s.Hot;
            foreach (var set in NeedProbes(s))
            {
                foreach (var oSlot in set)
                {
                    if (stamp[oSlot] == value)
                    {
                        continue;
                    }

                    stamp[oSlot] = value;
                    _pairsScored++;
                    var held = _offerMatches[oSlot];
                    var floor = held is not null && held.Length >= Options.TopKPerOffer ? held[^1].Score : Options.MinScore;
                    var o = _slots[oSlot]!;
                    if (PairScorer.TryScore(o, ref _hot[oSlot], in nh, Options, floor, out var f, _scratch.Memo))
                    {
                        InsertIntoOffer(oSlot, PairScorer.Build(o, s, in f, Options), tracker);
                    }
                }
            }

            _stampValue = value;
        }
    }

    private PreparedStream AddStreamCore(MatchStream stream)
    {
        if (!_companies.TryGetValue(stream.CompanyId, out var company))
        {
            throw new ArgumentException($"Unknown company {stream.CompanyId} for stream {stream.Id}.", nameof(stream));
        }

        var s = _preparer.Prepare(stream, company);
        s.Slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : NewSlot();
        _slots[s.Slot] = s;
        _hot[s.Slot] = s.Hot;
        _streams[stream.Id] = s;
        if (!_companyStreams.TryGetValue(stream.CompanyId, out var set))
        {
            _companyStreams[stream.CompanyId] = set = [];
        }

        set.Add(stream.Id);
        if (!s.IsOffer)
        {
            _companiesWithNeeds[stream.CompanyId] = _companiesWithNeeds.GetValueOrDefault(stream.CompanyId) + 1;
        }

        Index(s, add: true);
        return s;
    }

    private void RemoveStreamCore(Guid id, ChangeTracker? tracker)
    {
        if (!_streams.Remove(id, out var s))
        {
            return;
        }

        Index(s, add: false);
        _latentRankings.Remove(id);
        _companyStreams.GetValueOrDefault(s.Source.CompanyId)?.Remove(id);
        if (!s.IsOffer)
        {
            var left = _companiesWithNeeds[s.Source.CompanyId] - 1;
            if (left == 0)
            {
                _companiesWithNeeds.Remove(s.Source.CompanyId);
            }
            else
            {
                _companiesWithNeeds[s.Source.CompanyId] = left;
            }
        }
        _slots[s.Slot] = null;
        _hot[s.Slot] = default;
        if (s.IsOffer)
        {
            tracker?.Touch(s.Slot, s.Source.Id);
            foreach (var m in _offerMatches[s.Slot] ?? [])
            {
                _needHolders[_streams[m.NeedId].Slot]?.Remove(s.Slot);
            }

            _offerMatches[s.Slot] = null;
        }
        else
        {
            var refill = new List<int>();
            foreach (var oSlot in _needHolders[s.Slot] ?? [])
            {
                tracker?.Touch(oSlot);
                var list = _offerMatches[oSlot]!;
                if (list.Length >= Options.TopKPerOffer)
                {
                    refill.Add(oSlot);
                }

                _offerMatches[oSlot] = [.. list.Where(m => m.NeedId != id)];
            }

            _needHolders[s.Slot] = null;
            foreach (var oSlot in refill)
            {
                // The offer's list was full: the best need outside it may now enter, so rebuild.
                var o = _slots[oSlot]!;
                foreach (var m in _offerMatches[oSlot] ?? [])
                {
                    _needHolders[_streams[m.NeedId].Slot]?.Remove(oSlot);
                }

                _offerMatches[oSlot] = MatchOffer(o, EnsureStamp(), ref _stampValue, ref _pairsScored, _scratch, out var held);
                foreach (var nSlot in held)
                {
                    Holders(nSlot).Add(oSlot);
                }
            }
        }

        _freeSlots.Push(s.Slot);
    }

    private void InsertIntoOffer(int oSlot, MatchResult r, ChangeTracker tracker)
    {
        var list = _offerMatches[oSlot] ?? [];
        var k = Options.TopKPerOffer;
        if (list.Length >= k && TopList.Compare(r, list[^1]) >= 0)
        {
            return;
        }

        tracker.Touch(oSlot);
        var merged = new List<MatchResult>(list.Length + 1);
        merged.AddRange(list);
        var at = merged.FindIndex(m => TopList.Compare(r, m) < 0);
        merged.Insert(at < 0 ? merged.Count : at, r);
        if (merged.Count > k)
        {
            var dropped = merged[^1];
            merged.RemoveAt(merged.Count - 1);
            _needHolders[_streams[dropped.NeedId].Slot]?.Remove(oSlot);
        }

        _offerMatches[oSlot] = [.. merged];
        Holders(_streams[r.NeedId].Slot).Add(oSlot);
    }

    private MatchResult[] MatchOffer(PreparedStream o, int[] stamp, ref int stampValue, ref long pairs, OfferScratch scratch, out int[] needSlots)
    {
        var value = ++stampValue;
        var top = scratch.Top ??= new TopFigures(Options.TopKPerOffer, Options.MinScore);
        top.Reset();
        var memo = scratch.Memo;
        var oh = o.Hot;
        var blocks = scratch.Blocks;

        // Blocks are visited in phases. A need first met in a later phase shares no key of the
        // earlier ones, so its material components from those keys are 0; that bounds its score,
        // and a whole phase is skipped when the bound cannot reach the current k-th best.
        var evidenceMax = o.EvidenceMax;
        var perTonne = o.Dimension is Domain.Streams.Dimension.Mass or Domain.Streams.Dimension.Volume;
        var rest = Options.QuantityWeight + Options.DistanceWeight + Options.TimingWeight + Options.EconomicsWeight +
                   (Options.EnvironmentWeight * (perTonne
                       ? PairScorer.EnvironmentFit(o.Co2e?.KgPerTonne ?? Options.FallbackCo2eSavingKgPerTonne, Options.EnvironmentHalfSaturationKgPerTonne)
                       : 0.5));
        for (var phase = 0; phase < 4; phase++)
        {
            var materialBound = PairScorer.PublicMaterial(phase switch
            {
                2 => 1 - ((1 - PairScorer.SameGroup) * (1 - evidenceMax)),
                3 => evidenceMax,
                _ => 1.0,
            });
            if ((100 * ((Options.MaterialWeight * materialBound) + rest) / Options.TotalWeight) + 0.1 < top.Floor)
            {
                continue;
            }

            blocks.Clear();
            OfferProbes(o, phase, blocks);
            if (phase == 3)
            {
                OrderEvidenceBlocks(o, blocks, scratch.BlockBounds);
            }

            for (var b = 0; b < blocks.Count; b++)
            {
                // Library blocks go strongest first: a need still unmarked in one is in no stronger
                // block, and has no code, group or text component (or cannot reach the floor through
                // them, when the group phase was skipped), so its material is at most this block's
                // evidence strength; once that cannot pass, no later block can.
                if (phase == 3)
                {
                    var v = PairScorer.PublicMaterial(scratch.BlockBounds[b]);
                    if (v + 1e-9 < Options.MinMaterialScore ||
                        (100 * ((Options.MaterialWeight * v) + rest) / Options.TotalWeight) + 0.1 < top.Floor)
                    {
                        break;
                    }
                }

                var block = blocks[b];
                var items = block.Items;
                var needs = block.Hot;
                for (var i = 0; i < items.Length; i++)
                {
                    var nSlot = items[i];
                    if (stamp[nSlot] == value)
                    {
                        continue;
                    }

                    // A need reached only through a description word whose similarity stays under the
                    // threshold has text component 0: it can match only through the group or library
                    // keys, so it is left unmarked for those phases, whose bounds assume exactly that.
                    if (phase == 1 && memo.Jaccard(in oh, in needs[i]) < Options.MinTextSimilarity)
                    {
                        continue;
                    }

                    stamp[nSlot] = value;
                    pairs++;
                    if (PairScorer.TryScore(o, in oh, in needs[i], Options, top.Floor, out var f, memo))
                    {
                        top.Add(nSlot, _slots[nSlot]!.Source.Id, in f);
                    }
                }
            }
        }

        var result = new MatchResult[top.Count];
        needSlots = new int[top.Count];
        for (var i = 0; i < result.Length; i++)
        {
            needSlots[i] = top.Slot(i);
            result[i] = PairScorer.Build(o, _slots[top.Slot(i)]!, in top.Figures(i), Options);
        }

        return result;
    }

    /// <summary>
    /// Sorts the library blocks of an offer by their evidence strength (before the NACE level
    /// factor, an upper bound of what a need in that block can get from it), strongest first;
    /// <paramref name="bounds"/> receives the strengths in the same order.
    /// </summary>
    private void OrderEvidenceBlocks(PreparedStream o, List<SlotList> blocks, List<double> bounds)
    {
        blocks.Clear();
        bounds.Clear();
        var h = o.Hot;
        var cls = h.KindDimension * 2;
        var entries = new List<(double Value, int Order, SlotList Block)>();
        for (var c = h.Hazardous ? cls + 1 : cls; c <= cls + 1; c++)
        {
            for (var i = 0; i < o.EvidenceIds.Length; i++)
            {
                if (_needBlocks.TryGetValue(BlockKey(NaceKey, c, o.EvidenceIds[i]), out var block))
                {
                    entries.Add((o.EvidenceValues[i], entries.Count, block));
                }
            }
        }

        entries.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Order.CompareTo(b.Order));
        foreach (var e in entries)
        {
            blocks.Add(e.Block);
            bounds.Add(e.Value);
        }
    }

    /// <summary>Phase 0: EWC code keys; 1: description prefix features; 2: material group; 3: synergy-library receivers.</summary>
    private void OfferProbes(PreparedStream o, int phase, List<SlotList> blocks)
    {
        var h = o.Hot;
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
                    for (var i = 0; i < o.PrefixLength; i++)
                    {
                        Probe(TokenKey, c, (uint)o.Tokens[i]);
                    }

                    break;
                case 2 when h.GroupId != 0:
                    Probe(GroupKey, c, h.GroupId);
                    break;
                case 3:
                    foreach (var id in o.EvidenceIds)
                    {
                        Probe(NaceKey, c, id);
                    }

                    break;
            }
        }

        void Probe(int kind, int cls, long key)
        {
            if (_needBlocks.TryGetValue(BlockKey(kind, cls, key), out var block))
            {
                blocks.Add(block);
            }
        }
    }

    private static long BlockKey(int kind, int filterClass, long key) => ((long)kind << 56) | ((long)filterClass << 40) | (key & 0xFF_FFFF_FFFF);

    private static long PatternValue(int length, int code) => (length * 1_000_000L) + code;

    private IEnumerable<HashSet<int>> NeedProbes(PreparedStream n)
    {
        if (n.Code is { Length: 6 or 4 } && _offersBySub.TryGetValue(n.SubChapter!, out var a))
        {
            yield return a;
        }

        if (n.Code is { Length: 2 } && _offersByChapter.TryGetValue(n.Code, out var b))
        {
            yield return b;
        }

        if (n.MaterialGroup is not null && _offersByGroup.TryGetValue(n.MaterialGroup, out var g))
        {
            yield return g;
        }

        foreach (var key in new[] { n.Company.Nace, n.Company.Group, n.Company.Division })
        {
            if (_offersByReceiver.TryGetValue(key, out var e))
            {
                yield return e;
            }
        }

        for (var i = 0; i < n.PrefixLength; i++)
        {
            if (_offersByToken.TryGetValue(n.Tokens[i], out var t))
            {
                yield return t;
            }
        }
    }

    private void Index(PreparedStream s, bool add)
    {
        void Apply<TKey>(Dictionary<TKey, HashSet<int>> map, TKey key)
            where TKey : notnull
        {
            if (add)
            {
                Bucket(map, key).Add(s.Slot);
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

        if (s.IsOffer)
        {
            if (s.Code is { Length: 6 })
            {
                Apply(_offersBySub, s.SubChapter!);
                Apply(_offersByChapter, s.Chapter!);
            }

            if (s.MaterialGroup is not null)
            {
                Apply(_offersByGroup, s.MaterialGroup);
            }

            foreach (var (r, _) in s.Evidence)
            {
                Apply(_offersByReceiver, r);
            }

            for (var i = 0; i < s.PrefixLength; i++)
            {
                Apply(_offersByToken, s.Tokens[i]);
            }
        }
        else
        {
            var h = s.Hot;
            var cls = (h.KindDimension * 2) + (h.MayReceiveHazardous ? 1 : 0);
            void ApplyNeed(int kind, long key)
            {
                var k = BlockKey(kind, cls, key);
                if (add)
                {
                    if (!_needBlocks.TryGetValue(k, out var block))
                    {
                        _needBlocks[k] = block = new SlotList();
                    }

                    block.Add(s.Slot, in h);
                }
                else if (_needBlocks.TryGetValue(k, out var block))
                {
                    block.Remove(s.Slot);
                    if (block.Count == 0)
                    {
                        _needBlocks.Remove(k);
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

            ApplyNeed(NaceKey, h.NaceId);
            ApplyNeed(NaceKey, h.NaceGroupId);
            ApplyNeed(NaceKey, h.NaceDivisionId);
            for (var i = 0; i < s.PrefixLength; i++)
            {
                ApplyNeed(TokenKey, (uint)s.Tokens[i]);
            }
        }
    }

    private int NewSlot()
    {
        if (_hot.Length <= _slots.Count)
        {
            Array.Resize(ref _hot, Math.Max(1024, _hot.Length * 2));
        }

        _slots.Add(null);
        _offerMatches.Add(null);
        _needHolders.Add(null);
        return _slots.Count - 1;
    }

    private int[] EnsureStamp()
    {
        if (_stamp.Length < _slots.Count)
        {
            Array.Resize(ref _stamp, Math.Max(_slots.Count, _stamp.Length * 2));
        }

        return _stamp;
    }

    private HashSet<int> Holders(int needSlot) => _needHolders[needSlot] ??= [];

    private static HashSet<TValue> Bucket<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }

        return set;
    }

    /// <summary>Reusable per-worker state of <see cref="MatchOffer"/> (one per thread; the serial paths share one).</summary>
    private sealed class OfferScratch
    {
        public TextMemo Memo { get; } = new();

        public TopFigures? Top { get; set; }

        public List<SlotList> Blocks { get; } = new(16);

        public List<double> BlockBounds { get; } = new(16);
    }

    /// <summary>Snapshots the top lists of offers before a change and diffs them after.</summary>
    private sealed class ChangeTracker(MatchingEngine engine)
    {
        private readonly Dictionary<int, (Guid OfferId, MatchResult[] Before)> _before = [];
        private readonly List<MatchKey> _removedOffers = [];

        public void Touch(int slot, Guid? removedOfferId = null)
        {
            if (_before.ContainsKey(slot))
            {
                if (removedOfferId is { } gone)
                {
                    // The slot is being freed: report its matches as removed now.
                    _removedOffers.AddRange(_before[slot].Before.Select(m => new MatchKey(m.OfferId, m.NeedId)));
                    _before.Remove(slot);
                }

                return;
            }

            var current = engine._offerMatches[slot] ?? [];
            if (removedOfferId is not null)
            {
                _removedOffers.AddRange(current.Select(m => new MatchKey(m.OfferId, m.NeedId)));
                return;
            }

            _before[slot] = (engine._slots[slot]!.Source.Id, current);
        }

        public MatchChanges Result()
        {
            var upserted = new List<MatchResult>();
            var removed = new HashSet<MatchKey>(_removedOffers);
            foreach (var (slot, (offerId, before)) in _before)
            {
                var alive = engine._slots[slot] is { } s && s.Source.Id == offerId;
                var after = alive ? engine._offerMatches[slot] ?? [] : [];
                var afterByNeed = after.ToDictionary(m => m.NeedId);
                foreach (var m in before)
                {
                    if (!afterByNeed.ContainsKey(m.NeedId))
                    {
                        removed.Add(new MatchKey(m.OfferId, m.NeedId));
                    }
                }

                var beforeByNeed = before.ToDictionary(m => m.NeedId);
                foreach (var m in after)
                {
                    if (!beforeByNeed.TryGetValue(m.NeedId, out var old) || old != m)
                    {
                        upserted.Add(m);
                    }
                }
            }

            foreach (var m in upserted)
            {
                removed.Remove(new MatchKey(m.OfferId, m.NeedId));
            }

            return new MatchChanges(upserted, [.. removed]);
        }
    }
}
