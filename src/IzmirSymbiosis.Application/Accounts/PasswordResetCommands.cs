using IzmirSymbiosis.Application.Auditing;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Auditing;

namespace IzmirSymbiosis.Application.Accounts;

/// <summary>
/// "Forgot password": a reset token for an enabled account with this e-mail. Anyone may ask; the
/// same work is done for an unknown address (a token made, an audit row written; only the caller's
/// mail is not sent), so the answer takes about as long and reveals nothing.
/// </summary>
public sealed class RequestPasswordResetCommand(IIdentityStoreFactory stores, AuditTrail audit)
{
    /// <summary>Where to send the link, or null when there is no enabled account (send nothing, answer the same).</summary>
    public async Task<PasswordResetRequest?> ExecuteAsync(string? email, CancellationToken cancellationToken = default)
    {
        await using var store = await stores.OpenAsync(cancellationToken);
        var user = string.IsNullOrWhiteSpace(email) ? null : await store.FindByEmailAsync(email.Trim());
        if (user is { IsDisabled: false })
        {
            var token = await store.PasswordResetTokenAsync(user.Id);
            await audit.WriteAsync(AuditEventTypes.PasswordReset, null, user.Id, "requested", cancellationToken);
            return new PasswordResetRequest(user.Email!, token);
        }

        await store.PasswordResetTokenForNobodyAsync();
        await audit.WriteAsync(AuditEventTypes.PasswordReset, null, null, "requested for an address without an account", cancellationToken);
        return null;
    }
}

/// <summary>Sets a new password with a reset (or invitation) token; the token is the authorization.</summary>
public sealed class ResetPasswordCommand(IIdentityStoreFactory stores, AuditTrail audit)
{
    /// <summary>The shortest password accepted, for the error message.</summary>
    public async Task<int> RequiredPasswordLengthAsync(CancellationToken cancellationToken = default)
    {
        await using var store = await stores.OpenAsync(cancellationToken);
        return store.RequiredPasswordLength;
    }

    /// <summary>Resets the password of an enabled account; unknown and disabled accounts get <see cref="PasswordResetResult.InvalidToken"/>.</summary>
    public async Task<PasswordResetResult> ExecuteAsync(string? email, string token, string? password, CancellationToken cancellationToken = default)
    {
        await using var store = await stores.OpenAsync(cancellationToken);
        var user = email is null ? null : await store.FindByEmailAsync(email);
        if (user is null || user.IsDisabled)
        {
            return PasswordResetResult.InvalidToken;
        }

        var result = await store.ResetPasswordAsync(user.Id, token, password ?? string.Empty);
        if (result == PasswordResetResult.Succeeded)
        {
            await audit.WriteAsync(AuditEventTypes.PasswordReset, user.Id, user.Id, "completed", cancellationToken);
        }

        return result;
    }
}
