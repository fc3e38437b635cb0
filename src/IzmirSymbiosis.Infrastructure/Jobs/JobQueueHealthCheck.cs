using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Ready when the job store answers and a job server (this instance's or another's) has sent a
/// heartbeat lately; degraded when the store answers but no server is alive (pages work, matching
/// and mail wait); unhealthy when the store cannot be read.
/// </summary>
public sealed class JobQueueHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    /// <summary>How old the newest heartbeat may be (Hangfire beats every 30 seconds).</summary>
    public static readonly TimeSpan HeartbeatAge = TimeSpan.FromMinutes(2);

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var since = time.GetUtcNow().UtcDateTime - HeartbeatAge;
            var alive = storage.GetMonitoringApi().Servers().Count(s => s.Heartbeat is { } beat && beat >= since);
            return Task.FromResult(alive > 0
                ? HealthCheckResult.Healthy($"{alive} job server(s) alive.")
                : HealthCheckResult.Degraded("No job server has sent a heartbeat lately: background work waits."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job store not reachable.", e));
        }
    }
}
