using System.Globalization;
using IzmirSymbiosis.Infrastructure.Documents;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.Matching;
using IzmirSymbiosis.Web.Api;
using IzmirSymbiosis.Web.Components;
using IzmirSymbiosis.Web.Exports;
using IzmirSymbiosis.Web.Reports;
using IzmirSymbiosis.Web.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Serilog;

namespace IzmirSymbiosis.Web;

/// <summary>Composition of the web layer: logging, UI, localisation, health.</summary>
public static partial class DependencyInjection
{
    /// <summary>Cultures the UI speaks; the first is the default.</summary>
    public static readonly string[] SupportedCultures = ["tr-TR", "en-US"];

    /// <summary>Serilog to the console and a daily rolling file, configured from <c>Serilog</c> and <c>LogFile</c>.</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        var file = builder.Configuration.GetSection("LogFile");
        builder.Services.AddSerilog((services, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                file["Path"] ?? "logs/izmirsym-.log",
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: file.GetValue("RetainedFileCountLimit", 14),
                formatProvider: CultureInfo.InvariantCulture));
        return builder;
    }

    /// <summary>The settings section bound to Blazor's circuit options.</summary>
    public const string CircuitsSection = "Circuits";

    /// <summary>Razor components, MudBlazor, localisation, options and health checks.</summary>
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Registered first so the database is migrated before other hosted services (Data
        // Protection's key-ring loader) read it.
        services.AddHostedService<DatabaseStartup>();
        services.AddWebSecurity(configuration, environment);
        services.AddErrorResponses();
        services.AddTrustedProxies(configuration);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .Validate(o => !(o.SeedDemo && environment.IsProduction()), DatabaseOptions.DemoRefusedInProduction)
            .ValidateOnStart();
        // MatchingOptions and PersonalAccessTokenOptions: AddInfrastructure's shared options (the CLI reads them too).
        // Documents are served only through the access rule: their folder must never be one the static files serve.
        var webRoot = (environment as IWebHostEnvironment)?.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot");
        services.AddOptions<DocumentStorageOptions>()
            .Validate(o => !DocumentStorageOptions.IsInside(o.ResolveFolder(environment.ContentRootPath), webRoot), DocumentStorageOptions.InsideWebRootRefused)
            .ValidateOnStart();
        services.AddOptions<Application.Notifications.NotificationOptions>().BindConfiguration(Application.Notifications.NotificationOptions.SectionName);
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName)
            .Validate(o => o.IsValid(), MapOptions.InvalidTileUrl).ValidateOnStart();
        services.AddScoped<Components.Layout.UnreadCountSignal>();
        // Circuit limits set on purpose and measured with scripts/load.sh (README, "Load and circuits"):
        // the section Circuits binds ASP.NET Core's CircuitOptions.
        services.AddRazorComponents().AddInteractiveServerComponents(o => configuration.GetSection(CircuitsSection).Bind(o));
        services.AddMudServices();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(SupportedCultures[0]).AddSupportedCultures(SupportedCultures).AddSupportedUICultures(SupportedCultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]).AddOperationalChecks(configuration);
        services.AddApi();
        return services;
    }

    /// <summary>The request pipeline and endpoints.</summary>
    public static WebApplication UseWeb(this WebApplication app)
    {
        // The operators' metrics port branches off before anything else (DependencyInjection.Observability.cs).
        app.UseMetricsPort();
        app.UseCorrelationId();

        // Next, so that everything after it sees the client's scheme and address (configured proxies only).
        app.UseForwardedHeaders();

        // Never the developer exception page: users get the friendly Turkish error page, logs get the details.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = ErrorResponses.StatusCodeOf,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging(o =>
        {
            // The correlation id (also in the X-Correlation-Id response header) on the line itself, in every sink.
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms [{CorrelationId}]";
            o.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set(CorrelationProperty, http.CorrelationId());
        });
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePendingMembershipGate();
        app.UseAntiforgery();
        app.MapStaticAssets();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext http) =>
        {
            var chosen = SupportedCultures.FirstOrDefault(c => c.StartsWith(culture, StringComparison.OrdinalIgnoreCase)) ?? SupportedCultures[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
            return Results.LocalRedirect(LocalUrl.Safe(redirectUri));
        });

        app.MapAccountEndpoints();
        app.MapPersonalDataEndpoints();
        app.MapApi();
        app.MapDocumentDownloads();
        app.MapExports();
        app.MapReports();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
