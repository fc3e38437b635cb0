using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// The accounts for the admin user list (<see cref="AccessPolicy.MayAdministerAccounts"/>), filtered
/// (Turkish-aware, by name or e-mail), sorted (<c>name</c>, <c>email</c>, <c>role</c>,
/// <c>company</c>, <c>created</c>) and paged.
/// </summary>
public sealed class AccountListQuery(IAccountDirectory directory, IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    private static readonly StringComparer s_turkish = StringComparer.Create(TurkishText.Culture, ignoreCase: true);

    /// <exception cref="NotFoundException">The user is not an admin.</exception>
    public async Task<PagedResult<AccountListItem>> ExecuteAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var admin = await currentUser.GetAsync(cancellationToken);
        if (!AccessPolicy.MayAdministerAccounts(admin))
        {
            throw new NotFoundException("Person", Guid.Empty);
        }

        request.ThrowIfInvalid();
        var accounts = await directory.ListAsync(cancellationToken);
        Dictionary<int, string> zones;
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            zones = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Id, z => z.ShortName, cancellationToken);
        }

        var words = SearchPattern.Words(request.Search);
        var items = accounts
            .Where(a => words.Count == 0 || words.All(w => TurkishText.SearchKey($"{a.DisplayName} {a.Email}").Contains(w, StringComparison.Ordinal)))
            .Select(a => new AccountListItem(
                a.Id,
                a.DisplayName,
                a.Email ?? string.Empty,
                a.Roles.OrderBy(r => r, StringComparer.Ordinal).FirstOrDefault(),
                a.CompanyId,
                a.CompanyName,
                [.. a.ZoneIds.Order()],
                [.. a.ZoneIds.Order().Select(z => zones.GetValueOrDefault(z) ?? z.ToString(CultureInfo.InvariantCulture))],
                a.Membership,
                a.TwoFactorEnabled,
                a.IsDisabled,
                a.CreatedAt))
            .ToList();
        IEnumerable<AccountListItem> sorted = request.SortBy?.ToLowerInvariant() switch
        {
            "email" => items.OrderBy(i => i.Email, StringComparer.OrdinalIgnoreCase),
            "role" => items.OrderBy(i => i.Role, StringComparer.Ordinal).ThenBy(i => i.DisplayName, s_turkish),
            "company" => items.OrderBy(i => i.CompanyName, s_turkish).ThenBy(i => i.DisplayName, s_turkish),
            "created" => items.OrderBy(i => i.CreatedAt),
            _ => items.OrderBy(i => i.DisplayName, s_turkish),
        };
        if (request.Descending)
        {
            sorted = sorted.Reverse();
        }

        return new PagedResult<AccountListItem>([.. sorted.Skip(request.Skip).Take(request.Take)], items.Count);
    }
}
