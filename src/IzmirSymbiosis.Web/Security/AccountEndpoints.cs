using System.Security.Claims;
using IzmirSymbiosis.Application.Auditing;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web.Security;

/// <summary>Account endpoints that are not pages.</summary>
public static class AccountEndpoints
{
    /// <summary>
    /// POST /account/logout. The antiforgery token is checked here: a minimal-API endpoint without
    /// form parameters gets no automatic validation, and a cross-site post must not end a session.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery, ClaimsPrincipal principal, SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditTrail audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            if (await users.GetUserAsync(principal) is { } user)
            {
                // A new stamp ends every session of this user: other tabs' circuits and cookies too.
                await users.UpdateSecurityStampAsync(user);
                await audit.WriteAsync(AuditEventTypes.Logout, user.Id, null, null);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("~/");
        });
        return endpoints;
    }
}
