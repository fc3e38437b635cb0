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
/// <param name="MaxScore">Highest score, 0–100.</param>
/// <param name="GiverDivision">Two-digit NACE division of the giving firm (firms the user reads in full).</param>
/// <param name="ReceiverDivision">Two-digit NACE division of the receiving firm, or of a latent receiver's class.</param>
/// <param name="ZoneId">An OIZ one of the two firms belongs to (firms the user reads in full).</param>
/// <param name="Hazardous">Only hazardous offers (true) or only non-hazardous ones (false).</param>
/// <param name="Feedback">Answers on the pair: Unanswered, Interested, NotInterested.</param>
/// <param name="MaxDistanceKm">Farthest road distance, km (&gt; 0): the exact km, or an anonymised match's whole band; matches without a known distance are left out.</param>
public sealed record MatchFilterQuery(
    MatchKind? Kind, double? MinScore, string? EwcChapter, bool? IncludeHidden = null, double? MaxScore = null,
    string? GiverDivision = null, string? ReceiverDivision = null, int? ZoneId = null, bool? Hazardous = null, FeedbackState? Feedback = null,
    double? MaxDistanceKm = null)
{
    /// <summary>The service's filter.</summary>
    public MatchFilter ToFilter() => new(Kind, MinScore ?? 0, EwcChapter, IncludeHidden ?? false)
    {
        MaxScore = MaxScore ?? 100,
        GiverDivision = GiverDivision,
        ReceiverDivision = ReceiverDivision,
        ZoneId = ZoneId,
        Hazardous = Hazardous,
        Feedback = Feedback,
        MaxDistanceKm = MaxDistanceKm,
    };
}

/// <summary>A page of a company's matches (query string), best first.</summary>
/// <param name="Page">Zero-based page.</param>
/// <param name="PageSize">Rows per page (1–200, default 25).</param>
/// <param name="IncludeHidden">Also the pairs the user marked not interested (left out otherwise).</param>
public sealed record CompanyMatchesQuery(int? Page, int? PageSize, bool? IncludeHidden)
{
    /// <summary>The application's page request (best first: no sort or search).</summary>
    public PageRequest ToRequest() => new(Page ?? 0, PageSize ?? 25);
}

/// <summary>
/// <c>/api/v1/matches</c>: stored matches as <see cref="MatchView"/>; a firm the user may not read
/// appears without its id and name, with the anonymised score, distance band and reasons.
/// </summary>
internal static class MatchesApi
{
    public static void MapMatchesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/companies/{companyId:guid}/matches", ForCompanyAsync).WithTags("Matches").WithName("ListCompanyMatches")
            .WithSummary("One page of a company's matches as giver or receiver, best first; 404 when the user may not read the company.")
            .WithDescription("Stored matches: a stream or company saved a moment ago may not be reflected yet (matches update asynchronously).");

        var matches = api.MapGroup("/matches").WithTags("Matches");
        matches.MapGet("/", ListAsync).WithName("ListMatches")
            .WithSummary("Matches the user takes part in or oversees; sort by score, computed, offer, need, giverDistrict, receiverDistrict or distance (unknown distances last).");
        matches.MapGet("/{id:guid}", GetAsync).WithName("GetMatch")
            .WithSummary("One match; 404 when the user may read neither firm.");
    }

    // Null from the service (not found, or not the user's to read) is one 404, as for the company itself.
    private static async Task<Ok<PagedResult<MatchView>>> ForCompanyAsync(
        Guid companyId, [AsParameters] CompanyMatchesQuery query, MatchQueryService matches, CancellationToken cancellationToken) =>
        TypedResults.Ok(await matches.ForCompanyAsync(companyId, query.IncludeHidden ?? false, query.ToRequest(), cancellationToken)
            ?? throw new NotFoundException("Company", companyId));

    private static async Task<Ok<PagedResult<MatchView>>> ListAsync(
        [AsParameters] PageQuery query, [AsParameters] MatchFilterQuery filter, MatchQueryService matches, CancellationToken cancellationToken) =>
        TypedResults.Ok(await matches.ListAsync(query.ToRequest(), filter.ToFilter(), cancellationToken));

    private static async Task<Ok<MatchView>> GetAsync(Guid id, MatchQueryService lookup, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lookup.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Match", id));
}
