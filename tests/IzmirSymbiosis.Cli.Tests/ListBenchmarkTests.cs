using System.Globalization;
using System.Text.RegularExpressions;
using IzmirSymbiosis.TestSupport;

namespace IzmirSymbiosis.Cli.Tests;

/// <summary>
/// <c>bench-lists</c> on a real PostgreSQL database of its own: it seeds the demo region, times every
/// list for every role, and reads only what each role may read (a firm counts fewer matches than an
/// expert, who reads the whole region).
/// </summary>
[Collection(nameof(CliCollection))]
public sealed partial class ListBenchmarkTests : IAsyncLifetime
{
    private readonly string _database = $"izmirsym_bench_{Guid.NewGuid():N}";
    private string? _previous;

    public async Task InitializeAsync()
    {
        await TestPostgres.ExecuteAsync(TestPostgres.AdminConnection, $"CREATE DATABASE \"{_database}\"");
        _previous = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(TestPostgres.AdminConnection) { Database = _database };
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", builder.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Default", _previous);
        await TestPostgres.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task ScaleOne_TimesEveryListPerRole_AndEachRoleCountsWhatItReads()
    {
        var r = await CliRunner.RunAsync("bench-lists", "--scale", "1", "--runs", "1");

        Assert.True(r.ExitCode == 0, r.Error + r.Out);
        Assert.Contains("Region ×1:", r.Out, StringComparison.Ordinal);
        var rows = Row().Matches(r.Out).Select(m => (Role: m.Groups["role"].Value.Trim(), List: m.Groups["list"].Value.Trim(),
            Count: int.Parse(m.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(4, rows.Select(x => x.Role).Distinct().Count());
        // 15 lists for every role, the data quality and field lists (4) for staff, expert and admin, accounts for the admin.
        Assert.Equal((15 * 4) + (4 * 3) + 1, rows.Count);
        Assert.DoesNotContain(rows, x => x.Role == "firm" && (x.List.StartsWith("data quality", StringComparison.Ordinal) || x.List == "field visits"));
        int Matches(string role) => rows.Single(x => x.Role.StartsWith(role, StringComparison.Ordinal) && x.List == "matches").Count;
        Assert.InRange(Matches("firm"), 1, Matches("expert") - 1);
        Assert.InRange(Matches("staff"), Matches("firm"), Matches("expert") - 1);
        Assert.Equal(Matches("expert"), Matches("admin"));
        Assert.Matches(@"Slowest list p95: \d+ ms", r.Out);

        // The region is there now: a second run measures it only when asked to.
        var again = await CliRunner.RunAsync("bench-lists", "--scale", "1", "--runs", "1");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--reuse", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    public async Task ScaleOutOfBounds_IsAUsageError(string scale)
    {
        var r = await CliRunner.RunAsync("bench-lists", "--scale", scale);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--scale", r.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<role>.{16}) (?<list>.{38}) median +\d+ ms  p95 +\d+ ms  \((?<count>[\d,]+) rows in all\)", RegexOptions.Multiline)]
    private static partial Regex Row();
}
