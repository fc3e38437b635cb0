using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// The signed-in user's own membership state, for the waiting page. The page does not name the
/// firm's zone: a sign-up with someone else's VKN would otherwise learn where that firm is.
/// </summary>
public sealed class OwnMembershipQuery(IAccountDirectory directory, ICurrentUser currentUser)
{
    /// <summary>The state; <see cref="MembershipStatus.None"/> for nobody.</summary>
    public async Task<MembershipStatus> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return user.UserId is { } id && await directory.StateAsync(id, cancellationToken) is { } state
            ? state.Membership
            : MembershipStatus.None;
    }
}

/// <summary>Memberships the signed-in staff member (or admin) may decide (<see cref="AccessPolicy.MayManageMembersOf"/>).</summary>
public sealed class PendingMembershipsQuery(IAccountDirectory directory, ICurrentUser currentUser)
{
    /// <summary>Oldest request first; empty for anyone else.</summary>
    public async Task<IReadOnlyList<PendingMembership>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var staff = await currentUser.GetAsync(cancellationToken);
        if (!AccessPolicy.MayManageMembers(staff))
        {
            return [];
        }

        var rows = await directory.PendingMembersAsync(cancellationToken);
        return [.. rows
            .Where(r => AccessPolicy.MayManageMembersOf(staff, r.CompanyId, r.ZoneId))
            .Select(r => new PendingMembership(r.UserId, r.DisplayName, r.Email ?? string.Empty, r.CompanyId, r.CompanyName, r.ZoneShortName, r.RequestedAt))];
    }
}

/// <summary>Firms the signed-in staff member (or admin) may invite people to, by name.</summary>
public sealed class InvitableCompaniesQuery(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>Empty for anyone who manages no members.</summary>
    public async Task<IReadOnlyList<InvitableCompany>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var staff = await currentUser.GetAsync(cancellationToken);
        if (!AccessPolicy.MayManageMembers(staff))
        {
            return [];
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var zones = staff.ZoneIds.ToList();
        var all = staff.IsIn(Roles.Admin);
        var rows = await db.Companies.AsNoTracking()
            .Where(c => all || (c.ZoneId != null && zones.Contains(c.ZoneId.Value)))
            .OrderBy(c => c.LegalName)
            .Select(c => new { c.Id, c.LegalName, c.ZoneId })
            .ToListAsync(cancellationToken);

        // The SQL narrows by zone; the access rule decides.
        return [.. rows.Where(r => AccessPolicy.MayManageMembersOf(staff, r.Id, r.ZoneId)).Select(r => new InvitableCompany(r.Id, r.LegalName))];
    }
}
