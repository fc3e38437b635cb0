using System.Buffers.Text;
using System.Security.Cryptography;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;

namespace IzmirSymbiosis.Application.AccessTokens;

/// <summary>
/// Personal access token secrets: <c>izs_</c> + 32 random bytes in base64url; only their SHA-256 is
/// stored. Tokens belong to the signed-in user: their own tokens are the only ones that exist for them.
/// </summary>
public static class AccessTokenSecrets
{
    /// <summary>Every secret starts with this, so leaked tokens are easy to scan for.</summary>
    public const string SecretPrefix = "izs_";

    /// <summary>Most active tokens one user may hold.</summary>
    public const int MaxActivePerUser = 20;

    /// <summary>SHA-256 of a secret as lower-case hex.</summary>
    public static string Hash(string secret) => SecretHash.Sha256Hex(secret);

    /// <summary>A new random secret.</summary>
    internal static string NewSecret() => SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The owner of the tokens the user may see and change: the signed-in user themself.</summary>
    internal static Guid OwnerOf(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.UserId ?? throw new InvalidOperationException("Tokens belong to a signed-in user.");
    }

    internal static PersonalAccessTokenInfo Info(PersonalAccessToken t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, now >= t.ExpiresAt);
}
