using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Notifications;

namespace IzmirSymbiosis.Application.Notifications;

/// <summary>
/// Records a notice as one <see cref="Notification"/> row per recipient in the caller's context:
/// the rows are saved (and later mailed) only if the caller's change is. The actor is never told.
/// </summary>
internal sealed class Notifier(INotificationDirectory directory, TimeProvider clock) : INotifier
{
    public async Task AddAsync(IAppDbContext db, Notice notice, Guid? actorUserId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        var now = clock.GetUtcNow();
        var recipients = await directory.ResolveAsync(notice.Audience, cancellationToken);
        foreach (var userId in recipients.Distinct().Where(u => u != actorUserId))
        {
            db.Notifications.Add(new Notification(userId, notice.Kind, notice.Subject, notice.SubjectId, notice.Link, notice.TitleTr, notice.TitleEn, now));
        }
    }
}
