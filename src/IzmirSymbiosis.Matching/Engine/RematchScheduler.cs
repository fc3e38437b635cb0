using System.Collections.Concurrent;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// The full re-match: every offer's list recomputed on all cores (the offers in an order that
/// keeps shared need blocks in cache), then the top lists replaced at once. Also the all-pairs
/// reference that proves blocking loses nothing. The caller holds the engine's lock.
/// </summary>
internal sealed class RematchScheduler(StreamStore store, OfferTopLists lists, OfferMatcher matcher, MatchingOptions options)
{
    /// <summary>Recomputes every offer's list; returns the figures.</summary>
    public RematchStats RunAll()
    {
        var offers = store.Offers();
        var results = new MatchResult[offers.Length][];
        var needSlots = new int[offers.Length][];
        long pairs = 0;

        // Offers with the same code and description read the same need blocks: matching them one
        // after another keeps those needs in the core's cache. Each offer's list does not depend
        // on the order, so this changes speed only.
        Array.Sort(offers, CompareForCache);

        // Partitioner.Create refuses an empty range: a region with no offers has nothing to score.
        if (offers.Length > 0)
        {
            // Parallel.ForEach ends a worker after a time slice and starts another, each with a fresh
            // local state: the scratches (marks over every slot, a large-object array) go back to a
            // pool and are taken again, so a re-match makes about one per core instead of hundreds.
            var slotCount = store.SlotCount;
            var spare = new ConcurrentBag<MatchScratch>();
            Parallel.ForEach(
                Partitioner.Create(0, offers.Length, 256),
                () => spare.TryTake(out var scratch) ? scratch : new MatchScratch().EnsureSlots(slotCount),
                (range, _, scratch) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        results[i] = matcher.Match(offers[i], scratch, out needSlots[i]);
                    }

                    return scratch;
                },
                scratch =>
                {
                    Interlocked.Add(ref pairs, scratch.TakePairs());
                    spare.Add(scratch);
                });
        }

        var count = lists.ReplaceAll([.. offers.Select(o => o.Slot)], results, needSlots);
        return new RematchStats(offers.Length, store.Count - offers.Length, pairs, count);
    }

    /// <summary>
    /// Reference implementation: scores every offer against every need (no blocking) and keeps the
    /// same top list per offer. Slow by design; changes no stored list.
    /// </summary>
    public IReadOnlyList<MatchResult> RunAllPairs()
    {
        var offers = store.Offers();
        var needs = store.Needs();
        var results = new MatchResult[offers.Length][];
        Parallel.For(0, offers.Length, i =>
        {
            var top = new TopList(options.TopKPerOffer, options.MinScore);
            foreach (var n in needs)
            {
                if (PairScorer.Score(offers[i], n, options, top.Floor) is { } r)
                {
                    top.Add(r);
                }
            }

            results[i] = top.ToArray();
        });
        return [.. results.SelectMany(r => r)];
    }

    private static int CompareForCache(PreparedStream a, PreparedStream b)
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
    }
}
