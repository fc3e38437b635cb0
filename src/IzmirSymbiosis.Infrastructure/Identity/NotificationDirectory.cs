using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>
/// Resolves notice audiences over the identity tables, with the same notion of an active account
/// as the access rule (<see cref="Application.Security.UserDirectory"/>): enabled; firm users with an
/// active membership of the firm; experts with two-factor authentication set up.
/// </summary>
internal sealed class NotificationDirectory(IDbContextFactory<AppDbContext> contexts) : INotificationDirectory
{
    public async Task<IReadOnlyList<Guid>> ResolveAsync(NoticeAudience audience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var companies = audience.CompanyIds.Distinct().ToList();
        var zones = audience.StaffOfZones.Distinct().ToArray();
        var listed = (audience.UserIds ?? []).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking().Where(u => !u.IsDisabled);
        var ids = new HashSet<Guid>();
        if (companies.Count > 0)
        {
            ids.UnionWith(await WithRole(db, users, Roles.FirmUser)
                .Where(u => u.CompanyId != null && companies.Contains(u.CompanyId.Value) && u.Membership == MembershipStatus.Active)
                .Select(u => u.Id).ToListAsync(cancellationToken));
        }

        if (zones.Length > 0)
        {
            ids.UnionWith(await WithRole(db, users, Roles.OizStaff)
                .Where(u => u.ZoneIds.Any(z => zones.Contains(z)))
                .Select(u => u.Id).ToListAsync(cancellationToken));
        }

        if (audience.Experts)
        {
            ids.UnionWith(await WithRole(db, users, Roles.Expert).Where(u => u.TwoFactorEnabled).Select(u => u.Id).ToListAsync(cancellationToken));
        }

        if (listed.Count > 0)
        {
            ids.UnionWith(await users.Where(u => listed.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken));
        }

        return [.. ids];
    }

    public async Task<IReadOnlyDictionary<Guid, string>> EmailsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var ids = userIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && !u.IsDisabled && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
    }

    private static IQueryable<AppUser> WithRole(AppDbContext db, IQueryable<AppUser> users, string role)
    {
        var holders = from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == role select ur.UserId;
        return users.Where(u => holders.Contains(u.Id));
    }
}
