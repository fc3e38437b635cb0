using IzmirSymbiosis.Application.Security;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>One racer's own signed-in user, for tests that build a service per racer (own user, own context).</summary>
public sealed class FixedUser(UserContext user) : ICurrentUser
{
    public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(user);
}
