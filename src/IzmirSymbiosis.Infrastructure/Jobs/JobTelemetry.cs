using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Common;
using Hangfire.Server;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Metrics and traces of the background jobs (Hangfire has no OpenTelemetry instrumentation of its
/// own): every run of a job counts in <c>izmirsym.jobs.runs</c> and <c>izmirsym.jobs.duration</c>,
/// tagged with the job's class and its outcome (<c>succeeded</c>, <c>failed</c>: it will be
/// retried), and runs inside an activity of <see cref="ActivitySourceName"/>. Added through the
/// container's <see cref="IJobFilterProvider"/> (<see cref="Filters"/>), not Hangfire's process-wide
/// global filters, so two hosts in one process count their own runs only.
/// </summary>
public sealed class JobTelemetry : IServerFilter, IDisposable
{
    /// <summary>The meter of the job counts (to add to a metrics pipeline).</summary>
    public const string MeterName = "IzmirSymbiosis.Jobs";

    /// <summary>The activity source of the job runs (to add to a tracing pipeline).</summary>
    public const string ActivitySourceName = "IzmirSymbiosis.Jobs";

    private const string ActivityItem = "izmirsym.activity";
    private const string StartedItem = "izmirsym.started";

    private readonly Meter _meter;
    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;
    private readonly ActivitySource _source = new(ActivitySourceName);

    public JobTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _runs = _meter.CreateCounter<long>("izmirsym.jobs.runs", "{run}", "Background job runs, by job and outcome (a failed run is retried).");
        _duration = _meter.CreateHistogram<double>("izmirsym.jobs.duration", "s", "Duration of background job runs.");
    }

    /// <inheritdoc />
    public void OnPerforming(PerformingContext context)
    {
        context.Items[StartedItem] = Stopwatch.GetTimestamp();
        var activity = _source.StartActivity("job " + JobName(context.BackgroundJob.Job), ActivityKind.Internal);
        activity?.SetTag("izmirsym.job", JobName(context.BackgroundJob.Job));
        activity?.SetTag("izmirsym.job.id", context.BackgroundJob.Id);
        context.Items[ActivityItem] = activity;
    }

    /// <inheritdoc />
    public void OnPerformed(PerformedContext context)
    {
        var outcome = context.Exception is null || context.ExceptionHandled ? "succeeded" : "failed";
        var tags = new TagList { { "job", JobName(context.BackgroundJob.Job) }, { "outcome", outcome } };
        _runs.Add(1, tags);
        if (context.Items.TryGetValue(StartedItem, out var started) && started is long timestamp)
        {
            _duration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds, tags);
        }

        if (context.Items.TryGetValue(ActivityItem, out var item) && item is Activity activity)
        {
            if (outcome == "failed")
            {
                activity.SetStatus(ActivityStatusCode.Error, context.Exception?.GetType().FullName);
            }

            activity.Dispose();
        }
    }

    public void Dispose()
    {
        _source.Dispose();
        _meter.Dispose();
    }

    private static string JobName(Job? job) => job?.Type.Name ?? "unknown";

    /// <summary>Hangfire's own filter providers (global filters, attributes) plus this telemetry.</summary>
    public sealed class Filters(JobTelemetry telemetry) : IJobFilterProvider
    {
        private readonly JobFilter _filter = new(telemetry, JobFilterScope.Global, null);

        /// <inheritdoc />
        public IEnumerable<JobFilter> GetFilters(Job job) => JobFilterProviders.Providers.GetFilters(job).Append(_filter);
    }
}
