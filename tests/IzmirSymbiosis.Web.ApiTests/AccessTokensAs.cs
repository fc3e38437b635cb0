using IzmirSymbiosis.Application.AccessTokens;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ApiTests;

/// <summary>
/// The token commands run as a given user in one DI scope (through <see cref="ActingUser"/>, the way
/// background work acts for someone); the commands decide what that user may do.
/// </summary>
public sealed class AccessTokensAs(IServiceProvider scope)
{
    /// <summary>Creates a token for <paramref name="user"/>.</summary>
    public Task<CreatedPersonalAccessToken> CreateAsync(UserContext user, string name) => As<CreateAccessTokenCommand>(user).ExecuteAsync(name);

    /// <summary>The tokens <paramref name="user"/> sees.</summary>
    public Task<IReadOnlyList<PersonalAccessTokenInfo>> ListAsync(UserContext user) => As<AccessTokenListQuery>(user).ExecuteAsync();

    /// <summary>Revokes a token as <paramref name="user"/>.</summary>
    public Task RevokeAsync(UserContext user, Guid tokenId) => As<RevokeAccessTokenCommand>(user).ExecuteAsync(tokenId);

    private T As<T>(UserContext user)
        where T : notnull
    {
        scope.GetRequiredService<ActingUser>().User = user;
        return scope.GetRequiredService<T>();
    }
}
