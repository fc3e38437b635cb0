using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Collaboration;

/// <summary>
/// Optional, one per <see cref="SubjectKind"/>: who is told when something is added to a subject
/// (a document today). Without one for a kind, nobody is told.
/// </summary>
public interface ISubjectAudience
{
    /// <summary>The kind of subject this answers for.</summary>
    SubjectKind Kind { get; }

    /// <summary>Who is told about additions to the subject; null when nobody is.</summary>
    Task<NoticeAudience?> AudienceAsync(IAppDbContext db, Guid subjectId, CancellationToken cancellationToken = default);
}
