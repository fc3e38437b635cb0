using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Matching;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>
/// The match search is shaped so PostgreSQL answers each word from the trigram indexes (streams'
/// material and code, firms' district, and the full search key of readable firms) instead of
/// testing every visible match row: with sequential scans switched off for the database, a search
/// reads those indexes (counted by pg_stat_user_indexes). The former per-row OR of EXISTS read
/// none of them.
/// </summary>
public sealed class SearchIndexTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync("it_search");
        await _db.Initializer.MigrateAsync();
        await _db.Initializer.SeedReferenceDataAsync();
        await _db.Initializer.SeedDemoDataAsync();
        await _db.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
        await ExecuteAsync($"ALTER DATABASE \"{_db.Name}\" SET enable_seqscan = off");
        NpgsqlConnection.ClearAllPools();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("staff", "ix_resource_streams_search_key,ix_companies_district_key")]
    [InlineData("admin", "ix_resource_streams_search_key,ix_companies_district_key,ix_companies_search_key")]
    public async Task MatchSearch_EachWordIsReadFromTheTrigramIndexes(string who, string indexes)
    {
        var expected = indexes.Split(',');
        var before = await IndexScansAsync();
        var request = new PageRequest(Search: "kül Çiğli");

        _db.CurrentUser.User = who == "staff" ? TestCurrentUser.Staff(1) : TestCurrentUser.Admin;
        await _db.Services.GetRequiredService<MatchQueryService>().ListAsync(request, new MatchFilter());

        var after = await WaitForScansAsync(before, expected);
        Assert.All(expected, index => Assert.True(after[index] > before[index], $"{index} unused"));
    }

    private async Task<Dictionary<string, long>> WaitForScansAsync(Dictionary<string, long> before, string[] expected)
    {
        // Statistics reach other sessions when a backend flushes them (at most about a second later).
        for (var i = 0; i < 50; i++)
        {
            var now = await IndexScansAsync();
            if (expected.All(x => now[x] > before[x]))
            {
                return now;
            }

            await Task.Delay(200);
        }

        return await IndexScansAsync();
    }

    private async Task<Dictionary<string, long>> IndexScansAsync()
    {
        await using var conn = new NpgsqlConnection(_db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE indexrelname IN " +
            "('ix_resource_streams_search_key', 'ix_companies_district_key', 'ix_companies_search_key')",
            conn);
        var result = new Dictionary<string, long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = reader.GetInt64(1);
        }

        Assert.Equal(3, result.Count);
        return result;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
