using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Collaboration;

/// <summary>
/// The people around one subject, as a thread needs them: who is told of a new message, where the
/// subject lives in the app, and which firms the reader may see named there.
/// </summary>
/// <param name="Audience">Who is told about a new message (the writer is left out by the notifier).</param>
/// <param name="Link">Relative link of the subject's page, e.g. <c>introductions/{id}</c>.</param>
/// <param name="NamedCompanies">Firms whose members the reader sees by name in the thread; other firms' members appear as "the other firm".</param>
public sealed record SubjectCircle(NoticeAudience Audience, string Link, IReadOnlySet<Guid> NamedCompanies);

/// <summary>
/// Optional companion of <see cref="ISubjectAccess"/> for one kind of subject: the thread asks it
/// whom to notify and whose names to show. A kind without one gets no notices for messages, and
/// its readers see only the names of firms they may read in full.
/// </summary>
public interface ISubjectParticipants
{
    /// <summary>The kind of subject.</summary>
    SubjectKind Kind { get; }

    /// <summary>The circle of the subject for <paramref name="reader"/>; null when it does not exist.</summary>
    Task<SubjectCircle?> CircleAsync(IAppDbContext db, UserContext reader, Guid subjectId, CancellationToken cancellationToken = default);
}
