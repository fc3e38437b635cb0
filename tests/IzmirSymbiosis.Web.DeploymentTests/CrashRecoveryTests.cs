using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Infrastructure.Persistence;
using Npgsql;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// Matching is durable: the published app killed with SIGKILL right after stream saves, before it
/// stored their matches, ends up — once started again — with the same stored matches as a full
/// re-match (`izmirsym rematch`).
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class CrashRecoveryTests(PublishedApp published)
{
    [Fact]
    public async Task KilledRightAfterStreamSaves_RestartStoresWhatAFullRematchGives()
    {
        var database = await published.NewDatabaseAsync("dep_crash");
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Development", "migrate")).ExitCode);
        var seeded = await PublishedApp.RunCliAsync(database, "Development", "seed", "--demo");
        Assert.True(seeded.ExitCode == 0, seeded.Output);

        var port = ChildProcess.FreePort();
        var app = published.StartApp("Development", database, port);
        Guid paused, created;
        try
        {
            await PublishedApp.WaitUntilReadyAsync(app, port);

            // The worker's start-up load: a full re-match of the demo region.
            await WaitForAsync(database, "count(*) > 0 FROM matches", app);
            using var http = await DemoSignIn.AsAsync(port, DemoSignIn.FirmEmail);
            var company = (await http.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
            // One of the firm's active offers that has matches (a hazardous one may have none).
            JsonElement? withMatches = null;
            foreach (var s in (await http.GetFromJsonAsync<JsonElement>($"/api/v1/companies/{company}")).GetProperty("streams").EnumerateArray()
                .Where(s => s.GetProperty("direction").GetString() == "Offer" && s.GetProperty("status").GetString() == "Active"))
            {
                if ((long)(await PublishedApp.ScalarAsync(database, $"SELECT count(*) FROM matches WHERE offer_id = '{s.GetProperty("id").GetGuid()}'"))! > 0)
                {
                    withMatches = s;
                    break;
                }
            }

            var offer = withMatches ?? throw new InvalidOperationException("The demo firm has no active offer with matches.");
            paused = offer.GetProperty("id").GetGuid();

            // The database holds the worker's writes to matches back; the saves do not wait for them.
            await using (var hold = await HoldMatchWritesAsync(database))
            {
                using var pause = await http.PostAsJsonAsync($"/api/v1/streams/{paused}/status", new { version = offer.GetProperty("version").GetUInt32(), status = "Paused" });
                Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
                using var create = await http.PostAsJsonAsync($"/api/v1/companies/{company}/streams", ApiPayloads.AshNeed("Çimento katkısı için uçucu kül", 500));
                Assert.Equal(HttpStatusCode.Created, create.StatusCode);
                created = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                Assert.Equal(2L, await PublishedApp.ScalarAsync(database, "SELECT count(*) FROM rematch_requests"));

                await app.KillAsync();
            }

            // Dead before storing anything: the paused offer's matches are still there, its request too.
            Assert.Equal(2L, await PublishedApp.ScalarAsync(database, "SELECT count(*) FROM rematch_requests"));
            Assert.True((long)(await PublishedApp.ScalarAsync(database, $"SELECT count(*) FROM matches WHERE offer_id = '{paused}'"))! > 0);
        }
        finally
        {
            await app.DisposeAsync();
        }

        await using (var restarted = published.StartApp("Development", database, port))
        {
            await PublishedApp.WaitUntilReadyAsync(restarted, port);
            await WaitForAsync(database, "count(*) = 0 FROM rematch_requests", restarted);
        }

        var afterRestart = await StoredMatchesAsync(database);
        Assert.DoesNotContain(afterRestart, m => m.Contains(paused.ToString(), StringComparison.Ordinal));
        Assert.Contains(afterRestart, m => m.Contains(created.ToString(), StringComparison.Ordinal));
        var rematch = await PublishedApp.RunCliAsync(database, "Development", "rematch");
        Assert.True(rematch.ExitCode == 0, rematch.Output);
        Assert.Equal(await StoredMatchesAsync(database), afterRestart);
    }

    /// <summary>Every stored match as one comparable line, sorted.</summary>
    private static async Task<List<string>> StoredMatchesAsync(DatabaseConnections database)
    {
        await using var conn = new NpgsqlConnection(database.Migrations);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT concat_ws(' ', kind, offer_id, need_id, receiver_company_id, latent_nace_code, round(score::numeric, 6)) FROM matches", conn);
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    /// <summary>Polls a condition (a hang guard, not a timing check); fails with the app's output.</summary>
    private static async Task WaitForAsync(DatabaseConnections database, string condition, ChildProcess app)
    {
        var deadline = DateTime.UtcNow + ChildProcess.Patience;
        while (!(bool)(await PublishedApp.ScalarAsync(database, "SELECT " + condition))!)
        {
            Assert.False(app.HasExited, "The app exited:\n" + app.Output);
            Assert.True(DateTime.UtcNow < deadline, $"Still not true: {condition}\n{app.Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Readers pass, writers of <c>matches</c> wait, until disposed (an open owner transaction).</summary>
    private static async Task<IAsyncDisposable> HoldMatchWritesAsync(DatabaseConnections database)
    {
        var conn = new NpgsqlConnection(database.Migrations);
        await conn.OpenAsync();
        var tx = await conn.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand("LOCK TABLE matches IN SHARE ROW EXCLUSIVE MODE", conn, tx))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        return new Hold(conn, tx);
    }

    private sealed class Hold(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
