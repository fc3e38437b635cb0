using System.Globalization;
using System.Security.Cryptography;
using IzmirSymbiosis.Application.Accounts;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>
/// Enrolment and re-enrolment of the authenticator app and new recovery codes. Each one needs the
/// current password and, once two-factor authentication is on, a current authenticator or
/// recovery code, checked here on the server; failures count towards the account lockout. A stored
/// key is never shown again: enrolling always makes a new key, which replaces the old one only when
/// a code from it is confirmed. Changes are audited and end the user's other sessions.
/// </summary>
internal sealed class TwoFactorService(
    UserManager<AppUser> users,
    IUserStore<AppUser> store,
    IDataProtectionProvider protection,
    AppDbContext db,
    TimeProvider clock) : ITwoFactorService
{
    /// <summary>How many recovery codes a user gets.</summary>
    public const int RecoveryCodeCount = 8;

    /// <summary>How long a shown key may wait for its confirming code.</summary>
    public static readonly TimeSpan EnrolmentLifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector _tickets = protection.CreateProtector("IzmirSymbiosis.Identity.AuthenticatorEnrolment.v1");

    public async Task<TwoFactorStatus?> StatusAsync(Guid userId)
    {
        if (await FindAsync(userId) is not { } user)
        {
            return null;
        }

        var required = (await users.GetRolesAsync(user)).Any(r => Roles.RequireTwoFactor.Contains(r));
        return new TwoFactorStatus(user.Email ?? string.Empty, user.TwoFactorEnabled, required);
    }

    public async Task<ReauthenticationResult> ReauthenticateAsync(Guid userId, string? password, string? code) =>
        await ReauthenticateAsync(await RequireAsync(userId), password, code);

    public async Task<AuthenticatorEnrolment> BeginEnrolmentAsync(Guid userId) => BeginEnrolment(await RequireAsync(userId));

    public async Task<string?> KeyOfAsync(Guid userId, string? ticket) =>
        await FindAsync(userId) is { } user ? KeyOf(user, ticket) : null;

    public async Task<IReadOnlyList<string>?> CompleteEnrolmentAsync(Guid userId, string? ticket, string? code) =>
        await CompleteEnrolmentAsync(await RequireAsync(userId), ticket, code);

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Guid userId) => await NewRecoveryCodesAsync(await RequireAsync(userId));

    private Task<AppUser?> FindAsync(Guid userId) => users.FindByIdAsync(userId.ToString());

    private async Task<AppUser> RequireAsync(Guid userId) =>
        await FindAsync(userId) ?? throw new InvalidOperationException("The account no longer exists.");

    /// <summary>Checks the password and, when two-factor authentication is on, a current code (authenticator or recovery).</summary>
    private async Task<ReauthenticationResult> ReauthenticateAsync(AppUser user, string? password, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.IsLockedOutAsync(user))
        {
            return ReauthenticationResult.LockedOut;
        }

        var ok = await users.CheckPasswordAsync(user, password ?? string.Empty);
        if (ok && user.TwoFactorEnabled)
        {
            var typed = Normalise(code);
            ok = typed.Length == 6 && typed.All(char.IsAsciiDigit)
                ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed)
                : typed.Length > 0 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, typed)).Succeeded;
        }

        if (!ok)
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? ReauthenticationResult.LockedOut : ReauthenticationResult.Failed;
        }

        await users.ResetAccessFailedCountAsync(user);
        return ReauthenticationResult.Succeeded;
    }

    /// <summary>A new key for the user to add to an authenticator app; nothing is stored yet.</summary>
    private AuthenticatorEnrolment BeginEnrolment(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = users.GenerateNewAuthenticatorKey();
        var expires = (clock.GetUtcNow() + EnrolmentLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var ticket = _tickets.Protect(string.Join('|', user.Id.ToString("N"), user.SecurityStamp, expires, key));
        return new AuthenticatorEnrolment(key, ticket);
    }

    /// <summary>The key inside an enrolment ticket when it is this user's, this session's and fresh.</summary>
    private string? KeyOf(AppUser user, string? ticket)
    {
        ArgumentNullException.ThrowIfNull(user);
        string payload;
        try
        {
            payload = _tickets.Unprotect(ticket ?? string.Empty);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        return parts.Length == 4 && parts[0] == user.Id.ToString("N") && parts[1] == user.SecurityStamp &&
            long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? parts[3]
            : null;
    }

    /// <summary>
    /// Stores the ticket's key once <paramref name="code"/> proves the app has it, turns two-factor
    /// authentication on and returns new recovery codes (shown once); null when the ticket or code is wrong.
    /// </summary>
    private async Task<IReadOnlyList<string>?> CompleteEnrolmentAsync(AppUser user, string? ticket, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = KeyOf(user, ticket);
        if (key is null || !TotpCode.Matches(key, Normalise(code), clock.GetUtcNow()))
        {
            return null;
        }

        var wasEnabled = user.TwoFactorEnabled;
        await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        user.TwoFactorEnabled = true;
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.TwoFactorEnabled, user.Id, user.Id, wasEnabled ? "authenticator replaced" : "enrolled", clock.GetUtcNow()));
        Check(await users.UpdateAsync(user));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);

        // Other sessions end: whoever else held one must prove the new factor.
        Check(await users.UpdateSecurityStampAsync(user));
        return [.. codes!];
    }

    /// <summary>Replaces the recovery codes (call after a successful re-authentication); returns the new ones, shown once.</summary>
    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.TwoFactorEnabled)
        {
            throw new InvalidOperationException("Recovery codes need two-factor authentication.");
        }

        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.TwoFactorEnabled, user.Id, user.Id, "recovery codes replaced", clock.GetUtcNow()));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return [.. codes!];
    }

    private static string Normalise(string? code) =>
        string.Concat((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-'));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}

/// <summary>RFC 6238 codes (SHA-1, 30-second steps, 6 digits) for a base32 key, as authenticator apps compute them.</summary>
internal static class TotpCode
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Whether <paramref name="code"/> is the key's code for now or the step before or after (clock drift).</summary>
    public static bool Matches(string base32Key, string code, DateTimeOffset now)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var key = Decode(base32Key);
        var step = now.ToUnixTimeSeconds() / 30;
        var hit = false;
        for (var drift = -1; drift <= 1; drift++)
        {
            hit |= CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(Compute(key, step + drift)), System.Text.Encoding.ASCII.GetBytes(code));
        }

        return hit;
    }

    private static string Compute(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Decode(string base32)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32.ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
