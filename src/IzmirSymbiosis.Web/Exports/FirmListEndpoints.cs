using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Imports;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Exports;

/// <summary>
/// Downloads of the firm and stream lists in the import layout, and of its empty templates:
/// <c>/export/firm-lists/{name}</c> with <c>firmalar-ve-akislar.xlsx</c> (both sheets),
/// <c>firmalar.csv</c> or <c>akislar.csv</c>; <c>?template=true</c> for the empty layout. The import
/// service is the access rule (staff, experts and admins; the rows they see), answered here in HTTP.
/// </summary>
public static class FirmListEndpoints
{
    /// <summary>Path of the downloads.</summary>
    public const string Path = "/export/firm-lists";

    /// <summary>File name of the workbook with both lists.</summary>
    public const string Workbook = "firmalar-ve-akislar.xlsx";

    /// <summary>File name of the firms CSV.</summary>
    public const string FirmsCsv = "firmalar.csv";

    /// <summary>File name of the streams CSV.</summary>
    public const string StreamsCsv = "akislar.csv";

    /// <summary>The link of a download.</summary>
    public static string Url(string name, bool template) => $"{Path}/{name}" + (template ? "?template=true" : string.Empty);

    /// <summary>Maps the downloads for signed-in users.</summary>
    public static IEndpointRouteBuilder MapFirmListExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path + "/{name}", async (string name, bool? template, ImportService imports, IStringLocalizer<SharedResource> l, HttpContext http, CancellationToken cancellationToken) =>
            {
                (ExportFormat Format, ImportSheetKind List)? what = name switch
                {
                    Workbook => (ExportFormat.Xlsx, ImportSheetKind.Firms),
                    FirmsCsv => (ExportFormat.Csv, ImportSheetKind.Firms),
                    StreamsCsv => (ExportFormat.Csv, ImportSheetKind.Streams),
                    _ => null,
                };
                if (what is not { } w)
                {
                    return Results.NotFound();
                }

                try
                {
                    var file = await imports.ExportAsync(w.Format, w.List, template ?? false, cancellationToken);
                    http.Response.Headers.CacheControl = "no-store";
                    return Results.File(file.Content, file.ContentType, file.FileName);
                }
                catch (ImportRefusedException e)
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: l[e.ReasonKey]);
                }
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
        return endpoints;
    }
}
