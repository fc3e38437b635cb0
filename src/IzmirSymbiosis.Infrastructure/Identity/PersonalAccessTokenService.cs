using System.Buffers.Text;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Infrastructure.Identity;

/// <summary>How long new personal access tokens live (<c>Security:AccessTokenLifetimeDays</c>).</summary>
public sealed class PersonalAccessTokenOptions
{
    /// <summary>Configuration section (shared with the web layer's security switches).</summary>
    public const string SectionName = "Security";

    /// <summary>Days from creation until a token expires.</summary>
    [Range(1, 3650)]
    public int AccessTokenLifetimeDays { get; set; } = 90;
}

/// <summary>A token's public facts, as its owner's list shows them (never the secret or its hash).</summary>
public sealed record PersonalAccessTokenInfo(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    bool IsExpired)
{
    /// <summary>Whether it is still accepted: not revoked and not expired.</summary>
    public bool IsActive => RevokedAt is null && !IsExpired;
}

/// <summary>A newly created token; <see cref="Secret"/> is available here and nowhere else, ever.</summary>
public sealed record CreatedPersonalAccessToken(PersonalAccessTokenInfo Token, string Secret);

/// <summary>Who a presented token acts for.</summary>
public sealed record PersonalAccessTokenOwner(Guid TokenId, Guid UserId, string SecurityStamp);

/// <summary>
/// Creates, lists and revokes a user's personal access tokens and checks presented ones. Secrets are
/// <c>izs_</c> + 32 random bytes in base64url; only their SHA-256 is stored. A token expires
/// <see cref="PersonalAccessTokenOptions.AccessTokenLifetimeDays"/> after creation. Creation and revocation
/// are audited in the same save. One short-lived context per operation (safe inside a circuit).
/// </summary>
public sealed class PersonalAccessTokenService(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, IOptions<PersonalAccessTokenOptions> options)
{
    /// <summary>Every secret starts with this, so leaked tokens are easy to scan for.</summary>
    public const string SecretPrefix = "izs_";

    /// <summary>Most active tokens one user may hold.</summary>
    public const int MaxActivePerUser = 20;

    private static readonly TimeSpan s_lastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Creates a named token for the signed-in user and returns its secret, once.</summary>
    public async Task<CreatedPersonalAccessToken> CreateAsync(UserContext user, string name, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser(user);
        var trimmed = name?.Trim() ?? string.Empty;
        var errors = new ErrorCollector();
        if (trimmed.Length == 0)
        {
            errors.Add(new FieldError("Name", "Token.NameRequired", []));
        }
        else if (trimmed.Length > PersonalAccessToken.NameMaxLength)
        {
            errors.Add(new FieldError("Name", "Token.NameTooLong", [PersonalAccessToken.NameMaxLength]));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (await db.PersonalAccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresAt > now, cancellationToken) >= MaxActivePerUser)
        {
            errors.Add(new FieldError("Name", "Token.TooMany", [MaxActivePerUser]));
        }

        errors.ThrowIfAny();
        var secret = SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = new PersonalAccessToken(userId, trimmed, Hash(secret), secret[..PersonalAccessToken.PrefixLength], now, now.AddDays(options.Value.AccessTokenLifetimeDays));
        db.PersonalAccessTokens.Add(token);
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.TokenChanged, userId, userId, $"created {token.Id}", token.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedPersonalAccessToken(Info(token, now), secret);
    }

    /// <summary>The signed-in user's tokens, newest first, revoked and expired ones included.</summary>
    public async Task<IReadOnlyList<PersonalAccessTokenInfo>> ListAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var tokens = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return [.. tokens.Select(t => Info(t, now))];
    }

    /// <summary>Revokes one of the signed-in user's tokens; another user's token does not exist (404).</summary>
    public async Task RevokeAsync(UserContext user, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken)
            ?? throw new NotFoundException(nameof(PersonalAccessToken), tokenId);
        if (token.RevokedAt is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        token.Revoke(now);
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.TokenChanged, userId, userId, $"revoked {token.Id}", now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The owner of a presented secret when it is a known, unrevoked, unexpired token of an enabled
    /// user; null otherwise. Records the use (at most once a minute per token).
    /// </summary>
    public async Task<PersonalAccessTokenOwner?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presented) || !presented.StartsWith(SecretPrefix, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }

        var hash = Hash(presented);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hit = await (
            from t in db.PersonalAccessTokens.AsNoTracking()
            join u in db.Users on t.UserId equals u.Id
            where t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now && !u.IsDisabled
            select new { t.Id, t.UserId, t.LastUsedAt, u.SecurityStamp })
            .FirstOrDefaultAsync(cancellationToken);
        if (hit is null)
        {
            return null;
        }

        if (hit.LastUsedAt is not { } last || now - last >= s_lastUsedResolution)
        {
            await db.PersonalAccessTokens.Where(t => t.Id == hit.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return new PersonalAccessTokenOwner(hit.Id, hit.UserId, hit.SecurityStamp ?? string.Empty);
    }

    /// <summary>SHA-256 of a secret as lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static Guid RequireUser(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.UserId ?? throw new InvalidOperationException("Tokens belong to a signed-in user.");
    }

    private static PersonalAccessTokenInfo Info(PersonalAccessToken t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, now >= t.ExpiresAt);
}
