using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Field;

/// <summary>
/// A person of the firm met on a site visit. Personal data under KVKK: the name and gender are kept
/// for UNDP's gender-disaggregated reporting only and never logged.
/// </summary>
public sealed class VisitParticipant
{
    /// <summary>Maximum length of a name.</summary>
    public const int NameMaxLength = 120;

    /// <summary>Maximum length of a job title.</summary>
    public const int RoleMaxLength = 120;

    private VisitParticipant()
    {
        FullName = string.Empty;
    }

    /// <summary>Full name.</summary>
    public string FullName { get; private set; }

    /// <summary>Job title, e.g. "Çevre Mühendisi".</summary>
    public string? Role { get; private set; }

    /// <summary>Gender as reported to UNDP.</summary>
    public Gender Gender { get; private set; }

    /// <summary>
    /// A participant; errors name the participant's own fields (<c>FullName</c>, <c>Role</c>,
    /// <c>Gender</c>) so a form can show them on the row.
    /// </summary>
    public static VisitParticipant Create(string? fullName, string? role, Gender gender) => new()
    {
        FullName = FieldText.Clean(fullName, nameof(FullName), NameMaxLength, required: true)!,
        Role = FieldText.Clean(role, nameof(Role), RoleMaxLength, required: false),
        Gender = Guard.Defined(gender, nameof(Gender)),
    };
}
