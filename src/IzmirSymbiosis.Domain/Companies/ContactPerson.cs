using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Companies;

/// <summary>A firm's contact person. Personal data under KVKK: never log these values.</summary>
public sealed class ContactPerson
{
    /// <summary>Maximum length of a name.</summary>
    public const int NameMaxLength = 120;

    /// <summary>Maximum length of a job title.</summary>
    public const int TitleMaxLength = 120;

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

    /// <summary>
    /// When the firm recorded that this person was given the KVKK information notice and agreed to
    /// their details being kept and shown to the programme's staff and to firms after an accepted
    /// introduction; null for a contact recorded before consent was asked (kept, never shared).
    /// </summary>
    public DateTimeOffset? ConsentAt { get; set; }

    /// <summary>The user who recorded the consent (null when it came with the programme's own data).</summary>
    public Guid? ConsentBy { get; set; }

    /// <summary>Whether the person's details may be shared beyond the firm (see <see cref="ConsentAt"/>).</summary>
    public bool HasConsent => ConsentAt is not null;

    /// <summary>
    /// Throws <see cref="DomainException"/> on the field that breaks a rule: a name is required; an
    /// e-mail holds an <c>@</c>; lengths within the maxima; plain text only.
    /// </summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(FullName))
        {
            throw new DomainException("Contact.NameRequired", nameof(FullName));
        }

        CheckLength(FullName, NameMaxLength, nameof(FullName));
        CheckLength(Title, TitleMaxLength, nameof(Title));
        if (Email is { Length: > 0 } email && (!email.Contains('@', StringComparison.Ordinal) || email.Length > EmailMaxLength))
        {
            throw new DomainException("Contact.EmailFormat", nameof(Email));
        }

        CheckLength(Phone, PhoneMaxLength, nameof(Phone));
        Guard.PlainText(FullName, nameof(FullName));
        Guard.PlainText(Title, nameof(Title));
        Guard.PlainText(Email, nameof(Email));
        Guard.PlainText(Phone, nameof(Phone));
    }

    private static void CheckLength(string? text, int max, string field)
    {
        if (text?.Length > max)
        {
            throw new DomainException("Contact.TooLong", field, max);
        }
    }

    /// <summary>Whether <paramref name="other"/> holds the same details (name, title, e-mail, phone).</summary>
    public bool SameDetails(ContactPerson other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return FullName == other.FullName && Title == other.Title && Email == other.Email && Phone == other.Phone;
    }
}
