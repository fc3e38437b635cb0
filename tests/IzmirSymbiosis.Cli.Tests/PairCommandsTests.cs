using System.Text.Json;

namespace IzmirSymbiosis.Cli.Tests;

[Collection(nameof(CliCollection))]
public sealed class PairCommandsTests : IDisposable
{
    private const string Header = "offer_ewc,offer_description,offer_nace,need_ewc,need_description,need_nace,distance_km";
    private readonly string _dir = Directory.CreateTempSubdirectory("izmirsym-pairs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(params string[] lines)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task ScorePairs_NoFile_UsageError()
    {
        var r = await CliRunner.RunAsync("score-pairs");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--pairs is required", r.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345,kül,35.11,,kül,23.51,10", "row 1, column offer_ewc")]
    [InlineData("999999,kül,35.11,,kül,23.51,10", "row 1, column offer_ewc")]
    [InlineData("100102,kül,35.11,1X,kül,23.51,10", "row 1, column need_ewc")]
    [InlineData("100102,kül,3S.11,,kül,23.51,10", "row 1, column offer_nace")]
    [InlineData("100102,kül,35.11,,kül,99.99,10", "row 1, column need_nace")]
    [InlineData("100102,kül,35.11,,kül,23.51,ten", "row 1, column distance_km")]
    [InlineData("100102,kül,35.11,,kül,23.51,-4", "row 1, column distance_km")]
    public async Task ScorePairs_BadValue_UsageErrorNamesRowAndColumn(string row, string expected)
    {
        var path = File(Header, "100102,uçucu kül,35.11,,uçucu kül,23.51,10", row);

        var r = await CliRunner.RunAsync("score-pairs", "--pairs", path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected.Replace("row 1", "row 2", StringComparison.Ordinal), r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScorePairs_MissingColumn_UsageError()
    {
        var path = File("offer_ewc,offer_description", "100102,kül");

        var r = await CliRunner.RunAsync("score-pairs", "--pairs", path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no column 'offer_nace'", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScorePairs_Json_OneObjectPerRowWithScoreFilterAndFactors()
    {
        var path = File(
            Header,
            "10 01 02,uçucu kül,3511,100102*,uçucu kül,23.51,30",
            "150102,PVC profil kırığı,22.23,,temiz PE kırığı,22.21,10",
            ",,,,,,");

        var r = await CliRunner.RunAsync("score-pairs", "--pairs", path, "--json");

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(1, rows[0].GetProperty("row").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("filtered").ValueKind);
        Assert.True(rows[0].GetProperty("score").GetDouble() > 0);
        foreach (var factor in new[] { "material", "quantity", "distance", "timing", "economics", "environment" })
        {
            Assert.True(rows[0].GetProperty("factors").TryGetProperty(factor, out _), factor);
        }

        Assert.Equal(0, rows[1].GetProperty("score").GetDouble());
        Assert.Contains("incompatible", rows[1].GetProperty("filtered").GetString(), StringComparison.Ordinal);
        Assert.Equal("hard", rows[1].GetProperty("material").GetProperty("relation").GetString());
        Assert.Equal(JsonValueKind.String, rows[2].GetProperty("filtered").ValueKind);
    }

    [Fact]
    public async Task ScorePairs_Text_StatesTheAssumptionsAndTheFilter()
    {
        var path = File(Header, "100210,hadde tufalı,24.10,,lastik türevli yakıt (TDF),23.51,40");

        var r = await CliRunner.RunAsync("score-pairs", "--pairs", path);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Assumed for every row", r.Out, StringComparison.Ordinal);
        Assert.Contains("filtered: materials are incompatible", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluatePairs_BadLabel_UsageError()
    {
        var path = File(Header + ",label", "100102,uçucu kül,35.11,,uçucu kül,23.51,10,yes");

        var r = await CliRunner.RunAsync("evaluate-pairs", "--pairs", path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("row 1, column label", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluatePairs_SmallFile_PrintsAucAndPrecisions()
    {
        var path = File(
            Header + ",label",
            "100102,uçucu kül,35.11,100102,uçucu kül,23.51,20,1",
            "100210,hadde tufalı,24.10,,lastik türevli yakıt,23.51,20,0");

        var r = await CliRunner.RunAsync("evaluate-pairs", "--pairs", path, "--json");

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(1.0, doc.RootElement.GetProperty("auc").GetDouble());
        Assert.Equal(2, doc.RootElement.GetProperty("pairs").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("positives").GetInt32());
    }

    [Fact]
    public async Task EvaluatePairs_Summary_PrintsFiguresButNoRow()
    {
        var path = File(
            Header + ",label",
            "100102,uçucu kül,35.11,100102,uçucu kül,23.51,20,1",
            "100210,hadde tufalı,24.10,,lastik türevli yakıt,23.51,20,0");

        var full = await CliRunner.RunAsync("evaluate-pairs", "--pairs", path);
        var summary = await CliRunner.RunAsync("evaluate-pairs", "--pairs", path, "--summary");

        Assert.Equal(0, summary.ExitCode);
        Assert.Contains("label 1", full.Out, StringComparison.Ordinal);
        Assert.Contains("filtered: materials are incompatible", full.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("label 1 ", summary.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("incompatible", summary.Out, StringComparison.Ordinal);
        Assert.Contains("ROC AUC 1.000", summary.Out, StringComparison.Ordinal);
        Assert.Contains("pairs 2 (label 1: 1, filtered: 1)", summary.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus", "1", "unknown option --bogus")]
    [InlineData("--set", "Nope=1", "'Nope' is no numeric option")]
    [InlineData("--set", "RouteEvidenceWeight", "Name=value")]
    public async Task ScorePairs_UnknownOptionOrSetting_UsageError(string option, string value, string message)
    {
        var path = File(Header, "100102,uçucu kül,35.11,100102,uçucu kül,23.51,20");

        var r = await CliRunner.RunAsync("score-pairs", "--pairs", path, option, value);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScorePairs_SetRouteEvidenceWeightZero_RouteNoLongerCounts()
    {
        // 02 03 04 → 10.91 (animal feed) is a route of the table; the need names its use.
        var path = File(Header, "020304,üretim artığı,10.39,,hayvan yemi hammaddesi,10.91,20");

        var on = await CliRunner.RunAsync("score-pairs", "--pairs", path, "--json");
        var off = await CliRunner.RunAsync("score-pairs", "--pairs", path, "--json", "--set", "RouteEvidenceWeight=0");

        Assert.Equal(0, on.ExitCode);
        Assert.Equal(0, off.ExitCode);
        using var a = JsonDocument.Parse(on.Out);
        using var b = JsonDocument.Parse(off.Out);
        Assert.True(a.RootElement[0].GetProperty("score").GetDouble() > b.RootElement[0].GetProperty("score").GetDouble(), $"{on.Out} vs {off.Out}");
    }

    [Fact]
    public void RocAuc_HandComputedExample_TiesCountHalf()
    {
        // Positives 0.9 and 0.8, negatives 0.8 and 0.1: of the four (positive, negative) pairs three
        // are ordered right and one is tied, so AUC = 3.5 / 4.
        (double, bool)[] rows = [(0.9, true), (0.8, false), (0.8, true), (0.1, false)];

        Assert.Equal(0.875, PairCommands.RocAuc(rows)!.Value, 12);
    }

    [Fact]
    public void RocAuc_ReversedOrder_Zero_AndOneLabelOnly_Null()
    {
        Assert.Equal(0.0, PairCommands.RocAuc([(1, false), (2, false), (0, true)])!.Value, 12);
        Assert.Null(PairCommands.RocAuc([(1, true), (2, true)]));
    }

    [Fact]
    public void PrecisionAt_CountsRowsAtOrAboveTheThreshold()
    {
        (double, bool)[] rows = [(80, true), (70, false), (69.9, true), (90, true)];

        var (precision, count) = PairCommands.PrecisionAt(rows, 70);

        Assert.Equal(3, count);
        Assert.Equal(2.0 / 3, precision!.Value, 12);
        Assert.Null(PairCommands.PrecisionAt(rows, 95).Precision);
    }
}
