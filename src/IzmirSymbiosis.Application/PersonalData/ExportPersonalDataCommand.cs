using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.PersonalData;

/// <summary>
/// KVKK m.11 export, by an admin (<see cref="AccessPolicy.MayAdministerAccounts"/>): everything held
/// about the person with an e-mail (their account and every contact entry across companies, the
/// names and dates of their access tokens, their security events, unconfirmed sign-ups) as an
/// indented UTF-8 JSON document. Never the password hash, security stamp or token secrets. The reads
/// and a <see cref="AuditEventTypes.DataExported"/> row are one transaction, so the row records exactly
/// what was handed out.
/// </summary>
public sealed class ExportPersonalDataCommand(IIdentityStoreFactory stores, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // A download, never embedded in HTML: Turkish letters and '+' in phone numbers stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <exception cref="NotFoundException">Not an admin, or nothing is held under this e-mail.</exception>
    public async Task<PersonalDataFile> ExecuteAsync(string email, CancellationToken cancellationToken = default)
    {
        var admin = await currentUser.GetAsync(cancellationToken);
        PersonalDataRules.EnsureAdmin(admin);
        var address = PersonalDataRules.NormaliseEmail(email);
        await using var store = await stores.OpenAsync(cancellationToken);
        var db = store.Db;
        var (now, document) = await db.InTransactionAsync(
            async () =>
            {
                var user = await store.FindByEmailAsync(address);
                var companies = await PersonalDataRules.CompaniesWithContactAsync(db, address, tracking: false, cancellationToken);
                var contacts = companies
                    .OrderBy(c => c.LegalName, PersonalDataRules.Turkish)
                    .SelectMany(c => c.Contacts.Where(p => PersonalDataRules.SameEmail(p.Email, address)).Select(p => new ExportContact(c.Id, c.LegalName, p.FullName, p.Title, p.Email, p.Phone, p.ConsentAt)))
                    .ToList();
                var normalized = store.NormalizeEmail(address);
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
                    user is null ? null : await ExportAccountAsync(db, user, cancellationToken),
                    contacts,
                    user is null ? [] : await AccessTokensAsync(db, user.Id, cancellationToken),
                    user is null ? [] : await SecurityEventsAsync(db, user.Id, cancellationToken),
                    signUps);
                db.AuditEvents.Add(new AuditEvent(AuditEventTypes.DataExported, admin.UserId, user?.Id, PersonalDataRules.Summary(user is null ? 0 : 1, contacts.Count, companies), now));
                await db.SaveChangesAsync(cancellationToken);
                return (now, document);
            },
            cancellationToken);

        var name = string.Create(CultureInfo.InvariantCulture, $"kisisel-veri-{now:yyyyMMdd-HHmmss}.json");
        return new PersonalDataFile(name, JsonSerializer.SerializeToUtf8Bytes(document, s_json));
    }

    private static async Task<ExportAccount> ExportAccountAsync(IAppDbContext db, AccountRecord user, CancellationToken cancellationToken)
    {
        var company = user.CompanyId is { } cid
            ? await db.Companies.AsNoTracking().Where(c => c.Id == cid).Select(c => new ExportCompany(c.Id, c.LegalName)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var zoneIds = user.ZoneIds.ToList();
        var zones = await db.Zones.AsNoTracking()
            .Where(z => zoneIds.Contains(z.Id))
            .OrderBy(z => z.Id)
            .Select(z => new ExportZone(z.Id, z.ShortName, z.NameTr))
            .ToListAsync(cancellationToken);
        return new ExportAccount(
            user.Id,
            user.DisplayName,
            user.Email,
            user.UserName,
            user.EmailConfirmed,
            user.PhoneNumber,
            [.. user.Roles.Order(StringComparer.Ordinal)],
            company,
            zones,
            user.Membership,
            user.CreatedAt,
            user.TwoFactorEnabled,
            user.IsDisabled,
            user.LockoutEnd);
    }

    private static async Task<IReadOnlyList<ExportAccessToken>> AccessTokensAsync(IAppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new ExportAccessToken(t.Name, t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<ExportSecurityEvent>> SecurityEventsAsync(IAppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.AuditEvents.AsNoTracking()
            .Where(e => e.ActorUserId == userId || e.SubjectUserId == userId)
            .OrderBy(e => e.Id)
            .Select(e => new ExportSecurityEvent(e.OccurredAt, e.EventType, e.ActorUserId == userId, e.Details))
            .ToListAsync(cancellationToken);

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

    private sealed record ExportContact(Guid CompanyId, string CompanyName, string FullName, string? Title, string? Email, string? Phone, DateTimeOffset? ConsentAt);

    private sealed record ExportAccessToken(string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    private sealed record ExportPendingSignUp(DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string FullName, string TaxNumber, string LegalName);

    private sealed record ExportSecurityEvent(DateTimeOffset OccurredAt, string EventType, bool AsActor, string? Details);
}
