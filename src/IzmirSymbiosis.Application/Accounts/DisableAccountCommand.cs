using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>Disables an account (<see cref="AccessPolicy.MayAdministerAccounts"/>): it can no longer sign in and its sessions end.</summary>
public sealed class DisableAccountCommand(IIdentityStoreFactory stores, ICurrentUser currentUser, TimeProvider clock)
{
    /// <exception cref="NotFoundException">No such account, or the user is not an admin.</exception>
    public async Task ExecuteAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var admin = await currentUser.GetAsync(cancellationToken);
        if (!AccessPolicy.MayAdministerAccounts(admin))
        {
            throw new NotFoundException("User", userId);
        }

        await using var store = await stores.OpenAsync(cancellationToken);
        var user = await store.FindByIdAsync(userId) ?? throw new NotFoundException("User", userId);
        store.Db.AuditEvents.Add(new AuditEvent(AuditEventTypes.UserDisabled, admin.UserId, user.Id, null, clock.GetUtcNow()));
        await store.UpdateAsync(user.Id, new AccountChange { Disable = true });
    }
}
