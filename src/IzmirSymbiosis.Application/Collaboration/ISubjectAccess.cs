using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Collaboration;

/// <summary>What a user may do with the thread and documents of one introduction or exchange.</summary>
public enum SubjectRights
{
    /// <summary>Nothing: the subject does not exist for this user (404).</summary>
    None,

    /// <summary>Read the thread and download documents (for example an expert reviewing it).</summary>
    Read,

    /// <summary>Read, post messages and add documents (the parties and the facilitator).</summary>
    Contribute,
}

/// <summary>
/// The access rule for one kind of subject (introductions, exchanges), asked by the shared
/// pieces that hang off a subject (comment thread, documents, notifications) so that each of them
/// follows exactly the rule of the subject it belongs to. One implementation per
/// <see cref="SubjectKind"/>, registered in DI.
/// </summary>
public interface ISubjectAccess
{
    /// <summary>The kind of subject this rule decides.</summary>
    SubjectKind Kind { get; }

    /// <summary>The user's rights on the subject; <see cref="SubjectRights.None"/> when it does not exist.</summary>
    Task<SubjectRights> RightsAsync(IAppDbContext db, UserContext user, Guid subjectId, CancellationToken cancellationToken = default);
}
