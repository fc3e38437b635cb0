using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.AccessTokens;

/// <summary>
/// Creates a named token for the signed-in user and returns its secret, once. It expires
/// <see cref="PersonalAccessTokenOptions.AccessTokenLifetimeDays"/> after creation; the creation is
/// audited in the same save.
/// </summary>
public sealed class CreateAccessTokenCommand(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock, IOptions<PersonalAccessTokenOptions> options)
{
    /// <exception cref="ValidationFailedException">The name is missing or too long, or the user holds too many tokens.</exception>
    public async Task<CreatedPersonalAccessToken> ExecuteAsync(string name, CancellationToken cancellationToken = default)
    {
        var userId = AccessTokenSecrets.OwnerOf(await currentUser.GetAsync(cancellationToken));
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

        await using var db = await contexts.CreateAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (await db.PersonalAccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresAt > now, cancellationToken) >= AccessTokenSecrets.MaxActivePerUser)
        {
            errors.Add(new FieldError("Name", "Token.TooMany", [AccessTokenSecrets.MaxActivePerUser]));
        }

        errors.ThrowIfAny();
        var secret = AccessTokenSecrets.NewSecret();
        var token = new PersonalAccessToken(userId, trimmed, AccessTokenSecrets.Hash(secret), secret[..PersonalAccessToken.PrefixLength], now, now.AddDays(options.Value.AccessTokenLifetimeDays));
        db.PersonalAccessTokens.Add(token);
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.TokenChanged, userId, userId, $"created {token.Id}", token.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedPersonalAccessToken(AccessTokenSecrets.Info(token, now), secret);
    }
}

/// <summary>The signed-in user's tokens, newest first, revoked and expired ones included.</summary>
public sealed class AccessTokenListQuery(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The list (no secrets, no hashes).</summary>
    public async Task<IReadOnlyList<PersonalAccessTokenInfo>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var userId = AccessTokenSecrets.OwnerOf(await currentUser.GetAsync(cancellationToken));
        await using var db = await contexts.CreateAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var tokens = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return [.. tokens.Select(t => AccessTokenSecrets.Info(t, now))];
    }
}

/// <summary>Revokes one of the signed-in user's tokens (audited); another user's token does not exist for them.</summary>
public sealed class RevokeAccessTokenCommand(IAppDbContextFactory contexts, ICurrentUser currentUser, TimeProvider clock)
{
    /// <exception cref="NotFoundException">No such token of this user.</exception>
    public async Task ExecuteAsync(Guid tokenId, CancellationToken cancellationToken = default)
    {
        var userId = AccessTokenSecrets.OwnerOf(await currentUser.GetAsync(cancellationToken));
        await using var db = await contexts.CreateAsync(cancellationToken);
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
}

/// <summary>
/// Checks a presented secret: its owner when it is a known, unrevoked, unexpired token of an enabled
/// user; null otherwise. Records the use (at most once a minute per token).
/// </summary>
public sealed class AccessTokenAuthenticator(IAppDbContextFactory contexts, IAccountDirectory accounts, TimeProvider clock)
{
    private static readonly TimeSpan s_lastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>The token's owner, or null.</summary>
    public async Task<PersonalAccessTokenOwner?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presented) || !presented.StartsWith(AccessTokenSecrets.SecretPrefix, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }

        var hash = AccessTokenSecrets.Hash(presented);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var hit = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.Id, t.UserId, t.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken);

        // A disabled (or missing) owner's tokens are not accepted.
        if (hit is null || await accounts.StateAsync(hit.UserId, cancellationToken) is not { } owner)
        {
            return null;
        }

        if (hit.LastUsedAt is not { } last || now - last >= s_lastUsedResolution)
        {
            await db.PersonalAccessTokens.Where(t => t.Id == hit.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return new PersonalAccessTokenOwner(hit.Id, hit.UserId, owner.SecurityStamp ?? string.Empty);
    }
}
