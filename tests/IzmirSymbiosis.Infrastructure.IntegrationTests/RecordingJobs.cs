using System.Collections.Concurrent;
using IzmirSymbiosis.Application.Common.Interfaces;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>Records queued mail instead of queueing it (the queue itself is tested with the worker).</summary>
public sealed class RecordingJobs : IBackgroundJobs
{
    private readonly ConcurrentQueue<OutgoingMail> _mails = new();

    /// <summary>The mails queued so far.</summary>
    public IReadOnlyList<OutgoingMail> Mails => [.. _mails];

    /// <inheritdoc />
    public void RematchSoon()
    {
    }

    /// <inheritdoc />
    public void QueueMail(OutgoingMail mail) => _mails.Enqueue(mail);

    /// <inheritdoc />
    public Task WaitForIdleAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

/// <summary>A clock that says what the test sets.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The time it says.</summary>
    public DateTimeOffset Now { get; set; } = now;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;
}
