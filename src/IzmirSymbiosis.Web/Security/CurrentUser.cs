using System.Security.Claims;
using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.Security;

/// <summary>
/// The signed-in user for services: the circuit's authentication state inside Blazor, the
/// request's principal for API calls. Roles, company and zones come fresh from the database.
/// </summary>
internal sealed class CurrentUser(
    IHttpContextAccessor http,
    IServiceProvider services,
    IUserDirectory directory,
    IOptions<IdentityOptions> identity,
    ActingUser acting) : ICurrentUser
{
    public async Task<UserContext> GetAsync(CancellationToken cancellationToken = default)
    {
        if (acting.User is { } user)
        {
            return user;
        }

        var principal = await PrincipalAsync();
        var claims = identity.Value.ClaimsIdentity;
        if (principal?.Identity?.IsAuthenticated != true ||
            !Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId))
        {
            return UserContext.Anonymous;
        }

        return await directory.LoadAsync(userId, principal.FindFirstValue(claims.SecurityStampClaimType), cancellationToken);
    }

    private async Task<ClaimsPrincipal?> PrincipalAsync()
    {
        // A plain HTTP request (API call, static render): its own principal. Inside a circuit the
        // HttpContext is the SignalR connection's, so the circuit's authentication state is used.
        if (http.HttpContext is { } context && !context.WebSockets.IsWebSocketRequest &&
            !context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
        {
            return context.User;
        }

        if (services.GetService<AuthenticationStateProvider>() is not { } provider)
        {
            return null;
        }

        try
        {
            return (await provider.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside any request or circuit (a background job): nobody is signed in.
            return null;
        }
    }
}

/// <summary>
/// Lets code outside a request or circuit (seeding, background jobs, test fixtures) act as a given
/// user within one DI scope; the access rule still applies to that user.
/// </summary>
public sealed class ActingUser
{
    /// <summary>The user to act as in this scope, or null to use the signed-in user.</summary>
    public UserContext? User { get; set; }
}
