using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;

namespace IzmirSymbiosis.LoadTests;

/// <summary>A reading of the app's own counters from its Prometheus endpoint (the operators' metrics port).</summary>
public sealed record MetricsReading(double GcHeapBytes, double FragmentationBytes, double WorkingSetBytes, double ActiveCircuits, double ConnectedCircuits)
{
    /// <summary>The bytes of live objects: the heap after the last collection less its free gaps.</summary>
    public double LiveBytes => GcHeapBytes - FragmentationBytes;
}

/// <summary>
/// Reads the server's runtime and Blazor circuit metrics. Before a reading it can make the app run a
/// full, blocking garbage collection (through the runtime's diagnostics port, as dotnet-gcdump does),
/// so the GC heap counts live objects only.
/// </summary>
public sealed class ServerMetrics(Uri metricsUrl, int? pid)
{
    private static readonly HttpClient s_http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Collects the app's garbage (when its process id is known) and reads the counters.</summary>
    public async Task<MetricsReading> ReadAsync(bool collect)
    {
        if (collect && pid is int id)
        {
            await InduceFullGcAsync(id);
        }

        // The exporter caches a scrape briefly; wait it out so the reading follows the collection.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var text = await s_http.GetStringAsync(metricsUrl);
        return new MetricsReading(
            Sum(text, "dotnet_gc_last_collection_heap_size_bytes"),
            Sum(text, "dotnet_gc_last_collection_heap_fragmentation_size_bytes"),
            Sum(text, "dotnet_process_memory_working_set_bytes"),
            Sum(text, "aspnetcore_components_circuit_active"),
            Sum(text, "aspnetcore_components_circuit_connected"));
    }

    /// <summary>Active circuits now, without a collection.</summary>
    public async Task<double> ActiveCircuitsAsync() =>
        Sum(await s_http.GetStringAsync(metricsUrl), "aspnetcore_components_circuit_active");

    /// <summary>
    /// An EventPipe session with the GC heap-collect keyword: the runtime answers it with a full
    /// blocking collection of every generation.
    /// </summary>
    private static async Task InduceFullGcAsync(int id)
    {
        const long Gc = 0x1, GcHeapCollect = 0x800000;
        var client = new DiagnosticsClient(id);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, Gc | GcHeapCollect)],
            requestRundown: false);
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await session.StopAsync(CancellationToken.None);
        await drain;
    }

    /// <summary>The sum of a metric's samples over all its labels (names start with <paramref name="metric"/>).</summary>
    private static double Sum(string exposition, string metric)
    {
        double sum = 0;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line[metric.Length..];
            if (rest.Length > 0 && rest[0] is not ('{' or ' ' or '_'))
            {
                continue;
            }

            // Skip histogram/summary parts of other metrics that share the prefix.
            if (rest.StartsWith("_bucket", StringComparison.Ordinal) || rest.StartsWith("_sum", StringComparison.Ordinal) || rest.StartsWith("_count", StringComparison.Ordinal))
            {
                continue;
            }

            var value = line[(line.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : line.IndexOf(' ', StringComparison.Ordinal))..].Trim().Split(' ')[0];
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                sum += v;
            }
        }

        return sum;
    }
}
