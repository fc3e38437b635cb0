using IzmirSymbiosis.Application.Security;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>The signed-in user of a component test; the access rule behind it is the real one.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    /// <summary>Who is signed in now (an admin unless a test changes it).</summary>
    public UserContext User { get; set; } = new(Guid.NewGuid(), new HashSet<string> { Roles.Admin }, null, new HashSet<int>());

    /// <inheritdoc />
    public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(User);
}
