using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.PersonalData;

/// <summary>
/// Accounts and contact persons whose name or e-mail contains every word of the query
/// (Turkish-aware: <c>ayse</c> finds <c>AYŞE</c>), for a KVKK request. Admins only.
/// </summary>
/// <remarks>
/// Matching runs in memory over names and e-mails: the programme has hundreds of firms and
/// accounts, and contacts live in a jsonb column that has no search key.
/// </remarks>
public sealed class FindPeopleQuery(IAccountDirectory accounts, IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>Most people a search returns.</summary>
    public const int MaxHits = 100;

    /// <exception cref="NotFoundException">Not an admin.</exception>
    public async Task<IReadOnlyList<PersonHit>> ExecuteAsync(string? query, CancellationToken cancellationToken = default)
    {
        PersonalDataRules.EnsureAdmin(await currentUser.GetAsync(cancellationToken));
        var words = SearchPattern.Words(query);
        if (words.Count == 0)
        {
            return [];
        }

        bool Matches(string? name, string? email)
        {
            var key = TurkishText.SearchKey($"{name} {email}");
            return words.All(w => key.Contains(w, StringComparison.Ordinal));
        }

        var people = await accounts.ListAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var companiesWithContacts = await db.Companies.AsNoTracking()
            .Select(c => new { c.Id, c.LegalName, c.Contacts })
            .ToListAsync(cancellationToken);

        var hits = people
            .Where(a => Matches(a.DisplayName, a.Email))
            .Select(a => new PersonHit(PersonSource.Account, a.DisplayName, a.Email, null, a.Id, a.CompanyId, a.CompanyName, a.IsDisabled))
            .Concat(companiesWithContacts.SelectMany(c => c.Contacts
                .Where(p => Matches(p.FullName, p.Email))
                .Select(p => new PersonHit(PersonSource.Contact, p.FullName, p.Email, p.Title, null, c.Id, c.LegalName, false))));
        return [.. hits
            .OrderBy(h => h.FullName, PersonalDataRules.Turkish)
            .ThenBy(h => h.Email, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Source)
            .Take(MaxHits)];
    }
}
