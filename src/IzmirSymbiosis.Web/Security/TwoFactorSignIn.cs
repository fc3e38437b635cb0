using IzmirSymbiosis.Application.Auditing;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Web.Security;

/// <summary>What a second-factor sign-in led to.</summary>
public enum TwoFactorSignInOutcome
{
    /// <summary>Signed in.</summary>
    SignedIn,

    /// <summary>Too many failures: locked for a while.</summary>
    LockedOut,

    /// <summary>Wrong code.</summary>
    Failed,

    /// <summary>No correct password came first (or it expired): start at the login page.</summary>
    NoPendingSignIn,
}

/// <summary>
/// The cookie side of two-factor sign-in, over Identity's <see cref="SignInManager{TUser}"/>, so the
/// account pages never see the identity user type. Every attempt is audited.
/// </summary>
public sealed class TwoFactorSignIn(SignInManager<AppUser> signIn, AuditTrail audit)
{
    /// <summary>Whether a correct password was given and the second factor is awaited.</summary>
    public async Task<bool> IsPendingAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    /// <summary>
    /// Checks an authenticator code (six digits) or, for anything else, a one-time recovery code, and
    /// signs in when it is right.
    /// </summary>
    public async Task<TwoFactorSignInOutcome> SignInAsync(string? code, bool rememberMe, bool rememberMachine)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return TwoFactorSignInOutcome.NoPendingSignIn;
        }

        var typed = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var isTotp = typed.Length == 6 && typed.All(char.IsAsciiDigit);
        var result = isTotp
            ? await signIn.TwoFactorAuthenticatorSignInAsync(typed, rememberMe, rememberMachine)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(typed);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditEventTypes.LoginSucceeded, user.Id, null, isTotp ? "2fa" : "2fa recovery code");
            return TwoFactorSignInOutcome.SignedIn;
        }

        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditEventTypes.LockedOut, user.Id, null, "2fa");
            return TwoFactorSignInOutcome.LockedOut;
        }

        await audit.WriteAsync(AuditEventTypes.LoginFailed, user.Id, null, "wrong 2fa code");
        return TwoFactorSignInOutcome.Failed;
    }

    /// <summary>Renews this session's cookie after the account's security stamp changed (it ended every session).</summary>
    public async Task RefreshAsync(Guid userId)
    {
        if (await signIn.UserManager.FindByIdAsync(userId.ToString()) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
