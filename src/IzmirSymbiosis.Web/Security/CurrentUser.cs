using System.Security.Claims;
using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.Security;

/// <summary>
/// The signed-in user for services: the circuit's authentication state inside Blazor, the
/// request's principal for API calls. Roles, company and zones come fresh from the database: once
/// per HTTP request (an API call or a page's prerender, whose components and services ask several
/// times), and on every ask inside a circuit, which lives for hours.
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

        // Once per HTTP request; inside a circuit (which lives for hours) on every ask.
        return await RequestUser.LoadAsync(PlainRequest(), directory, userId, principal.FindFirstValue(claims.SecurityStampClaimType), cancellationToken);
    }

    /// <summary>
    /// The HTTP request when this is a plain one (API call, static render or prerender); null inside a
    /// circuit, where the HttpContext is the SignalR connection's.
    /// </summary>
    private HttpContext? PlainRequest() =>
        http.HttpContext is { } context && !context.WebSockets.IsWebSocketRequest &&
        !context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            ? context
            : null;

    private async Task<ClaimsPrincipal?> PrincipalAsync()
    {
        // A plain HTTP request: its own principal. Inside a circuit, the circuit's authentication state.
        if (PlainRequest() is { } context)
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
