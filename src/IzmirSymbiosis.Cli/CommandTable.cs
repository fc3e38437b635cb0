namespace IzmirSymbiosis.Cli;

/// <summary>The verbs of <c>izmirsym</c>; each verb lives in its own file.</summary>
internal static class CommandTable
{
    private static readonly (string Verb, string Help, Func<string[], Task<int>> Run)[] s_commands =
    [
        ("migrate", "Apply database migrations (as ConnectionStrings__Migrations, else __Default).", DatabaseCommands.MigrateAsync),
        ("seed", "Load reference data; with --demo also the demo firms, streams and logins (refused in Production).", DatabaseCommands.SeedAsync),
        ("rematch", "Recompute all stored matches.", DatabaseCommands.RematchAsync),
        ("create-admin", "Create an admin account and print its initial password once: --email EMAIL [--name NAME]", AccountCommands.CreateAdminAsync),
        ("suggest-receivers", "Rank receiving NACE classes for a waste: --ewc CODE [--description TEXT] [--donor-nace NN.NN] [--top N] [--json]", MatchingCommands.SuggestReceiversAsync),
        ("evaluate", "Ranking quality on known exchanges: --exchanges FILE.csv [--leave-one-case-out | --folds K [--tune]] [--without-library] [--replay FEEDBACK.csv] [--set Name=value,...] [--json]", MatchingCommands.EvaluateAsync),
        ("score-pairs", "Score offer–need pairs from a file: --pairs FILE.csv [--set Name=value,...] [--json]", PairCommands.ScorePairsAsync),
        ("evaluate-pairs", "ROC AUC and precision of labelled pairs: --pairs FILE.csv [--set Name=value,...] [--json | --summary (figures only, no rows)]", PairCommands.EvaluatePairsAsync),
        ("bench-match", "Benchmark the engine: --offers N --needs N --companies N --seed S [--json]", MatchingCommands.BenchMatchAsync),
        ("bench-dashboard", "Generate a region into an empty database and time the programme dashboard: --exchanges N --streams N --companies N --runs N --seed S [--reuse]", DashboardBenchmark.RunAsync),
        ("bench-lists", "Seed the demo region --scale times over into an empty database and time every list per role: --scale N --runs N [--reuse]", ListBenchmark.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp();
            return args.Length == 0 ? 1 : 0;
        }

        foreach (var (verb, _, run) in s_commands)
        {
            if (string.Equals(verb, args[0], StringComparison.Ordinal))
            {
                try
                {
                    return await run(args[1..]);
                }
                catch (CliUsageException e)
                {
                    await Console.Error.WriteLineAsync($"izmirsym {verb}: {e.Message}");
                    return 2;
                }
            }
        }

        await Console.Error.WriteLineAsync($"izmirsym: unknown command '{args[0]}'.");
        PrintHelp();
        return 2;
    }

    private static void PrintHelp()
    {
        Console.WriteLine("izmirsym — IzmirSymbiosis admin tool");
        foreach (var (verb, help, _) in s_commands)
        {
            Console.WriteLine($"  {verb,-18} {help}");
        }
    }
}

/// <summary>Wrong arguments; printed without a stack trace, exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
