using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>Filters of the offer and needs markets (query string).</summary>
/// <param name="EwcChapter">Two-digit EWC chapter (e.g. 10).</param>
/// <param name="District">The firm's district.</param>
/// <param name="ZoneId">The firm's zone (OSB), among the firms the user reads in full.</param>
/// <param name="Band">Rough quantity band: 0 under 10 base units a year, 1 for 10–100 … 5 for 100,000 and more.</param>
/// <param name="Hazardous">Only hazardous (true) or only non-hazardous (false) wastes.</param>
/// <param name="Kind">Resource kind.</param>
public sealed record MarketFilterQuery(string? EwcChapter, string? District, int? ZoneId, int? Band, bool? Hazardous, ResourceKind? Kind)
{
    /// <summary>The application's filter.</summary>
    public MarketFilter ToFilter() => new(EwcChapter, District, ZoneId, Band, Hazardous, Kind);
}

/// <summary><c>/api/v1/offers</c> and <c>/api/v1/needs</c>: the markets, other firms anonymised.</summary>
internal static class OffersApi
{
    public static void MapOffersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/offers", ListOffersAsync).WithTags("Offers").WithName("ListOffers")
            .WithSummary("Active offers, newest first: material, rough quantity band and district; the firm only when the user may read it. Never exact quantities, prices or contacts. Sort by newest, material, ewc, district or quantity (band).");
        api.MapGet("/needs", ListNeedsAsync).WithTags("Offers").WithName("ListNeeds")
            .WithSummary("Active needs (what firms are looking for), anonymised as the offers are: material, rough quantity band and district; the firm only when the user may read it.");
    }

    private static async Task<Ok<PagedResult<OfferListItem>>> ListOffersAsync([AsParameters] PageQuery query, [AsParameters] MarketFilterQuery filter, OfferBrowseService market, CancellationToken cancellationToken) =>
        TypedResults.Ok(await market.ListAsync(StreamDirection.Offer, query.ToRequest(), filter.ToFilter(), cancellationToken));

    private static async Task<Ok<PagedResult<OfferListItem>>> ListNeedsAsync([AsParameters] PageQuery query, [AsParameters] MarketFilterQuery filter, OfferBrowseService market, CancellationToken cancellationToken) =>
        TypedResults.Ok(await market.ListAsync(StreamDirection.Need, query.ToRequest(), filter.ToFilter(), cancellationToken));
}
