using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Domain.Matches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>Filters of the match list (query string).</summary>
/// <param name="Kind">Registered (offer × need) or latent receiver.</param>
/// <param name="MinScore">Lowest score, 0–100.</param>
/// <param name="EwcChapter">Two-digit EWC chapter of the offer.</param>
/// <param name="IncludeHidden">Also the pairs the user marked not interested (left out otherwise).</param>
public sealed record MatchFilterQuery(MatchKind? Kind, double? MinScore, string? EwcChapter, bool? IncludeHidden = null);

/// <summary>
/// <c>/api/v1/matches</c>: stored matches as <see cref="MatchView"/>; a firm the user may not read
/// appears without its id and name, with the anonymised score, distance band and reasons.
/// </summary>
internal static class MatchesApi
{
    public static void MapMatchesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/companies/{companyId:guid}/matches", ForCompanyAsync).WithTags("Matches").WithName("ListCompanyMatches")
            .WithSummary("A company's matches as giver or receiver, best first; 404 when the user may not read the company.")
            .WithDescription("Stored matches: a stream or company saved a moment ago may not be reflected yet (matches update asynchronously).");

        var matches = api.MapGroup("/matches").WithTags("Matches");
        matches.MapGet("/", ListAsync).WithName("ListMatches")
            .WithSummary("Matches the user takes part in or oversees; sort by score or computed.");
        matches.MapGet("/{id:guid}", GetAsync).WithName("GetMatch")
            .WithSummary("One match; 404 when the user may read neither firm.");
    }

    private static async Task<Ok<IReadOnlyList<MatchView>>> ForCompanyAsync(
        Guid companyId, bool? includeHidden, CompanyService companies, MatchQueryService matches, CancellationToken cancellationToken)
    {
        // An empty list would not tell "no matches" from "not yours": ask the access rule first.
        _ = await companies.GetAsync(companyId, cancellationToken) ?? throw new NotFoundException("Company", companyId);
        return TypedResults.Ok(await matches.ForCompanyAsync(companyId, includeHidden ?? false, cancellationToken));
    }

    private static async Task<Ok<PagedResult<MatchView>>> ListAsync(
        [AsParameters] PageQuery query, [AsParameters] MatchFilterQuery filter, MatchQueryService matches, CancellationToken cancellationToken) =>
        TypedResults.Ok(await matches.ListAsync(query.ToRequest(), new MatchFilter(filter.Kind, filter.MinScore ?? 0, filter.EwcChapter, filter.IncludeHidden ?? false), cancellationToken));

    private static async Task<Ok<MatchView>> GetAsync(Guid id, MatchQueryService lookup, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lookup.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Match", id));
}
