using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace IzmirSymbiosis.Web.Api;

/// <summary>
/// The REST API under <c>/api/v1</c>: authentication by cookie or personal access token, problem
/// details, Accept-Language, and the OpenAPI document at <c>/openapi/v1.json</c>.
/// </summary>
public static class ApiRegistration
{
    /// <summary>
    /// The API's concerns: its authentication scheme and policy, problem details, languages, JSON
    /// and the OpenAPI document. Use cases come from Application; call after the web security setup.
    /// </summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenAuthenticationHandler>(ApiAuthentication.BearerScheme, null)
            .AddPolicyScheme(ApiAuthentication.Scheme, null, o => o.ForwardDefaultSelector = context =>
                ApiAuthentication.HasBearerToken(context.Request) ? ApiAuthentication.BearerScheme : IdentityConstants.ApplicationScheme);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiAuthentication.Policy, p => p.AddAuthenticationSchemes(ApiAuthentication.Scheme).RequireAuthenticatedUser());

        // An API client gets 401/403 problem details, never a redirect to the login page.
        services.ConfigureApplicationCookie(o =>
        {
            var toLogin = o.Events.OnRedirectToLogin;
            var toDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToLogin = context => ApiAuthentication.IsApiPath(context.Request.Path)
                ? ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Api.Unauthorized")
                : toLogin(context);
            o.Events.OnRedirectToAccessDenied = context => ApiAuthentication.IsApiPath(context.Request.Path)
                ? ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Api.Forbidden")
                : toDenied(context);
        });

        // API clients choose the language of messages with Accept-Language (tr or en; Turkish by default).
        services.Configure<RequestLocalizationOptions>(o =>
            o.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(context => Task.FromResult(AcceptLanguage(context)))));

        // Enums travel as their member names only: anything else fails binding with a 400 at the field.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new StrictEnumConverter()));

        // A value that cannot be bound throws, so ApiProblems.MiddlewareAsync can name the field in
        // its 400 problem (outside the API the exception handler answers 400 with the error page).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(OpenApiDocumentation.Configure);
        return services;
    }

    /// <summary>Maps <c>/api/v1</c> and the OpenAPI document (and the API's error handling in front of them).</summary>
    public static WebApplication MapApi(this WebApplication endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.Use(ApiProblems.MiddlewareAsync);
        endpoints.MapOpenApi().AllowAnonymous();

        var api = endpoints.MapGroup("/api/v1")
            .RequireAuthorization(ApiAuthentication.Policy)
            .AddEndpointFilter(ApiProblems.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapCompaniesApi();
        api.MapPermitsApi();
        api.MapContactsApi();
        api.MapStreamsApi();
        api.MapMatchesApi();
        api.MapMatchFeedbackApi();
        api.MapNotificationsApi();
        api.MapOffersApi();
        api.MapExchangesApi();
        api.MapDocumentsApi();
        api.MapIntroductionsApi();
        api.MapFieldApi();

        // Unknown API paths answer 404 problem details, not the UI's not-found page.
        endpoints.MapFallback("/api/{**path}", context =>
            ApiProblems.WriteAsync(context, StatusCodes.Status404NotFound, "Api.NotFound")).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static ProviderCultureResult? AcceptLanguage(HttpContext context)
    {
        if (!ApiAuthentication.IsApiPath(context.Request.Path))
        {
            return null;
        }

        var languages = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in languages)
        {
            var tag = language.Value.Value ?? string.Empty;
            var primary = tag.Split('-')[0];
            var culture = DependencyInjection.SupportedCultures.FirstOrDefault(c => c.StartsWith(primary + "-", StringComparison.OrdinalIgnoreCase));
            if (culture is not null)
            {
                return new ProviderCultureResult(culture);
            }
        }

        return null;
    }
}
