using System.Globalization;
using System.Text.Json;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Api;

/// <summary>
/// RFC 9457 problem details for the API, translated to the request's language: 400 with the
/// translated message at each field, 401/403, 404 (also for data the user may not see), 409 for a
/// stale version, 503 while the database is unavailable. The UI's status-code pages and error page are never used for API responses.
/// </summary>
internal static class ApiProblems
{
    /// <summary>Writes a problem response (challenge, forbid, unknown API path).</summary>
    public static Task WriteAsync(HttpContext context, int status, string titleKey)
    {
        DisableStatusCodePages(context);
        var l = Localizer(context);
        return TypedResults.Problem(statusCode: status, title: l[titleKey]).ExecuteAsync(context);
    }

    /// <summary>
    /// Runs in front of every API endpoint (after authentication): no status-code pages, and any
    /// exception becomes a problem (see <see cref="Unhandled"/>).
    /// </summary>
    public static async Task MiddlewareAsync(HttpContext context, RequestDelegate next)
    {
        if (!ApiAuthentication.IsApiPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        DisableStatusCodePages(context);
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.Response.Clear();
            await Unhandled(context, e).ExecuteAsync(context);
            return;
        }

        // Parameter binding refuses an unreadable body with a bare 400 before any filter runs.
        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && !context.Response.HasStarted &&
            context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType))
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Api.BadRequest").ExecuteAsync(context);
        }
    }

    /// <summary>
    /// The problem for an exception nothing else handled, logged: 400 at the field for a value the
    /// endpoint could not bind (see RouteHandlerOptions.ThrowOnBadRequest), 503 while the database
    /// is unavailable, else 500. Never the exception's text: it may name the database host.
    /// </summary>
    public static IResult Unhandled(HttpContext context, Exception exception)
    {
        DisableStatusCodePages(context);
        if (exception is BadHttpRequestException bad)
        {
            var error = BindingErrors.From(context, bad);
            return error is null ? Problem(context, bad.StatusCode, "Api.BadRequest") : Validation(context, [error]);
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems));
        if (ErrorResponses.IsDatabaseUnavailable(exception))
        {
            logger.LogWarning(exception, "Database unavailable in API request {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Headers.RetryAfter = "10";
            return Problem(context, StatusCodes.Status503ServiceUnavailable, "Api.DatabaseUnavailable");
        }

        logger.LogError(exception, "Unhandled error in API request {Method} {Path}", context.Request.Method, context.Request.Path);
        return Problem(context, StatusCodes.Status500InternalServerError, "Api.ServerError");
    }

    /// <summary>Turns the service layer's exceptions into problem responses.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        DisableStatusCodePages(context);
        try
        {
            return await next(invocation);
        }
        catch (Exception e) when (FromException(context, e) is { } problem)
        {
            return problem;
        }
    }

    /// <summary>The problem for an exception the API expects; null for anything else.</summary>
    public static IResult? FromException(HttpContext context, Exception exception) => exception switch
    {
        ValidationFailedException v => Validation(context, v.Errors),
        DomainException d => Validation(context, [FieldError.From(d, "body")]),
        NotFoundException => Problem(context, StatusCodes.Status404NotFound, "Api.NotFound"),
        ConcurrencyConflictException => Problem(context, StatusCodes.Status409Conflict, "Api.Conflict", "Conflict.Saved"),
        ExchangeActionRefusedException r => Problem(context, r.IsAboutStage ? StatusCodes.Status409Conflict : StatusCodes.Status403Forbidden, "Api.ActionRefused", r.ReasonKey),
        _ => null,
    };

    /// <summary>400 with an <c>errors</c> object: JSON field name → translated messages.</summary>
    public static ValidationProblem Validation(HttpContext context, IEnumerable<FieldError> errors)
    {
        var l = Localizer(context);
        var byField = errors
            .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => Translate(l, e)).ToArray());
        return TypedResults.ValidationProblem(byField, title: l["Api.ValidationTitle"]);
    }

    /// <summary>A problem with a translated title (and detail).</summary>
    public static ProblemHttpResult Problem(HttpContext context, int status, string titleKey, string? detailKey = null)
    {
        var l = Localizer(context);
        return TypedResults.Problem(statusCode: status, title: l[titleKey], detail: detailKey is null ? null : l[detailKey].Value);
    }

    private static string Translate(IStringLocalizer l, FieldError error)
    {
        var text = l[error.Code];
        return error.Args.Count == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, [.. error.Args]);
    }

    private static IStringLocalizer Localizer(HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static void DisableStatusCodePages(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }
}

/// <summary>
/// Problem details for an <c>/api</c> request that failed before the API's own error handling ran,
/// such as a token lookup while the database is down; other requests get the error page.
/// </summary>
internal sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The exception handler has already pointed the request at the error page; the feature keeps
        // the original path. The request's culture was set further in, so it is set again here.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (path is null || !ApiAuthentication.IsApiPath(path))
        {
            return false;
        }

        if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }

        httpContext.Request.Path = path;
        await ApiProblems.Unhandled(httpContext, exception).ExecuteAsync(httpContext);
        return true;
    }
}
