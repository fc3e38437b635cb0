using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>A contact person as a firm records them.</summary>
public sealed record ContactRequest
{
    /// <summary>Full name.</summary>
    public string FullName { get; init; } = string.Empty;

    /// <summary>Job title, e.g. "Çevre Müdürü".</summary>
    public string? Title { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The person was given the KVKK information notice and agreed; required for every contact.</summary>
    public bool Consent { get; init; }
}

/// <summary>A company's whole contact list and the company version it was read at.</summary>
public sealed record ContactsUpdateRequest
{
    /// <summary>The company version the edit started from.</summary>
    public uint Version { get; init; }

    /// <summary>Every contact the company keeps after the edit (at most 10).</summary>
    public IReadOnlyList<ContactRequest> Contacts { get; init; } = [];

    /// <summary>The application's input.</summary>
    public IReadOnlyList<ContactInput> ToInput() =>
        [.. (Contacts ?? []).Select(c => new ContactInput(c.FullName, c.Title, c.Email, c.Phone, c.Consent))];
}

/// <summary><c>/api/v1/companies/{companyId}/contacts</c>: a firm's contact persons (personal data under KVKK).</summary>
internal static class ContactsApi
{
    public static void MapContactsApi(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/companies/{companyId:guid}/contacts").WithTags("Contacts");
        contacts.MapGet("/", ListAsync).WithName("ListContacts")
            .WithSummary("A company's contact persons with their consent dates and the company version to edit from; 404 when the user may not read the company in full.");
        contacts.MapPut("/", ReplaceAsync).WithName("ReplaceContacts")
            .WithSummary("Replaces the contact list of a company the user may edit; every contact needs consent; 409 when the version is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<CompanyContacts>> ListAsync(Guid companyId, ContactService contacts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.ListAsync(companyId, cancellationToken) ?? throw new NotFoundException("Company", companyId));

    private static async Task<Ok<VersionResponse>> ReplaceAsync(Guid companyId, ContactsUpdateRequest body, ContactService contacts, CancellationToken cancellationToken) =>
        TypedResults.Ok(new VersionResponse(companyId, await contacts.ReplaceAsync(companyId, body.Version, body.ToInput(), cancellationToken)));
}
