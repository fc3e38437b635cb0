using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>What a firm fills in to sign up.</summary>
public sealed class FirmSignUp
{
    /// <summary>The person's full name.</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary>E-mail (the login).</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Password, at least 12 characters.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>The firm's VKN; an existing firm is joined, a new one created.</summary>
    public string TaxNumber { get; set; } = string.Empty;

    /// <summary>Legal name of a new firm.</summary>
    public string LegalName { get; set; } = string.Empty;

    /// <summary>NACE class of a new firm.</summary>
    public string NaceCode { get; set; } = string.Empty;

    /// <summary>District of a new firm.</summary>
    public string District { get; set; } = string.Empty;

    /// <summary>Zone of a new firm.</summary>
    public int? ZoneId { get; set; }
}

/// <summary>A membership waiting for a decision.</summary>
public sealed record PendingMembership(Guid UserId, string DisplayName, string Email, Guid CompanyId, string CompanyName, string? ZoneShortName, DateTimeOffset RequestedAt);

/// <summary>
/// Sign-up, membership decisions and account administration. Every change to a user and its
/// audit row are saved together.
/// </summary>
public sealed class AccountService(UserManager<AppUser> users, AppDbContext db, IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Signs a firm user up: joins the firm with this VKN or creates it, in one transaction; the
    /// membership stays pending until OIZ staff of the firm's zone (or an admin) confirm it.
    /// </summary>
    public async Task<Guid> SignUpFirmUserAsync(FirmSignUp input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ErrorCollector();
        if (string.IsNullOrWhiteSpace(input.FullName))
        {
            errors.Add(new FieldError(nameof(FirmSignUp.FullName), "Account.NameRequired", []));
        }

        var email = input.Email?.Trim() ?? string.Empty;
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > ContactPerson.EmailMaxLength)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.Email), "Contact.EmailFormat", []));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.Email), "Account.EmailTaken", []));
        }

        var user = new AppUser { UserName = email, Email = email, DisplayName = input.FullName?.Trim() ?? string.Empty, Membership = MembershipStatus.Pending, CreatedAt = clock.GetUtcNow() };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, input.Password ?? string.Empty);
            if (!result.Succeeded)
            {
                errors.Add(new FieldError(nameof(FirmSignUp.Password), "Account.PasswordTooShort", [users.Options.Password.RequiredLength]));
            }
        }

        Company? newCompany = null;
        Guid? companyId = null;
        var vknError = Vkn.Validate(input.TaxNumber, out var vkn);
        if (vknError is not null)
        {
            errors.Add(new FieldError("TaxNumber", vknError, []));
        }
        else if (await db.Companies.Where(c => c.TaxNumber == vkn).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            companyId = existing;
        }
        else
        {
            newCompany = errors.Try(nameof(FirmSignUp.LegalName), () => new Company(input.LegalName, vkn, input.NaceCode, input.District, SizeBand.Small));
            if (newCompany is not null && !await db.NaceActivities.AnyAsync(n => n.Code == newCompany.NaceCode && n.Level == 4, cancellationToken))
            {
                errors.Add(new FieldError(nameof(FirmSignUp.NaceCode), "Company.NaceUnknown", [newCompany.NaceCode]));
            }

            if (input.ZoneId is { } zone && !await db.Zones.AnyAsync(z => z.Id == zone, cancellationToken))
            {
                errors.Add(new FieldError(nameof(FirmSignUp.ZoneId), "Company.ZoneUnknown", []));
            }

            newCompany?.SetAddress(null, input.ZoneId);
            companyId = newCompany?.Id;
        }

        errors.ThrowIfAny();
        await db.InTransactionAsync(
            async () =>
            {
                if (newCompany is not null)
                {
                    db.Companies.Add(newCompany);
                    await db.SaveChangesAsync(cancellationToken);
                }

                user.CompanyId = companyId;
                Check(await users.CreateAsync(user, input.Password!));
                Check(await users.AddToRoleAsync(user, Roles.FirmUser));
            },
            cancellationToken);
        return user.Id;
    }

    /// <summary>
    /// Invites a person to a firm the staff member (or admin) may edit: creates an active firm-user
    /// account without a password and returns it with a password-setting token for the link.
    /// </summary>
    public async Task<(AppUser User, string Token)> InviteAsync(UserContext staff, string email, string fullName, Guid companyId, CancellationToken cancellationToken = default)
    {
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null || !CanDecideMemberships(staff) || !AccessPolicy.ForCompany(staff, company.Id, company.ZoneId).CanEdit())
        {
            throw new NotFoundException("Company", companyId);
        }

        var errors = new ErrorCollector();
        var address = email?.Trim() ?? string.Empty;
        if (!address.Contains('@', StringComparison.Ordinal) || address.Length > ContactPerson.EmailMaxLength)
        {
            errors.Add(new FieldError("Email", "Contact.EmailFormat", []));
        }
        else if (await users.FindByEmailAsync(address) is not null)
        {
            errors.Add(new FieldError("Email", "Account.EmailTaken", []));
        }

        if (string.IsNullOrWhiteSpace(fullName))
        {
            errors.Add(new FieldError("FullName", "Account.NameRequired", []));
        }

        errors.ThrowIfAny();
        var user = new AppUser
        {
            UserName = address,
            Email = address,
            EmailConfirmed = true,
            DisplayName = fullName.Trim(),
            CompanyId = company.Id,
            Membership = MembershipStatus.Active,
            CreatedAt = clock.GetUtcNow(),
        };
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.MembershipDecided, staff.UserId, user.Id, "invited", clock.GetUtcNow()));
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, Roles.FirmUser));
        return (user, await users.GeneratePasswordResetTokenAsync(user));
    }

    /// <summary>Firms a staff member (or admin) may invite people to.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> InvitableCompaniesAsync(UserContext staff, CancellationToken cancellationToken = default)
    {
        if (!CanDecideMemberships(staff))
        {
            return [];
        }

        // Reads use their own context: a page may ask for this while another component still
        // uses the circuit's context that UserManager shares.
        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        var zones = staff.ZoneIds.ToList();
        var all = staff.IsIn(Roles.Admin);
        var rows = await read.Companies.AsNoTracking()
            .Where(c => all || (c.ZoneId != null && zones.Contains(c.ZoneId.Value)))
            .OrderBy(c => c.LegalName)
            .Select(c => new { c.Id, c.LegalName })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.LegalName))];
    }

    /// <summary>Memberships the staff member (or admin) may decide.</summary>
    public async Task<IReadOnlyList<PendingMembership>> PendingAsync(UserContext staff, CancellationToken cancellationToken = default)
    {
        if (!CanDecideMemberships(staff))
        {
            return [];
        }

        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from u in read.Users.AsNoTracking()
            where u.Membership == MembershipStatus.Pending && u.CompanyId != null
            join c in read.Companies on u.CompanyId equals c.Id
            join z in read.Zones on c.ZoneId equals z.Id into zones
            from z in zones.DefaultIfEmpty()
            orderby u.CreatedAt
            select new { u.Id, u.DisplayName, u.Email, CompanyId = c.Id, c.LegalName, c.ZoneId, Zone = z == null ? null : z.ShortName, u.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => AccessPolicy.ForCompany(staff, r.CompanyId, r.ZoneId).CanEdit())
            .Select(r => new PendingMembership(r.Id, r.DisplayName, r.Email ?? string.Empty, r.CompanyId, r.LegalName, r.Zone, r.CreatedAt))];
    }

    /// <summary>Confirms or refuses a pending membership; only staff of the firm's zone or an admin.</summary>
    public async Task DecideMembershipAsync(UserContext staff, Guid userId, bool approve, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        var company = user.CompanyId is { } cid ? await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, cancellationToken) : null;
        if (company is null || user.Membership != MembershipStatus.Pending || !CanDecideMemberships(staff) ||
            !AccessPolicy.ForCompany(staff, company.Id, company.ZoneId).CanEdit())
        {
            throw new NotFoundException("User", userId);
        }

        user.Membership = approve ? MembershipStatus.Active : MembershipStatus.Rejected;
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.MembershipDecided, staff.UserId, user.Id, approve ? "approved" : "rejected", clock.GetUtcNow()));
        Check(await users.UpdateAsync(user));
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>Disables an account (admin only): it can no longer sign in and its sessions end.</summary>
    public async Task DisableAsync(UserContext admin, Guid userId, CancellationToken cancellationToken = default)
    {
        if (!admin.IsIn(Roles.Admin))
        {
            throw new NotFoundException("User", userId);
        }

        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        user.IsDisabled = true;
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.UserDisabled, admin.UserId, user.Id, null, clock.GetUtcNow()));
        Check(await users.UpdateAsync(user));
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>Replaces a user's role, company and zones (admin only); takes effect at once.</summary>
    public async Task SetRoleAsync(UserContext admin, Guid userId, string role, Guid? companyId, IReadOnlyCollection<int> zoneIds, CancellationToken cancellationToken = default)
    {
        if (!admin.IsIn(Roles.Admin) || !Roles.All.Contains(role))
        {
            throw new NotFoundException("User", userId);
        }

        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
        Check(await users.AddToRoleAsync(user, role));
        user.CompanyId = role == Roles.FirmUser ? companyId : null;
        user.Membership = role == Roles.FirmUser ? MembershipStatus.Active : MembershipStatus.None;
        user.ZoneIds = role == Roles.OizStaff ? [.. zoneIds] : [];
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.RoleChanged, admin.UserId, user.Id, role, clock.GetUtcNow()));
        Check(await users.UpdateAsync(user));
        await users.UpdateSecurityStampAsync(user);
    }

    private static bool CanDecideMemberships(UserContext u) => u.IsIn(Roles.Admin) || u.IsIn(Roles.OizStaff);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
