using IzmirSymbiosis.Domain.Accounts;

namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>Read-only look-ups over the accounts, each on its own short-lived context.</summary>
public interface IAccountDirectory
{
    /// <summary>What the access rule needs about an enabled account; null when it is missing or disabled.</summary>
    Task<AccountState?> StateAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The display name of an account (also a disabled one); null when it does not exist.</summary>
    Task<string?> DisplayNameAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Every account with its roles and company name (the programme has hundreds, not millions).</summary>
    Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Firm users whose membership waits for a decision, oldest first, with their firm.</summary>
    Task<IReadOnlyList<PendingMember>> PendingMembersAsync(CancellationToken cancellationToken = default);
}

/// <summary>An enabled account's roles, company, zones and session stamp.</summary>
public sealed record AccountState(
    Guid Id,
    IReadOnlyList<string> Roles,
    Guid? CompanyId,
    MembershipStatus Membership,
    IReadOnlyList<int> ZoneIds,
    string? SecurityStamp,
    bool TwoFactorEnabled);

/// <summary>An account as lists show it.</summary>
public sealed record AccountSummary(
    Guid Id,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Roles,
    Guid? CompanyId,
    string? CompanyName,
    IReadOnlyList<int> ZoneIds,
    MembershipStatus Membership,
    bool TwoFactorEnabled,
    bool IsDisabled,
    DateTimeOffset CreatedAt);

/// <summary>A firm user waiting for approval, with the firm's zone for the access rule.</summary>
public sealed record PendingMember(
    Guid UserId,
    string DisplayName,
    string? Email,
    Guid CompanyId,
    string CompanyName,
    int? ZoneId,
    string? ZoneShortName,
    DateTimeOffset RequestedAt);
