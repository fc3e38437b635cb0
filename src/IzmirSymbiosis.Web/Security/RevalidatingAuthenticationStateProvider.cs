using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace IzmirSymbiosis.Web.Security;

/// <summary>
/// Checks an open circuit's user against the database every few seconds: after a sign-out, a
/// password change or a disabled account the circuit loses its user and pages send it to login.
/// </summary>
internal sealed class RevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(15);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.IdentityOptions>>().Value.ClaimsIdentity;
        var principal = authenticationState.User;
        if (!Guid.TryParse(principal.FindFirst(identity.UserIdClaimType)?.Value, out var userId))
        {
            return false;
        }

        var user = await scope.ServiceProvider.GetRequiredService<IUserDirectory>()
            .LoadAsync(userId, principal.FindFirst(identity.SecurityStampClaimType)?.Value, cancellationToken);
        return user.IsAuthenticated;
    }
}
