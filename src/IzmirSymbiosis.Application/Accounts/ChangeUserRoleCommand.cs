using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// Replaces a user's role, company and zones (<see cref="AccessPolicy.MayAdministerAccounts"/>); the
/// company is kept for firm users only, the zones for OIZ staff only. Takes effect at once.
/// </summary>
public sealed class ChangeUserRoleCommand(IIdentityStoreFactory stores, ICurrentUser currentUser, TimeProvider clock)
{
    /// <exception cref="NotFoundException">No such account or role, or the user is not an admin.</exception>
    public async Task ExecuteAsync(Guid userId, string role, Guid? companyId, IReadOnlyCollection<int> zoneIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zoneIds);
        var admin = await currentUser.GetAsync(cancellationToken);
        if (!AccessPolicy.MayAdministerAccounts(admin) || !Roles.All.Contains(role))
        {
            throw new NotFoundException("User", userId);
        }

        await using var store = await stores.OpenAsync(cancellationToken);
        var user = await store.FindByIdAsync(userId) ?? throw new NotFoundException("User", userId);
        store.Db.AuditEvents.Add(new AuditEvent(AuditEventTypes.RoleChanged, admin.UserId, user.Id, role, clock.GetUtcNow()));
        await store.UpdateAsync(user.Id, new AccountChange
        {
            Role = new RoleAssignment(role, role == Roles.FirmUser ? companyId : null, role == Roles.OizStaff ? [.. zoneIds] : []),
            Membership = role == Roles.FirmUser ? MembershipStatus.Active : MembershipStatus.None,
        });
    }
}
