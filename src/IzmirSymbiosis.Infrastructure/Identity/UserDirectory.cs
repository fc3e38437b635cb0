using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>Reads a user's roles, company and zones straight from the identity tables.</summary>
internal sealed class UserDirectory(IDbContextFactory<AppDbContext> contexts) : IUserDirectory
{
    public async Task<UserContext> LoadAsync(Guid userId, string? securityStamp, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.Id, u.CompanyId, u.Membership, u.ZoneIds, u.SecurityStamp, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null || user.SecurityStamp != securityStamp)
        {
            return UserContext.Anonymous;
        }

        var roles = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where ur.UserId == userId
            select r.Name!).ToListAsync(cancellationToken);
        if (!user.TwoFactorEnabled && roles.Any(r => Roles.RequireTwoFactor.Contains(r)))
        {
            return UserContext.Anonymous with { UserId = user.Id, MustEnableTwoFactor = true };
        }

        var company = user.Membership == MembershipStatus.Active ? user.CompanyId : null;
        return new UserContext(user.Id, roles.ToHashSet(StringComparer.Ordinal), company, user.ZoneIds.ToHashSet())
        {
            // Signed up (or refused) but not approved: signed in, yet no firm or market data at all.
            AwaitingApproval = user.Membership is MembershipStatus.Pending or MembershipStatus.Rejected,
        };
    }
}
