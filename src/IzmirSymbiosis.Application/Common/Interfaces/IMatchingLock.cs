namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>
/// The one lock that every instance's matching coordinator holds while it changes stored matches
/// (Infrastructure: a PostgreSQL advisory lock), so two instances never compute and store at once
/// from engines that have not seen each other's changes. Released when the returned handle is
/// disposed, and by the database if the process dies.
/// </summary>
public interface IMatchingLock
{
    /// <summary>Waits for the lock.</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default);
}
