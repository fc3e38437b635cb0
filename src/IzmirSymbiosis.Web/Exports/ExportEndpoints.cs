using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Web.Components.Pages.Exchanges;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Exports;

/// <summary>
/// The browser's export downloads of lists (plain GETs under the cookie, so a link with
/// <c>download</c> needs no JavaScript): the same services, filters and access rule as the page,
/// headers and labels in the reader's language, through <see cref="IExportWriter"/>.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Path of the exchange list export; the format is the extension.</summary>
    public const string ExchangesPath = "/export/exchanges";

    /// <summary>The download link of the exchange list under <paramref name="filter"/>.</summary>
    public static string ExchangesUrl(ExchangeFilter filter, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string>();
        if (filter.Stage is { } stage)
        {
            query.Add($"stage={stage}");
        }

        if (filter.ZoneId is { } zone)
        {
            query.Add($"zone={zone.ToString(CultureInfo.InvariantCulture)}");
        }

        if (filter.Mine)
        {
            query.Add("mine=true");
        }

        if (filter.ReviewQueue)
        {
            query.Add("queue=true");
        }

        return $"{ExchangesPath}.{Extension(format)}" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    /// <summary>Path of the dashboard's table exports: <c>/export/dashboard/{table}.{format}</c>, table one of <see cref="DashboardTables.Names"/>.</summary>
    public const string DashboardPath = "/export/dashboard";

    /// <summary>The download link of the dashboard table <paramref name="table"/> under <paramref name="filter"/>.</summary>
    public static string DashboardUrl(string table, DashboardFilter filter, ExportFormat format) =>
        $"{DashboardPath}/{table}.{Extension(format)}{DashboardQuery.Of(filter)}";

    /// <summary>Maps the export downloads for signed-in users.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExchangesPath + ".{format}", async (string format, ExchangeStage? stage, int? zone, bool? mine, bool? queue,
                ExchangeService exchanges, IExportWriter writer, IStringLocalizer<SharedResource> l, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (FormatOf(format) is not { } kind)
                {
                    return Results.NotFound();
                }

                var filter = new ExchangeFilter(stage, zone, mine ?? false, queue ?? false);
                var rows = new List<IReadOnlyList<object?>>();
                for (var page = 0; rows.Count < ExportTable.MaxRows; page++)
                {
                    var found = await exchanges.ListAsync(new PageRequest(page, PageRequest.MaxPageSize), filter, cancellationToken);
                    rows.AddRange(found.Items.Select(e => (IReadOnlyList<object?>)
                    [
                        e.Title, l.Label(e.Stage), e.StageChangedAt, e.StageAgeDays,
                        e.DonorName ?? l["Company.Anonymous"].Value, e.ReceiverName ?? l["Company.Anonymous"].Value, e.UpdatedAt,
                    ]));
                    if (found.Items.Count < PageRequest.MaxPageSize || rows.Count >= found.TotalCount)
                    {
                        break;
                    }
                }

                var table = new ExportTable(
                    $"{l["Export.Exchanges.File"]}-{clock.TodayInTurkey():yyyy-MM-dd}",
                    [
                        l["ExchangePage.Exchange"], l["ExchangePage.Stage"], l["Export.StageSince"], l["Export.StageDays"],
                        l["ExchangePage.Donor"], l["ExchangePage.Receiver"], l["Export.UpdatedAt"],
                    ],
                    rows);
                var file = writer.Write(table, kind, CultureInfo.CurrentCulture);
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization()
            .ExcludeFromDescription();

        // The dashboard service is the access rule (experts and admins the region, staff their zones, anyone else refused: 403).
        endpoints.MapGet(DashboardPath + "/{table}.{format}", (string table, string format, [AsParameters] DashboardQuery query,
                DashboardService dashboard, ReadinessService readiness, IExportWriter writer, IStringLocalizer<SharedResource> l, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
            DashboardQuery.AnswerAsync(l, async () =>
            {
                if (FormatOf(format) is not { } kind || !(DashboardTables.Names.Contains(table) || table == DashboardTables.Readiness))
                {
                    return Results.NotFound();
                }

                ExportTable export;
                if (table == DashboardTables.Readiness)
                {
                    // As the page: the dashboard's reader rule first, then the distribution of the zone chosen within what the reader sees.
                    await dashboard.CheckReaderAsync(cancellationToken);
                    export = DashboardTables.OfReadiness(await readiness.DistributionAsync(new ReadinessScope(query.Zone), cancellationToken), l, clock.TodayInTurkey());
                }
                else
                {
                    export = DashboardTables.Of(table, await dashboard.GetAsync(query.Filter, cancellationToken), l, clock.TodayInTurkey())!;
                }

                var file = writer.Write(export, kind, CultureInfo.CurrentCulture);
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(file.Content, file.ContentType, file.FileName);
            }))
            .RequireAuthorization()
            .ExcludeFromDescription();
        endpoints.MapFirmListExports();
        return endpoints;
    }

    private static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    private static ExportFormat? FormatOf(string extension) => extension switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => null,
    };
}
