using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>The firm's VKN; on confirmation an existing firm is joined, else a new one created.</summary>
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

/// <summary>What a valid sign-up form led to; the form answers the same in every case.</summary>
public enum SignUpStart
{
    /// <summary>A pending registration was stored: send <see cref="SignUpStarted.ConfirmationToken"/> to the address.</summary>
    ConfirmationNeeded,

    /// <summary>The address already has an account: tell its owner someone tried, nothing stored.</summary>
    AccountExists,

    /// <summary>Too many unconfirmed sign-ups for the address: nothing stored, nothing sent.</summary>
    TooMany,
}

/// <summary>The outcome of a sign-up form, for the mail to send (never for the response).</summary>
public sealed record SignUpStarted(SignUpStart Outcome, string Email, string? ConfirmationToken);

/// <summary>What following a confirmation link did.</summary>
public enum SignUpConfirmation
{
    /// <summary>The firm and the account were created; the membership waits for approval.</summary>
    CreatedFirm,

    /// <summary>A firm with this VKN existed: the account was created as a pending member of it.</summary>
    JoinedExistingFirm,

    /// <summary>The address got an account in the meantime: nothing created.</summary>
    AccountExists,

    /// <summary>Unknown, used or expired link.</summary>
    Invalid,
}

/// <summary>
/// Sign-up, membership decisions and account administration. Every change to a user and its
/// audit row are saved together.
/// </summary>
public sealed class AccountService(UserManager<AppUser> users, AppDbContext db, IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>Longest full name.</summary>
    public const int FullNameMaxLength = 120;

    /// <summary>Most unconfirmed sign-ups kept per address.</summary>
    public const int MaxPendingPerEmail = 5;

    /// <summary>
    /// Checks a firm sign-up and stores it as a pending registration until its e-mail is confirmed;
    /// nothing for the firm is created yet. The checks are the same whether or not the address or
    /// the VKN is known (invalid fields are reported, existing ones never), and the password is
    /// hashed in every case, so neither the answer nor its time tells what exists.
    /// </summary>
    /// <exception cref="ValidationFailedException">A field is invalid (translated per field).</exception>
    public async Task<SignUpStarted> StartSignUpAsync(FirmSignUp input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ErrorCollector();
        var fullName = input.FullName?.Trim() ?? string.Empty;
        if (fullName.Length == 0)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.FullName), "Account.NameRequired", []));
        }
        else if (fullName.Length > FullNameMaxLength)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.FullName), "Account.NameTooLong", [FullNameMaxLength]));
        }

        var email = input.Email?.Trim() ?? string.Empty;
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > ContactPerson.EmailMaxLength)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.Email), "Contact.EmailFormat", []));
        }

        var user = new AppUser { UserName = email, Email = email, DisplayName = fullName };
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, user, input.Password ?? string.Empty)).Succeeded)
            {
                errors.Add(new FieldError(nameof(FirmSignUp.Password), "Account.PasswordTooShort", [users.Options.Password.RequiredLength]));
            }
        }

        // The company fields are checked even when the VKN is already registered: skipping them
        // would tell which VKNs exist.
        var vknError = Vkn.Validate(input.TaxNumber, out var vkn);
        if (vknError is not null)
        {
            errors.Add(new FieldError(nameof(FirmSignUp.TaxNumber), vknError, []));
        }

        // With an invalid VKN the other company fields are still checked, against a valid stand-in.
        var probeVkn = vknError is null ? vkn : string.Create(CultureInfo.InvariantCulture, $"100000000{Vkn.ComputeCheckDigit("100000000")}");
        var company = errors.Try(nameof(FirmSignUp.LegalName), () => new Company(input.LegalName, probeVkn, input.NaceCode, input.District, SizeBand.Small));
        if (company is not null && !await db.NaceActivities.AnyAsync(n => n.Code == company.NaceCode && n.Level == 4, cancellationToken))
        {
            errors.Add(new FieldError(nameof(FirmSignUp.NaceCode), "Company.NaceUnknown", [company.NaceCode]));
        }

        if (input.ZoneId is { } zone && !await db.Zones.AnyAsync(z => z.Id == zone, cancellationToken))
        {
            errors.Add(new FieldError(nameof(FirmSignUp.ZoneId), "Company.ZoneUnknown", []));
        }

        errors.ThrowIfAny();
        var passwordHash = users.PasswordHasher.HashPassword(user, input.Password!);
        var normalized = users.NormalizeEmail(email);
        var now = clock.GetUtcNow();
        await db.PendingRegistrations.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return new SignUpStarted(SignUpStart.AccountExists, email, null);
        }

        if (await db.PendingRegistrations.CountAsync(r => r.NormalizedEmail == normalized, cancellationToken) >= MaxPendingPerEmail)
        {
            return new SignUpStarted(SignUpStart.TooMany, email, null);
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.PendingRegistrations.Add(new PendingRegistration(
            email, normalized, fullName, passwordHash, TokenHash(token), vkn, company!.LegalName, company.NaceCode, company.District, input.ZoneId, now));
        await db.SaveChangesAsync(cancellationToken);
        return new SignUpStarted(SignUpStart.ConfirmationNeeded, email, token);
    }

    /// <summary>
    /// Follows a confirmation link: in one transaction, creates the firm (or, when its VKN was
    /// registered meanwhile or before, joins that firm) and the firm-user account with a confirmed
    /// e-mail and a membership pending approval by OIZ staff of the firm's zone (or an admin), and
    /// removes every pending registration of the address. Only the owner of the mailbox gets here,
    /// so only they learn that the VKN was already registered.
    /// </summary>
    public async Task<SignUpConfirmation> ConfirmSignUpAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return SignUpConfirmation.Invalid;
        }

        var hash = TokenHash(token);
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async () =>
            {
                var pending = await db.PendingRegistrations.FirstOrDefaultAsync(r => r.TokenHash == hash && r.ExpiresAt > now, cancellationToken);
                if (pending is null)
                {
                    return SignUpConfirmation.Invalid;
                }

                await db.PendingRegistrations.Where(r => r.NormalizedEmail == pending.NormalizedEmail).ExecuteDeleteAsync(cancellationToken);
                if (await users.FindByEmailAsync(pending.Email) is not null)
                {
                    return SignUpConfirmation.AccountExists;
                }

                var companyId = await db.Companies.Where(c => c.TaxNumber == pending.TaxNumber).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
                var outcome = companyId is null ? SignUpConfirmation.CreatedFirm : SignUpConfirmation.JoinedExistingFirm;
                if (companyId is null)
                {
                    var company = new Company(pending.LegalName, pending.TaxNumber, pending.NaceCode, pending.District, SizeBand.Small);
                    company.SetAddress(null, pending.ZoneId);
                    db.Companies.Add(company);
                    await db.SaveChangesAsync(cancellationToken);
                    companyId = company.Id;
                }

                var user = new AppUser
                {
                    Id = Guid.CreateVersion7(),
                    UserName = pending.Email,
                    Email = pending.Email,
                    EmailConfirmed = true,
                    DisplayName = pending.FullName,
                    PasswordHash = pending.PasswordHash,
                    CompanyId = companyId,
                    Membership = MembershipStatus.Pending,
                    CreatedAt = now,
                };
                db.AuditEvents.Add(new AuditEvent(AuditEventTypes.SignedUp, user.Id, user.Id, outcome == SignUpConfirmation.CreatedFirm ? "new firm" : "joined existing firm", now));
                Check(await users.CreateAsync(user));
                Check(await users.AddToRoleAsync(user, Roles.FirmUser));
                return outcome;
            },
            cancellationToken);
    }

    /// <summary>
    /// A user's membership state, for the waiting page. The page does not name the firm's zone: a
    /// sign-up with someone else's VKN would otherwise learn where that firm is.
    /// </summary>
    public async Task<MembershipStatus> MembershipAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        var status = await read.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => (MembershipStatus?)u.Membership).FirstOrDefaultAsync(cancellationToken);
        return status ?? MembershipStatus.None;
    }

    /// <summary>SHA-256 of a confirmation token as lower-case hex.</summary>
    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

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
