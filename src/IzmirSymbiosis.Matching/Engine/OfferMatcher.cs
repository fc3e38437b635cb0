using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// Finds one offer's best k needs through the <see cref="NeedBlockIndex"/>: reads the blocks its
/// keys meet, phase by phase, and scores each need once. Phases and blocks whose best possible
/// score cannot reach the current k-th best are skipped, so the list equals the all-pairs one.
/// Thread-safe for concurrent offers as long as each caller brings its own <see cref="MatchScratch"/>
/// and nothing changes the indexes meanwhile.
/// </summary>
internal sealed class OfferMatcher(StreamStore store, NeedBlockIndex needs, MatchingOptions options)
{
    /// <summary>The offer's top list, best first; <paramref name="needSlots"/> receives the needs' slots in the same order.</summary>
    public MatchResult[] Match(PreparedStream o, MatchScratch scratch, out int[] needSlots)
    {
        var stamp = scratch.Stamp;
        var value = ++scratch.StampValue;
        var pairs = 0L;
        var top = scratch.Top ??= new TopFigures(options.TopKPerOffer, options.MinScore);
        top.Reset();
        var memo = scratch.Memo;
        var oh = o.Hot;
        var blocks = scratch.Blocks;

        // Blocks are visited in phases. A need first met in a later phase shares no key of the
        // earlier ones, so its material components from those keys are 0; that bounds its score,
        // and a whole phase is skipped when the bound cannot reach the current k-th best.
        var evidenceMax = o.EvidenceMax;
        var acceptMax = Knowledge.Materials.MaterialCatalog.Default.AcceptMax(oh.MaterialId);
        var perTonne = o.Dimension is Dimension.Mass or Dimension.Volume;
        var rest = options.QuantityWeight + options.DistanceWeight + options.TimingWeight + options.EconomicsWeight +
                   (options.EnvironmentWeight * (perTonne
                       ? PairScorer.EnvironmentFit(o.Co2e?.KgPerTonne ?? options.FallbackCo2eSavingKgPerTonne, options.EnvironmentHalfSaturationKgPerTonne)
                       : 0.5));
        for (var phase = 0; phase < 5; phase++)
        {
            // A need first met in a phase has none of the earlier phases' components (the material
            // model's factor is ≤ 1, so it only lowers the value under these bounds).
            var materialBound = PairScorer.PublicMaterial(phase switch
            {
                2 => 1 - ((1 - acceptMax) * (1 - PairScorer.SameGroup) * (1 - evidenceMax)),
                3 => 1 - ((1 - PairScorer.SameGroup) * (1 - evidenceMax)),
                4 => evidenceMax,
                _ => 1.0,
            });
            if ((100 * ((options.MaterialWeight * materialBound) + rest) / options.TotalWeight) + 0.1 < top.Floor)
            {
                continue;
            }

            blocks.Clear();
            needs.Probes(o, phase, blocks);
            if (phase == 2)
            {
                needs.MaterialProbes(o, blocks, scratch.BlockBounds);
            }
            else if (phase == 4)
            {
                needs.EvidenceProbes(o, blocks, scratch.BlockBounds);
            }

            for (var b = 0; b < blocks.Count; b++)
            {
                // Library blocks go strongest first: a need still unmarked in one is in no stronger
                // block, and has no code, group or text component (or cannot reach the floor through
                // them, when the group phase was skipped), so its material is at most this block's
                // evidence strength; once that cannot pass, no later block can.
                // Material blocks go strongest first too: every need of one has exactly its evidence,
                // and an unmarked need has no code or text component.
                if (phase == 2)
                {
                    var v = PairScorer.PublicMaterial(1 - ((1 - scratch.BlockBounds[b]) * (1 - PairScorer.SameGroup) * (1 - evidenceMax)));
                    if (v + 1e-9 < options.MinMaterialScore ||
                        (100 * ((options.MaterialWeight * v) + rest) / options.TotalWeight) + 0.1 < top.Floor)
                    {
                        break;
                    }
                }

                if (phase == 4)
                {
                    var v = PairScorer.PublicMaterial(scratch.BlockBounds[b]);
                    if (v + 1e-9 < options.MinMaterialScore ||
                        (100 * ((options.MaterialWeight * v) + rest) / options.TotalWeight) + 0.1 < top.Floor)
                    {
                        break;
                    }
                }

                var block = blocks[b];
                var items = block.Items;
                var hot = block.Hot;
                for (var i = 0; i < items.Length; i++)
                {
                    var nSlot = items[i];
                    if (stamp[nSlot] == value)
                    {
                        continue;
                    }

                    // A need reached only through a description word whose similarity stays under the
                    // threshold, sharing no specific word, has text component 0: it can match only through
                    // the group or library keys, so it is left unmarked for those phases, whose bounds assume exactly that.
                    if (phase == 1 && PairScorer.TextComponent(in oh, in hot[i], options, memo) <= 0)
                    {
                        continue;
                    }

                    stamp[nSlot] = value;
                    pairs++;
                    if (PairScorer.TryScore(o, in oh, in hot[i], options, top.Floor, out var f, memo))
                    {
                        top.Add(nSlot, store.At(nSlot)!.Source.Id, in f);
                    }
                }
            }
        }

        scratch.Pairs += pairs;
        var result = new MatchResult[top.Count];
        needSlots = new int[top.Count];
        for (var i = 0; i < result.Length; i++)
        {
            needSlots[i] = top.Slot(i);
            result[i] = PairScorer.Build(o, store.At(top.Slot(i))!, in top.Figures(i), options);
        }

        return result;
    }
}
