using System.Globalization;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Cli;

/// <summary>
/// Ranking quality of latent receivers on known exchanges. A row counts when it has at least one
/// EWC code in the list of waste and a receiver NACE code. A predicted class hits a truth code
/// at class level when it lies under it (<c>24.42</c> hits <c>24.42</c>, <c>24.4</c> and
/// <c>24</c>); at group level when their first min(4, |truth|) characters agree (same group, or
/// under a division truth); at division level when the divisions agree. Rows with several
/// receivers (<c>01.1;01.2</c>) hit when any of them does. The popularity baseline ranks classes
/// by how often they receive in the knowledge the engine has for that row (coarse receivers split
/// over their classes), hidden cases removed just like for the engine.
/// </summary>
internal sealed class MatchingEvaluation
{
    private static readonly int[] s_ks = [1, 3, 5, 10];
    private static readonly string[] s_levels = ["class", "group", "division"];

    private readonly Dictionary<string, Metrics> _engine = s_levels.ToDictionary(l => l, _ => new Metrics());
    private readonly Dictionary<string, Metrics> _baseline = s_levels.ToDictionary(l => l, _ => new Metrics());

    public int Rows { get; private set; }

    public bool LeaveOneCaseOut { get; private init; }

    public static MatchingEvaluation Run(MatchingKnowledge knowledge, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, bool leaveOneCaseOut, TextWriter? misses = null)
    {
        var ranker = new LatentReceiverRanker(knowledge);
        var result = new MatchingEvaluation { LeaveOneCaseOut = leaveOneCaseOut };
        foreach (var row in rows)
        {
            var codes = row["ewc_codes"].Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(EwcCode.Normalize).OfType<string>().Where(c => knowledge.WasteCode(c) is not null).Distinct().ToList();
            var truth = MatchingKnowledge.SplitNace(row["receiver_nace"]);
            if (codes.Count == 0 || truth.Count == 0)
            {
                continue;
            }

            result.Rows++;
            var hidden = leaveOneCaseOut ? row["case_id"] : null;
            var query = new LatentQuery(codes, row["material_description"], row.GetValueOrDefault("donor_nace"), hidden);
            var predicted = ranker.Rank(query, int.MaxValue).Select(r => r.NaceCode).ToList();
            var baseline = Popularity(knowledge, ranker, hidden);
            if (misses is not null && RankOf(predicted, truth, "class") is var r && (r == 0 || r > 5))
            {
                misses.WriteLine($"miss (rank {r}) case {row["case_id"]} {string.Join(';', codes)} “{row["material_description"]}” donor {row.GetValueOrDefault("donor_nace")} → truth {string.Join(';', truth)}; top5 {string.Join(' ', predicted.Take(5))}");
            }

            foreach (var level in s_levels)
            {
                result._engine[level].Add(RankOf(predicted, truth, level));
                result._baseline[level].Add(RankOf(baseline, truth, level));
            }
        }

        return result;
    }

    public object ToJson() => new Dictionary<string, object>
    {
        ["rows"] = Rows,
        ["engine"] = s_levels.ToDictionary(l => l, l => _engine[l].ToJson(Rows)),
        ["baseline"] = s_levels.ToDictionary(l => l, l => _baseline[l].ToJson(Rows)),
    };

    public void Print(TextWriter w)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows evaluated: {Rows}{(LeaveOneCaseOut ? " (leave one case out)" : string.Empty)}"));
        w.WriteLine("level      ranker      hit@1  hit@3  hit@5  hit@10   MRR");
        foreach (var level in s_levels)
        {
            foreach (var (name, m) in new[] { ("engine", _engine[level]), ("baseline", _baseline[level]) })
            {
                var j = m.ToJson(Rows);
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{level,-10} {name,-10} {j["hit@1"],6:0.000} {j["hit@3"],6:0.000} {j["hit@5"],6:0.000} {j["hit@10"],6:0.000} {j["mrr"],6:0.000}"));
            }
        }

        var e5 = _engine["class"].ToJson(Rows)["hit@5"];
        var b5 = _baseline["class"].ToJson(Rows)["hit@5"];
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"class hit@5: engine {e5:0.000} = {(b5 > 0 ? e5 / b5 : double.PositiveInfinity):0.00} × baseline"));
    }

    /// <summary>1-based rank of the first hit, 0 when none.</summary>
    internal static int RankOf(IReadOnlyList<string> predicted, IReadOnlyList<string> truth, string level)
    {
        for (var i = 0; i < predicted.Count; i++)
        {
            var p = predicted[i];
            foreach (var t in truth)
            {
                var hit = level switch
                {
                    "class" => p.StartsWith(t, StringComparison.Ordinal),
                    "group" => string.CompareOrdinal(p, 0, t, 0, Math.Min(4, t.Length)) == 0 && p.Length >= Math.Min(4, t.Length),
                    _ => string.CompareOrdinal(p, 0, t, 0, 2) == 0,
                };
                if (hit)
                {
                    return i + 1;
                }
            }
        }

        return 0;
    }

    private static List<string> Popularity(MatchingKnowledge knowledge, LatentReceiverRanker ranker, string? hiddenCase)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in knowledge.Exchanges)
        {
            if (hiddenCase is not null && e.Source.CaseId == hiddenCase)
            {
                continue;
            }

            foreach (var r in e.ReceiverCodes)
            {
                var under = ranker.ClassesUnder(r);
                foreach (var c in under)
                {
                    counts[c] = counts.GetValueOrDefault(c) + (1.0 / under.Length);
                }
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
    }

    private sealed class Metrics
    {
        private readonly int[] _hits = new int[s_ks.Length];
        private double _reciprocal;

        public void Add(int rank)
        {
            if (rank <= 0)
            {
                return;
            }

            _reciprocal += 1.0 / rank;
            for (var i = 0; i < s_ks.Length; i++)
            {
                if (rank <= s_ks[i])
                {
                    _hits[i]++;
                }
            }
        }

        public Dictionary<string, double> ToJson(int rows)
        {
            var d = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < s_ks.Length; i++)
            {
                d[$"hit@{s_ks[i]}"] = rows == 0 ? 0 : Math.Round((double)_hits[i] / rows, 3);
            }

            d["mrr"] = rows == 0 ? 0 : Math.Round(_reciprocal / rows, 3);
            return d;
        }
    }
}
