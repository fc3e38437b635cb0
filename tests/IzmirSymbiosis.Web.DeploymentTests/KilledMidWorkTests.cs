using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IzmirSymbiosis.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// Fault suite, the app killed mid-work: an İZKA expert approves every exchange of the review queue
/// at once while a firm saves new needs one after another, and the published app is killed with
/// SIGKILL as the first approval is confirmed, with saves (and any slower approval) in flight. Started again, every decision and save is whole or absent (an approved
/// exchange has its history entry and version, a stream its re-match, applied), every one the app
/// confirmed is there, and the queued jobs run (none left waiting or stuck in processing).
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class KilledMidWorkTests(PublishedApp published, ITestOutputHelper output)
{
    private const string Marker = "Kesinti testi";

    [Fact]
    public async Task KilledWhileApprovingAndSaving_RestartKeepsEveryDecisionAndSaveWholeAndRunsTheJobs()
    {
        var database = await published.NewDatabaseAsync("dep_killed");
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Development", "migrate")).ExitCode);
        var seeded = await PublishedApp.RunCliAsync(database, "Development", "seed", "--demo");
        Assert.True(seeded.ExitCode == 0, seeded.Output);
        var port = ChildProcess.FreePort();
        var approved = new ConcurrentBag<Guid>();
        var saved = new ConcurrentBag<Guid>();
        var queue = new List<(Guid Id, int Version)>();
        var answered = 0;
        var decisions = new ConcurrentBag<string>();
        await using (var app = published.StartApp("Development", database, port))
        {
            await PublishedApp.WaitUntilReadyAsync(app, port);
            using var expert = await DemoSignIn.AsAsync(port, DemoSignIn.ExpertEmail, DemoSignIn.ExpertTotpKey);
            using var firm = await DemoSignIn.AsAsync(port, DemoSignIn.FirmEmail);
            var company = (await firm.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
            foreach (var item in (await expert.GetFromJsonAsync<JsonElement>("/api/v1/exchanges?reviewQueue=true&pageSize=100")).GetProperty("items").EnumerateArray())
            {
                var id = item.GetProperty("id").GetGuid();
                queue.Add((id, (await expert.GetFromJsonAsync<JsonElement>($"/api/v1/exchanges/{id}")).GetProperty("version").GetInt32()));
            }

            Assert.True(queue.Count >= 2, $"{queue.Count} exchanges under review in the demo region");

            // Everything at once; the app dies while the requests are in flight.
            var work = queue.Select(e => Task.Run(async () =>
            {
                using var response = await expert.PostAsJsonAsync($"/api/v1/exchanges/{e.Id}/transitions", new { action = "Approve", expectedVersion = e.Version });
                var body = response.StatusCode == HttpStatusCode.OK ? string.Empty : " " + await response.Content.ReadAsStringAsync();
                decisions.Add(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + body);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    approved.Add(e.Id);
                }
            })).Concat(Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
            {
                // Saves one after another until the app is gone.
                for (var i = 0; ; i++)
                {
                    try
                    {
                        using var response = await firm.PostAsJsonAsync($"/api/v1/companies/{company}/streams", ApiPayloads.AshNeed($"{Marker} {worker}-{i}: çimento katkısı için uçucu kül", 100 + i));
                        Interlocked.Increment(ref answered);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            saved.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            }))).ToList();
            // Killed at the first approval confirmed (or once every decision is answered), saves in flight.
            var guard = DateTime.UtcNow + ChildProcess.Patience;
            while (!decisions.Any(d => d.StartsWith("200", StringComparison.Ordinal)) && decisions.Count < queue.Count && DateTime.UtcNow < guard)
            {
                await Task.Delay(5);
            }

            await app.KillAsync();
            await Task.WhenAll(work.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"killed with {queue.Count - decisions.Count} of {queue.Count} approvals unanswered (answered: {string.Join("; ", decisions)}), {approved.Count} confirmed; {answered} saves answered, {saved.Count} confirmed"));

        await using (var restarted = published.StartApp("Development", database, port))
        {
            await PublishedApp.WaitUntilReadyAsync(restarted, port);
            var deadline = DateTime.UtcNow + ChildProcess.Patience;
            while ((long)(await PublishedApp.ScalarAsync(database, """
                SELECT (SELECT count(*) FROM rematch_requests)
                     + (SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing'))
                """))! > 0)
            {
                Assert.False(restarted.HasExited, restarted.Output);
                if (DateTime.UtcNow >= deadline)
                {
                    Assert.Fail("work left by the killed app was not resumed\n" + await LeftWorkAsync(database) + "\n…" + restarted.Output[^Math.Min(4000, restarted.Output.Length)..]);
                }

                await Task.Delay(500);
            }
        }

        var ids = string.Join(',', queue.Select(e => $"'{e.Id}'"));
        Assert.Equal(0L, await PublishedApp.ScalarAsync(database, $"""
            SELECT count(*) FROM exchanges x
            WHERE x.id IN ({ids})
              AND ((x.stage = 'Approved') <> EXISTS (SELECT 1 FROM exchange_history h WHERE h.exchange_id = x.id AND h.to_stage = 'Approved')
                   OR x.version <> (SELECT max(h.version) FROM exchange_history h WHERE h.exchange_id = x.id))
            """));
        foreach (var id in approved)
        {
            Assert.Equal("Approved", await PublishedApp.ScalarAsync(database, $"SELECT stage FROM exchanges WHERE id = '{id}'"));
        }

        foreach (var id in saved)
        {
            Assert.Equal(1L, await PublishedApp.ScalarAsync(database, $"SELECT count(*) FROM resource_streams WHERE id = '{id}'"));
        }

        Assert.Equal(0L, await PublishedApp.ScalarAsync(database, $"""
            SELECT count(*) FROM resource_streams s
            WHERE s.description LIKE '{Marker}%' AND NOT EXISTS (SELECT 1 FROM applied_rematches a WHERE a.target_id = s.id)
            """));
        var approvedNow = await PublishedApp.ScalarAsync(database, $"SELECT count(*) FROM exchanges WHERE id IN ({ids}) AND stage = 'Approved'");
        var storedNow = await PublishedApp.ScalarAsync(database, $"SELECT count(*) FROM resource_streams WHERE description LIKE '{Marker}%'");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"after restart: {approvedNow} approved (confirmed {approved.Count}), {storedNow} streams stored (confirmed {saved.Count}), every one whole; no job left waiting"));
    }

    /// <summary>What was still waiting when the restarted app gave up: the re-match requests, the unfinished jobs with their queue rows and servers, and the locks held.</summary>
    private static async Task<string> LeftWorkAsync(DatabaseConnections database) =>
        (string?)await PublishedApp.ScalarAsync(database, """
            SELECT 'rematch requests: ' || (SELECT count(*) FROM rematch_requests)
                || E'\njobs: ' || coalesce((
                    SELECT string_agg(format('%s %s %s queue=%s fetched=%s server=%s alive=%s', j.id, j.statename, j.invocationdata::json->>'Type',
                        (SELECT count(*) FROM hangfire.jobqueue q WHERE q.jobid = j.id), (SELECT max(q.fetchedat)::text FROM hangfire.jobqueue q WHERE q.jobid = j.id),
                        s.data::json->>'ServerId', (SELECT max(v.lastheartbeat)::text FROM hangfire.server v WHERE v.id = s.data::json->>'ServerId')), E'\n')
                    FROM hangfire.job j LEFT JOIN hangfire.state s ON s.id = j.stateid
                    WHERE j.statename IN ('Enqueued', 'Processing')), '-')
                || E'\nlocks: ' || coalesce((SELECT string_agg(resource || ' ' || acquired::text, ', ') FROM hangfire.lock), '-')
                || E'\nnow: ' || now()::text
            """) ?? string.Empty;
}
