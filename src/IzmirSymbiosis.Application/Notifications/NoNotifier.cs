using IzmirSymbiosis.Application.Common.Interfaces;

namespace IzmirSymbiosis.Application.Notifications;

/// <summary>Placeholder until notices are stored and delivered: records nothing.</summary>
internal sealed class NoNotifier : INotifier
{
    public Task AddAsync(IAppDbContext db, Notice notice, Guid? actorUserId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
