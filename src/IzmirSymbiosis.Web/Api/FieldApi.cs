using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Field;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>What the site visit list is filtered by (query string).</summary>
/// <param name="ZoneId">Only firms of this zone.</param>
/// <param name="CompanyId">Only this firm.</param>
/// <param name="From">Visits on or after this day.</param>
/// <param name="To">Visits on or before this day.</param>
public sealed record FieldVisitFilterQuery(int? ZoneId, Guid? CompanyId, DateOnly? From, DateOnly? To);

/// <summary>What the workshop list is filtered by (query string).</summary>
/// <param name="ZoneId">Only workshops of this zone.</param>
/// <param name="From">Workshops on or after this day.</param>
/// <param name="To">Workshops on or before this day.</param>
public sealed record WorkshopFilterQuery(int? ZoneId, DateOnly? From, DateOnly? To);

/// <summary>
/// <c>/api/v1/field</c>: the field team's site visits and workshops, read-only, under the one rule of
/// field records (experts and admins all, OIZ staff their zones', anyone else an empty list or 404).
/// </summary>
internal static class FieldApi
{
    public static void MapFieldApi(this RouteGroupBuilder api)
    {
        var field = api.MapGroup("/field").WithTags("Field");
        field.MapGet("/visits", ListVisitsAsync).WithName("ListFieldVisits")
            .WithSummary("Site visits the user may see (OIZ staff: their zones' firms), newest first; filter by zone, firm and dates.")
            .ProducesValidationProblem();
        field.MapGet("/visits/{id:guid}", GetVisitAsync).WithName("GetFieldVisit")
            .WithSummary("A site visit with its participants, follow-ups and the streams found; 404 when the user may not see it.");
        field.MapGet("/workshops", ListWorkshopsAsync).WithName("ListWorkshops")
            .WithSummary("Workshops the user may see (OIZ staff: their zones'), newest first; filter by zone and dates.")
            .ProducesValidationProblem();
        field.MapGet("/workshops/{id:guid}", GetWorkshopAsync).WithName("GetWorkshop")
            .WithSummary("A workshop with its participant counts and synergy topics (and the exchanges made from them); 404 when the user may not see it.");
    }

    private static async Task<Ok<PagedResult<FieldVisitSummary>>> ListVisitsAsync(
        [AsParameters] PageQuery query, [AsParameters] FieldVisitFilterQuery filter, FieldVisitService visits, CancellationToken cancellationToken) =>
        TypedResults.Ok(await visits.ListAsync(new FieldVisitFilter(filter.ZoneId, filter.CompanyId, filter.From, filter.To), query.ToRequest(), cancellationToken));

    private static async Task<Ok<FieldVisitDetail>> GetVisitAsync(Guid id, FieldVisitService visits, CancellationToken cancellationToken) =>
        TypedResults.Ok(await visits.GetAsync(id, cancellationToken) ?? throw new NotFoundException("FieldVisit", id));

    private static async Task<Ok<PagedResult<WorkshopSummary>>> ListWorkshopsAsync(
        [AsParameters] PageQuery query, [AsParameters] WorkshopFilterQuery filter, WorkshopService workshops, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workshops.ListAsync(new WorkshopFilter(filter.ZoneId, filter.From, filter.To), query.ToRequest(), cancellationToken));

    private static async Task<Ok<WorkshopDetail>> GetWorkshopAsync(Guid id, WorkshopService workshops, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workshops.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Workshop", id));
}
