namespace IzmirSymbiosis.Cli;

/// <summary>Engine verbs that work from the shipped reference data, no database.</summary>
internal static class MatchingCommands
{
    public static Task<int> SuggestReceiversAsync(string[] args) => throw new CliUsageException("not implemented yet");

    public static Task<int> EvaluateAsync(string[] args) => throw new CliUsageException("not implemented yet");

    public static Task<int> BenchMatchAsync(string[] args) => throw new CliUsageException("not implemented yet");
}
