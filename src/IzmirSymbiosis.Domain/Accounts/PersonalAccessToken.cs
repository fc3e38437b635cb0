namespace IzmirSymbiosis.Domain.Accounts;

/// <summary>
/// A personal access token for the REST API (<c>Authorization: Bearer</c>). Only the SHA-256 hash
/// of the secret is stored; the secret itself is shown to its owner once, at creation. It expires
/// at <see cref="ExpiresAt"/> (90 days after creation by default), so a forgotten token stops working.
/// </summary>
public sealed class PersonalAccessToken
{
    /// <summary>Maximum length of a token's name.</summary>
    public const int NameMaxLength = 80;

    /// <summary>How many leading characters of the secret are kept for display (<c>izs_</c> + 8).</summary>
    public const int PrefixLength = 12;

    private PersonalAccessToken()
    {
        Name = string.Empty;
        TokenHash = string.Empty;
        Prefix = string.Empty;
    }

    /// <summary>Creates a token record for a secret's hash.</summary>
    public PersonalAccessToken(Guid userId, string name, string tokenHash, string prefix, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        if (expiresAt <= createdAt)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), "A token must expire after it is created.");
        }

        Id = Guid.CreateVersion7();
        UserId = userId;
        Name = name;
        TokenHash = tokenHash;
        Prefix = prefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The owner; the token acts as this user.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The owner's label for it (e.g. "ERP export").</summary>
    public string Name { get; private set; }

    /// <summary>SHA-256 of the secret, lower-case hex (64 characters).</summary>
    public string TokenHash { get; private set; }

    /// <summary>The first characters of the secret, so the owner can recognise it.</summary>
    public string Prefix { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it stops being accepted (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it was last accepted (UTC, updated at most once a minute).</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>When it was revoked; a revoked token is never accepted again.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Revokes it (idempotent: the first revocation time is kept).</summary>
    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
