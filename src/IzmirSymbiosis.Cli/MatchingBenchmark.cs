using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IzmirSymbiosis.Matching;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Synthetic;

namespace IzmirSymbiosis.Cli;

/// <summary>
/// Synthetic-region benchmark: full re-match time and pairs scored, incremental re-match of one
/// changed stream (200 changes), peak memory, and the all-pairs reference against blocking on a
/// region of 5,000 streams (time ratio and recall: share of all-pairs matches the blocked engine
/// returns with the same score).
/// </summary>
internal static class MatchingBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var a = new CliArgs(args, "json");
        var offers = a.Int("offers", 50_000);
        var needs = a.Int("needs", 50_000);
        var companies = a.Int("companies", 20_000);
        var seed = a.Int("seed", 1);
        if (companies == 0 || offers + needs == 0)
        {
            throw new CliUsageException("--companies and --offers/--needs must be positive");
        }

        var knowledge = MatchingCommands.LoadKnowledge();
        var options = new MatchingOptions();
        var log = a.Has("json") ? TextWriter.Null : Console.Out;

        // Recall and speed-up against the all-pairs reference at 5,000 streams.
        var small = SyntheticRegion.Generate(knowledge, 2_000, 2_500, 2_500, seed + 1);
        var smallEngine = new MatchingEngine(knowledge, options);
        smallEngine.Load(small.Companies, small.Offers.Concat(small.Needs));
        var sw = Stopwatch.StartNew();
        smallEngine.RematchAll();
        var blockedSmall = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var reference = smallEngine.RematchAllPairs();
        var allPairsSmall = sw.Elapsed.TotalSeconds;
        var blocked = smallEngine.AllMatches().ToHashSet();
        var recall = reference.Count == 0 ? 1.0 : (double)reference.Count(blocked.Contains) / reference.Count;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"5,000 streams: blocked {blockedSmall:0.000} s, all pairs {allPairsSmall:0.000} s, {reference.Count} reference matches, recall {recall:0.0000}"));

        // Full region.
        sw.Restart();
        var region = SyntheticRegion.Generate(knowledge, companies, offers, needs, seed);
        var engine = new MatchingEngine(knowledge, options);
        engine.Load(region.Companies, region.Offers.Concat(region.Needs));
        var loadSeconds = sw.Elapsed.TotalSeconds;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GcFigures.Now();
        sw.Restart();
        var stats = engine.RematchAll();
        var fullSeconds = sw.Elapsed.TotalSeconds;
        var gc = GcFigures.Now() - gcBefore;

        // CPU seconds of the re-match (all threads): steadier than wall time when others share the machine.
        var fullCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{offers:N0} offers × {needs:N0} needs over {companies:N0} companies: generate+index {loadSeconds:0.00} s, full re-match {fullSeconds:0.00} s, {stats.PairsScored:N0} pairs scored, {stats.Matches:N0} matches kept"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full re-match: {fullCpuSeconds:0.00} CPU s, {gc.AllocatedMb:0} MB allocated, GC gen0/1/2 {gc.Gen0}/{gc.Gen1}/{gc.Gen2}, GC pause {gc.PauseSeconds:0.00} s"));

        // Incremental: 200 single-stream edits, alternating offers and needs.
        var rng = new Random(seed + 7);
        var times = new List<double>(200);
        var changed = 0;
        for (var i = 0; i < 200; i++)
        {
            var pool = (i % 2 == 0 && region.Offers.Count > 0) || region.Needs.Count == 0 ? region.Offers : region.Needs;
            var s = SyntheticRegion.Mutate(pool[rng.Next(pool.Count)], rng, knowledge);
            var t = Stopwatch.GetTimestamp();
            var changes = engine.UpsertStream(s);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            changed += changes.Upserted.Count + changes.Removed.Count;
        }

        times.Sort();
        var median = times.Count == 0 ? 0 : times[times.Count / 2];
        var p95 = times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"incremental (200 edits, {changed} match changes): median {median:0.00} ms, p95 {p95:0.00} ms"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory {peakMb:0} MB; all pairs / blocked at 5,000 streams = {allPairsSmall / blockedSmall:0.0}×, recall {recall:0.0000}"));

        if (a.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(
                new Dictionary<string, object>
                {
                    ["full_rematch_s"] = Math.Round(fullSeconds, 3),
                    ["full_rematch_cpu_s"] = Math.Round(fullCpuSeconds, 3),
                    ["full_rematch_allocated_mb"] = Math.Round(gc.AllocatedMb),
                    ["full_rematch_gc_gen0"] = gc.Gen0,
                    ["full_rematch_gc_gen1"] = gc.Gen1,
                    ["full_rematch_gc_gen2"] = gc.Gen2,
                    ["full_rematch_gc_pause_s"] = Math.Round(gc.PauseSeconds, 3),
                    ["pairs_scored"] = stats.PairsScored,
                    ["incremental_ms_median"] = Math.Round(median, 3),
                    ["incremental_ms_p95"] = Math.Round(p95, 3),
                    ["peak_memory_mb"] = Math.Round(peakMb),
                    ["allpairs_over_blocked"] = Math.Round(allPairsSmall / blockedSmall, 1),
                    ["recall"] = Math.Round(recall, 4),
                    ["matches"] = stats.Matches,
                    ["load_s"] = Math.Round(loadSeconds, 3),
                },
                new JsonSerializerOptions { WriteIndented = true }));
        }

        return Task.FromResult(0);
    }
}

/// <summary>
/// Allocation and collection counters of the process at one moment; the difference of two tells
/// what a step cost the garbage collector (counts per generation include the higher ones' collections).
/// </summary>
internal readonly record struct GcFigures(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public double AllocatedMb => AllocatedBytes / (1024.0 * 1024.0);

    public double PauseSeconds => Pause.TotalSeconds;

    public static GcFigures Now() => new(
        GC.GetTotalAllocatedBytes(precise: true),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalPauseDuration());

    public static GcFigures operator -(GcFigures a, GcFigures b) => new(
        a.AllocatedBytes - b.AllocatedBytes,
        a.Gen0 - b.Gen0,
        a.Gen1 - b.Gen1,
        a.Gen2 - b.Gen2,
        a.Pause - b.Pause);
}
