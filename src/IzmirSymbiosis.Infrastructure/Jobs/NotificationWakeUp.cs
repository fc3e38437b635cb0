using System.Data.Common;
using System.Runtime.CompilerServices;
using Hangfire;
using IzmirSymbiosis.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Wakes the notification mailer once a change that added notices is committed: right after the
/// save when it commits by itself, or when the caller's explicit transaction commits. A
/// transaction that is rolled back (or just disposed) wakes nothing; a lost wake-up loses nothing
/// (the minutely sweep mails what is pending).
/// </summary>
internal sealed class NotificationWakeUp(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Saves inside a transaction wait for its commit; a save on its own commits when it returns.
    // (Npgsql may reuse a transaction object after an implicit rollback on dispose: at worst that
    // wakes one sweep too many, which finds nothing to do.)
    private static readonly ConditionalWeakTable<DbTransaction, object> s_transactions = [];
    private static readonly ConditionalWeakTable<DbContext, object> s_saves = [];

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
        if (context is null || !context.ChangeTracker.Entries<Notification>().Any(e => e.State == EntityState.Added))
        {
            return;
        }

        if (context.Database.CurrentTransaction is { } transaction)
        {
            s_transactions.AddOrUpdate(transaction.GetDbTransaction(), true);
        }
        else
        {
            s_saves.AddOrUpdate(context, true);
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
        if (context is not null && s_saves.Remove(context))
        {
            Wake();
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (s_transactions.Remove(transaction))
        {
            Wake();
        }
    }

    private void Wake() =>
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<NotificationMailJob>(j => j.SendImmediateAsync(CancellationToken.None));
}
