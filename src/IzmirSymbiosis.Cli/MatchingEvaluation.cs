using System.Globalization;
using System.Reflection;
using IzmirSymbiosis.Domain.Reference;
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
/// over their classes).
/// <para>
/// Three protocols: all knowledge; leave one case out; and K folds (cases split deterministically
/// by case id modulo K). A hidden case or fold is hidden by building the whole knowledge without
/// its exchanges (word rarity, priors, indexes, popularity), never by filtering inside the ranker:
/// every row is scored with a <see cref="MatchingKnowledge"/> that holds no exchange of its case
/// (or of its test fold). With tuning, the ranker's weights are tuned only on the other folds'
/// rows, themselves scored leave-one-case-out with knowledge built without the test fold and
/// without the row's case. With <see cref="EvaluationOptions.WithoutLibrary"/> the ranker gets no
/// library exchange at all (route and text knowledge only), while the baseline keeps the
/// popularity among the other cases' (or folds') exchanges.
/// </para>
/// </summary>
internal sealed class MatchingEvaluation
{
    private static readonly int[] s_ks = [1, 3, 5, 10];
    private static readonly string[] s_levels = ["class", "group", "division"];

    private readonly Dictionary<string, Metrics> _engine = s_levels.ToDictionary(l => l, _ => new Metrics());
    private readonly Dictionary<string, Metrics> _baseline = s_levels.ToDictionary(l => l, _ => new Metrics());
    private readonly Dictionary<string, Metrics> _feedback = s_levels.ToDictionary(l => l, _ => new Metrics());
    private readonly List<FoldResult> _folds = [];

    // Per row scored: class hit@5 (0 or 1) + reciprocal class rank, the tuner's objective.
    private readonly List<double> _rowObjectives = [];
    private bool _replayed;

    public int Rows { get; private set; }

    public string Protocol { get; private init; } = "all knowledge";

    /// <summary>Ranker parameters a tuning run may change (public settable <see cref="double"/> properties).</summary>
    public static IReadOnlyList<PropertyInfo> Parameters { get; } =
        [.. typeof(LatentReceiverRanker).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(double) && p.CanWrite).OrderBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>
    /// All knowledge (<paramref name="leaveOneCaseOut"/> false) or leave one case out: each row is
    /// scored with knowledge built by <paramref name="source"/> without the exchanges of its case.
    /// </summary>
    public static MatchingEvaluation Run(KnowledgeSource source, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, bool leaveOneCaseOut, EvaluationOptions? options = null)
    {
        options ??= new EvaluationOptions();
        var result = new MatchingEvaluation { Protocol = Describe(leaveOneCaseOut ? "leave one case out, knowledge rebuilt without the case" : "all knowledge", options, leaveOneCaseOut ? "the other cases" : "all cases") };
        result.Score(source, rows, leaveOneCaseOut ? c => KnowledgeSource.Case(c) : _ => KnowledgeSource.Nothing, options.Parameters, options, EvaluationPhase.Test, null);
        return result;
    }

    /// <summary>
    /// K-fold cross-validation by case: each fold's rows are scored with knowledge built without
    /// the fold's cases (no trace of the test fold, not even in word frequencies). With
    /// <paramref name="tune"/>, weights are tuned per fold on the training rows only.
    /// </summary>
    public static MatchingEvaluation RunFolds(KnowledgeSource source, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, int folds, bool tune, EvaluationOptions? options = null)
    {
        options ??= new EvaluationOptions();
        var result = new MatchingEvaluation
        {
            Protocol = Describe($"{folds} folds by case id mod {folds}, knowledge rebuilt without the test fold{(tune ? ", weights tuned on the training folds only" : string.Empty)}", options, "the other folds"),
        };
        for (var f = 0; f < folds; f++)
        {
            var fold = KnowledgeSource.Fold(f, folds);
            var test = rows.Where(r => FoldOf(r["case_id"], folds) == f).ToList();
            var train = rows.Where(r => FoldOf(r["case_id"], folds) != f).ToList();
            var tuned = tune
                ? Tune(source, fold, train, options.Parameters, options, f)
                : new Dictionary<string, double>(options.Parameters ?? new Dictionary<string, double>(), StringComparer.Ordinal);
            var before = result.Snapshot();
            result.Score(source, test, _ => fold, tuned, options, EvaluationPhase.Test, f);

            MatchingEvaluation? trainScore = null;
            if (tune)
            {
                trainScore = new MatchingEvaluation();
                trainScore.Score(source, train, c => fold.And(KnowledgeSource.Case(c)), tuned, options with { Misses = null, Feedback = null }, EvaluationPhase.Tuning, f);
            }

            result._folds.Add(new FoldResult(f, result.Rows - before.Rows, result._engine["class"].Hits5 - before.Engine5, result._baseline["class"].Hits5 - before.Baseline5,
                trainScore?.Rows ?? 0, trainScore?._engine["class"].Hits5 ?? 0, tuned));
        }

        return result;
    }

    /// <summary>Fold of a case: numeric id modulo K (even/odd for K = 2), else a stable hash.</summary>
    internal static int FoldOf(string caseId, int folds) =>
        int.TryParse(caseId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? ((n % folds) + folds) % folds
            : caseId.Aggregate(17, (h, c) => unchecked((h * 31) + c)) is var h2 ? ((h2 % folds) + folds) % folds : 0;

    /// <summary>
    /// Coordinate search of the ranker's parameters on the training rows of a fold, each scored
    /// leave-one-case-out with knowledge built without the test fold and without the row's case:
    /// each parameter tried at ×0, ×0.5, ×0.75, ×1.5, ×2 of its value (0.25 and 0.5 when it is 0);
    /// a change is kept only when it raises class hit@5 + MRR by more than 0.005. Two passes.
    /// </summary>
    internal static Dictionary<string, double> Tune(KnowledgeSource source, HiddenSet fold, IReadOnlyList<IReadOnlyDictionary<string, string>> train,
        IReadOnlyDictionary<string, double>? start, EvaluationOptions options, int? foldIndex = null)
    {
        var current = new Dictionary<string, double>(start ?? new Dictionary<string, double>(), StringComparer.Ordinal);
        var defaults = new LatentReceiverRanker(source.Get(fold));
        foreach (var p in Parameters)
        {
            current.TryAdd(p.Name, (double)p.GetValue(defaults)!);
        }

        var quiet = options with { Misses = null, Feedback = null };
        List<double> Objective(IReadOnlyDictionary<string, double> parameters)
        {
            var e = new MatchingEvaluation();
            e.Score(source, train, c => fold.And(KnowledgeSource.Case(c)), parameters, quiet, EvaluationPhase.Tuning, foldIndex);
            return e._rowObjectives;
        }

        var best = Objective(current);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var p in Parameters)
            {
                var v0 = current[p.Name];
                double[] candidates = v0 == 0 ? [0.25, 0.5] : [0, v0 * 0.5, v0 * 0.75, v0 * 1.5, v0 * 2];
                foreach (var v in candidates)
                {
                    var trial = new Dictionary<string, double>(current, StringComparer.Ordinal) { [p.Name] = v };
                    var score = Objective(trial);
                    if (ClearlyBetter(score, best))
                    {
                        best = score;
                        current = trial;
                    }
                }
            }

            options.Log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tune pass {pass + 1}: objective {(best.Count == 0 ? 0 : best.Average()):0.000} {Describe(current, defaults)}"));
        }

        return current;
    }

    /// <summary>
    /// Whether a trial's per-row objectives beat the current ones by more than noise: the mean
    /// gain exceeds 0.005 and two standard errors of the paired differences. On a few dozen
    /// training rows a change that wins two rows and loses one is chance, and keeping it
    /// fits the training rows, not the material (the outer fold then falls below the untuned figure).
    /// </summary>
    internal static bool ClearlyBetter(IReadOnlyList<double> trial, IReadOnlyList<double> current)
    {
        if (trial.Count != current.Count || trial.Count < 2)
        {
            return false;
        }

        var d = trial.Select((t, i) => t - current[i]).ToList();
        var mean = d.Average();
        var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Count - 1));
        return mean > 0.005 && mean > 2 * sd / Math.Sqrt(d.Count);
    }

    /// <summary>A figure of the engine (<paramref name="baseline"/> false) or of the baseline: <c>hit@1</c> … <c>hit@10</c>, <c>mrr</c> at a level.</summary>
    internal double Figure(string level, string metric, bool baseline = false) => (baseline ? _baseline : _engine)[level].ToJson(Rows)[metric];

    /// <summary>A figure of the engine after replaying feedback (see <see cref="EvaluationOptions.Feedback"/>).</summary>
    internal double FeedbackFigure(string level, string metric) => _feedback[level].ToJson(Rows)[metric];

    public object ToJson()
    {
        var d = new Dictionary<string, object>
        {
            ["rows"] = Rows,
            ["protocol"] = Protocol,
            ["engine"] = s_levels.ToDictionary(l => l, l => _engine[l].ToJson(Rows)),
            ["baseline"] = s_levels.ToDictionary(l => l, l => _baseline[l].ToJson(Rows)),
        };
        if (_replayed)
        {
            d["engine_with_feedback"] = s_levels.ToDictionary(l => l, l => _feedback[l].ToJson(Rows));
        }

        if (_folds.Count > 0)
        {
            d["folds"] = _folds.Select(f => new Dictionary<string, object>
            {
                ["fold"] = f.Fold,
                ["rows"] = f.Rows,
                ["engine_class_hit@5"] = Ratio(f.Engine5, f.Rows),
                ["baseline_class_hit@5"] = Ratio(f.Baseline5, f.Rows),
                ["train_rows"] = f.TrainRows,
                ["train_class_hit@5"] = Ratio(f.TrainEngine5, f.TrainRows),
                ["parameters"] = f.Parameters,
            }).ToList();
        }

        return d;
    }

    public void Print(TextWriter w)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows evaluated: {Rows} ({Protocol})"));
        w.WriteLine("level      ranker      hit@1  hit@3  hit@5  hit@10   MRR");
        foreach (var level in s_levels)
        {
            foreach (var (name, m) in _replayed
                ? new[] { ("engine", _engine[level]), ("feedback", _feedback[level]), ("baseline", _baseline[level]) }
                : [("engine", _engine[level]), ("baseline", _baseline[level])])
            {
                var j = m.ToJson(Rows);
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{level,-10} {name,-10} {j["hit@1"],6:0.000} {j["hit@3"],6:0.000} {j["hit@5"],6:0.000} {j["hit@10"],6:0.000} {j["mrr"],6:0.000}"));
            }
        }

        var e5 = _engine["class"].ToJson(Rows)["hit@5"];
        var b5 = _baseline["class"].ToJson(Rows)["hit@5"];
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"class hit@5: engine {e5:0.000} = {(b5 > 0 ? e5 / b5 : double.PositiveInfinity):0.00} × baseline"));
        if (_replayed)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"class hit@5 after feedback replay (answers about the row's own case left out): {_feedback["class"].ToJson(Rows)["hit@5"]:0.000}, before {e5:0.000}"));
        }

        foreach (var f in _folds)
        {
            var train = f.TrainRows > 0 ? string.Create(CultureInfo.InvariantCulture, $"; tuned on {f.TrainRows} rows (hit@5 {Ratio(f.TrainEngine5, f.TrainRows):0.000} there)") : string.Empty;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fold {f.Fold}: {f.Rows} test rows, class hit@5 engine {Ratio(f.Engine5, f.Rows):0.000}, baseline {Ratio(f.Baseline5, f.Rows):0.000}{train}"));
            if (f.TrainRows > 0)
            {
                w.WriteLine($"        {Describe(f.Parameters, null)}");
            }
        }
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

    private static LatentReceiverRanker CreateRanker(MatchingKnowledge knowledge, IReadOnlyDictionary<string, double>? parameters)
    {
        var ranker = new LatentReceiverRanker(knowledge);
        foreach (var (name, value) in parameters ?? new Dictionary<string, double>())
        {
            var p = Parameters.FirstOrDefault(x => x.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliUsageException($"unknown ranker parameter '{name}'; known: {string.Join(", ", Parameters.Select(x => x.Name))}");
            p.SetValue(ranker, value);
        }

        return ranker;
    }

    private static string Describe(string protocol, EvaluationOptions options, string baselineFrom) =>
        options.WithoutLibrary ? $"{protocol}; library hidden from the ranker entirely, baseline = popularity among the receivers of {baselineFrom}" : protocol;

    private static string Describe(IReadOnlyDictionary<string, double> parameters, LatentReceiverRanker? defaults) =>
        string.Join(' ', parameters
            .Where(p => defaults is null || Math.Abs((double)Parameters.First(x => x.Name == p.Key).GetValue(defaults)! - p.Value) > 1e-12)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value:0.###}")));

    private static double Ratio(int hits, int rows) => rows == 0 ? 0 : Math.Round((double)hits / rows, 3);

    /// <summary>Receiving classes by how often they receive in the knowledge's exchanges (coarse receivers split over their classes).</summary>
    private static List<string> Popularity(MatchingKnowledge knowledge, LatentReceiverRanker ranker)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in knowledge.Exchanges)
        {
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

    private (int Rows, int Engine5, int Baseline5) Snapshot() => (Rows, _engine["class"].Hits5, _baseline["class"].Hits5);

    /// <summary>
    /// Scores rows, each with the knowledge <paramref name="hiddenFor"/> gives for its case: the
    /// ranker's knowledge is built without those exchanges (without any library exchange in
    /// <see cref="EvaluationOptions.WithoutLibrary"/> mode), the baseline's likewise.
    /// </summary>
    private void Score(KnowledgeSource source, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, Func<string, HiddenSet> hiddenFor,
        IReadOnlyDictionary<string, double>? parameters, EvaluationOptions options, EvaluationPhase phase, int? fold)
    {
        var scorers = new Dictionary<string, (MatchingKnowledge Knowledge, LatentReceiverRanker Ranker, List<string> Baseline)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var hidden = hiddenFor(row["case_id"]);
            if (!scorers.TryGetValue(hidden.Key, out var scorer))
            {
                var knowledge = options.WithoutLibrary ? source.Get(KnowledgeSource.Everything) : source.Get(hidden);
                var ranker = CreateRanker(knowledge, parameters);
                scorers[hidden.Key] = scorer = (knowledge, ranker, source.Baseline(hidden, k => Popularity(k, ranker)));
            }

            var feedback = options.Feedback is null ? null
                : new FeedbackAdjustment(scorer.Knowledge, options.Feedback.Where(f => f.UsableFor(row)).Select(f => f.Item));
            if (Add(scorer.Knowledge, scorer.Ranker, scorer.Baseline, row, options.Misses, feedback))
            {
                options.Observer?.Invoke(new ScoredRow(phase, fold, row, scorer.Knowledge, source.Get(hidden)));
            }
        }
    }

    private bool Add(MatchingKnowledge knowledge, LatentReceiverRanker ranker, List<string> baseline, IReadOnlyDictionary<string, string> row, TextWriter? misses, FeedbackAdjustment? feedback)
    {
        // Rows whose code contradicts their own description are read corrected, as the knowledge reads them.
        var codes = LibraryCorrections.EwcCodes(row.GetValueOrDefault("exchange_id") ?? string.Empty, row["ewc_codes"]).Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(EwcCode.Normalize).OfType<string>().Where(c => knowledge.WasteCode(c) is not null).Distinct().ToList();
        var truth = MatchingKnowledge.SplitNace(row["receiver_nace"]);
        if (codes.Count == 0 || truth.Count == 0)
        {
            return false;
        }

        Rows++;
        // As the platform ranks: from the waste's codes and description, without the giver's sector
        // (which a receiving firm may not learn), so the figures are the product's.
        var query = new LatentQuery(codes, row["material_description"]);
        var ranked = ranker.Rank(query, int.MaxValue);
        var predicted = ranked.Select(r => r.NaceCode).ToList();
        if (feedback is not null)
        {
            _replayed = true;
            var adjusted = feedback.Apply(query, ranked).Select(r => r.NaceCode).ToList();
            foreach (var level in s_levels)
            {
                _feedback[level].Add(RankOf(adjusted, truth, level));
            }
        }

        if (misses is not null && RankOf(predicted, truth, "class") is var r && (r == 0 || r > 5))
        {
            misses.WriteLine($"miss (rank {r}) case {row["case_id"]} {string.Join(';', codes)} “{row["material_description"]}” donor {row.GetValueOrDefault("donor_nace")} → truth {string.Join(';', truth)}; top5 {string.Join(' ', predicted.Take(5))}");
        }

        foreach (var level in s_levels)
        {
            _engine[level].Add(RankOf(predicted, truth, level));
            _baseline[level].Add(RankOf(baseline, truth, level));
        }

        var classRank = RankOf(predicted, truth, "class");
        _rowObjectives.Add(classRank <= 0 ? 0 : (classRank <= 5 ? 1 : 0) + (1.0 / classRank));
        return true;
    }

    private sealed record FoldResult(int Fold, int Rows, int Engine5, int Baseline5, int TrainRows, int TrainEngine5, IReadOnlyDictionary<string, double> Parameters);

    private sealed class Metrics
    {
        private readonly int[] _hits = new int[s_ks.Length];
        private double _reciprocal;

        public int Hits5 => _hits[Array.IndexOf(s_ks, 5)];

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
