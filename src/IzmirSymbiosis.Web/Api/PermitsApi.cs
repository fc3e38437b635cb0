using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>A hazardous-waste permit as a firm declares it.</summary>
public record PermitRequest
{
    /// <summary>Issuing authority, e.g. "İzmir Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü".</summary>
    public string Authority { get; init; } = string.Empty;

    /// <summary>Permit (licence) number.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>Last day the permit is valid.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Covered hazardous EWC codes (<c>13 02 05*</c>), sub-chapters (<c>13 02</c>) or chapters (<c>13</c>).</summary>
    public IReadOnlyList<string> WasteCodes { get; init; } = [];

    /// <summary>Covered recovery and disposal operations (<c>R1</c>…<c>R13</c>, <c>D1</c>…<c>D15</c>).</summary>
    public IReadOnlyList<string> Operations { get; init; } = [];

    /// <summary>The application's input.</summary>
    public PermitInput ToInput() => new(Authority, Number, ValidUntil, WasteCodes ?? [], Operations ?? []);
}

/// <summary>A permit edit and the company version it was read at.</summary>
public sealed record PermitUpdateRequest : PermitRequest
{
    /// <summary>The company version the edit started from.</summary>
    public uint Version { get; init; }
}

/// <summary>A permit added: its id and the company's new version.</summary>
public sealed record PermitCreatedResponse(Guid Id, Guid CompanyId, uint Version);

/// <summary><c>/api/v1/companies/{companyId}/permits</c>: a firm's hazardous-waste permits.</summary>
internal static class PermitsApi
{
    public static void MapPermitsApi(this RouteGroupBuilder api)
    {
        var permits = api.MapGroup("/companies/{companyId:guid}/permits").WithTags("Permits");
        permits.MapGet("/", ListAsync).WithName("ListPermits")
            .WithSummary("A company's hazardous-waste permits and the company version to edit from; 404 when the user may not read the company in full.");
        permits.MapPost("/", AddAsync).WithName("AddPermit")
            .WithSummary("Adds a permit to a company the user may edit.")
            .ProducesValidationProblem();
        permits.MapPut("/{permitId:guid}", UpdateAsync).WithName("UpdatePermit")
            .WithSummary("Changes a permit; 409 when the company version is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        permits.MapDelete("/{permitId:guid}", RemoveAsync).WithName("RemovePermit")
            .WithSummary("Removes a permit, given the company version the user saw; 409 when it is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<CompanyPermits>> ListAsync(Guid companyId, PermitService permits, CancellationToken cancellationToken) =>
        TypedResults.Ok(await permits.ListAsync(companyId, cancellationToken) ?? throw new NotFoundException("Company", companyId));

    private static async Task<Created<PermitCreatedResponse>> AddAsync(Guid companyId, PermitRequest body, PermitService permits, CancellationToken cancellationToken)
    {
        var (id, version) = await permits.AddAsync(companyId, body.ToInput(), cancellationToken);
        return TypedResults.Created($"/api/v1/companies/{companyId}/permits", new PermitCreatedResponse(id, companyId, version));
    }

    private static async Task<Ok<VersionResponse>> UpdateAsync(Guid companyId, Guid permitId, PermitUpdateRequest body, PermitService permits, CancellationToken cancellationToken) =>
        TypedResults.Ok(new VersionResponse(companyId, await permits.UpdateAsync(companyId, permitId, body.Version, body.ToInput(), cancellationToken)));

    private static async Task<Ok<VersionResponse>> RemoveAsync(Guid companyId, Guid permitId, uint version, PermitService permits, CancellationToken cancellationToken) =>
        TypedResults.Ok(new VersionResponse(companyId, await permits.RemoveAsync(companyId, permitId, version, cancellationToken)));
}
