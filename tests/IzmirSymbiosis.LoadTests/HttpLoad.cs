using System.Diagnostics;
using System.Globalization;
using System.Net;
using HdrHistogram;

namespace IzmirSymbiosis.LoadTests;

/// <summary>
/// <c>clients</c> concurrent HTTP clients, each signed in as one of the four roles in turn, loop over
/// their role's API reads or page prerenders for a fixed time after a warm-up. Latencies go into
/// HdrHistogram (microseconds, 3 significant digits); an error is any answer but 200 or a failed request.
/// </summary>
public sealed class HttpLoad(Uri baseUrl, IReadOnlyList<Role> roles)
{
    public int Clients { get; init; } = 200;

    public bool Pages { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A client's mean pause after each answer, as a user reads before the next click (0: back to back).
    /// Each pause is drawn from 0.5–1.5 × this, and each client starts after a pause of its own: users do
    /// not click in step, and with one fixed pause from one start the clients stayed in waves (all
    /// requests of a wave queued at once, then nothing for the pause).
    /// </summary>
    public TimeSpan Think { get; init; } = TimeSpan.Zero;

    public async Task<int> RunAsync()
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = Clients * 2, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var cookies = roles.ToDictionary(r => r, r => r.Cookies.GetCookieHeader(baseUrl));

        var warmUpEnds = Stopwatch.GetTimestamp() + (long)(WarmUp.TotalSeconds * Stopwatch.Frequency);
        var ends = warmUpEnds + (long)(Duration.TotalSeconds * Stopwatch.Frequency);
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var workers = Enumerable.Range(0, Clients).Select(i => Task.Run(async () =>
        {
            var role = roles[i % roles.Count];
            var paths = Pages ? role.Pages : role.ApiReads;
            var histogram = new LongHistogram(60_000_000L, 3);
            var byPath = paths.ToDictionary(p => p, _ => new LongHistogram(60_000_000L, 3));
            var next = i;
            var random = new Random(i);
            if (Think > TimeSpan.Zero)
            {
                await Task.Delay(Think * random.NextDouble());
            }

            while (Stopwatch.GetTimestamp() < ends)
            {
                var path = paths[next++ % paths.Count];
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Cookie", cookies[role]);
                request.Headers.Accept.ParseAdd(Pages ? "text/html" : "application/json");
                var start = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        error = $"{(int)response.StatusCode} {path}";
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    error = $"{e.GetType().Name} {path}";
                }

                var end = Stopwatch.GetTimestamp();
                if (Think > TimeSpan.Zero)
                {
                    await Task.Delay(Think * (0.5 + random.NextDouble()));
                }

                if (start < warmUpEnds)
                {
                    continue;
                }

                var micros = Math.Max(1, (long)((end - start) * 1_000_000.0 / Stopwatch.Frequency));
                histogram.RecordValue(micros);
                byPath[path].RecordValue(micros);
                if (error is not null)
                {
                    errors.AddOrUpdate(error, 1, (_, n) => n + 1);
                }
            }

            return (histogram, byPath);
        })).ToList();

        var all = new LongHistogram(60_000_000L, 3);
        var perPath = new SortedDictionary<string, LongHistogram>(StringComparer.Ordinal);
        foreach (var (histogram, byPath) in await Task.WhenAll(workers))
        {
            all.Add(histogram);
            foreach (var (path, h) in byPath)
            {
                // Ids in a path (the firm's company) are shown as {id}.
                var key = System.Text.RegularExpressions.Regex.Replace(path, "[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
                if (!perPath.TryGetValue(key, out var sum))
                {
                    perPath[key] = sum = new LongHistogram(60_000_000L, 3);
                }

                sum.Add(h);
            }
        }

        var failed = errors.Values.Sum();
        var kind = Pages ? "page prerenders" : "API reads";
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{kind}: {Clients} clients, think time {Think.TotalMilliseconds * 0.5:0}–{Think.TotalMilliseconds * 1.5:0} ms, {Duration.TotalSeconds:0} s after a {WarmUp.TotalSeconds:0} s warm-up: {all.TotalCount} requests, {all.TotalCount / Duration.TotalSeconds:0.0}/s, {failed} errors"));
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{kind} latency ms: p50 {Ms(all, 50)}  p95 {Ms(all, 95)}  p99 {Ms(all, 99)}  max {all.GetMaxValue() / 1000.0:0.0}"));
        foreach (var (path, h) in perPath.Where(p => p.Value.TotalCount > 0))
        {
            Report.Line($"  {path,-44} n {h.TotalCount,6}  p50 {Ms(h, 50),7}  p95 {Ms(h, 95),7}  p99 {Ms(h, 99),7}");
        }

        foreach (var (error, n) in errors.OrderByDescending(e => e.Value).Take(10))
        {
            Report.Line($"  error ×{n}: {error}");
        }

        return failed == 0 ? 0 : 1;
    }

    private static string Ms(HistogramBase histogram, double percentile) =>
        (histogram.GetValueAtPercentile(percentile) / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);
}
