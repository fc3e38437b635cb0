using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace IzmirSymbiosis.Web.Observability;

/// <summary>
/// Redis answers a PING (registered only when <c>Redis:Configuration</c> is set). One connection,
/// made on the first check and kept: StackExchange.Redis reconnects it by itself.
/// </summary>
public sealed class RedisHealthCheck(string configuration) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _connection;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await ConnectAsync(cancellationToken);

            // While it is down the connection retries in the background; answer at once rather
            // than wait for a PING to time out, so readiness probes stay quick.
            if (!connection.IsConnected)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis not connected.");
            }

            var latency = await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0} ms.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message only: a stack trace on every probe while Redis is down says nothing new.
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis not reachable: " + e.Message);
        }
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _gate.Dispose();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } existing)
        {
            return existing;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null)
            {
                var options = ConfigurationOptions.Parse(configuration);
                // Start even while Redis is down and keep trying in the background; PING says how it is.
                options.AbortOnConnectFail = false;
                _connection = await ConnectionMultiplexer.ConnectAsync(options);
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }
}
