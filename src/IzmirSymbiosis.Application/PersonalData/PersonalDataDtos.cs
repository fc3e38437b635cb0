namespace IzmirSymbiosis.Application.PersonalData;

/// <summary>Where a person was found.</summary>
public enum PersonSource
{
    /// <summary>A platform account.</summary>
    Account,

    /// <summary>A contact person of a company.</summary>
    Contact,
}

/// <summary>One place where a person's data is held (no secrets).</summary>
public sealed record PersonHit(
    PersonSource Source,
    string FullName,
    string? Email,
    string? Title,
    Guid? UserId,
    Guid? CompanyId,
    string? CompanyName,
    bool IsDisabled);

/// <summary>An export ready to download.</summary>
public sealed record PersonalDataFile(string FileName, byte[] Content)
{
    /// <summary>Media type of the content.</summary>
    public const string ContentType = "application/json; charset=utf-8";
}

/// <summary>What an erasure removed.</summary>
public sealed record PersonalDataErasure(int Accounts, int Contacts);
