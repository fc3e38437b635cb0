using System.Data.Common;
using System.Runtime.CompilerServices;
using Hangfire;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Wakes the notification mailer and tells the recipients' open pages on every instance (their
/// bell, through <see cref="ILiveUpdates"/>) once a change that added notices is committed: right
/// after the save when it commits by itself, or when the caller's explicit transaction commits. A
/// transaction that is rolled back (or just disposed) wakes nothing; a lost wake-up loses nothing
/// (the minutely sweep mails what is pending, the bell reads its count every 30 seconds).
/// </summary>
internal sealed class NotificationWakeUp(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Saves inside a transaction wait for its commit; a save on its own commits when it returns.
    // (Npgsql may reuse a transaction object after an implicit rollback on dispose: at worst that
    // wakes one sweep too many, which finds nothing to do.)
    // The values are the recipients noted so far.
    private static readonly ConditionalWeakTable<DbTransaction, HashSet<Guid>> s_transactions = [];
    private static readonly ConditionalWeakTable<DbContext, HashSet<Guid>> s_saves = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        s_transactions.Remove(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => s_transactions.Remove(transaction);

    private static void Note(DbContext? context)
    {
        var recipients = context?.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.UserId).ToList();
        if (context is null || recipients is not { Count: > 0 })
        {
            return;
        }

        var noted = context.Database.CurrentTransaction is { } transaction
            ? s_transactions.GetOrCreateValue(transaction.GetDbTransaction())
            : s_saves.GetOrCreateValue(context);
        lock (noted)
        {
            noted.UnionWith(recipients);
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            s_saves.Remove(context);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && s_saves.TryGetValue(context, out var recipients) && s_saves.Remove(context))
        {
            Wake(recipients);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (s_transactions.TryGetValue(transaction, out var recipients) && s_transactions.Remove(transaction))
        {
            Wake(recipients);
        }
    }

    private void Wake(HashSet<Guid> recipients)
    {
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<NotificationMailJob>(j => j.SendImmediateAsync(CancellationToken.None));
        Guid[] ids;
        lock (recipients)
        {
            ids = [.. recipients];
        }

        // Not awaited: the caller's save has returned; the publisher logs its own failures.
        _ = services.GetRequiredService<ILiveUpdates>().PublishAsync(new LiveUpdate(LiveTopic.Notifications, ids));
    }
}
