using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>Editable fields of a company and the version they were read at.</summary>
/// <remarks>
/// Latitude and longitude set the location together (in İzmir); leaving both out keeps it, unless
/// the district changes, which clears it.
/// </remarks>
public sealed record CompanyUpdateRequest(
    uint Version, string LegalName, string NaceCode, string District, string? Address, int? ZoneId, SizeBand SizeBand,
    bool? AgreesToBeNamed = null, double? Latitude = null, double? Longitude = null);

/// <summary><c>/api/v1/companies</c>: the firms the user sees in full.</summary>
internal static class CompaniesApi
{
    public static void MapCompaniesApi(this RouteGroupBuilder api)
    {
        var companies = api.MapGroup("/companies").WithTags("Companies");
        companies.MapGet("/", ListAsync).WithName("ListCompanies")
            .WithSummary("Companies the user sees in full (own firm, zone firms for OIZ staff, all for experts and admins); sort by name, district, nace, zone or size.");
        companies.MapGet("/{id:guid}", GetAsync).WithName("GetCompany")
            .WithSummary("A company with its streams; 404 when it does not exist or the user may not read it.");
        companies.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateCompany")
            .WithSummary("Updates a company the user may edit; 409 when the version is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PagedResult<CompanyListItem>>> ListAsync([AsParameters] PageQuery query, CompanyService companies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await companies.ListAsync(query.ToRequest(), cancellationToken));

    private static async Task<Ok<CompanyDetail>> GetAsync(Guid id, CompanyService companies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await companies.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Company", id));

    private static async Task<Ok<VersionResponse>> UpdateAsync(Guid id, CompanyUpdateRequest body, CompanyService companies, CancellationToken cancellationToken)
    {
        var version = await companies.UpdateAsync(
            new CompanyUpdate(id, body.Version, body.LegalName, body.NaceCode, body.District, body.Address, body.ZoneId, body.SizeBand, body.AgreesToBeNamed, body.Latitude, body.Longitude),
            cancellationToken);
        return TypedResults.Ok(new VersionResponse(id, version));
    }
}
