using IzmirSymbiosis.Application.Security;

namespace IzmirSymbiosis.Cli;

/// <summary>The reader a benchmark measures as; <see cref="User"/> may change between measurements.</summary>
internal sealed class FixedUser(UserContext user) : ICurrentUser
{
    public UserContext User { get; set; } = user;

    public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(User);
}
