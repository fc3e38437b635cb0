using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Offers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary><c>/api/v1/offers</c>: the marketplace, other firms anonymised.</summary>
internal static class OffersApi
{
    public static void MapOffersApi(this RouteGroupBuilder api) =>
        api.MapGet("/offers", ListAsync).WithTags("Offers").WithName("ListOffers")
            .WithSummary("Active offers, newest first: material, rough quantity band and district; the firm only when the user may read it. Never exact quantities, prices or contacts.");

    private static async Task<Ok<PagedResult<OfferListItem>>> ListAsync([AsParameters] PageQuery query, OfferBrowseService offers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await offers.ListAsync(query.ToRequest(), cancellationToken));
}
