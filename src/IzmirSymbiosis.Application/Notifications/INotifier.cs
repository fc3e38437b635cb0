using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Notifications;

/// <summary>
/// Who is told about an event. Users are resolved when the notice is added: every approved
/// member of each company, the OIZ staff of each zone, every İZKA expert when
/// <see cref="Experts"/> is set, and the listed users. The acting user is never told about their
/// own action.
/// </summary>
/// <param name="CompanyIds">Firms whose members are told.</param>
/// <param name="StaffOfZones">Zones whose OIZ staff are told.</param>
/// <param name="Experts">Whether İZKA experts are told (for example a review is waiting).</param>
/// <param name="UserIds">Particular users (for example the expert who proposed an exchange).</param>
public sealed record NoticeAudience(
    IReadOnlyCollection<Guid> CompanyIds,
    IReadOnlyCollection<int> StaffOfZones,
    bool Experts = false,
    IReadOnlyCollection<Guid>? UserIds = null);

/// <summary>
/// An event worth telling people about, in Turkish and English. The texts must not name a firm
/// or give a figure that some recipient may not see (write them for the least-privileged
/// recipient, e.g. "Bir firma tanıştırma istedi").
/// </summary>
/// <param name="Kind">Stable event key, e.g. <c>introduction.requested</c>, <c>exchange.approved</c>.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="SubjectId">Which one.</param>
/// <param name="Link">Relative link in the app, e.g. <c>exchanges/{id}</c>.</param>
/// <param name="TitleTr">Short Turkish text.</param>
/// <param name="TitleEn">Short English text.</param>
/// <param name="Audience">Who is told.</param>
public sealed record Notice(
    string Kind,
    SubjectKind Subject,
    Guid SubjectId,
    string Link,
    string TitleTr,
    string TitleEn,
    NoticeAudience Audience);

/// <summary>
/// Records notices with the change that caused them: <see cref="AddAsync"/> adds rows to the
/// caller's context, so they are saved in the caller's transaction (or not at all). In-app
/// notices and e-mails (immediate, daily digest or off, per user) are delivered from those rows.
/// </summary>
public interface INotifier
{
    /// <summary>Adds <paramref name="notice"/> for its audience (except <paramref name="actorUserId"/>) to <paramref name="db"/>'s pending changes.</summary>
    Task AddAsync(IAppDbContext db, Notice notice, Guid? actorUserId, CancellationToken cancellationToken = default);
}
