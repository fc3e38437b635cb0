namespace IzmirSymbiosis.Application.Notifications;

/// <summary>What changed, for the pages that show it.</summary>
public enum LiveTopic
{
    /// <summary>Notices were added; <see cref="LiveUpdate.Ids"/> are the recipients' user ids.</summary>
    Notifications,

    /// <summary>Stored matches changed (a re-match was stored).</summary>
    Matches,
}

/// <summary>
/// A change that open pages on every instance should show. <see cref="Ids"/> narrows it down (the
/// users told, for <see cref="LiveTopic.Notifications"/>); empty means "anyone may be concerned",
/// which is also what a listener gets after it lost updates (a reconnect).
/// </summary>
public sealed record LiveUpdate(LiveTopic Topic, IReadOnlyCollection<Guid> Ids)
{
    /// <summary>Whether the update may concern <paramref name="id"/>.</summary>
    public bool Concerns(Guid? id) => Ids.Count == 0 || (id is { } value && Ids.Contains(value));
}

/// <summary>
/// Tells open pages of every app instance about committed changes (the bell, "matches updated").
/// A hint only: the database stays the truth, an update may arrive late or twice, and a page that
/// gets one reads what it shows again. Publish after the change is committed.
/// </summary>
public interface ILiveUpdates
{
    /// <summary>Sends <paramref name="update"/> to every instance (this one included); never throws.</summary>
    Task PublishAsync(LiveUpdate update, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="handler"/> for each update received by this instance until the result
    /// is disposed. Handlers run on a background thread and must return quickly.
    /// </summary>
    IDisposable Subscribe(Action<LiveUpdate> handler);
}
