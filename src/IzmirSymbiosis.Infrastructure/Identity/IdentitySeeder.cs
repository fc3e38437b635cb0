using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>A demo account, printed on start so a visitor can try each role.</summary>
public sealed record DemoLogin(string Role, string Email, string Password, string? AuthenticatorKey, string Note);

/// <summary>Creates the roles, and the demo accounts for the demo data set (idempotent).</summary>
public sealed class IdentitySeeder(
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IUserStore<AppUser> store,
    AppDbContext db,
    ILogger<IdentitySeeder> logger)
{
    /// <summary>The demo password (demo data only; real accounts choose their own).</summary>
    public const string DemoPassword = "Izmir-Demo-Parola-2026";

    /// <summary>Creates any missing role.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }
    }

    /// <summary>
    /// Encrypts authenticator keys and hashes recovery codes still stored in plain text by an older
    /// version (demo accounts of an existing database included). Idempotent.
    /// </summary>
    public async Task ProtectStoredSecretsAsync(CancellationToken cancellationToken = default)
    {
        if (store is ProtectedUserStore protectedStore && await protectedStore.ProtectLegacySecretsAsync(cancellationToken) is > 0 and var count)
        {
            logger.LogInformation("Protected {Count} stored two-factor secrets", count);
        }
    }

    /// <summary>Creates the demo accounts that do not exist yet and returns all of them.</summary>
    public async Task<IReadOnlyList<DemoLogin>> SeedDemoUsersAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        await ProtectStoredSecretsAsync(cancellationToken);
        var firm = await DemoCompanyAsync(2, cancellationToken) ?? await db.Companies.AsNoTracking().OrderBy(c => c.TaxNumber).FirstAsync(cancellationToken);
        var otherFirm = await DemoCompanyAsync(1, cancellationToken);
        var logins = new List<DemoLogin>();
        logins.Add(await EnsureAsync("firma@demo.izmirsym.org", "Demo Firma Kullanıcısı", Roles.FirmUser, firm.Id, [], null, $"{firm.LegalName}"));
        if (otherFirm is not null)
        {
            logins.Add(await EnsureAsync("firma2@demo.izmirsym.org", "Demo Firma Kullanıcısı 2", Roles.FirmUser, otherFirm.Id, [], null, otherFirm.LegalName));
        }

        logins.Add(await EnsureAsync("osb@demo.izmirsym.org", "Demo OSB Personeli", Roles.OizStaff, null, [1, 2], null, "İAOSB, ALOSBİ"));
        logins.Add(await EnsureAsync("uzman@demo.izmirsym.org", "Demo İZKA Uzmanı", Roles.Expert, null, [], "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "TOTP"));
        logins.Add(await EnsureAsync("admin@demo.izmirsym.org", "Demo Yönetici", Roles.Admin, null, [], "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA", "TOTP"));
        return logins;
    }

    private Task<Domain.Companies.Company?> DemoCompanyAsync(int zoneId, CancellationToken cancellationToken) =>
        db.Companies.AsNoTracking().Where(c => c.ZoneId == zoneId).OrderBy(c => c.TaxNumber).FirstOrDefaultAsync(cancellationToken);

    private async Task<DemoLogin> EnsureAsync(string email, string name, string role, Guid? companyId, List<int> zones, string? authenticatorKey, string note)
    {
        var login = new DemoLogin(role, email, DemoPassword, authenticatorKey, note);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return login;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            CompanyId = companyId,
            Membership = companyId is null ? MembershipStatus.None : MembershipStatus.Active,
            ZoneIds = zones,
        };
        Check(await users.CreateAsync(user, DemoPassword));
        Check(await users.AddToRoleAsync(user, role));
        if (authenticatorKey is not null)
        {
            // A fixed key so the printed demo login works with any authenticator app (stored encrypted).
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, authenticatorKey, CancellationToken.None);
            Check(await users.UpdateAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        logger.LogInformation("Demo account created for role {Role}", role);
        return login;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
