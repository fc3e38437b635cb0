using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>Where a person was found.</summary>
public enum PersonSource
{
    /// <summary>A platform account.</summary>
    Account,

    /// <summary>A contact person of a company.</summary>
    Contact,
}

/// <summary>One place where a person's data is held (no secrets).</summary>
public sealed record PersonHit(
    PersonSource Source,
    string FullName,
    string? Email,
    string? Title,
    Guid? UserId,
    Guid? CompanyId,
    string? CompanyName,
    bool IsDisabled);

/// <summary>An account as the admin user list shows it.</summary>
public sealed record AccountListItem(
    Guid Id,
    string DisplayName,
    string Email,
    string? Role,
    Guid? CompanyId,
    string? CompanyName,
    IReadOnlyList<int> ZoneIds,
    IReadOnlyList<string> ZoneNames,
    MembershipStatus Membership,
    bool TwoFactorEnabled,
    bool IsDisabled,
    DateTimeOffset CreatedAt);

/// <summary>An export ready to download.</summary>
public sealed record PersonalDataFile(string FileName, byte[] Content)
{
    /// <summary>Media type of the content.</summary>
    public const string ContentType = "application/json; charset=utf-8";
}

/// <summary>What an erasure removed.</summary>
public sealed record PersonalDataErasure(int Accounts, int Contacts);

/// <summary>
/// KVKK m.11 requests handled by an admin: find a person, export everything held about them as
/// JSON, erase them. Each operation runs in its own scope (a fresh DbContext and UserManager), so a
/// Blazor circuit never keeps tracked personal data between operations; each change and its audit
/// row are committed in one transaction. Audit rows hold ids and counts only, never the person's data.
/// </summary>
public sealed class PersonalDataService(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Display name of an erased account.</summary>
    public const string ErasedDisplayName = "Silinmiş kullanıcı";

    /// <summary>Most people a search returns.</summary>
    public const int MaxHits = 100;

    private const int MaxCompanyIdsInAudit = 20;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // A download, never embedded in HTML: Turkish letters and '+' in phone numbers stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly StringComparer s_turkish = StringComparer.Create(TurkishText.Culture, ignoreCase: true);

    /// <summary>
    /// Accounts and contact persons whose name or e-mail contains every word of the query
    /// (Turkish-aware: <c>ayse</c> finds <c>AYŞE</c>). Admins only.
    /// </summary>
    /// <remarks>
    /// Matching runs in memory over names and e-mails: the programme has hundreds of firms and
    /// accounts, and contacts live in a jsonb column that has no search key.
    /// </remarks>
    public async Task<IReadOnlyList<PersonHit>> FindPeopleAsync(UserContext admin, string? query, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(admin);
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

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var accounts = await (
            from u in db.Users.AsNoTracking()
            join c in db.Companies on u.CompanyId equals c.Id into companies
            from c in companies.DefaultIfEmpty()
            select new { u.Id, u.DisplayName, u.Email, u.CompanyId, CompanyName = c == null ? null : c.LegalName, u.IsDisabled })
            .ToListAsync(cancellationToken);
        var companiesWithContacts = await db.Companies.AsNoTracking()
            .Select(c => new { c.Id, c.LegalName, c.Contacts })
            .ToListAsync(cancellationToken);

        var hits = accounts
            .Where(a => Matches(a.DisplayName, a.Email))
            .Select(a => new PersonHit(PersonSource.Account, a.DisplayName, a.Email, null, a.Id, a.CompanyId, a.CompanyName, a.IsDisabled))
            .Concat(companiesWithContacts.SelectMany(c => c.Contacts
                .Where(p => Matches(p.FullName, p.Email))
                .Select(p => new PersonHit(PersonSource.Contact, p.FullName, p.Email, p.Title, null, c.Id, c.LegalName, false))));
        return [.. hits
            .OrderBy(h => h.FullName, s_turkish)
            .ThenBy(h => h.Email, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Source)
            .Take(MaxHits)];
    }

    /// <summary>
    /// Everything held about the person with this e-mail (their account and every contact entry
    /// across companies, the names and dates of their access tokens, their security events), as an
    /// indented UTF-8 JSON document. Never the password hash, security stamp or token secrets. Writes a <see cref="AuditEventTypes.DataExported"/> row. Admins only.
    /// </summary>
    /// <exception cref="NotFoundException">Not an admin, or nothing is held under this e-mail.</exception>
    public async Task<PersonalDataFile> ExportAsync(UserContext admin, string email, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(admin);
        var address = NormaliseEmail(email);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        // Reads and the audit row in one transaction: the row records exactly what was handed out.
        var (now, document) = await db.InTransactionAsync(
            async () =>
            {
                var user = await FindAccountAsync(users, address);
                var companies = await CompaniesWithContactAsync(db, address, tracking: false, cancellationToken);
                var contacts = companies
                    .OrderBy(c => c.LegalName, s_turkish)
                    .SelectMany(c => c.Contacts.Where(p => SameEmail(p.Email, address)).Select(p => new ExportContact(c.Id, c.LegalName, p.FullName, p.Title, p.Email, p.Phone)))
                    .ToList();
                var normalized = users.NormalizeEmail(address);
                var signUps = await db.PendingRegistrations.AsNoTracking()
                    .Where(r => r.NormalizedEmail == normalized)
                    .OrderBy(r => r.CreatedAt)
                    .Select(r => new ExportPendingSignUp(r.CreatedAt, r.ExpiresAt, r.FullName, r.TaxNumber, r.LegalName))
                    .ToListAsync(cancellationToken);
                if (user is null && contacts.Count == 0 && signUps.Count == 0)
                {
                    throw new NotFoundException("Person", Guid.Empty);
                }

                var now = clock.GetUtcNow();
                var document = new ExportDocument(
                    now,
                    address,
                    user is null ? null : await ExportAccountAsync(db, users, user, cancellationToken),
                    contacts,
                    user is null ? [] : await AccessTokensAsync(db, user.Id, cancellationToken),
                    user is null ? [] : await SecurityEventsAsync(db, user.Id, cancellationToken),
                    signUps);
                var accountCount = user is null ? 0 : 1;
                db.AuditEvents.Add(new AuditEvent(AuditEventTypes.DataExported, admin.UserId, user?.Id, Summary(accountCount, contacts.Count, companies), now));
                await db.SaveChangesAsync(cancellationToken);
                return (now, document);
            },
            cancellationToken);

        var name = string.Create(CultureInfo.InvariantCulture, $"kisisel-veri-{now:yyyyMMdd-HHmmss}.json");
        return new PersonalDataFile(name, JsonSerializer.SerializeToUtf8Bytes(document, s_json));
    }

    /// <summary>
    /// Erases the person with this e-mail: their contact entries leave every company, their unconfirmed
    /// sign-ups are deleted, and their
    /// account is anonymised (name, e-mail, user name and phone replaced, disabled, new security
    /// stamp so open sessions end, no password, two-factor off, authenticator key, recovery codes,
    /// external logins, claims and personal access tokens removed). One transaction with a
    /// <see cref="AuditEventTypes.DataErased"/> row. The account row itself stays, so audit rows and
    /// history that point at its id keep pointing at something. Admins only.
    /// </summary>
    /// <exception cref="NotFoundException">Not an admin, or nothing is held under this e-mail.</exception>
    public async Task<PersonalDataErasure> EraseAsync(UserContext admin, string email, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(admin);
        var address = NormaliseEmail(email);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        return await db.InTransactionAsync(
            async () =>
            {
                var user = await FindAccountAsync(users, address);
                var companies = await CompaniesWithContactAsync(db, address, tracking: true, cancellationToken);
                var removed = 0;
                foreach (var company in companies)
                {
                    var keep = company.Contacts.Where(p => !SameEmail(p.Email, address)).ToList();
                    removed += company.Contacts.Count - keep.Count;
                    company.SetContacts(keep);
                }

                // Unconfirmed sign-ups under the address hold a name and an address too.
                var normalized = users.NormalizeEmail(address);
                var pending = await db.PendingRegistrations.Where(r => r.NormalizedEmail == normalized).ExecuteDeleteAsync(cancellationToken);
                if (user is null && removed == 0 && pending == 0)
                {
                    throw new NotFoundException("Person", Guid.Empty);
                }

                await db.SaveChangesAsync(cancellationToken);
                if (user is not null)
                {
                    await AnonymiseAsync(db, users, user, cancellationToken);
                }

                db.AuditEvents.Add(new AuditEvent(AuditEventTypes.DataErased, admin.UserId, user?.Id, Summary(user is null ? 0 : 1, removed, companies), clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                return new PersonalDataErasure(user is null ? 0 : 1, removed);
            },
            cancellationToken);
    }

    /// <summary>
    /// The accounts for the admin user list, filtered (Turkish-aware, by name or e-mail), sorted
    /// (<c>name</c>, <c>email</c>, <c>role</c>, <c>company</c>, <c>created</c>) and paged. Admins only.
    /// </summary>
    public async Task<PagedResult<AccountListItem>> ListAccountsAsync(UserContext admin, PageRequest request, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(admin);
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var accounts = await (
            from u in db.Users.AsNoTracking()
            join c in db.Companies on u.CompanyId equals c.Id into companies
            from c in companies.DefaultIfEmpty()
            select new { u.Id, u.DisplayName, u.Email, u.CompanyId, CompanyName = c == null ? null : c.LegalName, u.ZoneIds, u.Membership, u.TwoFactorEnabled, u.IsDisabled, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var roles = (await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var zones = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Id, z => z.ShortName, cancellationToken);

        var words = SearchPattern.Words(request.Search);
        var items = accounts
            .Where(a => words.Count == 0 || words.All(w => TurkishText.SearchKey($"{a.DisplayName} {a.Email}").Contains(w, StringComparison.Ordinal)))
            .Select(a => new AccountListItem(
                a.Id,
                a.DisplayName,
                a.Email ?? string.Empty,
                roles[a.Id].OrderBy(r => r, StringComparer.Ordinal).FirstOrDefault(),
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

    private static void EnsureAdmin(UserContext admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsIn(Roles.Admin))
        {
            throw new NotFoundException("Person", Guid.Empty);
        }
    }

    private static string NormaliseEmail(string email)
    {
        var address = email?.Trim() ?? string.Empty;
        if (address.Length == 0 || !address.Contains('@', StringComparison.Ordinal))
        {
            throw new NotFoundException("Person", Guid.Empty);
        }

        return address;
    }

    private static bool SameEmail(string? stored, string address) =>
        stored is not null && string.Equals(stored.Trim(), address, StringComparison.OrdinalIgnoreCase);

    private static Task<AppUser?> FindAccountAsync(UserManager<AppUser> users, string address) => users.FindByEmailAsync(address);

    /// <summary>Companies with at least one contact under this e-mail (pre-filtered in SQL, decided by <see cref="SameEmail"/>).</summary>
    private static async Task<List<Company>> CompaniesWithContactAsync(AppDbContext db, string address, bool tracking, CancellationToken cancellationToken)
    {
        var lower = address.ToLowerInvariant();
        var query = db.Companies.Where(c => c.Contacts.Any(p => p.Email != null && p.Email.Trim().ToLower() == lower));
        var companies = await (tracking ? query : query.AsNoTracking()).OrderBy(c => c.TaxNumber).ToListAsync(cancellationToken);
        return [.. companies.Where(c => c.Contacts.Any(p => SameEmail(p.Email, address)))];
    }

    private static async Task<ExportAccount> ExportAccountAsync(AppDbContext db, UserManager<AppUser> users, AppUser user, CancellationToken cancellationToken)
    {
        var company = user.CompanyId is { } cid
            ? await db.Companies.AsNoTracking().Where(c => c.Id == cid).Select(c => new ExportCompany(c.Id, c.LegalName)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var zones = await db.Zones.AsNoTracking()
            .Where(z => user.ZoneIds.Contains(z.Id))
            .OrderBy(z => z.Id)
            .Select(z => new ExportZone(z.Id, z.ShortName, z.NameTr))
            .ToListAsync(cancellationToken);
        var roles = await users.GetRolesAsync(user);
        return new ExportAccount(
            user.Id,
            user.DisplayName,
            user.Email,
            user.UserName,
            user.EmailConfirmed,
            user.PhoneNumber,
            [.. roles.Order(StringComparer.Ordinal)],
            company,
            zones,
            user.Membership,
            user.CreatedAt,
            user.TwoFactorEnabled,
            user.IsDisabled,
            user.LockoutEnd);
    }

    private static async Task<IReadOnlyList<ExportAccessToken>> AccessTokensAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new ExportAccessToken(t.Name, t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<ExportSecurityEvent>> SecurityEventsAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.AuditEvents.AsNoTracking()
            .Where(e => e.ActorUserId == userId || e.SubjectUserId == userId)
            .OrderBy(e => e.Id)
            .Select(e => new ExportSecurityEvent(e.OccurredAt, e.EventType, e.ActorUserId == userId, e.Details))
            .ToListAsync(cancellationToken);

    private static async Task AnonymiseAsync(AppDbContext db, UserManager<AppUser> users, AppUser user, CancellationToken cancellationToken)
    {
        var placeholder = string.Create(CultureInfo.InvariantCulture, $"deleted-{user.Id:N}@invalid");
        user.DisplayName = ErasedDisplayName;
        user.UserName = placeholder;
        user.Email = placeholder;
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.IsDisabled = true;

        // Authenticator key and recovery codes are user tokens; logins and claims may name the person
        // too; personal access tokens are credentials with names the person chose.
        await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.PersonalAccessTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);

        // A new stamp ends every open session and circuit; this also saves the user (normalised names included).
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private static string Summary(int accounts, int contacts, IReadOnlyCollection<Company> companies)
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

    private sealed record ExportDocument(
        DateTimeOffset ExportedAt,
        string Email,
        ExportAccount? Account,
        IReadOnlyList<ExportContact> Contacts,
        IReadOnlyList<ExportAccessToken> AccessTokens,
        IReadOnlyList<ExportSecurityEvent> SecurityEvents,
        IReadOnlyList<ExportPendingSignUp> PendingSignUps);

    private sealed record ExportAccount(
        Guid Id,
        string DisplayName,
        string? Email,
        string? UserName,
        bool EmailConfirmed,
        string? PhoneNumber,
        IReadOnlyList<string> Roles,
        ExportCompany? Company,
        IReadOnlyList<ExportZone> Zones,
        MembershipStatus Membership,
        DateTimeOffset CreatedAt,
        bool TwoFactorEnabled,
        bool IsDisabled,
        DateTimeOffset? LockoutEnd);

    private sealed record ExportCompany(Guid Id, string LegalName);

    private sealed record ExportZone(int Id, string ShortName, string Name);

    private sealed record ExportContact(Guid CompanyId, string CompanyName, string FullName, string? Title, string? Email, string? Phone);

    private sealed record ExportAccessToken(string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    private sealed record ExportPendingSignUp(DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string FullName, string TaxNumber, string LegalName);

    private sealed record ExportSecurityEvent(DateTimeOffset OccurredAt, string EventType, bool AsActor, string? Details);
}
