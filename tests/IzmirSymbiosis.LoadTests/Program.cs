using System.Globalization;
using IzmirSymbiosis.LoadTests;

// izmirsym-load circuits|http --url http://127.0.0.1:5090 [options]; scripts/load.sh starts the app and runs both.
var options = Options.Parse(args);
if (options.Command is not ("circuits" or "api" or "pages") || options.Url is null)
{
    Console.Error.WriteLine("""
        Usage: izmirsym-load circuits --url URL --metrics URL [--pid PID] [--count 100] [--parallel 6] [--page PATH] [--idle 15] [--roles osb,uzman,admin]
               izmirsym-load api|pages --url URL [--clients 200] [--duration 30] [--warmup 5] [--think 0] [--roles …]
        Loopback only: the URL must be on 127.0.0.1 or localhost.
        """);
    return 2;
}

if (!options.Url.IsLoopback)
{
    Console.Error.WriteLine($"{options.Url} is not a loopback address; the load tool only drives a local app.");
    return 2;
}

// --roles: only these demo roles (a page for staff only, as /dashboard, is refused to the firm).
var roles = options.Text("roles") is { } names
    ? [.. Role.Demo().Where(r => names.Split(',').Contains(r.Name, StringComparer.Ordinal))]
    : Role.Demo();
if (roles.Count == 0)
{
    Console.Error.WriteLine("--roles names none of firma, osb, uzman, admin.");
    return 2;
}

foreach (var role in roles)
{
    await role.SignInAsync(options.Url);
}

return options.Command switch
{
    "circuits" => await new CircuitLoad(options.Url, new ServerMetrics(options.Metrics ?? throw new ArgumentException("--metrics is required"), options.Pid), roles)
    {
        Count = Math.Clamp(options.Int("count", 100), 1, 500),
        Parallel = Math.Clamp(options.Int("parallel", 6), 1, 32),
        Page = options.Text("page"),
        Idle = TimeSpan.FromSeconds(Math.Clamp(options.Int("idle", 15), 0, 600)),
    }.RunAsync(),
    _ => await new HttpLoad(options.Url, roles)
    {
        Clients = Math.Clamp(options.Int("clients", 200), 1, 1000),
        Pages = options.Command == "pages",
        Duration = TimeSpan.FromSeconds(Math.Clamp(options.Int("duration", 30), 1, 600)),
        WarmUp = TimeSpan.FromSeconds(Math.Clamp(options.Int("warmup", 5), 0, 120)),
        Think = TimeSpan.FromMilliseconds(Math.Clamp(options.Int("think", 0), 0, 60_000)),
    }.RunAsync(),
};

/// <summary>Prints a result line with the time, so a run's log reads as a report.</summary>
internal static class Report
{
    public static void Line(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
}

/// <summary>The command and its <c>--name value</c> options.</summary>
internal sealed record Options(string? Command, Dictionary<string, string> Values)
{
    public Uri? Url => Text("url") is { } u ? new Uri(u) : null;

    public Uri? Metrics => Text("metrics") is { } u ? new Uri(u) : null;

    public int? Pid => Text("pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : null;

    public string? Text(string name) => Values.TryGetValue(name, out var v) ? v : null;

    public int Int(string name, int fallback) => Text(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Options(args.FirstOrDefault(), values);
    }
}
