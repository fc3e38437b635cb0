using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.PersonalData;

/// <summary>
/// What the KVKK m.11 commands share: who may run them (<see cref="AccessPolicy.MayAdministerAccounts"/>),
/// how an address is matched, and the audit summary (ids and counts only, never the person's data).
/// </summary>
internal static class PersonalDataRules
{
    public const int MaxCompanyIdsInAudit = 20;

    public static readonly StringComparer Turkish = StringComparer.Create(TurkishText.Culture, ignoreCase: true);

    /// <exception cref="NotFoundException">Not an admin: the person does not exist for this user.</exception>
    public static void EnsureAdmin(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.MayAdministerAccounts(user))
        {
            throw new NotFoundException("Person", Guid.Empty);
        }
    }

    public static string NormaliseEmail(string email)
    {
        var address = email?.Trim() ?? string.Empty;
        if (address.Length == 0 || !address.Contains('@', StringComparison.Ordinal))
        {
            throw new NotFoundException("Person", Guid.Empty);
        }

        return address;
    }

    public static bool SameEmail(string? stored, string address) =>
        stored is not null && string.Equals(stored.Trim(), address, StringComparison.OrdinalIgnoreCase);

    /// <summary>Companies with at least one contact under this e-mail (pre-filtered in SQL, decided by <see cref="SameEmail"/>).</summary>
    public static async Task<List<Company>> CompaniesWithContactAsync(IAppDbContext db, string address, bool tracking, CancellationToken cancellationToken)
    {
        var lower = address.ToLowerInvariant();
        var query = db.Companies.Where(c => c.Contacts.Any(p => p.Email != null && p.Email.Trim().ToLower() == lower));
        var companies = await (tracking ? query : query.AsNoTracking()).OrderBy(c => c.TaxNumber).ToListAsync(cancellationToken);
        return [.. companies.Where(c => c.Contacts.Any(p => SameEmail(p.Email, address)))];
    }

    public static string Summary(int accounts, int contacts, IReadOnlyCollection<Company> companies)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{accounts} account{(accounts == 1 ? string.Empty : "s")}, {contacts} contact{(contacts == 1 ? string.Empty : "s")}");
        if (companies.Count == 0)
        {
            return text;
        }

        var ids = string.Join(",", companies.Take(MaxCompanyIdsInAudit).Select(c => c.Id.ToString("N")));
        return $"{text}; companies {ids}{(companies.Count > MaxCompanyIdsInAudit ? ",…" : string.Empty)}";
    }
}
