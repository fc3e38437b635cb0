using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Readiness;

/// <summary>
/// A readiness assessment of one exchange in the six perspectives (<see cref="ReadinessPerspective"/>):
/// a level and an optional note each, who assessed and when. Assessments are only ever added: a new
/// one is numbered after the one its author saw (<see cref="Sequence"/>), so an author who saw an
/// older one is refused (<c>Readiness.Stale</c>) instead of overwriting a colleague's levels
/// silently, and the database keeps the numbers unique per exchange, so of two authors saving at
/// once one wins. The one with the highest number is the exchange's current readiness.
/// </summary>
public sealed class ReadinessAssessment
{
    private ReadinessAssessment()
    {
    }

    /// <summary>Identifier (random).</summary>
    public Guid Id { get; private set; }

    /// <summary>The exchange.</summary>
    public Guid ExchangeId { get; private set; }

    /// <summary>1 for the first assessment of the exchange, then one more for each later one.</summary>
    public int Sequence { get; private set; }

    /// <summary>Who assessed.</summary>
    public Guid AssessedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset AssessedAt { get; private set; }

    /// <summary>Technology and integration level.</summary>
    public int TechnologyLevel { get; private set; }

    /// <summary>Business level.</summary>
    public int BusinessLevel { get; private set; }

    /// <summary>Organisational level.</summary>
    public int OrganisationalLevel { get; private set; }

    /// <summary>Legal and ethical level.</summary>
    public int LegalLevel { get; private set; }

    /// <summary>Societal level.</summary>
    public int SocietalLevel { get; private set; }

    /// <summary>Environmental level.</summary>
    public int EnvironmentalLevel { get; private set; }

    /// <summary>Note on technology.</summary>
    public string? TechnologyNote { get; private set; }

    /// <summary>Note on business.</summary>
    public string? BusinessNote { get; private set; }

    /// <summary>Note on organisation.</summary>
    public string? OrganisationalNote { get; private set; }

    /// <summary>Note on the legal side.</summary>
    public string? LegalNote { get; private set; }

    /// <summary>Note on the societal side.</summary>
    public string? SocietalNote { get; private set; }

    /// <summary>Note on the environmental side.</summary>
    public string? EnvironmentalNote { get; private set; }

    /// <summary>The six ratings in <see cref="ReadinessScale.Perspectives"/> order.</summary>
    public IReadOnlyList<ReadinessRating> Ratings =>
        [.. ReadinessScale.Perspectives.Select(p => new ReadinessRating(p, LevelOf(p), NoteOf(p)))];

    /// <summary>
    /// The next assessment of an exchange whose current one is <paramref name="current"/> (null when it
    /// has none), written by someone who saw number <paramref name="basedOnSequence"/> (0 for none).
    /// </summary>
    /// <exception cref="DomainException">
    /// <c>Readiness.Stale</c> when someone assessed since <paramref name="basedOnSequence"/>;
    /// <c>Readiness.PerspectiveMissing</c> or <c>Readiness.PerspectiveTwice</c> unless each of the six perspectives is rated once.
    /// </exception>
    public static ReadinessAssessment Next(
        Guid exchangeId, ReadinessAssessment? current, int basedOnSequence, IReadOnlyCollection<ReadinessRating> ratings, Guid assessedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (current is not null && current.ExchangeId != exchangeId)
        {
            throw new ArgumentException("The current assessment is of another exchange.", nameof(current));
        }

        if (basedOnSequence != (current?.Sequence ?? 0))
        {
            throw new DomainException("Readiness.Stale", nameof(Sequence));
        }

        foreach (var perspective in ReadinessScale.Perspectives)
        {
            var count = ratings.Count(r => r.Perspective == perspective);
            if (count != 1)
            {
                throw new DomainException(count == 0 ? "Readiness.PerspectiveMissing" : "Readiness.PerspectiveTwice", perspective.ToString());
            }
        }

        var assessment = new ReadinessAssessment
        {
            Id = Guid.NewGuid(),
            ExchangeId = exchangeId,
            Sequence = basedOnSequence + 1,
            AssessedByUserId = assessedBy,
            AssessedAt = at,
        };
        foreach (var r in ratings)
        {
            assessment.Set(r);
        }

        return assessment;
    }

    /// <summary>The level of a perspective.</summary>
    public int LevelOf(ReadinessPerspective perspective) => perspective switch
    {
        ReadinessPerspective.Technology => TechnologyLevel,
        ReadinessPerspective.Business => BusinessLevel,
        ReadinessPerspective.Organisational => OrganisationalLevel,
        ReadinessPerspective.Legal => LegalLevel,
        ReadinessPerspective.Societal => SocietalLevel,
        ReadinessPerspective.Environmental => EnvironmentalLevel,
        _ => throw new ArgumentOutOfRangeException(nameof(perspective)),
    };

    /// <summary>The note of a perspective, if any.</summary>
    public string? NoteOf(ReadinessPerspective perspective) => perspective switch
    {
        ReadinessPerspective.Technology => TechnologyNote,
        ReadinessPerspective.Business => BusinessNote,
        ReadinessPerspective.Organisational => OrganisationalNote,
        ReadinessPerspective.Legal => LegalNote,
        ReadinessPerspective.Societal => SocietalNote,
        ReadinessPerspective.Environmental => EnvironmentalNote,
        _ => throw new ArgumentOutOfRangeException(nameof(perspective)),
    };

    private void Set(ReadinessRating r)
    {
        switch (r.Perspective)
        {
            case ReadinessPerspective.Technology:
                (TechnologyLevel, TechnologyNote) = (r.Level, r.Note);
                break;
            case ReadinessPerspective.Business:
                (BusinessLevel, BusinessNote) = (r.Level, r.Note);
                break;
            case ReadinessPerspective.Organisational:
                (OrganisationalLevel, OrganisationalNote) = (r.Level, r.Note);
                break;
            case ReadinessPerspective.Legal:
                (LegalLevel, LegalNote) = (r.Level, r.Note);
                break;
            case ReadinessPerspective.Societal:
                (SocietalLevel, SocietalNote) = (r.Level, r.Note);
                break;
            case ReadinessPerspective.Environmental:
                (EnvironmentalLevel, EnvironmentalNote) = (r.Level, r.Note);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(r));
        }
    }
}
