namespace IzmirSymbiosis.Cli;

/// <summary>Verbs that work on the database given by <c>ConnectionStrings__Default</c>.</summary>
internal static class DatabaseCommands
{
    public static Task<int> MigrateAsync(string[] args) => throw new CliUsageException("not implemented yet");

    public static Task<int> SeedAsync(string[] args) => throw new CliUsageException("not implemented yet");

    public static Task<int> RematchAsync(string[] args) => throw new CliUsageException("not implemented yet");
}
