using System.Text;

namespace IzmirSymbiosis.Cli.Tests;

/// <summary>
/// Runs an <c>izmirsym</c> verb in this process with its standard output and error captured. The
/// console is process-wide, so every test that uses it belongs to the <see cref="CliCollection"/>,
/// which runs its tests one at a time.
/// </summary>
internal static class CliRunner
{
    public static async Task<CliOutcome> RunAsync(params string[] args)
    {
        var stdout = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var stderr = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await CommandTable.RunAsync(args);
            return new CliOutcome(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}

/// <summary>Exit code and captured output of one run.</summary>
internal sealed record CliOutcome(int ExitCode, string Out, string Error);

/// <summary>Tests that redirect the console run one at a time.</summary>
[CollectionDefinition(nameof(CliCollection), DisableParallelization = true)]
public sealed class CliCollection;
