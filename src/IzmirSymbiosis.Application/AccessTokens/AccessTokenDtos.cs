using System.ComponentModel.DataAnnotations;

namespace IzmirSymbiosis.Application.AccessTokens;

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
