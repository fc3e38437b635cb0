using System.Net;
using IzmirSymbiosis.Application.Exports;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// "CSV" and "Excel" download links of a list: plain links to an export endpoint, so the browser saves
/// the file and no JavaScript is needed. One piece of markup (MudButton's classes and labels), not a
/// component: a dashboard shows eight of these, and each component stays in every open circuit.
/// </summary>
public static class ExportLinks
{
    /// <summary>The links of a list whose download address in a format is <paramref name="url"/>.</summary>
    public static MarkupString For(IStringLocalizer localizer, Func<ExportFormat, string> url)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(url);
        var link = Plain.ButtonClass(Variant.Text, Color.Default);
        return SharedMarkup.Of(
            "<div class=\"d-flex flex-row align-center gap-1\" data-testid=\"export-links\">" +
            $"<span class=\"mud-typography mud-typography-caption mud-text-secondary\">{WebUtility.HtmlEncode(localizer["Export.Label"].Value)}</span>" +
            $"<a class=\"{link}\" href=\"{WebUtility.HtmlEncode(url(ExportFormat.Csv))}\" download=\"\" data-testid=\"export-csv\">{Plain.ButtonLabel(Icons.Material.Filled.Download, "CSV").Value}</a>" +
            $"<a class=\"{link}\" href=\"{WebUtility.HtmlEncode(url(ExportFormat.Xlsx))}\" download=\"\" data-testid=\"export-xlsx\">{Plain.ButtonLabel(Icons.Material.Filled.TableChart, "Excel").Value}</a>" +
            "</div>");
    }
}
