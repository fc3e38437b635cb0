namespace IzmirSymbiosis.Cli.Tests;

/// <summary>
/// The fold tuner keeps a parameter change only when its per-row gain on the training rows is
/// more than noise (mean gain above 0.005 and above two standard errors of the paired
/// differences): on a few dozen rows, a change that wins two rows and loses one is chance.
/// </summary>
public sealed class TunerAcceptanceTests
{
    private static List<double> Rows(int n, double value) => [.. Enumerable.Repeat(value, n)];

    private static List<double> With(List<double> rows, int from, int count, double value)
    {
        var copy = new List<double>(rows);
        for (var i = from; i < from + count; i++)
        {
            copy[i] = value;
        }

        return copy;
    }

    public static TheoryData<string, int, int, bool> Cases => new()
    {
        // description, rows won (0 → 1.5), rows lost (1.5 → 0), kept?
        { "wins two rows, loses one, of sixty", 2, 1, false },
        { "wins three rows, loses none, of sixty", 3, 0, false },
        { "wins twelve rows, loses two, of sixty", 12, 2, true },
        { "wins twenty rows, loses none, of sixty", 20, 0, true },
        { "wins nothing, loses nothing", 0, 0, false },
        { "wins ten rows, loses ten", 10, 10, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ClearlyBetter_KeepsOnlyAGainAboveNoise(string description, int won, int lost, bool kept)
    {
        var current = With(Rows(60, 0), 0, 30, 1.5);
        // Rows 30.. were misses the trial may win; rows 0.. were hits it may lose.
        var trial = With(With(current, 30, won, 1.5), 0, lost, 0);

        Assert.True(kept == MatchingEvaluation.ClearlyBetter(trial, current), description);
    }

    [Fact]
    public void ClearlyBetter_RowsThatDoNotPairUp_AreNoEvidence()
    {
        Assert.False(MatchingEvaluation.ClearlyBetter(Rows(10, 1), Rows(9, 0)));
        Assert.False(MatchingEvaluation.ClearlyBetter(Rows(1, 1), Rows(1, 0)));
    }
}
