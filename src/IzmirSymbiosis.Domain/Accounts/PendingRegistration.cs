namespace IzmirSymbiosis.Domain.Accounts;

/// <summary>
/// A firm sign-up waiting for its e-mail to be confirmed. Nothing for the firm (no company, no
/// account) exists until the link is followed; then both are created in one transaction. Only the
/// SHA-256 of the link's token and the password's hash are stored. Personal data under KVKK.
/// </summary>
public sealed class PendingRegistration
{
    /// <summary>Longest full name of a person signing up.</summary>
    public const int FullNameMaxLength = 120;

    /// <summary>How long a confirmation link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private PendingRegistration()
    {
        Email = NormalizedEmail = TokenHash = FullName = PasswordHash = TaxNumber = LegalName = NaceCode = District = string.Empty;
    }

    /// <summary>Records a validated sign-up (values as the company and account will hold them).</summary>
    public PendingRegistration(
        string email,
        string normalizedEmail,
        string fullName,
        string passwordHash,
        string tokenHash,
        string taxNumber,
        string legalName,
        string naceCode,
        string district,
        int? zoneId,
        DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        Email = email;
        NormalizedEmail = normalizedEmail;
        FullName = fullName;
        PasswordHash = passwordHash;
        TokenHash = tokenHash;
        TaxNumber = taxNumber;
        LegalName = legalName;
        NaceCode = naceCode;
        District = district;
        ZoneId = zoneId;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + Lifetime;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The address to confirm (the future login).</summary>
    public string Email { get; private set; }

    /// <summary>The address as Identity normalises it, for look-ups.</summary>
    public string NormalizedEmail { get; private set; }

    /// <summary>SHA-256 of the link's token, lower-case hex.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The person's name.</summary>
    public string FullName { get; private set; }

    /// <summary>The chosen password, hashed by Identity's password hasher.</summary>
    public string PasswordHash { get; private set; }

    /// <summary>The firm's VKN (validated).</summary>
    public string TaxNumber { get; private set; }

    /// <summary>Legal name for a new firm.</summary>
    public string LegalName { get; private set; }

    /// <summary>NACE class for a new firm.</summary>
    public string NaceCode { get; private set; }

    /// <summary>District for a new firm.</summary>
    public string District { get; private set; }

    /// <summary>Zone for a new firm.</summary>
    public int? ZoneId { get; private set; }

    /// <summary>When the form was sent (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the link stops working (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; private set; }
}
