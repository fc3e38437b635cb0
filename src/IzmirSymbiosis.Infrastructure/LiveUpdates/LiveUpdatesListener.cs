using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.LiveUpdates;

/// <summary>
/// Keeps one connection (outside the pool) listening on <see cref="PostgresLiveUpdates.Channel"/>
/// while the app runs. When the connection drops (a restarted server, a network cut) it connects
/// again with growing pauses, and then tells every subscriber to read again: notices sent while it
/// was away are lost to it.
/// </summary>
internal sealed class LiveUpdatesListener(DatabaseConnections connections, PostgresLiveUpdates updates, ILogger<LiveUpdatesListener> logger) : BackgroundService
{
    private static readonly TimeSpan[] s_retryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    // A quiet connection is probed this often, so a dead one is noticed without waiting for TCP.
    private static readonly TimeSpan s_probe = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(connections.Application) { Pooling = false }.ConnectionString;
        var lostAny = false;
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => updates.Deliver(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresLiveUpdates.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                updates.SetListening(true);
                attempt = 0;
                if (lostAny)
                {
                    logger.LogInformation("Listening for live updates again");
                    updates.Deliver(new LiveUpdate(LiveTopic.Notifications, []));
                    updates.Deliver(new LiveUpdate(LiveTopic.Matches, []));
                }

                while (true)
                {
                    if (!await connection.WaitAsync(s_probe, stoppingToken))
                    {
                        await using var probe = new NpgsqlCommand("SELECT 1", connection);
                        await probe.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                updates.SetListening(false);
                lostAny = true;
                var delay = s_retryDelays[Math.Min(attempt, s_retryDelays.Length - 1)];
                logger.LogWarning(e, "Listening for live updates failed; connecting again in {Delay}", delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        updates.SetListening(false);
    }
}
