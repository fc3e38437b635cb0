using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Companies;

/// <summary>A contact person as shown and edited, with the KVKK consent on record.</summary>
/// <param name="FullName">Full name.</param>
/// <param name="Title">Job title.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="ConsentAt">When the consent was recorded; null when none is on record.</param>
public sealed record ContactRow(string FullName, string? Title, string? Email, string? Phone, DateTimeOffset? ConsentAt)
{
    /// <summary>The row of a stored contact (without who recorded the consent, which stays in the audit trail).</summary>
    public static ContactRow Of(ContactPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new ContactRow(person.FullName, person.Title, person.Email, person.Phone, person.ConsentAt);
    }
}

/// <summary>A company's contacts, the company version edits start from, and whether the user may edit them.</summary>
public sealed record CompanyContacts(Guid CompanyId, uint Version, bool CanEdit, IReadOnlyList<ContactRow> Contacts);

/// <summary>
/// What a user fills in for a contact. <paramref name="Consent"/> is the editor's statement that the
/// person was given the KVKK information notice and agreed; no contact is saved without it.
/// </summary>
public sealed record ContactInput(string FullName, string? Title, string? Email, string? Phone, bool Consent);

/// <summary>
/// Lists and replaces a company's contact persons under the one access rule of firm data
/// (<see cref="AccessPolicy.ForCompany"/>): readers of the company read them, editors edit them,
/// anyone else gets "not found". Every row is checked before anything is saved, and each error is
/// named <c>Contacts[i].Field</c>; an edit from a stale company version is refused. A row whose
/// details are unchanged keeps the consent date on record; a new or changed row records the
/// consent now, by the editing user.
/// </summary>
public sealed class ContactService(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The company's contacts; null when it does not exist or the user may not read it.</summary>
    public async Task<CompanyContacts?> ListAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        if (await db.ReadableAsync(user, companyId, cancellationToken) is not { } readable)
        {
            return null;
        }

        var (company, access) = readable;

        return new CompanyContacts(company.Id, company.Version, access.CanEdit(),
            [.. company.Contacts.Select(ContactRow.Of)]);
    }

    /// <summary>Replaces the contacts, from the company version the editor started with; returns the new version.</summary>
    public async Task<uint> ReplaceAsync(Guid companyId, uint version, IReadOnlyList<ContactInput> contacts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var company = await db.EditableAsync(user, companyId, version, cancellationToken);

        var errors = new ErrorCollector();
        if (contacts.Count > Company.MaxContacts)
        {
            errors.Add(new FieldError(nameof(Company.Contacts), "Contact.TooMany", [Company.MaxContacts]));
        }

        var now = clock.GetUtcNow();
        var people = new List<ContactPerson>(contacts.Count);
        for (var i = 0; i < contacts.Count; i++)
        {
            var index = i;
            var person = errors.TryRow(nameof(Company.Contacts), index, () => Person(contacts[index], company.Contacts, user.UserId, now));
            if (person is not null)
            {
                people.Add(person);
            }
        }

        errors.ThrowIfAny();
        company.SetContacts(people);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(nameof(Company), companyId);
        }

        return company.Version;
    }

    /// <summary>The person a row describes, valid and with its consent, or a <c>DomainException</c> on the field at fault.</summary>
    private static ContactPerson Person(ContactInput input, IReadOnlyList<ContactPerson> current, Guid? by, DateTimeOffset now)
    {
        var person = new ContactPerson
        {
            FullName = input.FullName?.Trim() ?? string.Empty,
            Title = Blank(input.Title),
            Email = Blank(input.Email),
            Phone = Blank(input.Phone),
        };
        person.Validate();
        if (!input.Consent)
        {
            throw new Domain.Common.DomainException("Contact.ConsentRequired", nameof(ContactInput.Consent));
        }

        var same = current.FirstOrDefault(c => c.HasConsent && c.SameDetails(person));
        person.ConsentAt = same?.ConsentAt ?? now;
        person.ConsentBy = same is null ? by : same.ConsentBy;
        return person;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
