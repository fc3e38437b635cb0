using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Field;

/// <summary>
/// A stakeholder workshop (DESIGN.md §3, field records): when, where, who organised it, how many
/// people of each stakeholder type and gender came (UNDP reporting), and the synergy topics found.
/// <see cref="ZoneId"/> is the zone that ran it (its staff see and edit it); none for the agency's
/// own. Invariants: a date not in the future; a place and an organiser; one count row per type and
/// gender; bounded lists.
/// </summary>
public sealed class Workshop : Entity
{
    /// <summary>Maximum length of the place.</summary>
    public const int PlaceMaxLength = 200;

    /// <summary>Maximum length of the organiser.</summary>
    public const int OrganiserMaxLength = 200;

    /// <summary>Maximum length of the notes.</summary>
    public const int NotesMaxLength = 4000;

    /// <summary>Most topics one workshop lists (the June 2023 workshop had 164).</summary>
    public const int MaxTopics = 300;

    private readonly List<ParticipantCount> _participants = [];
    private readonly List<SynergyTopic> _topics = [];

    private Workshop()
    {
        Place = string.Empty;
        Organiser = string.Empty;
    }

    /// <summary>The day it was held.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>Where, e.g. "İAOSB Konferans Salonu, Çiğli".</summary>
    public string Place { get; private set; }

    /// <summary>Who organised it, e.g. "İZKA ve UNDP".</summary>
    public string Organiser { get; private set; }

    /// <summary>The zone that ran it; null for the agency's own workshops.</summary>
    public int? ZoneId { get; private set; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; private set; }

    /// <summary>Participants counted by stakeholder type and gender.</summary>
    public IReadOnlyList<ParticipantCount> Participants => _participants;

    /// <summary>The synergy topics identified.</summary>
    public IReadOnlyList<SynergyTopic> Topics => _topics;

    /// <summary>Everyone counted.</summary>
    public int ParticipantTotal => _participants.Sum(p => p.Count);

    /// <summary>Who recorded it.</summary>
    public Guid CreatedBy { get; private set; }

    /// <summary>A workshop; <paramref name="today"/> is the day in Türkiye.</summary>
    public static Workshop Create(DateOnly heldOn, string? place, string? organiser, int? zoneId, string? notes, DateOnly today, Guid createdBy, DateTimeOffset now)
    {
        var workshop = new Workshop { CreatedBy = createdBy, CreatedAt = now, UpdatedAt = now };
        workshop.Describe(heldOn, place, organiser, zoneId, notes, today);
        return workshop;
    }

    /// <summary>The date rule: not before 2000, not after <paramref name="today"/>.</summary>
    public static DateOnly CheckDate(DateOnly heldOn, DateOnly today) => FieldText.PastDate(heldOn, today, nameof(HeldOn));

    /// <summary>The place rule: required, at most <see cref="PlaceMaxLength"/>, plain text.</summary>
    public static string CheckPlace(string? place) => FieldText.Clean(place, nameof(Place), PlaceMaxLength, required: true)!;

    /// <summary>The organiser rule: required, at most <see cref="OrganiserMaxLength"/>, plain text.</summary>
    public static string CheckOrganiser(string? organiser) => FieldText.Clean(organiser, nameof(Organiser), OrganiserMaxLength, required: true)!;

    /// <summary>The notes rule: optional, at most <see cref="NotesMaxLength"/>.</summary>
    public static string? CheckNotes(string? notes) => FieldText.Clean(notes, nameof(Notes), NotesMaxLength, required: false, multiLine: true);

    /// <summary>Changes the date, place, organiser, zone and notes.</summary>
    public void Describe(DateOnly heldOn, string? place, string? organiser, int? zoneId, string? notes, DateOnly today)
    {
        var date = CheckDate(heldOn, today);
        var where = CheckPlace(place);
        var by = CheckOrganiser(organiser);
        var text = CheckNotes(notes);
        (HeldOn, Place, Organiser, ZoneId, Notes) = (date, where, by, zoneId, text);
        Touch();
    }

    /// <summary>Replaces the counts; <c>Workshop.DuplicateCount</c> when a type and gender appear twice.</summary>
    public void SetParticipants(IReadOnlyCollection<ParticipantCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var types = Enum.GetValues<StakeholderType>().Length * Enum.GetValues<Gender>().Length;
        if (counts.Count > types || counts.DistinctBy(c => (c.StakeholderType, c.Gender)).Count() != counts.Count)
        {
            throw new DomainException("Workshop.DuplicateCount", nameof(Participants));
        }

        _participants.Clear();
        _participants.AddRange(counts);
        Touch();
    }

    /// <summary>
    /// Replaces the topics (at most <see cref="MaxTopics"/>); a topic with the id of an existing one
    /// keeps its exchange (its firms and offer are then fixed).
    /// </summary>
    public void SetTopics(IReadOnlyCollection<SynergyTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count > MaxTopics)
        {
            throw new DomainException("Field.TooMany", nameof(Topics), MaxTopics);
        }

        foreach (var topic in topics)
        {
            if (_topics.FirstOrDefault(t => t.Id == topic.Id) is { } previous)
            {
                topic.KeepExchangeOf(previous);
            }
        }

        _topics.Clear();
        _topics.AddRange(topics);
        Touch();
    }
}
