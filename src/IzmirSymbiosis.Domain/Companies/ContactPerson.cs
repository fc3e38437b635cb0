namespace IzmirSymbiosis.Domain.Companies;

/// <summary>A firm's contact person. Personal data under KVKK: never log these values.</summary>
public sealed class ContactPerson
{
    /// <summary>Maximum length of a name.</summary>
    public const int NameMaxLength = 120;

    /// <summary>Maximum length of an e-mail address.</summary>
    public const int EmailMaxLength = 254;

    /// <summary>Maximum length of a phone number.</summary>
    public const int PhoneMaxLength = 32;

    /// <summary>Full name.</summary>
    public required string FullName { get; set; }

    /// <summary>Job title, e.g. "Çevre Müdürü".</summary>
    public string? Title { get; set; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; set; }
}
