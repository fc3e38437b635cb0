using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web;

/// <summary>
/// How a request that failed is answered outside the API: the friendly error page with 400 for a
/// request that could not be bound and 503 while the database is unavailable (500 otherwise), and
/// an error page that renders without the database.
/// </summary>
public static class ErrorResponses
{
    /// <summary>
    /// Whether <paramref name="exception"/> means the database is unavailable for now (answer 503).
    /// The one place the web layer asks Infrastructure, so pages and endpoints need not.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception? exception) => DatabaseFailures.IsUnavailable(exception);

    /// <summary>The status of the error page for <paramref name="exception"/>.</summary>
    public static int StatusCodeOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when DatabaseFailures.IsUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// While the error page renders for a database outage, a session due for its security-stamp
    /// check is not checked (that would read the database, fail again and leave the request to the
    /// server's bare error, or the developer page with the database's address): the page is shown
    /// as to a visitor. The next request checks the session as usual.
    /// </summary>
    public static IServiceCollection AddErrorResponses(this IServiceCollection services) =>
        services.ConfigureApplicationCookie(o =>
        {
            var validate = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = context =>
            {
                if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is { } failure && DatabaseFailures.IsUnavailable(failure.Error))
                {
                    context.RejectPrincipal();
                    return Task.CompletedTask;
                }

                return validate(context);
            };
        });
}
