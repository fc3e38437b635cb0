using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Accounts;

namespace IzmirSymbiosis.Application.Security;

/// <summary>Builds the access rule's <see cref="UserContext"/> from the account as stored now.</summary>
internal sealed class UserDirectory(IAccountDirectory accounts) : IUserDirectory
{
    public async Task<UserContext> LoadAsync(Guid userId, string? securityStamp, CancellationToken cancellationToken = default)
    {
        var user = await accounts.StateAsync(userId, cancellationToken);
        if (user is null || user.SecurityStamp != securityStamp)
        {
            return UserContext.Anonymous;
        }

        if (!user.TwoFactorEnabled && user.Roles.Any(r => Roles.RequireTwoFactor.Contains(r)))
        {
            return UserContext.Anonymous with { UserId = user.Id, MustEnableTwoFactor = true };
        }

        var company = user.Membership == MembershipStatus.Active ? user.CompanyId : null;
        return new UserContext(user.Id, user.Roles.ToHashSet(StringComparer.Ordinal), company, user.ZoneIds.ToHashSet())
        {
            // Signed up (or refused) but not approved: signed in, yet no firm or market data at all.
            AwaitingApproval = user.Membership is MembershipStatus.Pending or MembershipStatus.Rejected,
        };
    }
}
