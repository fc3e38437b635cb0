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
        ++scratch.StampValue;
        var pairs = 0L;
        var top = scratch.Top ??= new TopFigures(options.TopKPerOffer, options.MinScore);
        top.Reset();
        var oh = o.Hot;
        var blocks = scratch.Blocks;

        // Blocks are visited in phases. A need first met in a later phase shares no key of the
        // earlier ones, so its material components from those keys are 0; that bounds its score,
        // and a whole phase is skipped when the bound cannot reach the current k-th best.
        var evidenceMax = o.EvidenceMax;
        var acceptMax = Knowledge.Materials.MaterialCatalog.Default.AcceptMax(oh.MaterialId);
        if (oh.UsableGoods)
        {
            acceptMax = Math.Max(acceptMax, oh.Goods != 0 ? Knowledge.ProductReuse.SameGoods : Knowledge.ProductReuse.Accept);
        }

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

            if (phase == 2)
            {
                needs.MaterialProbes(o, blocks, scratch.BlockBounds);
            }
            else if (phase == 4)
            {
                needs.EvidenceProbes(o, blocks, scratch.BlockBounds);
            }
            else
            {
                blocks.Clear();
                needs.Probes(o, phase, blocks);
            }

            for (var b = 0; b < blocks.Count; b++)
            {
                // Library blocks go strongest first: a need still unmarked in one is in no stronger
                // block, and has no code, group or text component (or cannot reach the floor through
                // them, when the group phase was skipped), so its material is at most this block's
                // evidence strength; once that cannot pass, no later block can.
                // Material blocks go strongest first too: every need of one has exactly its evidence,
                // and an unmarked need has no code or text component.
                var bound = phase switch
                {
                    2 => PairScorer.PublicMaterial(1 - ((1 - scratch.BlockBounds[b]) * (1 - PairScorer.SameGroup) * (1 - evidenceMax))),
                    4 => PairScorer.PublicMaterial(scratch.BlockBounds[b]),
                    _ => materialBound,
                };
                var scoreAtZeroKm = 100 * ((options.MaterialWeight * bound) + rest) / options.TotalWeight;
                if (phase is 2 or 4 && (bound + 1e-9 < options.MinMaterialScore || scoreAtZeroKm + 0.1 < top.Floor))
                {
                    break;
                }

                if (oh.Cell != AreaGrid.NoCell && blocks[b].Count >= NearScanMinimum && options.DistanceWeight > 0)
                {
                    VisitNear(o, in oh, blocks[b], phase, scoreAtZeroKm, scratch, top, ref pairs);
                }
                else
                {
                    Visit(o, in oh, blocks[b], 0, blocks[b].Count, phase, scratch, top, ref pairs);
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

    /// <summary>Blocks of at least this many needs are read near-first by area; smaller ones whole.</summary>
    private const int NearScanMinimum = 64;

    /// <summary>
    /// Reads the needs of <paramref name="block"/> row of cells by row, the offer's row first and then
    /// outwards, and in each row only the cells within the distance at which a need could still reach
    /// the current k-th best: <paramref name="scoreAtZeroKm"/> bounds every need of the block at 0 km
    /// (its material bound, the other factors at 1), and the distance factor falls by
    /// 100·w_d/Σw points per 250 road km, so a need farther than that is skipped unscored and the
    /// top list is the one the whole block gives. The bound is recomputed per row as the k-th best
    /// rises; the cells are compared by their centres with one cell of margin. Needs without a
    /// location (distance factor 0.5) are always read.
    /// </summary>
    private void VisitNear(PreparedStream o, ref readonly HotStream oh, SlotList block, int phase, double scoreAtZeroKm, MatchScratch scratch, TopFigures top, ref long pairs)
    {
        var unlocated = block.Start(AreaGrid.NoCell);
        if (unlocated < block.Count)
        {
            Visit(o, in oh, block, unlocated, block.Count, phase, scratch, top, ref pairs);
        }

        if (unlocated == 0)
        {
            return;
        }

        var lat0 = AreaGrid.LatIndex(oh.Cell);
        var lon0 = AreaGrid.LonIndex(oh.Cell);
        var firstRow = AreaGrid.LatIndex(block.FirstCell);
        var lastRow = AreaGrid.LatIndex(block.LastLocatedCell);
        var offerLimit = double.IsNaN(oh.MaxKm) ? options.DefaultMaxTransportKm : oh.MaxKm;
        var haul = PairScorer.HaulKm(oh.MaterialId, options);
        var pointsPerKm = 100 * options.DistanceWeight / haul / options.TotalWeight;
        bool up = true, down = true;
        for (var d = 0; up || down; d++)
        {
            // The road km beyond which no need of the block can reach the k-th best (or the offer's limit).
            // (Past the material's haul the distance factor is 0 and no longer falls: then only the limit counts.)
            var byScore = (scoreAtZeroKm + 0.1 - top.Floor) / pointsPerKm;
            var reach = byScore >= haul ? offerLimit : Math.Min(offerLimit, byScore);
            if (reach < 0)
            {
                return;
            }

            var arc = reach / options.RoadFactor / Domain.Common.GeoPoint.EarthRadiusKm;
            if (arc >= Math.PI / 2)
            {
                // Everything is near enough: the rest of the block in one pass (marks skip the rows read).
                Visit(o, in oh, block, 0, unlocated, phase, scratch, top, ref pairs);
                return;
            }

            var halfChord = Math.Sin(arc / 2);
            var aMax = halfChord * halfChord;
            for (var side = 0; side < 2; side++)
            {
                if ((side == 0 ? !up : !down) || (d == 0 && side == 1))
                {
                    continue;
                }

                var row = side == 0 ? lat0 + d : lat0 - d;
                var sLat = Math.Sin(Math.Max(0, d - 1) * AreaGrid.CellRad / 2);
                var rest = aMax - (sLat * sLat);
                if (rest < 0 || (side == 0 ? row > lastRow : row < firstRow))
                {
                    if (side == 0)
                    {
                        up = false;
                    }
                    else
                    {
                        down = false;
                    }

                    continue;
                }

                var cosRows = Math.Cos(AreaGrid.CentreRad(lat0)) * Math.Cos(AreaGrid.CentreRad(row));
                var sLon = cosRows <= 0 ? 1 : Math.Sqrt(rest / cosRows);
                var width = sLon >= 1 ? 1800 : (int)Math.Ceiling(2 * Math.Asin(sLon) / AreaGrid.CellRad) + 1;
                var from = block.Start(AreaGrid.Key(row, Math.Max(lon0 - width, -1800)));
                var to = block.Start(AreaGrid.Key(row, Math.Min(lon0 + width, 1800) + 1));
                Visit(o, in oh, block, from, to, phase, scratch, top, ref pairs);
            }
        }
    }

    /// <summary>Scores the needs of entries [<paramref name="from"/>, <paramref name="to"/>) of a block not scored yet for this offer.</summary>
    private void Visit(PreparedStream o, ref readonly HotStream oh, SlotList block, int from, int to, int phase, MatchScratch scratch, TopFigures top, ref long pairs)
    {
        var stamp = scratch.Stamp;
        var value = scratch.StampValue;
        var memo = scratch.Memo;
        var items = block.Items;
        var hot = block.Hot;
        for (var i = from; i < to; i++)
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
