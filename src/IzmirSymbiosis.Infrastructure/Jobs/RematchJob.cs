using Hangfire;
using IzmirSymbiosis.Application.Matching;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Applies the recorded re-match requests (<see cref="MatchingCoordinator.ApplyPendingAsync"/>).
/// Queued after each change and every minute as a sweep; a failed run is retried, first after a
/// second, then less and less often.
/// </summary>
public sealed class RematchJob(MatchingCoordinator coordinator)
{
    /// <summary>Id of the recurring sweep.</summary>
    public const string SweepId = "rematch-sweep";

    /// <summary>Runs the requests recorded so far.</summary>
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 3600], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task RunAsync(CancellationToken cancellationToken) => coordinator.ApplyPendingAsync(cancellationToken);
}
