using Hangfire;
using IzmirSymbiosis.Application.Notifications;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Mails pending notifications (<see cref="NotificationMailer"/>): woken after each commit that
/// added notices, swept every minute as the safety net, the daily digest at 08:00 Türkiye time and
/// the weekly match digest (<see cref="MatchDigestMailer"/>) on Mondays at 08:00.
/// </summary>
public sealed class NotificationMailJob(NotificationMailer mailer, MatchDigestMailer matchDigest)
{
    /// <summary>Id of the minutely sweep.</summary>
    public const string SweepId = "notification-mail-sweep";

    /// <summary>Id of the daily digest.</summary>
    public const string DigestId = "notification-digest";

    /// <summary>08:00 in Türkiye (UTC+3 all year) as a UTC cron expression.</summary>
    public const string DigestCron = "0 5 * * *";

    /// <summary>Id of the weekly match digest.</summary>
    public const string MatchDigestId = "match-digest-weekly";

    /// <summary>Mondays 08:00 in Türkiye (UTC+3 all year) as a UTC cron expression.</summary>
    public const string MatchDigestCron = "0 5 * * 1";

    /// <summary>Mails the pending notices of users who want them at once.</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 60, 300, 600], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task SendImmediateAsync(CancellationToken cancellationToken) => mailer.SendImmediateAsync(cancellationToken);

    /// <summary>Sends the daily summaries.</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 600, 1800, 3600])]
    public Task SendDigestsAsync(CancellationToken cancellationToken) => mailer.SendDigestsAsync(cancellationToken);

    /// <summary>Sends the weekly e-mails of new matches.</summary>
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 600, 1800, 3600])]
    public Task SendMatchDigestsAsync(CancellationToken cancellationToken) => matchDigest.SendWeeklyAsync(cancellationToken);
}
