using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Documents;

/// <summary>
/// A stand-in access rule for one kind of subject, given to the service under test only (the app
/// registers the real rules of introductions and exchanges): rights per (subject, user), None otherwise.
/// </summary>
public sealed class TestSubjectAccess(SubjectKind kind) : ISubjectAccess
{
    private readonly Dictionary<(Guid Subject, Guid User), SubjectRights> _rights = [];

    public SubjectKind Kind { get; } = kind;

    /// <summary>Gives <paramref name="user"/> <paramref name="rights"/> on <paramref name="subjectId"/>.</summary>
    public void Grant(Guid subjectId, UserContext user, SubjectRights rights) => _rights[(subjectId, user.UserId!.Value)] = rights;

    public Task<SubjectRights> RightsAsync(IAppDbContext db, UserContext user, Guid subjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(user.UserId is { } id && _rights.TryGetValue((subjectId, id), out var rights) ? rights : SubjectRights.None);
}
