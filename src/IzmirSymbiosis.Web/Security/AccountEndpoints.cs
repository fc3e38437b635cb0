using System.Security.Claims;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web.Security;

/// <summary>Account endpoints that are not pages.</summary>
public static class AccountEndpoints
{
    /// <summary>POST /account/logout (antiforgery-checked form post).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (ClaimsPrincipal principal, SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditTrail audit) =>
        {
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
