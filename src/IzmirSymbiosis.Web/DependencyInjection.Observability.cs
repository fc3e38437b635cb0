using System.Diagnostics;
using IzmirSymbiosis.Infrastructure.Jobs;
using IzmirSymbiosis.Infrastructure.LiveUpdates;
using IzmirSymbiosis.Web.Observability;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog.Context;

namespace IzmirSymbiosis.Web;

// Observability, part of the composition root: OpenTelemetry metrics and traces, the operators'
// Prometheus endpoint on a port of its own, correlation ids in the request log, and the readiness
// checks of the job store and Redis.
public static partial class DependencyInjection
{
    /// <summary>The response header that carries a request's correlation id.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>The log property (and request-log field) of the correlation id.</summary>
    public const string CorrelationProperty = "CorrelationId";

    /// <summary>The meters exported besides ASP.NET Core's own (requests, Kestrel, routing, rate limits).</summary>
    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "System.Runtime",
        "Npgsql",
        JobTelemetry.MeterName,
    ];

    /// <summary>
    /// Metrics (requests, Blazor circuits and navigation, runtime, Npgsql, jobs) and traces
    /// (requests, Npgsql commands, job runs). Nothing leaves the process unless
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (then OTLP, configured by the standard
    /// <c>OTEL_*</c> variables) or <c>Observability:MetricsPort</c> is (then the Prometheus
    /// endpoint on that port).
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ObservabilityOptions.SectionName).Get<ObservabilityOptions>() ?? new();
        var publicPorts = PublicUrls(builder.Configuration).Select(PortOf).ToHashSet();
        builder.Services.AddOptions<ObservabilityOptions>().BindConfiguration(ObservabilityOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.MetricsPort is not int p || !publicPorts.Contains(p), ObservabilityOptions.PublicPortRefused)
            .ValidateOnStart();
        var metricsPort = options.MetricsPort is int port && !publicPorts.Contains(port) ? port : (int?)null;
        if (metricsPort is not null)
        {
            // The app listens where it was told to (--urls, ASPNETCORE_URLS, HTTP_PORTS) and on the metrics port.
            builder.WebHost.UseUrls([.. PublicUrls(builder.Configuration), $"http://{options.MetricsHost}:{metricsPort}"]);
        }

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("IzmirSymbiosis"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddMeter(Meters);
                if (metricsPort is not null)
                {
                    m.AddPrometheusExporter();
                }

                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = http => http.Connection.LocalPort != metricsPort)
                    .AddSource("Npgsql", JobTelemetry.ActivitySourceName);
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>
    /// Readiness beyond the database: the job store with a live job server, the live-updates
    /// listener (degraded while it reconnects), and Redis when
    /// <c>Redis:Configuration</c> is set (degraded, not unhealthy, when it is down: pages keep working).
    /// </summary>
    public static IHealthChecksBuilder AddOperationalChecks(this IHealthChecksBuilder health, IConfiguration configuration)
    {
        health.AddCheck<JobQueueHealthCheck>("jobs", tags: ["ready"]);
        health.AddCheck<LiveUpdatesHealthCheck>("live-updates", HealthStatus.Degraded, ["ready"]);
        var redis = configuration["Redis:Configuration"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            health.Services.AddSingleton(new RedisHealthCheck(redis));
            health.Add(new HealthCheckRegistration("redis", sp => sp.GetRequiredService<RedisHealthCheck>(), HealthStatus.Degraded, ["ready"], TimeSpan.FromSeconds(3)));
        }

        return health;
    }

    /// <summary>
    /// The metrics port serves <c>/metrics</c> and answers 404 to everything else; the public
    /// ports never serve metrics (their <c>/metrics</c> is the app's 404 page). The port is told
    /// by the connection's local port, which a client cannot forge as it can the Host header.
    /// First in the pipeline, so scrapes are neither logged nor counted as user requests.
    /// </summary>
    public static WebApplication UseMetricsPort(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value.MetricsPort is not int port)
        {
            return app;
        }

        app.MapWhen(http => http.Connection.LocalPort == port, metrics =>
        {
            metrics.UseOpenTelemetryPrometheusScrapingEndpoint();
            metrics.Run(http =>
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }

    /// <summary>
    /// Gives each request a correlation id: the caller's <c>X-Correlation-Id</c> when it is a
    /// plain token (letters, digits, <c>.-_</c>, at most 64; a proxy may set one), else the W3C
    /// trace id of the request's trace. It is returned in the same header and carried by every
    /// log event of the request (<c>CorrelationId</c>), the request log line included.
    /// </summary>
    public static WebApplication UseCorrelationId(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var id = CorrelationIdOf(http);
            http.Items[CorrelationProperty] = id;
            // On starting, so that the error pages' re-execution (which clears headers) keeps it.
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[CorrelationHeader] = id;
                return Task.CompletedTask;
            });
            using (LogContext.PushProperty(CorrelationProperty, id))
            {
                await next(http);
            }
        });
        return app;
    }

    /// <summary>The request's correlation id as <see cref="UseCorrelationId"/> chose it.</summary>
    public static string? CorrelationId(this HttpContext http) => http.Items[CorrelationProperty] as string;

    private static string CorrelationIdOf(HttpContext http)
    {
        var given = http.Request.Headers[CorrelationHeader].ToString();
        if (given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return given;
        }

        return Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
    }

    /// <summary>The URLs Kestrel would listen on without the metrics port (ASP.NET Core's own order of settings).</summary>
    private static string[] PublicUrls(IConfiguration configuration)
    {
        var urls = Split(configuration["urls"]);
        if (urls.Length > 0)
        {
            return urls;
        }

        string[] ports = [.. Split(configuration["http_ports"]).Select(p => $"http://*:{p}"), .. Split(configuration["https_ports"]).Select(p => $"https://*:{p}")];
        return ports.Length > 0 ? ports : ["http://localhost:5000"];
    }

    private static string[] Split(string? value) => (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int PortOf(string url)
    {
        var normalized = url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) ? uri.Port : -1;
    }
}
