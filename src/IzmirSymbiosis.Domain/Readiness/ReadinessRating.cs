using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Readiness;

/// <summary>
/// One perspective of an assessment: a level on the 1–9 scale (<see cref="ReadinessScale"/>) and an
/// optional note saying why. The field of a broken rule is the perspective's name (level) or
/// <c>{Perspective}Note</c> (note), so the error lands next to the input that caused it.
/// </summary>
public sealed record ReadinessRating
{
    /// <summary>Creates a rating; throws <see cref="DomainException"/> (<c>Readiness.LevelRange</c>, <c>Readiness.NoteTooLong</c>) when it breaks a rule.</summary>
    public ReadinessRating(ReadinessPerspective perspective, int level, string? note = null)
    {
        if (!Enum.IsDefined(perspective))
        {
            throw new DomainException("Readiness.PerspectiveUnknown", nameof(Perspective));
        }

        if (level is < ReadinessScale.MinLevel or > ReadinessScale.MaxLevel)
        {
            throw new DomainException("Readiness.LevelRange", perspective.ToString(), ReadinessScale.MinLevel, ReadinessScale.MaxLevel);
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > ReadinessScale.NoteMaxLength })
        {
            throw new DomainException("Readiness.NoteTooLong", NoteField(perspective), ReadinessScale.NoteMaxLength);
        }

        Perspective = perspective;
        Level = level;
        Note = trimmed;
    }

    /// <summary>The perspective.</summary>
    public ReadinessPerspective Perspective { get; }

    /// <summary>The level, 1–9.</summary>
    public int Level { get; }

    /// <summary>Why this level (trimmed; null when none was given).</summary>
    public string? Note { get; }

    /// <summary>The input field of a perspective's note.</summary>
    public static string NoteField(ReadinessPerspective perspective) => $"{perspective}Note";
}

/// <summary>The readiness scale shared by the six perspectives.</summary>
public static class ReadinessScale
{
    /// <summary>Lowest level.</summary>
    public const int MinLevel = 1;

    /// <summary>Highest level (nine, as the TRL scale the other perspectives are worded alongside).</summary>
    public const int MaxLevel = 9;

    /// <summary>Longest note per perspective, characters.</summary>
    public const int NoteMaxLength = 500;

    /// <summary>The perspectives in the order the radar and the tables show them.</summary>
    public static IReadOnlyList<ReadinessPerspective> Perspectives { get; } = Enum.GetValues<ReadinessPerspective>();
}
