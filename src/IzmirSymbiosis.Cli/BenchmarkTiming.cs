using System.Diagnostics;

namespace IzmirSymbiosis.Cli;

/// <summary>Median and 95th percentile of repeated runs after one warm-up (connection pool, query compilation).</summary>
internal static class BenchmarkTiming
{
    public static async Task<(double Median, double P95, T Last)> MeasureAsync<T>(int runs, Func<Task<T>> run)
    {
        var last = await run();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var t = Stopwatch.GetTimestamp();
            last = await run();
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)], last);
    }
}
