using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IzmirSymbiosis.Infrastructure.LiveUpdates;

/// <summary>
/// Healthy while this instance listens for live updates; degraded otherwise (pages keep working and
/// learn of other instances' changes at their next refresh or navigation).
/// </summary>
public sealed class LiveUpdatesHealthCheck(PostgresLiveUpdates updates) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(updates.IsListening
            ? HealthCheckResult.Healthy("Listening for live updates.")
            : HealthCheckResult.Degraded("Not listening for live updates: open pages refresh late."));
}
