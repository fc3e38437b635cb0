using Hangfire;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary><see cref="IBackgroundJobs"/> over Hangfire's PostgreSQL store.</summary>
internal sealed class HangfireBackgroundJobs(
    IBackgroundJobClient client, JobStorage storage, MatchingCoordinator coordinator, IAppDbContextFactory contexts, IServiceProvider services) : IBackgroundJobs
{
    public void RematchSoon() => client.Enqueue<RematchJob>(j => j.RunAsync(CancellationToken.None));

    public void QueueMail(OutgoingMail mail)
    {
        var stored = MailJob.Protect(services.GetRequiredService<IDataProtectionProvider>(), mail);
        client.Enqueue<MailJob>(j => j.SendAsync(stored, CancellationToken.None));
    }

    public async Task WaitForIdleAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromMinutes(1));
        try
        {
            // The worker does the work (with its retries); this only watches for it to be done.
            while (!await IdleAsync(limit.Token))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("Background work did not finish in time.");
        }
    }

    private async Task<bool> IdleAsync(CancellationToken cancellationToken)
    {
        var stats = storage.GetMonitoringApi().GetStatistics();
        if (stats.Enqueued + stats.Processing + stats.Scheduled > 0 || !coordinator.IsLoaded)
        {
            return false;
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        return !await db.RematchRequests.AnyAsync(cancellationToken);
    }
}
