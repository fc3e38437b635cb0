using IzmirSymbiosis.Domain.Accounts;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>What a firm fills in to sign up.</summary>
public sealed class FirmSignUp
{
    /// <summary>The person's full name.</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary>E-mail (the login).</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Password, at least 12 characters.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>The firm's VKN; on confirmation an existing firm is joined, else a new one created.</summary>
    public string TaxNumber { get; set; } = string.Empty;

    /// <summary>Legal name of a new firm.</summary>
    public string LegalName { get; set; } = string.Empty;

    /// <summary>NACE class of a new firm.</summary>
    public string NaceCode { get; set; } = string.Empty;

    /// <summary>District of a new firm.</summary>
    public string District { get; set; } = string.Empty;

    /// <summary>Zone of a new firm.</summary>
    public int? ZoneId { get; set; }
}

/// <summary>What a valid sign-up form led to; the form answers the same in every case.</summary>
public enum SignUpStart
{
    /// <summary>A pending registration was stored: send <see cref="SignUpStarted.ConfirmationToken"/> to the address.</summary>
    ConfirmationNeeded,

    /// <summary>The address already has an account: tell its owner someone tried, nothing stored.</summary>
    AccountExists,

    /// <summary>Too many unconfirmed sign-ups for the address: nothing stored, nothing sent.</summary>
    TooMany,
}

/// <summary>The outcome of a sign-up form, for the mail to send (never for the response).</summary>
public sealed record SignUpStarted(SignUpStart Outcome, string Email, string? ConfirmationToken);

/// <summary>What following a confirmation link did.</summary>
public enum SignUpConfirmation
{
    /// <summary>The firm and the account were created; the membership waits for approval.</summary>
    CreatedFirm,

    /// <summary>A firm with this VKN existed: the account was created as a pending member of it.</summary>
    JoinedExistingFirm,

    /// <summary>The address got an account in the meantime: nothing created.</summary>
    AccountExists,

    /// <summary>Unknown, used or expired link.</summary>
    Invalid,
}

/// <summary>A membership waiting for a decision.</summary>
public sealed record PendingMembership(Guid UserId, string DisplayName, string Email, Guid CompanyId, string CompanyName, string? ZoneShortName, DateTimeOffset RequestedAt);

/// <summary>A firm a staff member may invite people to.</summary>
public sealed record InvitableCompany(Guid Id, string Name);

/// <summary>An invited person's account and the token for their password-setting link.</summary>
public sealed record Invitation(Guid UserId, string Email, string PasswordToken);

/// <summary>A password-reset request for an existing, enabled account: where to send the link.</summary>
public sealed record PasswordResetRequest(string Email, string Token);

/// <summary>An account as the admin user list shows it.</summary>
public sealed record AccountListItem(
    Guid Id,
    string DisplayName,
    string Email,
    string? Role,
    Guid? CompanyId,
    string? CompanyName,
    IReadOnlyList<int> ZoneIds,
    IReadOnlyList<string> ZoneNames,
    MembershipStatus Membership,
    bool TwoFactorEnabled,
    bool IsDisabled,
    DateTimeOffset CreatedAt);

/// <summary>Outcome of asking a signed-in user to prove who they are again.</summary>
public enum ReauthenticationResult
{
    /// <summary>Password (and, with two-factor on, a current code) correct.</summary>
    Succeeded,

    /// <summary>Wrong password or code (one answer for both: it does not say which).</summary>
    Failed,

    /// <summary>Too many failures: the account is locked for a while.</summary>
    LockedOut,
}

/// <summary>A new authenticator key waiting to be confirmed with a code from it.</summary>
/// <param name="Key">The base32 key to show (this once) to the user.</param>
/// <param name="Ticket">The key, protected and time-limited, for the confirming post; bound to the user and session.</param>
public sealed record AuthenticatorEnrolment(string Key, string Ticket);

/// <summary>An account's two-factor state, for its set-up page.</summary>
/// <param name="Email">The account's e-mail (the authenticator entry's label).</param>
/// <param name="Enabled">Two-factor authentication is on.</param>
/// <param name="Required">The account's role requires it.</param>
public sealed record TwoFactorStatus(string Email, bool Enabled, bool Required);
