using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.PersonalData;
using IzmirSymbiosis.Application.Security;

namespace IzmirSymbiosis.Web.Security;

/// <summary>The KVKK export download (a plain GET, so the admin page needs no JavaScript for it).</summary>
public static class PersonalDataEndpoints
{
    /// <summary>Path of the export endpoint.</summary>
    public const string ExportPath = "/admin/personal-data/export";

    /// <summary>The export link for one e-mail address.</summary>
    public static string ExportUrl(string email) => $"{ExportPath}?email={Uri.EscapeDataString(email)}";

    /// <summary>
    /// GET /admin/personal-data/export?email=: everything held about the person as a JSON file
    /// (admins only; the service checks the role again and writes the audit row). Unknown
    /// addresses answer 404. The response is never cached.
    /// </summary>
    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (string? email, ExportPersonalDataCommand export, HttpContext http, CancellationToken cancellationToken) =>
        {
            try
            {
                var file = await export.ExecuteAsync(email ?? string.Empty, cancellationToken);
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(file.Content, PersonalDataFile.ContentType, file.FileName);
            }
            catch (NotFoundException)
            {
                return Results.NotFound();
            }
        })
        .RequireAuthorization(policy => policy.RequireRole(Roles.Admin))
        .ExcludeFromDescription();
        return endpoints;
    }
}
