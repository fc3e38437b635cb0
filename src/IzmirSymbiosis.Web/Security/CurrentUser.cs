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
    IOptions<IdentityOptions> identity) : ICurrentUser
{
    public async Task<UserContext> GetAsync(CancellationToken cancellationToken = default)
    {
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

        return services.GetService<AuthenticationStateProvider>() is { } provider
            ? (await provider.GetAuthenticationStateAsync()).User
            : null;
    }
}
