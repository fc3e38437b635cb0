using System.Data.Common;
using System.Runtime.CompilerServices;
using Hangfire;
using IzmirSymbiosis.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.Jobs;

/// <summary>
/// Wakes the notification mailer once a change that added notices is committed: when the save
/// itself commits, or when the caller's explicit transaction does. A rolled-back transaction wakes
/// nothing; a lost wake-up loses nothing (the minutely sweep mails what is pending).
/// </summary>
internal sealed class NotificationWakeUp(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> s_pending = [];

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
        WakeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfCommitted(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    private static void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<Notification>().Any(e => e.State == EntityState.Added))
        {
            s_pending.AddOrUpdate(context, true);
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            s_pending.Remove(context);
        }
    }

    private void WakeIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Wake(context);
        }
    }

    private void Wake(DbContext? context)
    {
        if (context is null || !s_pending.Remove(context))
        {
            return;
        }

        services.GetRequiredService<IBackgroundJobClient>().Enqueue<NotificationMailJob>(j => j.SendImmediateAsync(CancellationToken.None));
    }
}
