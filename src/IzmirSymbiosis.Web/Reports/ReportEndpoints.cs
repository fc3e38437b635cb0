using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Application.Reports;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Reports;

/// <summary>The PDF downloads (plain GETs under the cookie): each composed from the services the pages use, under their access rules.</summary>
public static class ReportEndpoints
{
    /// <summary>The PDF sheet of an exchange.</summary>
    public static string ExchangeSheetUrl(Guid exchangeId) => $"/reports/exchanges/{exchangeId}.pdf";

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
        return endpoints;
    }
}
