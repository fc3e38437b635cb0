using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>Reads accounts straight from the identity tables, one pooled context per call.</summary>
internal sealed class AccountDirectory(IDbContextFactory<AppDbContext> contexts) : IAccountDirectory
{
    public async Task<AccountState?> StateAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.Id, u.CompanyId, u.Membership, u.ZoneIds, u.SecurityStamp, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where ur.UserId == userId
            select r.Name!).ToListAsync(cancellationToken);
        return new AccountState(user.Id, roles, user.CompanyId, user.Membership, user.ZoneIds, user.SecurityStamp, user.TwoFactorEnabled);
    }

    public async Task<string?> DisplayNameAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await (
            from u in db.Users.AsNoTracking()
            join c in db.Companies on u.CompanyId equals c.Id into companies
            from c in companies.DefaultIfEmpty()
            select new { u.Id, u.DisplayName, u.Email, u.CompanyId, CompanyName = c == null ? null : c.LegalName, u.ZoneIds, u.Membership, u.TwoFactorEnabled, u.IsDisabled, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var roles = (await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        return [.. accounts.Select(a => new AccountSummary(
            a.Id, a.DisplayName, a.Email, [.. roles[a.Id]], a.CompanyId, a.CompanyName, a.ZoneIds, a.Membership, a.TwoFactorEnabled, a.IsDisabled, a.CreatedAt))];
    }

    public async Task<IReadOnlyList<PendingMember>> PendingMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
            from u in db.Users.AsNoTracking()
            where u.Membership == MembershipStatus.Pending && u.CompanyId != null
            join c in db.Companies on u.CompanyId equals c.Id
            join z in db.Zones on c.ZoneId equals z.Id into zones
            from z in zones.DefaultIfEmpty()
            orderby u.CreatedAt
            select new PendingMember(u.Id, u.DisplayName, u.Email, c.Id, c.LegalName, c.ZoneId, z == null ? null : z.ShortName, u.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
