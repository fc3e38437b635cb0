namespace IzmirSymbiosis.Cli.Tests;

[Collection(nameof(CliCollection))]
public sealed class CommandTableTests
{
    [Fact]
    public async Task UnknownVerb_IsAUsageError_AndTheHelpIsPrinted()
    {
        var r = await CliRunner.RunAsync("no-such-verb");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown command 'no-such-verb'", r.Error, StringComparison.Ordinal);
        Assert.Contains("suggest-receivers", r.Out, StringComparison.Ordinal);
    }
}
