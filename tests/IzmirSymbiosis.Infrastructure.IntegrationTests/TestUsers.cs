using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests;

/// <summary>
/// Accounts written straight into the identity tables (the tables that hold users and roles are
/// firm data: each reset empties them), for tests whose rows point at real users.
/// </summary>
public static class TestUsers
{
    /// <summary>Adds an enabled account with one role and returns the context the access rule would load for it.</summary>
    public static async Task<UserContext> AddAsync(
        TestDatabase database,
        string role,
        Guid? companyId = null,
        int[]? zones = null,
        MembershipStatus membership = MembershipStatus.Active,
        bool twoFactor = true,
        bool disabled = false,
        string? email = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var roleRow = await db.Roles.FirstOrDefaultAsync(r => r.Name == role);
        if (roleRow is null)
        {
            roleRow = new IdentityRole<Guid>(role) { Id = Guid.NewGuid(), NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(roleRow);
        }

        var id = Guid.NewGuid();
        var address = email ?? $"{id:N}@test.example.com.tr";
        db.Users.Add(new AppUser
        {
            Id = id,
            UserName = address,
            NormalizedUserName = address.ToUpperInvariant(),
            Email = address,
            NormalizedEmail = address.ToUpperInvariant(),
            DisplayName = "Test " + role,
            CompanyId = companyId,
            Membership = companyId is null ? MembershipStatus.None : membership,
            ZoneIds = [.. zones ?? []],
            TwoFactorEnabled = twoFactor,
            IsDisabled = disabled,
            SecurityStamp = Guid.NewGuid().ToString(),
        });
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = id, RoleId = roleRow.Id });
        await db.SaveChangesAsync();
        return new UserContext(id, new HashSet<string> { role }, companyId, (zones ?? []).ToHashSet())
        {
            AwaitingApproval = companyId is not null && membership != MembershipStatus.Active,
        };
    }
}
