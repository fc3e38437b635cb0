using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// Confirms or refuses a pending membership; only who manages the firm's members
/// (<see cref="AccessPolicy.MayManageMembersOf"/>: staff of the firm's zone or an admin). The
/// decision and its audit row are saved together and take effect at once.
/// </summary>
public sealed class DecideMembershipCommand(IIdentityStoreFactory stores, ICurrentUser currentUser, TimeProvider clock)
{
    /// <exception cref="NotFoundException">No such pending membership for this user to decide.</exception>
    public async Task ExecuteAsync(Guid userId, bool approve, CancellationToken cancellationToken = default)
    {
        var staff = await currentUser.GetAsync(cancellationToken);
        await using var store = await stores.OpenAsync(cancellationToken);
        var user = await store.FindByIdAsync(userId) ?? throw new NotFoundException("User", userId);
        var company = user.CompanyId is { } cid ? await store.Db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, cancellationToken) : null;
        if (company is null || user.Membership != MembershipStatus.Pending || !AccessPolicy.MayManageMembersOf(staff, company.Id, company.ZoneId))
        {
            throw new NotFoundException("User", userId);
        }

        store.Db.AuditEvents.Add(new AuditEvent(AuditEventTypes.MembershipDecided, staff.UserId, user.Id, approve ? "approved" : "rejected", clock.GetUtcNow()));
        await store.UpdateAsync(user.Id, new AccountChange { Membership = approve ? MembershipStatus.Active : MembershipStatus.Rejected });
    }
}
