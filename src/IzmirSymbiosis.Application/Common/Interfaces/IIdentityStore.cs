using IzmirSymbiosis.Domain.Accounts;

namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>
/// Opens an <see cref="IIdentityStore"/> for one operation (implemented over ASP.NET Core Identity).
/// Blazor Server circuits live long; a store, like a context, must not.
/// </summary>
public interface IIdentityStoreFactory
{
    /// <summary>A store and its database context for one operation.</summary>
    Task<IIdentityStore> OpenAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Accounts as the use cases need them, seen through <see cref="AccountRecord"/> rather than the
/// identity user type. <see cref="Db"/> is the context the store saves users through, so audit
/// rows and other changes staged on it are saved with the next account change, and
/// <see cref="IAppDbContext.InTransactionAsync{T}"/> on it covers both.
/// </summary>
public interface IIdentityStore : IAsyncDisposable
{
    /// <summary>The context shared with the store.</summary>
    IAppDbContext Db { get; }

    /// <summary>The shortest password accepted.</summary>
    int RequiredPasswordLength { get; }

    /// <summary>An address as the store normalises it for look-ups.</summary>
    string NormalizeEmail(string email);

    /// <summary>Whether the password passes every configured password rule.</summary>
    Task<bool> IsPasswordAcceptableAsync(string password);

    /// <summary>A hash of the password made by the store's hasher (same algorithm and cost as sign-in).</summary>
    string HashPassword(string password);

    /// <summary>The account with this e-mail, or null.</summary>
    Task<AccountRecord?> FindByEmailAsync(string email);

    /// <summary>The account with this id, or null.</summary>
    Task<AccountRecord?> FindByIdAsync(Guid userId);

    /// <summary>Creates an account with one role; saves whatever is staged on <see cref="Db"/> with it.</summary>
    Task CreateAsync(NewAccount account);

    /// <summary>
    /// Changes an account and renews its security stamp, so its open sessions re-check at once; saves
    /// whatever is staged on <see cref="Db"/> with the change.
    /// </summary>
    Task UpdateAsync(Guid userId, AccountChange change);

    /// <summary>Renews the security stamp only (ends every session of the account).</summary>
    Task RenewSecurityStampAsync(Guid userId);

    /// <summary>A password-reset token for the account (also used for invitation links).</summary>
    Task<string> PasswordResetTokenAsync(Guid userId);

    /// <summary>Makes a token for nobody, so a request for an unknown address costs what a real one does.</summary>
    Task PasswordResetTokenForNobodyAsync();

    /// <summary>Sets a new password with a reset token and clears the failed sign-in count on success.</summary>
    Task<PasswordResetResult> ResetPasswordAsync(Guid userId, string token, string password);

    /// <summary>
    /// Erases the account's personal data in place (KVKK): name, e-mail, user name and phone replaced,
    /// disabled, no password, two-factor off, authenticator key, recovery codes, external logins and
    /// claims removed, a new security stamp. The row stays for the history that points at it.
    /// </summary>
    Task AnonymiseAsync(Guid userId, string displayName);
}

/// <summary>An account as the use cases see it (never a password hash or security secrets).</summary>
public sealed record AccountRecord(
    Guid Id,
    string DisplayName,
    string? Email,
    string? UserName,
    bool EmailConfirmed,
    string? PhoneNumber,
    IReadOnlyList<string> Roles,
    Guid? CompanyId,
    IReadOnlyList<int> ZoneIds,
    MembershipStatus Membership,
    DateTimeOffset CreatedAt,
    bool TwoFactorEnabled,
    bool IsDisabled,
    DateTimeOffset? LockoutEnd);

/// <summary>An account to create.</summary>
/// <param name="Id">Its id, chosen by the caller so audit rows can name it before it is saved.</param>
/// <param name="PasswordHash">A hash from <see cref="IIdentityStore.HashPassword"/>, or null for an account without a password yet.</param>
public sealed record NewAccount(
    Guid Id,
    string Email,
    string DisplayName,
    string? PasswordHash,
    string Role,
    Guid? CompanyId,
    MembershipStatus Membership,
    DateTimeOffset CreatedAt);

/// <summary>What to change in an account; null members stay as they are.</summary>
public sealed record AccountChange
{
    /// <summary>New membership state (applied after <see cref="Role"/>).</summary>
    public MembershipStatus? Membership { get; init; }

    /// <summary>Disable the account.</summary>
    public bool Disable { get; init; }

    /// <summary>Replace every role with this one, with its company and zones.</summary>
    public RoleAssignment? Role { get; init; }
}

/// <summary>A role with the company (firm users) or zones (OIZ staff) it comes with.</summary>
public sealed record RoleAssignment(string Role, Guid? CompanyId, IReadOnlyList<int> ZoneIds);

/// <summary>Outcome of a password reset.</summary>
public enum PasswordResetResult
{
    /// <summary>The password was changed.</summary>
    Succeeded,

    /// <summary>The token is wrong, used or expired.</summary>
    InvalidToken,

    /// <summary>The new password breaks a password rule.</summary>
    PasswordRejected,
}
