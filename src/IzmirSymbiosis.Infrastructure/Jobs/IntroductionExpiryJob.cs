using Hangfire;
using IzmirSymbiosis.Application.Introductions;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Expires pending introductions whose time ran out (<see cref="IntroductionService.ExpireDueAsync"/>),
/// hourly. Answers check the expiry themselves, so the sweep only makes the state visible.
/// </summary>
public sealed class IntroductionExpiryJob(IntroductionService introductions)
{
    /// <summary>Id of the recurring sweep.</summary>
    public const string SweepId = "introduction-expiry";

    /// <summary>Expires what is due.</summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task RunAsync(CancellationToken cancellationToken) => introductions.ExpireDueAsync(cancellationToken);
}
