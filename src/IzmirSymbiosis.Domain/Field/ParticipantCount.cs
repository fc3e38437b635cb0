using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Field;

/// <summary>How many participants of one stakeholder type and gender came to a workshop.</summary>
public sealed class ParticipantCount
{
    /// <summary>Largest count one row may hold.</summary>
    public const int MaxCount = 10_000;

    private ParticipantCount()
    {
    }

    /// <summary>Stakeholder type.</summary>
    public StakeholderType StakeholderType { get; private set; }

    /// <summary>Gender.</summary>
    public Gender Gender { get; private set; }

    /// <summary>Number of people, 1…<see cref="MaxCount"/>.</summary>
    public int Count { get; private set; }

    /// <summary>A row; <c>Field.CountRange</c> on <c>Count</c> outside 1…<see cref="MaxCount"/>.</summary>
    public static ParticipantCount Create(StakeholderType stakeholderType, Gender gender, int count) => new()
    {
        StakeholderType = Guard.Defined(stakeholderType, nameof(StakeholderType)),
        Gender = Guard.Defined(gender, nameof(Gender)),
        Count = count is >= 1 and <= MaxCount ? count : throw new DomainException("Field.CountRange", nameof(Count), MaxCount),
    };
}
