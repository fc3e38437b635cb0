using IzmirSymbiosis.Domain.Readiness;

namespace IzmirSymbiosis.Application.Readiness;

/// <summary>One perspective of an assessment as the UI shows it.</summary>
/// <param name="Perspective">The perspective.</param>
/// <param name="Level">The level, 1–9.</param>
/// <param name="Note">Why, if the assessor said.</param>
public sealed record ReadinessRatingView(ReadinessPerspective Perspective, int Level, string? Note)
{
    /// <summary>What the level means.</summary>
    public ReadinessLevelDefinition Definition => ReadinessLevels.Of(Perspective, Level);
}

/// <summary>One assessment of an exchange.</summary>
/// <param name="Id">The assessment.</param>
/// <param name="Sequence">Its number (1 for the first).</param>
/// <param name="AssessedAt">When.</param>
/// <param name="AssessorName">Who (display name; "—" when the account is gone).</param>
/// <param name="Ratings">The six ratings, in <see cref="ReadinessScale.Perspectives"/> order.</param>
public sealed record ReadinessAssessmentView(Guid Id, int Sequence, DateTimeOffset AssessedAt, string AssessorName, IReadOnlyList<ReadinessRatingView> Ratings)
{
    /// <summary>The rating of a perspective.</summary>
    public ReadinessRatingView Of(ReadinessPerspective perspective) => Ratings.Single(r => r.Perspective == perspective);
}

/// <summary>An exchange's readiness: the current assessment, every assessment newest first, and whether the reader may add one.</summary>
/// <param name="ExchangeId">The exchange.</param>
/// <param name="Current">The latest assessment, if any.</param>
/// <param name="History">All assessments, newest first.</param>
/// <param name="MayAssess">Whether the reader may add an assessment now (<see cref="ReadinessRules"/>).</param>
public sealed record ExchangeReadiness(Guid ExchangeId, ReadinessAssessmentView? Current, IReadOnlyList<ReadinessAssessmentView> History, bool MayAssess)
{
    /// <summary>The number a new assessment is based on (the current one's, 0 for none).</summary>
    public int CurrentSequence => Current?.Sequence ?? 0;
}

/// <summary>A level and note the assessor enters for one perspective (the level is null until picked).</summary>
/// <param name="Perspective">The perspective.</param>
/// <param name="Level">The level picked, 1–9.</param>
/// <param name="Note">Why (optional, at most <see cref="ReadinessScale.NoteMaxLength"/> characters).</param>
public sealed record ReadinessRatingInput(ReadinessPerspective Perspective, int? Level, string? Note);

/// <summary>A new assessment, from the assessment the assessor saw.</summary>
/// <param name="BasedOnSequence">The number of the current assessment the assessor saw (<see cref="ExchangeReadiness.CurrentSequence"/>; 0 for none).</param>
/// <param name="Ratings">One per perspective.</param>
public sealed record ReadinessInput(int BasedOnSequence, IReadOnlyList<ReadinessRatingInput> Ratings);

/// <summary>Which exchanges a distribution counts, within what the user may see.</summary>
/// <param name="ZoneId">Only exchanges with a party firm in this zone; null for all the user sees.</param>
/// <param name="IncludeClosed">Also rejected and withdrawn exchanges (left out by default: they go no further).</param>
public sealed record ReadinessScope(int? ZoneId = null, bool IncludeClosed = false)
{
    /// <summary>Everything the user sees, closed exchanges left out.</summary>
    public static ReadinessScope All { get; } = new();
}

/// <summary>How many exchanges stand at each level of one perspective.</summary>
/// <param name="Perspective">The perspective.</param>
/// <param name="Counts">Exchanges per level: index 0 is level 1, index 8 level 9.</param>
public sealed record ReadinessPerspectiveCounts(ReadinessPerspective Perspective, IReadOnlyList<int> Counts)
{
    /// <summary>The exchanges at <paramref name="level"/>.</summary>
    public int At(int level) => Counts[level - ReadinessScale.MinLevel];

    /// <summary>The median level (the lower middle for an even count); null when none is assessed.</summary>
    public int? Median
    {
        get
        {
            var total = Counts.Sum();
            if (total == 0)
            {
                return null;
            }

            var half = (total + 1) / 2;
            var running = 0;
            for (var i = 0; i < Counts.Count; i++)
            {
                running += Counts[i];
                if (running >= half)
                {
                    return i + ReadinessScale.MinLevel;
                }
            }

            return null;
        }
    }
}

/// <summary>
/// The readiness of the exchanges in a scope: per perspective, how many stand at each level by their
/// current (latest) assessment; <see cref="Exchanges"/> counts every exchange of the scope, assessed or not.
/// </summary>
/// <param name="Exchanges">Exchanges in the scope.</param>
/// <param name="Assessed">Of them, those with an assessment.</param>
/// <param name="Perspectives">The counts, in <see cref="ReadinessScale.Perspectives"/> order.</param>
public sealed record ReadinessDistribution(int Exchanges, int Assessed, IReadOnlyList<ReadinessPerspectiveCounts> Perspectives);
