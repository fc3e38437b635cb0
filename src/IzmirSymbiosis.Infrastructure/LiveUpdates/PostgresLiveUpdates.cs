using System.Collections.Immutable;
using System.Globalization;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.LiveUpdates;

/// <summary>
/// <see cref="ILiveUpdates"/> over PostgreSQL's LISTEN/NOTIFY on the channel
/// <see cref="Channel"/>: every instance already talks to the one database, so no other server is
/// needed. <see cref="PublishAsync"/> sends <c>pg_notify</c>; <see cref="LiveUpdatesListener"/>
/// keeps one connection listening and hands what arrives to <see cref="Deliver"/>. PostgreSQL
/// delivers a notice to every listening session, the sender's instance included, so this instance's
/// pages are told the same way as the others'.
/// </summary>
public sealed class PostgresLiveUpdates(DatabaseConnections connections, ILogger<PostgresLiveUpdates> logger) : ILiveUpdates
{
    /// <summary>The notification channel.</summary>
    public const string Channel = "izmirsym_live";

    /// <summary>
    /// Ids sent at most in one notice (a payload must stay under 8000 bytes); with more, the notice
    /// names none, and every page concerned by the topic reads again.
    /// </summary>
    public const int MaxIds = 200;

    private ImmutableArray<Action<LiveUpdate>> _handlers = [];
    private volatile bool _listening;

    /// <summary>Whether the listener holds a connection with LISTEN issued.</summary>
    public bool IsListening => _listening;

    /// <inheritdoc />
    public async Task PublishAsync(LiveUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        try
        {
            await using var connection = new NpgsqlConnection(connections.Application);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", Format(update));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A hint lost: the pages read the database at their next refresh anyway.
            logger.LogWarning(e, "Publishing the live update {Topic} failed", update.Topic);
        }
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Action<LiveUpdate> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ImmutableInterlocked.Update(ref _handlers, (list, h) => list.Add(h), handler);
        return new Subscription(this, handler);
    }

    /// <summary>Hands a received payload to the subscribers (unknown payloads are ignored).</summary>
    public void Deliver(string payload)
    {
        if (Parse(payload) is { } update)
        {
            Deliver(update);
        }
        else
        {
            logger.LogWarning("Ignored a live update with an unknown payload {Payload}", payload);
        }
    }

    /// <summary>Hands an update to the subscribers.</summary>
    public void Deliver(LiveUpdate update)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                handler(update);
            }
            catch (Exception e)
            {
                logger.LogError(e, "A live-update handler failed on {Topic}", update.Topic);
            }
        }
    }

    /// <summary>Called by the listener when it starts or stops listening.</summary>
    internal void SetListening(bool listening) => _listening = listening;

    /// <summary>The payload: the topic's letter, a colon, the ids (32 hex digits each) separated by commas.</summary>
    public static string Format(LiveUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var letter = update.Topic == LiveTopic.Notifications ? 'n' : 'm';
        var ids = update.Ids.Count > MaxIds ? [] : update.Ids.Distinct().Select(id => id.ToString("N", CultureInfo.InvariantCulture));
        return letter + ":" + string.Join(',', ids);
    }

    /// <summary>Reads a payload written by <see cref="Format"/>; null when it is not one.</summary>
    public static LiveUpdate? Parse(string payload)
    {
        if (payload is not { Length: >= 2 } || payload[1] != ':')
        {
            return null;
        }

        LiveTopic? topic = payload[0] switch
        {
            'n' => LiveTopic.Notifications,
            'm' => LiveTopic.Matches,
            _ => null,
        };
        var ids = new List<Guid>();
        foreach (var part in payload[2..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParseExact(part, "N", out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return topic is { } t ? new LiveUpdate(t, ids) : null;
    }

    private sealed class Subscription(PostgresLiveUpdates owner, Action<LiveUpdate> handler) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref owner._handlers, (list, h) => list.Remove(h), handler);
    }
}
