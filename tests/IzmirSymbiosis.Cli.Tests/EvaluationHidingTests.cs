using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Cli.Tests;

/// <summary>
/// The evaluation must score every row with knowledge that holds nothing of the row's case (leave
/// one case out), of its test fold (K folds), and the tuner must never score a test-fold row. A
/// spy knowledge factory records what each row was scored with; a synthetic library in which every
/// case has its own waste code and its own receiver shows that any leak turns a miss into a hit.
/// </summary>
public sealed class EvaluationHidingTests
{
    // Each case: its own waste code (distinct chapters) and its own receiver (distinct divisions).
    // With the concept weight at 0 the ranker still lists classes its words reach, at score 0 in
    // code order, so no receiver is a class the case's own material words name (manure → 35.11,
    // not crop growing): only a leak of the case's exchange can then rank it.
    private static readonly (string Case, string Ewc, string Receiver, string Description)[] s_cases =
    [
        ("1", "100101", "23.51", "bottom ash from the boiler"),
        ("2", "150101", "17.12", "paper and cardboard packaging"),
        ("3", "120101", "24.10", "ferrous metal filings"),
        ("4", "160103", "22.11", "end-of-life tyres"),
        ("5", "020106", "35.11", "animal faeces and manure"),
        ("6", "070213", "20.16", "waste plastic from polymer production"),
    ];

    /// <summary>The concept and route knowledge is off, so only what the library says can rank a class.</summary>
    private static readonly Dictionary<string, double> s_libraryOnly = new(StringComparer.Ordinal) { ["ConceptWeight"] = 0, ["RouteWeight"] = 0 };

    [Fact]
    public void LeaveOneCaseOut_ScoresEveryRowWithKnowledgeWithoutItsCase()
    {
        var spy = new SpyFactory(LibraryExchanges());
        var scored = new List<ScoredRow>();
        var rows = LibraryRows();

        var result = MatchingEvaluation.Run(spy.Source, rows, leaveOneCaseOut: true, new EvaluationOptions { Observer = scored.Add });

        Assert.True(result.Rows > 100);
        Assert.Equal(result.Rows, scored.Count);
        foreach (var s in scored)
        {
            var caseId = s.Row["case_id"];
            Assert.Contains(s.Knowledge, spy.Built);
            Assert.DoesNotContain(s.Knowledge.Exchanges, e => e.Source.CaseId == caseId);
            Assert.DoesNotContain(s.BaselineKnowledge.Exchanges, e => e.Source.CaseId == caseId);
            // Only the case is hidden: every other exchange is still known.
            Assert.Equal(spy.All.Count(e => e.CaseId != caseId), s.Knowledge.Exchanges.Count);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Folds_ScoreEveryRowWithKnowledgeWithoutItsTestFold(int folds)
    {
        var spy = new SpyFactory(LibraryExchanges());
        var scored = new List<ScoredRow>();

        var result = MatchingEvaluation.RunFolds(spy.Source, LibraryRows(), folds, tune: false, new EvaluationOptions { Observer = scored.Add });

        Assert.Equal(result.Rows, scored.Count);
        Assert.All(scored, s => Assert.Equal(EvaluationPhase.Test, s.Phase));
        foreach (var s in scored)
        {
            var fold = s.Fold!.Value;
            Assert.Equal(fold, MatchingEvaluation.FoldOf(s.Row["case_id"], folds));
            Assert.Contains(s.Knowledge, spy.Built);
            Assert.DoesNotContain(s.Knowledge.Exchanges, e => MatchingEvaluation.FoldOf(e.Source.CaseId, folds) == fold);
            Assert.NotEmpty(s.Knowledge.Exchanges);
        }
    }

    [Fact]
    public void UniqueCases_AllKnowledgeFindsEveryReceiverFirst_LeaveOneCaseOutNone()
    {
        var source = SyntheticSource();
        var options = new EvaluationOptions { Parameters = s_libraryOnly };

        var all = MatchingEvaluation.Run(source, SyntheticRows(), leaveOneCaseOut: false, options);
        var loco = MatchingEvaluation.Run(source, SyntheticRows(), leaveOneCaseOut: true, options);

        Assert.Equal(s_cases.Length, all.Rows);
        Assert.Equal(1.0, all.Figure("class", "hit@1"));
        Assert.Equal(s_cases.Length, loco.Rows);
        Assert.Equal(0.0, loco.Figure("class", "hit@10"));
        Assert.Equal(0.0, loco.Figure("division", "hit@10"));
    }

    [Fact]
    public void UniqueCases_TwoFolds_NoReceiverOfTheTestFoldIsFound()
    {
        var result = MatchingEvaluation.RunFolds(SyntheticSource(), SyntheticRows(), 2, tune: false, new EvaluationOptions { Parameters = s_libraryOnly });

        Assert.Equal(s_cases.Length, result.Rows);
        Assert.Equal(0.0, result.Figure("class", "hit@10"));
    }

    [Fact]
    public void UniqueCases_Baseline_AllKnowledgeListsEveryReceiver_LeaveOneCaseOutNone()
    {
        var source = SyntheticSource();

        var all = MatchingEvaluation.Run(source, SyntheticRows(), leaveOneCaseOut: false);
        var loco = MatchingEvaluation.Run(source, SyntheticRows(), leaveOneCaseOut: true);
        var folds = MatchingEvaluation.RunFolds(source, SyntheticRows(), 2, tune: false);

        // All receivers are equally popular, so with all knowledge each is within the top |cases|.
        Assert.Equal(1.0, all.Figure("class", "hit@10", baseline: true));
        Assert.True(all.Figure("class", "hit@1", baseline: true) > 0);
        Assert.Equal(0.0, loco.Figure("class", "hit@10", baseline: true));
        Assert.Equal(0.0, loco.Figure("division", "hit@10", baseline: true));
        Assert.Equal(0.0, folds.Figure("class", "hit@10", baseline: true));
    }

    [Fact]
    public void Tune_ScoresOnlyTrainingRows_WithKnowledgeWithoutTheTestFoldAndTheRowsCase()
    {
        var spy = new SpyFactory(SyntheticExchanges());
        var scored = new List<ScoredRow>();

        MatchingEvaluation.RunFolds(spy.Source, SyntheticRows(), 2, tune: true, new EvaluationOptions { Observer = scored.Add });

        var tuning = scored.Where(s => s.Phase == EvaluationPhase.Tuning).ToList();
        Assert.NotEmpty(tuning);
        foreach (var s in tuning)
        {
            var fold = s.Fold!.Value;
            var caseId = s.Row["case_id"];
            Assert.NotEqual(fold, MatchingEvaluation.FoldOf(caseId, 2));
            Assert.DoesNotContain(s.Knowledge.Exchanges, e => MatchingEvaluation.FoldOf(e.Source.CaseId, 2) == fold || e.Source.CaseId == caseId);
        }

        // Each fold's tuner saw every one of its training rows and nothing else.
        foreach (var fold in new[] { 0, 1 })
        {
            var seen = tuning.Where(s => s.Fold == fold).Select(s => s.Row["case_id"]).ToHashSet(StringComparer.Ordinal);
            var expected = s_cases.Select(c => c.Case).Where(c => MatchingEvaluation.FoldOf(c, 2) != fold).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(expected, seen);
        }
    }

    [Fact]
    public void WithoutLibrary_RankerHasNoExchange_BaselineHasTheOtherCases()
    {
        var spy = new SpyFactory(SyntheticExchanges());
        var scored = new List<ScoredRow>();

        var result = MatchingEvaluation.Run(spy.Source, SyntheticRows(), leaveOneCaseOut: true,
            new EvaluationOptions { WithoutLibrary = true, Parameters = s_libraryOnly, Observer = scored.Add });

        Assert.Equal(s_cases.Length, scored.Count);
        Assert.All(scored, s => Assert.Empty(s.Knowledge.Exchanges));
        Assert.All(scored, s => Assert.Equal(s_cases.Length - 1, s.BaselineKnowledge.Exchanges.Count));
        Assert.All(scored, s => Assert.DoesNotContain(s.BaselineKnowledge.Exchanges, e => e.Source.CaseId == s.Row["case_id"]));
        Assert.Contains("library hidden", result.Protocol, StringComparison.Ordinal);
        Assert.Equal(0.0, result.Figure("class", "hit@10"));
    }

    [Fact]
    public void Replay_FeedbackFromOtherCases_LowersThePair_FeedbackAboutTheRowsCaseIsNotUsed()
    {
        // Four "not our material" answers for ash → 23.51 push the bottom-ash row's receiver down.
        FeedbackRow Answer(string? caseId, string description) => new(caseId, new FeedbackItem(["100101"], description, "23.51", FeedbackAnswer.NotOurMaterial));
        var rows = SyntheticRows();
        var options = new EvaluationOptions { Parameters = s_libraryOnly };

        var fromOthers = MatchingEvaluation.Run(SyntheticSource(), rows, leaveOneCaseOut: false,
            options with { Feedback = [.. Enumerable.Range(0, 4).Select(i => Answer("9", "boiler ash"))] });
        var fromItsOwnCase = MatchingEvaluation.Run(SyntheticSource(), rows, leaveOneCaseOut: false,
            options with { Feedback = [.. Enumerable.Range(0, 4).Select(i => Answer("1", "boiler ash"))] });
        var aboutTheRowItself = MatchingEvaluation.Run(SyntheticSource(), rows, leaveOneCaseOut: false,
            options with { Feedback = [.. Enumerable.Range(0, 4).Select(i => Answer(null, "bottom ash from the boiler"))] });

        Assert.Equal(1.0, fromOthers.Figure("class", "hit@1"));
        Assert.Equal((s_cases.Length - 1.0) / s_cases.Length, fromOthers.FeedbackFigure("class", "hit@1"), 3);
        Assert.Equal(1.0, fromItsOwnCase.FeedbackFigure("class", "hit@1"));
        Assert.Equal(1.0, aboutTheRowItself.FeedbackFigure("class", "hit@1"));
    }

    private static List<KnownExchange> LibraryExchanges() => [.. ReferenceDataReader.Load().KnownExchanges];

    private static List<IReadOnlyDictionary<string, string>> LibraryRows() =>
        [.. LibraryExchanges().Select(e => Row(e.CaseId, e.EwcCodes.Replace(' ', ';'), e.ReceiverNace ?? string.Empty, e.MaterialDescription))];

    private static List<KnownExchange> SyntheticExchanges() =>
        [.. s_cases.Select(c => new KnownExchange
        {
            ExchangeId = $"x{c.Case}",
            CaseId = c.Case,
            DonorNace = null,
            ReceiverNace = c.Receiver,
            MaterialDescription = c.Description,
            EwcCodes = c.Ewc,
        })];

    private static List<IReadOnlyDictionary<string, string>> SyntheticRows() =>
        [.. s_cases.Select(c => Row(c.Case, c.Ewc, c.Receiver, c.Description))];

    private static KnowledgeSource SyntheticSource() => new SpyFactory(SyntheticExchanges()).Source;

    private static Dictionary<string, string> Row(string caseId, string ewc, string receiver, string description) =>
        new(StringComparer.Ordinal) { ["case_id"] = caseId, ["ewc_codes"] = ewc, ["receiver_nace"] = receiver, ["material_description"] = description };

    /// <summary>Builds knowledge from the given exchanges and remembers every knowledge it built.</summary>
    private sealed class SpyFactory
    {
        public SpyFactory(List<KnownExchange> exchanges)
        {
            All = exchanges;
            var d = ReferenceDataReader.Load();
            Source = new KnowledgeSource(hide =>
            {
                var k = new MatchingKnowledge(d.WasteCodes, d.WasteCategories, d.NaceActivities, d.RecoveryOperations, d.MaterialEmissionProfiles, exchanges.Where(e => !hide(e)));
                Built.Add(k);
                return k;
            });
        }

        public List<KnownExchange> All { get; }

        public KnowledgeSource Source { get; }

        public List<MatchingKnowledge> Built { get; } = [];
    }
}
