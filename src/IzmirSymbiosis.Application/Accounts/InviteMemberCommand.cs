using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// Invites a person to a firm whose members the signed-in staff member (or admin) manages
/// (<see cref="AccessPolicy.MayManageMembersOf"/>): creates an active firm-user account without a
/// password and returns it with a password-setting token for the link.
/// </summary>
public sealed class InviteMemberCommand(IIdentityStoreFactory stores, ICurrentUser currentUser, TimeProvider clock)
{
    /// <exception cref="NotFoundException">The firm does not exist or the user may not manage its members.</exception>
    /// <exception cref="ValidationFailedException">The e-mail or name is invalid, or the e-mail is taken.</exception>
    public async Task<Invitation> ExecuteAsync(string email, string fullName, Guid companyId, CancellationToken cancellationToken = default)
    {
        var staff = await currentUser.GetAsync(cancellationToken);
        await using var store = await stores.OpenAsync(cancellationToken);
        var db = store.Db;
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null || !AccessPolicy.MayManageMembersOf(staff, company.Id, company.ZoneId))
        {
            throw new NotFoundException("Company", companyId);
        }

        var errors = new ErrorCollector();
        var address = email?.Trim() ?? string.Empty;
        if (!address.Contains('@', StringComparison.Ordinal) || address.Length > ContactPerson.EmailMaxLength)
        {
            errors.Add(new FieldError("Email", "Contact.EmailFormat", []));
        }
        else if (await store.FindByEmailAsync(address) is not null)
        {
            errors.Add(new FieldError("Email", "Account.EmailTaken", []));
        }

        if (string.IsNullOrWhiteSpace(fullName))
        {
            errors.Add(new FieldError("FullName", "Account.NameRequired", []));
        }

        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        var userId = Guid.CreateVersion7();
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.MembershipDecided, staff.UserId, userId, "invited", now));
        await store.CreateAsync(new NewAccount(userId, address, fullName.Trim(), null, Roles.FirmUser, company.Id, MembershipStatus.Active, now));
        return new Invitation(userId, address, await store.PasswordResetTokenAsync(userId));
    }
}
