using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Cli;

/// <summary>Exchanges hidden from the knowledge a row is scored with: a stable key (for caching) and the test.</summary>
/// <param name="Key">Identifies the set; equal keys hide the same exchanges.</param>
/// <param name="Hides">True for an exchange that must not be in the knowledge.</param>
internal sealed record HiddenSet(string Key, Func<KnownExchange, bool> Hides)
{
    /// <summary>Hides what either set hides.</summary>
    public HiddenSet And(HiddenSet other) =>
        new($"{Key}+{other.Key}", e => Hides(e) || other.Hides(e));
}

/// <summary>
/// Builds <see cref="MatchingKnowledge"/> without given exchanges, once per hidden set: the whole
/// knowledge (word rarity, priors, indexes) is rebuilt, so nothing of a hidden case can leak
/// through a statistic counted over the library.
/// </summary>
/// <param name="build">Builds knowledge from the exchanges the predicate does not hide.</param>
internal sealed class KnowledgeSource(Func<Func<KnownExchange, bool>, MatchingKnowledge> build)
{
    private readonly Dictionary<string, MatchingKnowledge> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _baselines = new(StringComparer.Ordinal);

    /// <summary>Hides nothing.</summary>
    public static HiddenSet Nothing { get; } = new("none", _ => false);

    /// <summary>Hides every library exchange (route table and text knowledge only).</summary>
    public static HiddenSet Everything { get; } = new("library", _ => true);

    /// <summary>Hides one case.</summary>
    public static HiddenSet Case(string caseId) => new($"case {caseId}", e => e.CaseId == caseId);

    /// <summary>Hides the cases of fold <paramref name="fold"/> of <paramref name="folds"/>.</summary>
    public static HiddenSet Fold(int fold, int folds) => new($"fold {fold}/{folds}", e => MatchingEvaluation.FoldOf(e.CaseId, folds) == fold);

    /// <summary>The knowledge without the exchanges <paramref name="hidden"/> hides.</summary>
    public MatchingKnowledge Get(HiddenSet hidden)
    {
        if (!_cache.TryGetValue(hidden.Key, out var knowledge))
        {
            _cache[hidden.Key] = knowledge = build(hidden.Hides);
        }

        return knowledge;
    }

    /// <summary>The popularity baseline over the knowledge without <paramref name="hidden"/>, computed once per set.</summary>
    public List<string> Baseline(HiddenSet hidden, Func<MatchingKnowledge, List<string>> compute)
    {
        if (!_baselines.TryGetValue(hidden.Key, out var baseline))
        {
            _baselines[hidden.Key] = baseline = compute(Get(hidden));
        }

        return baseline;
    }
}

/// <summary>Whether a row was scored for the reported figure or by the tuner.</summary>
internal enum EvaluationPhase
{
    /// <summary>Scored for the reported figure.</summary>
    Test,

    /// <summary>Scored by the tuner (training rows of a fold).</summary>
    Tuning,
}

/// <summary>A row as it was scored: with which knowledge, in which phase and fold.</summary>
/// <param name="Phase">Reported figure or tuning.</param>
/// <param name="Fold">Test fold, for K-fold runs.</param>
/// <param name="Row">The evaluated row.</param>
/// <param name="Knowledge">The knowledge the ranker scored it with.</param>
/// <param name="BaselineKnowledge">The knowledge the popularity baseline was counted over.</param>
internal sealed record ScoredRow(EvaluationPhase Phase, int? Fold, IReadOnlyDictionary<string, string> Row, MatchingKnowledge Knowledge, MatchingKnowledge BaselineKnowledge);

/// <summary>Options of an evaluation run.</summary>
internal sealed record EvaluationOptions
{
    /// <summary>Where to write rows missed in the top 5 (null: nowhere).</summary>
    public TextWriter? Misses { get; init; }

    /// <summary>Ranker parameter overrides.</summary>
    public IReadOnlyDictionary<string, double>? Parameters { get; init; }

    /// <summary>Where the tuner writes its progress.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Told of every row scored (tests use it to check what each row's knowledge held).</summary>
    public Action<ScoredRow>? Observer { get; init; }

    /// <summary>The ranker gets no library exchange at all; rows and baseline still come from the library.</summary>
    public bool WithoutLibrary { get; init; }

    /// <summary>Feedback to replay: each row is also ranked after applying the answers not given about it.</summary>
    public IReadOnlyList<FeedbackRow>? Feedback { get; init; }
}

/// <summary>One answer of a feedback file, with the library case it was given about when the file says.</summary>
/// <param name="CaseId">Case of the offer the answer was given about, or null.</param>
/// <param name="Item">The answer.</param>
internal sealed record FeedbackRow(string? CaseId, FeedbackItem Item)
{
    /// <summary>
    /// Whether the answer may be used when measuring <paramref name="row"/>: never when it comes from
    /// the row's case (or, without a case, when it is about the row's own codes and description).
    /// </summary>
    public bool UsableFor(IReadOnlyDictionary<string, string> row) =>
        CaseId is not null
            ? CaseId != row["case_id"]
            : !(string.Equals(Item.Description?.Trim(), row["material_description"].Trim(), StringComparison.OrdinalIgnoreCase)
                && Item.EwcCodes.Order(StringComparer.Ordinal).SequenceEqual(
                    row["ewc_codes"].Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(c => EwcCode.Normalize(c) ?? c).Order(StringComparer.Ordinal)));
}
