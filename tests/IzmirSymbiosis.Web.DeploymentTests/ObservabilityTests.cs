using System.Net;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Infrastructure.Persistence;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// What operators see of the published app: the Prometheus endpoint only on its own port
/// (<c>Observability:MetricsPort</c>) with request, database, job and Blazor circuit metrics;
/// correlation ids returned in <c>X-Correlation-Id</c> and written on the request log line;
/// readiness degraded, not failed, while a configured Redis is down.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed partial class ObservabilityTests(PublishedApp published) : IAsyncLifetime
{
    private ChildProcess? _app;
    private DatabaseConnections? _database;
    private int _port;
    private int _metricsPort;

    public async Task InitializeAsync()
    {
        _database = await published.NewDatabaseAsync("dep_observe");
        var migrated = await PublishedApp.RunCliAsync(_database, "Development", "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Output);
        _port = ChildProcess.FreePort();
        _metricsPort = ChildProcess.FreePort();
        _app = published.StartApp("Development", _database, _port, new Dictionary<string, string>
        {
            ["Observability__MetricsPort"] = _metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Nothing listens there: Redis is configured and down.
            ["Redis__Configuration"] = $"127.0.0.1:{ChildProcess.FreePort()},connectTimeout=1000",
        });
        await PublishedApp.WaitUntilReadyAsync(_app, _port);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Metrics_OnlyOnTheMetricsPort_WithRequestDatabaseJobAndCircuitMetrics()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using (var page = await http.GetAsync($"http://127.0.0.1:{_port}/"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // The public port has no metrics, even for a client that names the metrics port in Host.
        using (var onPublic = await http.GetAsync($"http://127.0.0.1:{_port}/metrics"))
        {
            Assert.Equal(HttpStatusCode.NotFound, onPublic.StatusCode);
            Assert.DoesNotContain("http_server_request_duration", await onPublic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var spoofed = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_port}/metrics"))
        {
            spoofed.Headers.Host = $"127.0.0.1:{_metricsPort}";
            using var response = await http.SendAsync(spoofed);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // The metrics port serves /metrics and nothing else.
        using (var page = await http.GetAsync($"http://127.0.0.1:{_metricsPort}/"))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        var metrics = await ScrapeAsync(http);
        Assert.Contains("http_server_request_duration_seconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("db_client_operation_duration_seconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_heap_total_allocated_bytes_total", metrics, StringComparison.Ordinal);

        // A real browser opens a Blazor circuit; the circuit meter counts it.
        var profile = Directory.CreateTempSubdirectory("izmirsym-chromium-").FullName;
        try
        {
            await using var browser = ChildProcess.Start("/usr/bin/chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-quic", "--no-first-run", "--remote-debugging-port=0", $"--user-data-dir={profile}", $"http://127.0.0.1:{_port}/"],
                Repository.Root, new Dictionary<string, string?>());
            await WaitForMetricAsync(http, CircuitConnected(), browser);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }

        // The job sweep runs every minute; its runs are counted.
        await WaitForMetricAsync(http, RematchJobSucceeded(), null);
    }

    [Fact]
    public async Task CorrelationId_ReturnedInTheHeader_AndOnTheRequestLogLine()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        using var plain = await http.GetAsync($"http://127.0.0.1:{_port}/health/live?probe=plain");
        var generated = Assert.Single(plain.Headers.GetValues("X-Correlation-Id"));
        Assert.Matches("^[0-9a-f]{32}$", generated);

        using var given = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_port}/health/live?probe=given");
        given.Headers.Add("X-Correlation-Id", "destek-2026.12_42");
        using var echoed = await http.SendAsync(given);
        Assert.Equal("destek-2026.12_42", Assert.Single(echoed.Headers.GetValues("X-Correlation-Id")));

        using var odd = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_port}/health/live?probe=odd");
        odd.Headers.TryAddWithoutValidation("X-Correlation-Id", "x\" forged=\"1");
        using var replaced = await http.SendAsync(odd);
        var replacement = Assert.Single(replaced.Headers.GetValues("X-Correlation-Id"));
        Assert.Matches("^[0-9a-f]{32}$", replacement);

        // An error page (re-executed, headers cleared) keeps its id too.
        using var missing = await http.GetAsync($"http://127.0.0.1:{_port}/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var missingId = Assert.Single(missing.Headers.GetValues("X-Correlation-Id"));

        await WaitForLogAsync($"HTTP GET /health/live responded 200 in", $"[{generated}]");
        await WaitForLogAsync($"HTTP GET /health/live responded 200 in", "[destek-2026.12_42]");
        await WaitForLogAsync($"HTTP GET /health/live responded 200 in", $"[{replacement}]");
        await WaitForLogAsync("HTTP GET /no-such-page responded 404 in", $"[{missingId}]");
        Assert.DoesNotContain("forged", _app!.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_RedisConfiguredAndDown_DegradedButServing()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };

        using var ready = await http.GetAsync($"http://127.0.0.1:{_port}/health/ready");
        using var page = await http.GetAsync($"http://127.0.0.1:{_port}/");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The same app without Redis (not configured: not checked) is healthy: the job store answers and its server beats.
        var port = ChildProcess.FreePort();
        await using var withoutRedis = published.StartApp("Development", _database!, port);
        await PublishedApp.WaitUntilReadyAsync(withoutRedis, port);
        var deadline = DateTime.UtcNow + ChildProcess.Patience;
        string status;
        do
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{port}/health/ready");
            status = await response.Content.ReadAsStringAsync();
            if (status == "Healthy" || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(250);
        }
        while (true);

        Assert.Equal("Healthy", status);
    }

    private async Task<string> ScrapeAsync(HttpClient http)
    {
        using var response = await http.GetAsync($"http://127.0.0.1:{_metricsPort}/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Scrapes until a line matches (a hang guard, not a timing check).</summary>
    private async Task WaitForMetricAsync(HttpClient http, Regex line, ChildProcess? helper)
    {
        var deadline = DateTime.UtcNow + ChildProcess.Patience;
        string metrics;
        while (!line.IsMatch(metrics = await ScrapeAsync(http)))
        {
            Assert.False(_app!.HasExited, "The app exited:\n" + _app.Output);
            Assert.True(DateTime.UtcNow < deadline, $"No metric matches {line}:\n{metrics}\n{helper?.Output}");
            await Task.Delay(500);
        }
    }

    /// <summary>Waits for a log line holding both parts (the console sink writes asynchronously to the pipe).</summary>
    private async Task WaitForLogAsync(string start, string end)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!_app!.Output.Split('\n').Any(l => l.Contains(start, StringComparison.Ordinal) && l.TrimEnd().EndsWith(end, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No log line \"{start} … {end}\":\n{_app.Output}");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"^aspnetcore_components_circuit_connected\{[^}]*\} [1-9]", RegexOptions.Multiline)]
    private static partial Regex CircuitConnected();

    [GeneratedRegex(@"^izmirsym_jobs_runs_total\{[^}]*job=""RematchJob"",outcome=""succeeded""[^}]*\} [1-9]", RegexOptions.Multiline)]
    private static partial Regex RematchJobSucceeded();
}
