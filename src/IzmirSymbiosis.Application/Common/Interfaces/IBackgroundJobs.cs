namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>
/// The durable job queue (Infrastructure: Hangfire on PostgreSQL). Work queued here survives a
/// restart and is retried when it fails.
/// </summary>
public interface IBackgroundJobs
{
    /// <summary>
    /// Wakes the matching worker after a <see cref="Domain.Matches.RematchRequest"/> was committed.
    /// A lost wake-up loses nothing: the request stays recorded and is applied by the periodic
    /// sweep or at the next start.
    /// </summary>
    void RematchSoon();

    /// <summary>Queues a message; <see cref="IMailDelivery"/> delivers it from the queue.</summary>
    void QueueMail(OutgoingMail mail);

    /// <summary>
    /// Returns once the engine is loaded, every recorded change is matched and no queued job is
    /// waiting or running (tests and tools use it instead of sleeping). Throws
    /// <see cref="TimeoutException"/> after <paramref name="timeout"/> (one minute when null).
    /// </summary>
    Task WaitForIdleAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default);
}

/// <summary>One e-mail: recipient, subject and the link or code it carries.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>Delivers a queued message (the web layer writes it to the pickup folder).</summary>
public interface IMailDelivery
{
    /// <summary>Delivers <paramref name="mail"/>; throws when it could not, so the job is retried.</summary>
    Task DeliverAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
