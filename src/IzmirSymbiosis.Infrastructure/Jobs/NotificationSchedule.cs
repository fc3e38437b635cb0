using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Registers the notification mail sweep (every minute), the daily digest (08:00 Türkiye time) and
/// the weekly match digest (Mondays 08:00)
/// when the app starts; retries until the job store answers.
/// </summary>
internal sealed class NotificationSchedule(IRecurringJobManager recurring, ILogger<NotificationSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                recurring.AddOrUpdate<NotificationMailJob>(NotificationMailJob.SweepId, j => j.SendImmediateAsync(CancellationToken.None), Cron.Minutely());
                recurring.AddOrUpdate<NotificationMailJob>(NotificationMailJob.DigestId, j => j.SendDigestsAsync(CancellationToken.None), NotificationMailJob.DigestCron);
                recurring.AddOrUpdate<NotificationMailJob>(NotificationMailJob.MatchDigestId, j => j.SendMatchDigestsAsync(CancellationToken.None), NotificationMailJob.MatchDigestCron);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Scheduling notification mail failed (attempt {Attempt}); retrying", attempt);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
