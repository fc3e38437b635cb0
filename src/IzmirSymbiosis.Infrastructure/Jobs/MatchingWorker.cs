using Hangfire;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Loads the matching engine when the app starts, in every environment: a full re-match, which also
/// settles the changes a stopped process left recorded. Retries until the database answers. Then
/// schedules the sweep that applies any request whose wake-up job was lost, and queues one run for
/// what was recorded during the load: as a job, so it is retried, counted in the job metrics and
/// seen by <see cref="IBackgroundJobs.WaitForIdleAsync"/> like every other re-match.
/// </summary>
internal sealed class MatchingWorker(
    MatchingCoordinator coordinator, IRecurringJobManager recurring, IBackgroundJobs jobs, ILogger<MatchingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan[] s_retryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await coordinator.EnsureLoadedAsync(stoppingToken);
                recurring.AddOrUpdate<RematchJob>(RematchJob.SweepId, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
                recurring.AddOrUpdate<IntroductionExpiryJob>(IntroductionExpiryJob.SweepId, j => j.RunAsync(CancellationToken.None), Cron.Hourly());
                jobs.RematchSoon();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var delay = s_retryDelays[Math.Min(attempt, s_retryDelays.Length - 1)];
                logger.LogWarning(e, "Loading the matching engine failed; retrying in {Delay}", delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
