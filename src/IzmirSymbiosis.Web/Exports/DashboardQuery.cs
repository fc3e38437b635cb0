using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Web.Components;
using Microsoft.Extensions.Localization;

namespace IzmirSymbiosis.Web.Exports;

/// <summary>
/// The dashboard's filter as the query string of its downloads (table exports, programme report):
/// one spelling for the page's links and the endpoints that read them (<c>[AsParameters]</c>).
/// </summary>
/// <param name="From">First day (yyyy-MM-dd).</param>
/// <param name="To">Last day.</param>
/// <param name="Granularity">Trend buckets.</param>
/// <param name="Zone">Zone id.</param>
/// <param name="Division">Donor NACE division.</param>
/// <param name="Chapter">EWC chapter.</param>
/// <param name="Stage">Current stage.</param>
public sealed record DashboardQuery(
    DateOnly? From, DateOnly? To, DashboardGranularity? Granularity, int? Zone, string? Division, string? Chapter, ExchangeStage? Stage)
{
    /// <summary>The filter the dashboard service reads.</summary>
    public DashboardFilter Filter => new(From, To, Granularity ?? DashboardGranularity.Month, Zone, Division, Chapter, Stage);

    /// <summary>The query string (with its <c>?</c>, or empty) of <paramref name="filter"/>.</summary>
    public static string Of(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string>();
        if (filter.From is { } from)
        {
            query.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.To is { } to)
        {
            query.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.Granularity != DashboardGranularity.Month)
        {
            query.Add($"granularity={filter.Granularity}");
        }

        if (filter.ZoneId is { } zone)
        {
            query.Add("zone=" + zone.ToString(CultureInfo.InvariantCulture));
        }

        if (filter.NaceDivision is { } division)
        {
            query.Add("division=" + Uri.EscapeDataString(division));
        }

        if (filter.EwcChapter is { } chapter)
        {
            query.Add("chapter=" + Uri.EscapeDataString(chapter));
        }

        if (filter.Stage is { } stage)
        {
            query.Add($"stage={stage}");
        }

        return query.Count == 0 ? string.Empty : "?" + string.Join('&', query);
    }

    /// <summary>
    /// <paramref name="respond"/>'s answer, or the dashboard service's refusal as 403 and an invalid
    /// filter as 400, each with the translated reason: the service holds the access rule, the
    /// downloads only answer it in HTTP.
    /// </summary>
    public static async Task<IResult> AnswerAsync(IStringLocalizer l, Func<Task<IResult>> respond)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(respond);
        try
        {
            return await respond();
        }
        catch (DashboardRefusedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: l[e.ReasonKey]);
        }
        catch (ValidationFailedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: string.Join(" ", e.Errors.Select(l.Translate)));
        }
    }
}
