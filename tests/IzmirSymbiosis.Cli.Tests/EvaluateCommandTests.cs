namespace IzmirSymbiosis.Cli.Tests;

[Collection(nameof(CliCollection))]
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"evaluate-{Guid.NewGuid():N}.csv");

    public EvaluateCommandTests()
    {
        File.WriteAllText(_file, """
            case_id,ewc_codes,receiver_nace,material_description
            1,100101,23.51,bottom ash
            2,150101,17.12,cardboard
            """);
    }

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task WithoutLibrary_SaysSo_AndNamesTheBaseline()
    {
        var r = await CliRunner.RunAsync("evaluate", "--exchanges", _file, "--without-library");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("rows evaluated: 2 (leave one case out", r.Out, StringComparison.Ordinal);
        Assert.Contains("library hidden from the ranker entirely, baseline = popularity among the receivers of the other cases", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_PrintsTheFigureBeforeAndAfterFeedback()
    {
        var feedback = Path.Combine(Path.GetTempPath(), $"feedback-{Guid.NewGuid():N}.csv");
        File.WriteAllText(feedback, """
            case_id,ewc,description,receiver_nace,answer
            7,100101,fly ash,23.51,not_our_material
            """);
        try
        {
            var r = await CliRunner.RunAsync("evaluate", "--exchanges", _file, "--leave-one-case-out", "--replay", feedback);

            Assert.Equal(0, r.ExitCode);
            Assert.Contains("class      feedback", r.Out, StringComparison.Ordinal);
            Assert.Contains("class hit@5 after feedback replay (answers about the row's own case left out):", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(feedback);
        }
    }

    [Fact]
    public async Task Replay_FileWithoutAnswerColumn_IsAUsageError()
    {
        var feedback = Path.Combine(Path.GetTempPath(), $"feedback-{Guid.NewGuid():N}.csv");
        File.WriteAllText(feedback, "ewc,description,receiver_nace\n100101,fly ash,23.51\n");
        try
        {
            var r = await CliRunner.RunAsync("evaluate", "--exchanges", _file, "--replay", feedback);

            Assert.Equal(2, r.ExitCode);
            Assert.Contains("has no column 'answer'", r.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(feedback);
        }
    }

    [Fact]
    public async Task Tune_WithoutFolds_IsAUsageError()
    {
        var r = await CliRunner.RunAsync("evaluate", "--exchanges", _file, "--tune");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--tune needs --folds", r.Error, StringComparison.Ordinal);
    }
}
