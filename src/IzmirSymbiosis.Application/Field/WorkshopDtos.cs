using IzmirSymbiosis.Domain.Field;

namespace IzmirSymbiosis.Application.Field;

/// <summary>One row of participant counts.</summary>
public sealed record ParticipantCountInput(StakeholderType StakeholderType, Gender Gender, int Count);

/// <summary>
/// A synergy topic as a form sends it; <see cref="Id"/> is empty for a new topic and kept for an
/// existing one (so it keeps its exchange).
/// </summary>
public sealed record TopicInput(
    Guid? Id,
    string? Material,
    string? DonorNace = null,
    string? ReceiverNace = null,
    Guid? DonorCompanyId = null,
    Guid? ReceiverCompanyId = null,
    Guid? OfferStreamId = null);

/// <summary>
/// What the field team fills in for a workshop. Errors name these fields; those of a row are
/// <c>Participants[i].Count</c>, <c>Topics[i].Material</c> and so on.
/// </summary>
public sealed record WorkshopInput(
    DateOnly? HeldOn,
    string? Place,
    string? Organiser,
    int? ZoneId,
    string? Notes,
    IReadOnlyList<ParticipantCountInput> Participants,
    IReadOnlyList<TopicInput> Topics);

/// <summary>A saved workshop and the version to send with the next change.</summary>
public sealed record WorkshopRef(Guid Id, uint Version);

/// <summary>What the workshop list is filtered by.</summary>
public sealed record WorkshopFilter(int? ZoneId = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A workshop in the list.</summary>
public sealed record WorkshopSummary(
    Guid Id, DateOnly HeldOn, string Place, string Organiser, string? ZoneName, int Participants, int Women, int Topics, int Exchanges, uint Version);

/// <summary>A topic as shown: the input, the firms' names and the exchange made from it.</summary>
public sealed record TopicView(TopicInput Input, string? DonorName, string? ReceiverName, string? OfferDescription, Guid? ExchangeId);

/// <summary>A workshop in full, for its form.</summary>
public sealed record WorkshopDetail(Guid Id, uint Version, WorkshopInput Input, IReadOnlyList<TopicView> Topics);
