using IzmirSymbiosis.Application.Accounts;

namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>
/// Enrolment and re-enrolment of the authenticator app and new recovery codes for the signed-in
/// user's own account (implemented over ASP.NET Core Identity: lockout, token providers, key
/// protection). Each step needs the current password and, once two-factor authentication is on, a
/// current code; failures count towards the lockout. Changes are audited and end other sessions.
/// </summary>
public interface ITwoFactorService
{
    /// <summary>The account's e-mail and two-factor state; null when the account does not exist.</summary>
    Task<TwoFactorStatus?> StatusAsync(Guid userId);

    /// <summary>Checks the password and, when two-factor authentication is on, a current code (authenticator or recovery).</summary>
    Task<ReauthenticationResult> ReauthenticateAsync(Guid userId, string? password, string? code);

    /// <summary>A new key for the user to add to an authenticator app; nothing is stored yet.</summary>
    Task<AuthenticatorEnrolment> BeginEnrolmentAsync(Guid userId);

    /// <summary>The key inside a ticket from <see cref="BeginEnrolmentAsync"/> when it is this user's, this session's and fresh.</summary>
    Task<string?> KeyOfAsync(Guid userId, string? ticket);

    /// <summary>
    /// Stores the ticket's key once <paramref name="code"/> proves the app has it, turns two-factor
    /// authentication on and returns new recovery codes (shown once); null when the ticket or code is wrong.
    /// </summary>
    Task<IReadOnlyList<string>?> CompleteEnrolmentAsync(Guid userId, string? ticket, string? code);

    /// <summary>Replaces the recovery codes (after a successful <see cref="ReauthenticateAsync"/>); returns the new ones, shown once.</summary>
    Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Guid userId);
}
