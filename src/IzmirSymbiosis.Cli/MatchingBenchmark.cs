namespace IzmirSymbiosis.Cli;

/// <summary>Synthetic-region benchmark of the matching engine.</summary>
internal static class MatchingBenchmark
{
    public static Task<int> RunAsync(string[] args) => throw new CliUsageException("not implemented yet");
}
