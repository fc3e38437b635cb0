using IzmirSymbiosis.Application.Security;
using Microsoft.AspNetCore.Components.Endpoints;

namespace IzmirSymbiosis.Web.Security;

/// <summary>
/// Sends a signed-in firm user whose membership is not approved to the waiting page instead of
/// any app page. Their data access is already none (see <see cref="AccessPolicy"/>); this gives
/// them a page that says why and what happens next, rather than empty lists.
/// </summary>
public static class PendingMembershipGate
{
    /// <summary>Path of the waiting page.</summary>
    public const string PendingPath = "/account/pending";

    // Pages every signed-in user may still open: account pages, the privacy notice, error pages.
    private static readonly string[] s_open = ["/account", "/privacy", "/status", "/error"];

    /// <summary>Adds the gate (after authentication, so the user is known).</summary>
    public static IApplicationBuilder UsePendingMembershipGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) &&
                context.User.Identity?.IsAuthenticated == true &&
                context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null &&
                !s_open.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) &&
                (await context.RequestServices.GetRequiredService<ICurrentUser>().GetAsync(context.RequestAborted)).AwaitingApproval)
            {
                context.Response.Redirect(PendingPath);
                return;
            }

            await next();
        });
}
