using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Application.Reports;
using IzmirSymbiosis.Web.Exports;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Reports;

/// <summary>The PDF downloads (plain GETs under the cookie): each composed from the services the pages use, under their access rules.</summary>
public static class ReportEndpoints
{
    /// <summary>The PDF sheet of an exchange.</summary>
    public static string ExchangeSheetUrl(Guid exchangeId) => $"/reports/exchanges/{exchangeId}.pdf";

    /// <summary>Path of the programme report (the dashboard's query: <c>?from=yyyy-MM-dd&amp;to=…&amp;zone=…&amp;division=…&amp;chapter=…&amp;stage=…</c>, each optional).</summary>
    public const string ProgrammePath = "/reports/programme.pdf";

    /// <summary>The programme report of the dashboard's selection <paramref name="filter"/> (its trend buckets are the report's own).</summary>
    public static string ProgrammeUrl(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ProgrammePath + DashboardQuery.Of(filter with { Granularity = DashboardGranularity.Month });
    }

    /// <summary>Maps the report downloads for signed-in users; an exchange the reader may not see answers 404.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/exchanges/{id:guid}.pdf", async (Guid id, ExchangeService exchanges, ImpactService impact, IPdfRenderer renderer,
                IStringLocalizer<SharedResource> l, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (await exchanges.GetAsync(id, cancellationToken) is not { } exchange)
                {
                    return Results.NotFound();
                }

                var figures = await impact.ForExchangeAsync(id, cancellationToken);
                var pdf = renderer.Render(ExchangeSheet.Compose(l, exchange, figures, clock.GetUtcNow()));
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(pdf, "application/pdf", $"{l["Report.Exchange.File"]}-{id.ToString()[..8]}.pdf");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();

        // The dashboard service is the access rule: experts and admins the region, staff their zones, anyone else 403.
        endpoints.MapGet(ProgrammePath, ([AsParameters] DashboardQuery query, DashboardService dashboard, IPdfRenderer renderer,
                IStringLocalizer<SharedResource> l, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
            DashboardQuery.AnswerAsync(l, async () =>
            {
                var data = await dashboard.ProgrammeAsync(query.Filter, cancellationToken);
                var pdf = renderer.Render(ProgrammeReport.Compose(l, data, clock.GetUtcNow()));
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(pdf, "application/pdf", $"{l["Report.Programme.File"]}-{clock.TodayInTurkey():yyyy-MM-dd}.pdf");
            }))
            .RequireAuthorization()
            .ExcludeFromDescription();
        return endpoints;
    }
}
