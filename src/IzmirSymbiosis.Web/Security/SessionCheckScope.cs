using Microsoft.AspNetCore.Authentication.Cookies;

namespace IzmirSymbiosis.Web.Security;

/// <summary>Where the check of a signed-in session runs.</summary>
public static class SessionCheckScope
{
    /// <summary>
    /// Runs the session's security-stamp check in a service scope of its own, disposed when the check
    /// ends. In the request's scope the check's sign-in manager, user and role stores and database
    /// context (with the user it read) lived as long as the request — for the connection of a Blazor
    /// circuit, the whole visit: a heap dump of 20 idle circuits held 20 of each.
    /// </summary>
    public static Func<CookieValidatePrincipalContext, Task> InOwnScope(Func<CookieValidatePrincipalContext, Task> validate) => async context =>
    {
        var http = context.HttpContext;
        var requestServices = http.RequestServices;
        await using var scope = requestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await validate(context);
        }
        finally
        {
            http.RequestServices = requestServices;
        }
    };
}
