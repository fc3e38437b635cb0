using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// Fault suite, PostgreSQL restarted under load: the published app (Development, demo region) on a
/// cluster of the test's own serves 8 signed-in firm clients reading the firm's page data and saving
/// new needs, while the server is stopped (fast shutdown) for 8 seconds and started again: longer
/// than the app's retries of a failed database call (3, at most 2 s apart), so users do see it. They
/// get a 503 with the Turkish "database unavailable" message (never a 500), the app answers again
/// without a restart of its own, every save it confirmed is stored whole (the stream with its
/// re-match request, applied after recovery), a save the clients send again with its Idempotency-Key
/// after a 503 is stored once (some commits go through while their answer is lost), and the figures
/// (errors, recovery time) are printed.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class DatabaseRestartTests(PublishedApp published, ITestOutputHelper output)
{
    private const int Clients = 8;
    private const string Marker = "Arıza testi";
    private static readonly TimeSpan s_outage = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task PostgresRestartedUnderLoad_UsersSee503ThenServiceResumes_ConfirmedSavesWholeAndApplied()
    {
        await using var cluster = await OwnCluster.StartAsync("restart-cluster");
        var database = await cluster.CreateDatabaseAsync("izmirsym_restart");
        Assert.Equal(0, (await PublishedApp.RunCliAsync(database, "Development", "migrate")).ExitCode);
        var seeded = await PublishedApp.RunCliAsync(database, "Development", "seed", "--demo");
        Assert.True(seeded.ExitCode == 0, seeded.Output);
        var port = ChildProcess.FreePort();
        await using var app = published.StartApp("Development", database, port);
        await PublishedApp.WaitUntilReadyAsync(app, port);

        var sessions = new List<HttpClient>();
        for (var i = 0; i < Clients; i++)
        {
            sessions.Add(await DemoSignIn.AsAsync(port, DemoSignIn.FirmEmail));
        }

        var company = (await sessions[0].GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var answers = new ConcurrentBag<Answer>();
        var confirmed = new ConcurrentBag<Guid>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var load = sessions.Select((http, client) => Task.Run(() => ClientAsync(http, client, company, clock, answers, confirmed, stop.Token))).ToList();

        await Task.Delay(TimeSpan.FromSeconds(4));
        var restartAt = clock.Elapsed;
        await cluster.StopAsync();
        await Task.Delay(s_outage);
        await cluster.StartAgainAsync();
        var upAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var during = answers.Where(a => a.At >= restartAt).OrderBy(a => a.At).ToList();
        var failures = answers.Where(a => !a.Ok).ToList();
        var lastFailure = failures.Count == 0 ? restartAt : failures.Max(a => a.At);
        var recovered = during.FirstOrDefault(a => a.Ok && a.At > lastFailure);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            PostgreSQL restart under load ({Clients} clients): server down {(upAt - restartAt).TotalSeconds:0.0} s (stop, {s_outage.TotalSeconds:0} s pause, start)
            requests {answers.Count}, failed {failures.Count} ({string.Join(", ", failures.GroupBy(f => f.Status).Select(g => $"{g.Key}: {g.Count()}"))})
            failures answered between {(failures.Count == 0 ? 0 : (failures.Min(a => a.Done) - restartAt).TotalSeconds):0.0} s and {(failures.Count == 0 ? 0 : (failures.Max(a => a.Done) - restartAt).TotalSeconds):0.0} s after the stop; requests sent later waited for the server (slowest answer {answers.Max(a => a.Done - a.At).TotalSeconds:0.0} s)
            first success after the server was up: {((answers.Where(a => a.Ok && a.Done >= upAt).Select(a => a.Done).DefaultIfEmpty(upAt).Min()) - upAt).TotalSeconds:0.0} s
            saves confirmed {confirmed.Count}
            """));

        Assert.True(failures.Count > 0, "the restart was not noticed: the test did not test anything");
        Assert.All(failures, f => Assert.True(f.Status == "503" && f.Turkish, $"{f.Status} {f.Body}"));
        Assert.NotNull(recovered);
        Assert.All(answers.Where(a => a.At > upAt + TimeSpan.FromSeconds(5)), a => Assert.True(a.Ok, $"{a.Status} at {a.At} {a.Body}"));
        Assert.False(app.HasExited, app.Output);

        // Every confirmed save is there, and the worker applied every recorded change after the restart.
        await PublishedApp.WaitUntilReadyAsync(app, port);
        var deadline = DateTime.UtcNow + ChildProcess.Patience;
        while ((long)(await PublishedApp.ScalarAsync(database, "SELECT count(*) FROM rematch_requests"))! > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "re-match requests were not applied after the restart\n" + app.Output);
            await Task.Delay(200);
        }

        var stored = (long)(await PublishedApp.ScalarAsync(database, $"SELECT count(*) FROM resource_streams WHERE description LIKE '{Marker}%'"))!;
        var storedConfirmed = (long)(await PublishedApp.ScalarAsync(
            database, $"SELECT count(*) FROM resource_streams WHERE id IN ({string.Join(',', confirmed.Select(id => $"'{id}'"))})"))!;
        var appliedOfThem = (long)(await PublishedApp.ScalarAsync(
            database, $"SELECT count(DISTINCT s.id) FROM resource_streams s JOIN applied_rematches a ON a.target_id = s.id WHERE s.description LIKE '{Marker}%'"))!;
        // Saves whose answer was lost were sent again with their key: each is stored once, none is left unconfirmed.
        var distinct = confirmed.Distinct().Count();
        Assert.Equal(distinct, storedConfirmed);
        Assert.Equal(distinct, stored);
        Assert.Equal(stored, appliedOfThem);
        output.WriteLine($"streams stored {stored}, each confirmed ({confirmed.Count} confirmations: {confirmed.Count - distinct} were retries answered with the first stream) and each with its re-match applied");

        foreach (var http in sessions)
        {
            http.Dispose();
        }
    }

    private static async Task ClientAsync(
        HttpClient http, int client, Guid company, Stopwatch clock, ConcurrentBag<Answer> answers, ConcurrentBag<Guid> confirmed, CancellationToken stop)
    {
        // A save not confirmed yet: the client sends it again, with the same Idempotency-Key, until it is.
        (object Body, string Key)? unconfirmed = null;
        for (var i = 0; !stop.IsCancellationRequested || unconfirmed is not null; i++)
        {
            var at = clock.Elapsed;
            try
            {
                HttpResponseMessage sent;
                if (i % 4 == 3 || unconfirmed is not null)
                {
                    unconfirmed ??= (ApiPayloads.AshNeed($"{Marker} {client}-{i}: çimento katkısı için uçucu kül", 100 + i), Guid.NewGuid().ToString("N"));
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/companies/{company}/streams") { Content = JsonContent.Create(unconfirmed.Value.Body) };
                    request.Headers.Add("Idempotency-Key", unconfirmed.Value.Key);
                    sent = await http.SendAsync(request, CancellationToken.None);
                }
                else
                {
                    sent = await http.GetAsync(i % 2 == 0 ? $"/api/v1/companies/{company}" : $"/api/v1/companies/{company}/matches", CancellationToken.None);
                }

                using var response = sent;
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    confirmed.Add(JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
                    unconfirmed = null;
                }

                answers.Add(new Answer(at, clock.Elapsed, response.IsSuccessStatusCode, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), MentionsDatabaseOutage(body), body.Length > 300 ? body[..300] : body));
            }
            catch (HttpRequestException e)
            {
                answers.Add(new Answer(at, clock.Elapsed, false, "connection: " + e.Message, false, string.Empty));
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>Whether a problem answer carries the Turkish "database unavailable" message.</summary>
    private static bool MentionsDatabaseOutage(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.EnumerateObject()
                .Any(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Contains("Veritabanına şu anda ulaşılamıyor", StringComparison.Ordinal));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private sealed record Answer(TimeSpan At, TimeSpan Done, bool Ok, string Status, bool Turkish, string Body);
}
