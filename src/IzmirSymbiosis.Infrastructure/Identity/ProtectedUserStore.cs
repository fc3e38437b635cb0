using System.Security.Cryptography;
using System.Text;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>
/// Identity's EF user store with the two-factor secrets protected at rest: the authenticator key is
/// encrypted with ASP.NET Core Data Protection (key ring in PostgreSQL, see
/// <see cref="DependencyInjection.AddIdentityStores"/>), and each recovery code is kept only as a
/// salted PBKDF2 hash. Values written before this store existed (plain text) are still read, and
/// <see cref="ProtectLegacySecretsAsync"/> rewrites them.
/// </summary>
internal sealed class ProtectedUserStore(AppDbContext context, IdentityErrorDescriber describer, IDataProtectionProvider protection)
    : UserStore<AppUser, IdentityRole<Guid>, AppDbContext, Guid>(context, describer)
{
    // The names Identity's own store uses, so existing rows are found.
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyTokenName = "AuthenticatorKey";
    private const string RecoveryCodeTokenName = "RecoveryCodes";

    private const string ProtectedKeyPrefix = "dp1:";
    private const string HashedCodePrefix = "h1:";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // Recovery codes carry ~47 bits of randomness: a salted, iterated hash makes an offline search
    // of a stolen table impractical, while redeeming (at most ten hashes) stays fast.
    private const int HashIterations = 10_000;

    private readonly IDataProtector _keys = protection.CreateProtector("IzmirSymbiosis.Identity.AuthenticatorKey.v1");

    /// <inheritdoc />
    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, ProtectKey(key), cancellationToken);

    /// <inheritdoc />
    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, cancellationToken);
        return stored is null || !stored.StartsWith(ProtectedKeyPrefix, StringComparison.Ordinal)
            ? stored
            : _keys.Unprotect(stored[ProtectedKeyPrefix.Length..]);
    }

    /// <inheritdoc />
    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, string.Join(';', recoveryCodes.Select(HashCode)), cancellationToken);

    /// <inheritdoc />
    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var entries = await StoredCodesAsync(user, cancellationToken);
        var presented = Normalise(code);
        var hit = -1;
        for (var i = 0; i < entries.Length; i++)
        {
            if (Matches(entries[i], presented) && hit < 0)
            {
                hit = i;
            }
        }

        if (hit < 0)
        {
            return false;
        }

        var rest = entries.Where((_, i) => i != hit).Select(e => IsHashed(e) ? e : HashCode(e));
        await SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, string.Join(';', rest), cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public override async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken) =>
        (await StoredCodesAsync(user, cancellationToken)).Length;

    /// <summary>
    /// Encrypts authenticator keys and hashes recovery codes that are still stored in plain text
    /// (written before this store); returns how many rows changed. Idempotent.
    /// </summary>
    public async Task<int> ProtectLegacySecretsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Context.UserTokens
            .Where(t => t.LoginProvider == InternalLoginProvider && (t.Name == AuthenticatorKeyTokenName || t.Name == RecoveryCodeTokenName))
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var row in rows.Where(r => !string.IsNullOrEmpty(r.Value)))
        {
            var value = row.Value!;
            var updated = row.Name == AuthenticatorKeyTokenName
                ? value.StartsWith(ProtectedKeyPrefix, StringComparison.Ordinal) ? value : ProtectKey(value)
                : string.Join(';', value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(e => IsHashed(e) ? e : HashCode(e)));
            if (updated != value)
            {
                row.Value = updated;
                changed++;
            }
        }

        await Context.SaveChangesAsync(cancellationToken);
        return changed;
    }

    private string ProtectKey(string key) => ProtectedKeyPrefix + _keys.Protect(key);

    private async Task<string[]> StoredCodesAsync(AppUser user, CancellationToken cancellationToken) =>
        (await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken) ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsHashed(string entry) => entry.StartsWith(HashedCodePrefix, StringComparison.Ordinal);

    // Codes are compared without case, spaces or dashes: people type "abcde fghij" for "ABCDE-FGHIJ".
    private static string Normalise(string code) =>
        string.Concat(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant));

    private static string HashCode(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(Normalise(code), salt);
        return $"{HashedCodePrefix}{Convert.ToBase64String(salt)}:{Convert.ToBase64String(hash)}";
    }

    private static bool Matches(string entry, string normalisedCode)
    {
        if (!IsHashed(entry))
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Normalise(entry)), Encoding.UTF8.GetBytes(normalisedCode));
        }

        var parts = entry[HashedCodePrefix.Length..].Split(':');
        if (parts.Length != 2)
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[1]);
        return CryptographicOperations.FixedTimeEquals(Derive(normalisedCode, Convert.FromBase64String(parts[0])), expected);
    }

    private static byte[] Derive(string normalisedCode, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(normalisedCode), salt, HashIterations, HashAlgorithmName.SHA256, HashBytes);
}
