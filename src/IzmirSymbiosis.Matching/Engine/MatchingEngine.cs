using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// The matching engine: holds companies and active streams, indexes them for blocking, and keeps
/// the best <see cref="MatchingOptions.TopKPerOffer"/> needs per offer. Calls are serialised by an
/// internal lock; <see cref="RematchAll"/> runs in parallel inside.
/// <para>A front over named parts: the <see cref="StreamStore"/> (companies, streams, slots), the
/// blocking indexes (<see cref="NeedBlockIndex"/>: needs probed by offers;
/// <see cref="OfferBlockIndex"/>: offers probed by a changed need), the <see cref="OfferTopLists"/>
/// (stored matches), the <see cref="ChangeTracker"/> (what a change writes and deletes), the
/// <see cref="OfferMatcher"/> (one offer's blocked top-k), the <see cref="RematchScheduler"/>
/// (parallel full re-match) and the <see cref="LatentLists"/>.</para>
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

    private readonly Lock _lock = new();
    private readonly StreamStore _store;
    private readonly NeedBlockIndex _needIndex = new();
    private readonly OfferBlockIndex _offerIndex = new();
    private readonly OfferTopLists _topLists;
    private readonly OfferMatcher _matcher;
    private readonly RematchScheduler _rematch;
    private readonly LatentLists _latent;
    private readonly MatchScratch _scratch = new();
    private long _pairsScored;

    /// <summary>Creates an empty engine.</summary>
    public MatchingEngine(MatchingKnowledge knowledge, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        Knowledge = knowledge;
        Options = options;
        _store = new StreamStore(new StreamPreparer(knowledge, options));
        _topLists = new OfferTopLists(_store, options.TopKPerOffer);
        _matcher = new OfferMatcher(_store, _needIndex, options);
        _rematch = new RematchScheduler(_store, _topLists, _matcher, options);
        _latent = new LatentLists(_store, knowledge, options);
    }

    /// <summary>
    /// Firms' “not our material” answers: each lowers the latent ranking of that material's
    /// receiving class (see <see cref="FeedbackAdjustment"/>). Replaces earlier answers. The caller
    /// passes only answers no single firm can be recognised from (see the coordinator).
    /// </summary>
    public void UseFeedback(IEnumerable<FeedbackItem> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var adjustment = new FeedbackAdjustment(Knowledge, answers);
        lock (_lock)
        {
            _latent.UseFeedback(adjustment);
        }
    }

    /// <summary>The knowledge in use.</summary>
    public MatchingKnowledge Knowledge { get; }

    /// <summary>The options in use.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Candidate pairs scored since the engine was created.</summary>
    public long PairsScored => Interlocked.Read(ref _pairsScored);

    /// <summary>Number of streams held.</summary>
    public int StreamCount
    {
        get
        {
            lock (_lock)
            {
                return _store.Count;
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
                _store.SetCompany(c);
            }

            foreach (var s in streams)
            {
                RemoveStreamCore(s.Id, null);
                AddStreamCore(s);
            }

            CountSerialPairs();
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
            var changed = !_store.TryGetCompany(company.Id, out var old) || old.Source != company;
            _store.SetCompany(company);
            if (!changed || _store.StreamsOf(company.Id) is not { } ids)
            {
                return MatchChanges.None;
            }

            var tracker = NewTracker();
            foreach (var id in ids)
            {
                UpsertStreamCore(_store.Stream(id).Source, tracker);
            }

            return Finish(tracker);
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
            var tracker = NewTracker();
            UpsertStreamCore(stream, tracker);
            return Finish(tracker);
        }
    }

    /// <summary>Removes a stream and its matches; returns what to delete (and offers' replacements).</summary>
    public MatchChanges RemoveStream(Guid streamId)
    {
        lock (_lock)
        {
            var tracker = NewTracker();
            RemoveStreamCore(streamId, tracker);
            return Finish(tracker);
        }
    }

    /// <summary>Recomputes every offer's matches (parallel) and returns the figures.</summary>
    public RematchStats RematchAll()
    {
        lock (_lock)
        {
            var stats = _rematch.RunAll();
            Interlocked.Add(ref _pairsScored, stats.PairsScored);
            return stats;
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
            return _rematch.RunAllPairs();
        }
    }

    /// <summary>All stored matches.</summary>
    public IReadOnlyList<MatchResult> AllMatches()
    {
        lock (_lock)
        {
            return _topLists.All();
        }
    }

    /// <summary>Stored matches of a stream (as offer or as need), best first.</summary>
    public IReadOnlyList<MatchResult> MatchesFor(Guid streamId)
    {
        lock (_lock)
        {
            if (!_store.TryGetStream(streamId, out var s))
            {
                return [];
            }

            return s.IsOffer ? _topLists.Of(s.Slot) ?? [] : _topLists.ForNeed(s.Slot, streamId);
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
            if (!_store.TryGetStream(offerId, out var o) || !o.IsOffer)
            {
                return [];
            }

            return _latent.ReceiversOf(o, top, companiesPerDivision);
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
            return _latent.OffersWithDivision(division, top);
        }
    }

    private ChangeTracker NewTracker() => new(_store, _topLists);

    private MatchChanges Finish(ChangeTracker tracker)
    {
        CountSerialPairs();
        return tracker.Result();
    }

    private void CountSerialPairs() => Interlocked.Add(ref _pairsScored, _scratch.TakePairs());

    private void UpsertStreamCore(MatchStream stream, ChangeTracker tracker)
    {
        RemoveStreamCore(stream.Id, tracker);
        var s = AddStreamCore(stream);
        if (s.IsOffer)
        {
            tracker.Touch(s.Slot);
            MatchAlone(s);
            return;
        }

        // A new need: every offer that shares a key with it may take it into its list.
        var scratch = _scratch.EnsureSlots(_store.SlotCount);
        var stamp = scratch.Stamp;
        var value = ++scratch.StampValue;
        var nh = s.Hot;
        foreach (var set in _offerIndex.Probes(s))
        {
            foreach (var oSlot in set)
            {
                if (stamp[oSlot] == value)
                {
                    continue;
                }

                stamp[oSlot] = value;
                scratch.Pairs++;
                var held = _topLists.Of(oSlot);
                var floor = held is not null && held.Length >= Options.TopKPerOffer ? held[^1].Score : Options.MinScore;
                var o = _store.At(oSlot)!;
                if (PairScorer.TryScore(o, ref _store.Hot(oSlot), in nh, Options, floor, out var f, scratch.Memo))
                {
                    var r = PairScorer.Build(o, s, in f, Options);
                    if (_topLists.Takes(oSlot, r))
                    {
                        tracker.Touch(oSlot);
                        _topLists.Insert(oSlot, r, s.Slot);
                    }
                }
            }
        }
    }

    private PreparedStream AddStreamCore(MatchStream stream)
    {
        var s = _store.Add(stream);
        _topLists.EnsureSlots(_store.SlotCount);
        if (s.IsOffer)
        {
            _offerIndex.Add(s);
        }
        else
        {
            _needIndex.Add(s);
        }

        return s;
    }

    private void RemoveStreamCore(Guid id, ChangeTracker? tracker)
    {
        if (_store.Remove(id) is not { } s)
        {
            return;
        }

        _latent.Forget(id);
        if (s.IsOffer)
        {
            _offerIndex.Remove(s);
            tracker?.Touch(s.Slot, s.Source.Id);
            _topLists.Clear(s.Slot);
            return;
        }

        _needIndex.Remove(s);
        foreach (var oSlot in _topLists.HoldersOf(s.Slot))
        {
            tracker?.Touch(oSlot);
        }

        foreach (var oSlot in _topLists.RemoveNeed(s.Slot, id))
        {
            // The offer's list was full: the best need outside it may now enter, so rebuild.
            _topLists.Clear(oSlot);
            MatchAlone(_store.At(oSlot)!);
        }
    }

    /// <summary>Computes one offer's list on the calling thread (the offer must have no list).</summary>
    private void MatchAlone(PreparedStream o)
    {
        var list = _matcher.Match(o, _scratch.EnsureSlots(_store.SlotCount), out var needSlots);
        _topLists.Set(o.Slot, list, needSlots);
    }
}
