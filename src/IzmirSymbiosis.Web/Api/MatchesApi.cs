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
public sealed record MatchFilterQuery(MatchKind? Kind, double? MinScore, string? EwcChapter);

/// <summary>
/// A stored match as the API shows it: like <see cref="MatchView"/>, but an anonymous firm has no
/// company id either (as in the offers list), so its offers cannot be linked together.
/// </summary>
public sealed record MatchResponse(
    Guid Id,
    MatchKind Kind,
    double Score,
    Guid OfferId,
    string OfferDescription,
    string? OfferEwcCode,
    Guid? OfferCompanyId,
    string? OfferCompanyName,
    string OfferDistrict,
    Guid? NeedId,
    string? NeedDescription,
    Guid? ReceiverCompanyId,
    string? ReceiverCompanyName,
    string ReceiverDistrict,
    string? LatentNaceCode,
    double? RoadKm,
    IReadOnlyList<ReasonView> Reasons,
    string EngineVersion,
    DateTimeOffset ComputedAt)
{
    /// <summary>From the application's view.</summary>
    public static MatchResponse From(MatchView m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(
            m.Id, m.Kind, m.Score, m.OfferId, m.OfferDescription, m.OfferEwcCode,
            m.OfferCompanyName is null ? null : m.OfferCompanyId, m.OfferCompanyName, m.OfferDistrict, m.NeedId, m.NeedDescription,
            m.ReceiverCompanyName is null ? null : m.ReceiverCompanyId, m.ReceiverCompanyName, m.ReceiverDistrict, m.LatentNaceCode, m.RoadKm,
            m.Reasons, m.EngineVersion, m.ComputedAt);
    }
}

/// <summary><c>/api/v1/matches</c>: stored matches; a firm the user may not read appears without its name.</summary>
internal static class MatchesApi
{
    public static void MapMatchesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/companies/{companyId:guid}/matches", ForCompanyAsync).WithTags("Matches").WithName("ListCompanyMatches")
            .WithSummary("A company's matches as giver or receiver, best first; 404 when the user may not read the company.");

        var matches = api.MapGroup("/matches").WithTags("Matches");
        matches.MapGet("/", ListAsync).WithName("ListMatches")
            .WithSummary("Matches the user takes part in or oversees; sort by score or computed.");
        matches.MapGet("/{id:guid}", GetAsync).WithName("GetMatch")
            .WithSummary("One match; 404 when the user may read neither firm.");
    }

    private static async Task<Ok<List<MatchResponse>>> ForCompanyAsync(
        Guid companyId, CompanyService companies, MatchQueryService matches, CancellationToken cancellationToken)
    {
        // An empty list would not tell "no matches" from "not yours": ask the access rule first.
        _ = await companies.GetAsync(companyId, cancellationToken) ?? throw new NotFoundException("Company", companyId);
        return TypedResults.Ok((await matches.ForCompanyAsync(companyId, cancellationToken)).Select(MatchResponse.From).ToList());
    }

    private static async Task<Ok<PagedResult<MatchResponse>>> ListAsync(
        [AsParameters] PageQuery query, [AsParameters] MatchFilterQuery filter, MatchQueryService matches, CancellationToken cancellationToken)
    {
        var page = await matches.ListAsync(query.ToRequest(), new MatchFilter(filter.Kind, filter.MinScore ?? 0, filter.EwcChapter), cancellationToken);
        return TypedResults.Ok(new PagedResult<MatchResponse>([.. page.Items.Select(MatchResponse.From)], page.TotalCount));
    }

    private static async Task<Ok<MatchResponse>> GetAsync(Guid id, MatchQueryService lookup, CancellationToken cancellationToken) =>
        TypedResults.Ok(MatchResponse.From(await lookup.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Match", id)));
}
