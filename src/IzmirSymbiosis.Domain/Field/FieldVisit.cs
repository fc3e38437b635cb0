using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Field;

/// <summary>
/// A site visit of the programme's field team to a firm (DESIGN.md §3, field records): when, who
/// visited, whom they met (with gender, for UNDP), notes, the streams found there (created as the
/// firm's streams and listed here) and follow-ups with due dates. Invariants: a firm; a date not in
/// the future and not before 2000; at least one visitor; bounded lists; follow-ups not due before
/// the visit.
/// </summary>
public sealed class FieldVisit : Entity
{
    /// <summary>Maximum length of the visitors' names.</summary>
    public const int VisitorsMaxLength = 500;

    /// <summary>Maximum length of the notes.</summary>
    public const int NotesMaxLength = 4000;

    /// <summary>Most participants one visit lists.</summary>
    public const int MaxParticipants = 50;

    /// <summary>Most follow-ups one visit lists.</summary>
    public const int MaxFollowUps = 30;

    /// <summary>Most streams one visit lists.</summary>
    public const int MaxStreams = 50;

    private readonly List<VisitParticipant> _participants = [];
    private readonly List<FollowUp> _followUps = [];

    private FieldVisit()
    {
        Visitors = string.Empty;
    }

    /// <summary>The visited firm.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>The day of the visit.</summary>
    public DateOnly VisitedOn { get; private set; }

    /// <summary>Who visited (names of the field team, free text).</summary>
    public string Visitors { get; private set; }

    /// <summary>What was seen and said.</summary>
    public string? Notes { get; private set; }

    /// <summary>The firm's people met.</summary>
    public IReadOnlyList<VisitParticipant> Participants => _participants;

    /// <summary>What to do next, by when.</summary>
    public IReadOnlyList<FollowUp> FollowUps => _followUps;

    /// <summary>Ids of the firm's streams found on this visit, in the order they were recorded.</summary>
    public List<Guid> StreamIds { get; private set; } = [];

    /// <summary>Who recorded it.</summary>
    public Guid CreatedBy { get; private set; }

    /// <summary>
    /// A visit to <paramref name="companyId"/>; <paramref name="today"/> is the day in Türkiye
    /// (a visit cannot be recorded before it happened).
    /// </summary>
    public static FieldVisit Create(Guid companyId, DateOnly visitedOn, string? visitors, string? notes, DateOnly today, Guid createdBy, DateTimeOffset now)
    {
        if (companyId == Guid.Empty)
        {
            throw new DomainException("Field.Required", nameof(CompanyId));
        }

        var visit = new FieldVisit { CompanyId = companyId, CreatedBy = createdBy, CreatedAt = now, UpdatedAt = now };
        visit.Describe(visitedOn, visitors, notes, today);
        return visit;
    }

    /// <summary>The visit date rule: not before 2000 (<c>Field.DateTooEarly</c>), not after <paramref name="today"/> (<c>Field.DateInFuture</c>).</summary>
    public static DateOnly CheckDate(DateOnly visitedOn, DateOnly today) => FieldText.PastDate(visitedOn, today, nameof(VisitedOn));

    /// <summary>The visitors rule: required, at most <see cref="VisitorsMaxLength"/>, plain text; returns the trimmed names.</summary>
    public static string CheckVisitors(string? visitors) => FieldText.Clean(visitors, nameof(Visitors), VisitorsMaxLength, required: true)!;

    /// <summary>The notes rule: optional, at most <see cref="NotesMaxLength"/>, plain text with line breaks.</summary>
    public static string? CheckNotes(string? notes) => FieldText.Clean(notes, nameof(Notes), NotesMaxLength, required: false, multiLine: true);

    /// <summary>Changes the date, visitors and notes. Follow-ups are checked against the new date.</summary>
    public void Describe(DateOnly visitedOn, string? visitors, string? notes, DateOnly today)
    {
        var date = CheckDate(visitedOn, today);
        var names = CheckVisitors(visitors);
        var text = CheckNotes(notes);
        if (_followUps.Any(f => f.DueOn < date))
        {
            throw new DomainException("FieldVisit.FollowUpBeforeVisit", nameof(VisitedOn));
        }

        (VisitedOn, Visitors, Notes) = (date, names, text);
        Touch();
    }

    /// <summary>Replaces the participants (at most <see cref="MaxParticipants"/>).</summary>
    public void SetParticipants(IReadOnlyCollection<VisitParticipant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (participants.Count > MaxParticipants)
        {
            throw new DomainException("Field.TooMany", nameof(Participants), MaxParticipants);
        }

        _participants.Clear();
        _participants.AddRange(participants);
        Touch();
    }

    /// <summary>Replaces the follow-ups (at most <see cref="MaxFollowUps"/>, none due before the visit).</summary>
    public void SetFollowUps(IReadOnlyCollection<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        if (followUps.Count > MaxFollowUps)
        {
            throw new DomainException("Field.TooMany", nameof(FollowUps), MaxFollowUps);
        }

        if (followUps.Any(f => f.DueOn < VisitedOn))
        {
            throw new DomainException("FieldVisit.FollowUpBeforeVisit", nameof(FollowUps));
        }

        _followUps.Clear();
        _followUps.AddRange(followUps);
        Touch();
    }

    /// <summary>Lists a stream of the visited firm as found on this visit.</summary>
    public void AddStream(Guid streamId)
    {
        if (StreamIds.Count >= MaxStreams)
        {
            throw new DomainException("Field.TooMany", nameof(StreamIds), MaxStreams);
        }

        if (!StreamIds.Contains(streamId))
        {
            StreamIds = [.. StreamIds, streamId];
            Touch();
        }
    }
}
