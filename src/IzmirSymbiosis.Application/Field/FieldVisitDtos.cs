using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.Field;

/// <summary>A person met on a visit, as a form sends and shows it.</summary>
public sealed record ParticipantInput(string? FullName, string? Role, Gender Gender);

/// <summary>A follow-up as a form sends and shows it.</summary>
public sealed record FollowUpInput(string? Text, DateOnly? DueOn, bool Done = false);

/// <summary>
/// What the field team fills in for a site visit. Errors name these fields; those of a row are
/// <c>Participants[i].FullName</c>, <c>FollowUps[i].DueOn</c> and so on.
/// </summary>
public sealed record FieldVisitInput(
    Guid CompanyId,
    DateOnly? VisitedOn,
    string? Visitors,
    string? Notes,
    IReadOnlyList<ParticipantInput> Participants,
    IReadOnlyList<FollowUpInput> FollowUps);

/// <summary>A saved visit and the version to send with the next change.</summary>
public sealed record FieldVisitRef(Guid Id, uint Version);

/// <summary>What the visit list is filtered by.</summary>
/// <param name="ZoneId">Only firms of this zone.</param>
/// <param name="CompanyId">Only this firm.</param>
/// <param name="From">Visits on or after this day.</param>
/// <param name="To">Visits on or before this day.</param>
public sealed record FieldVisitFilter(int? ZoneId = null, Guid? CompanyId = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A visit in the list.</summary>
/// <param name="OpenFollowUps">Follow-ups not done.</param>
/// <param name="NextDue">The earliest due date of an open follow-up.</param>
public sealed record FieldVisitSummary(
    Guid Id,
    DateOnly VisitedOn,
    Guid CompanyId,
    string CompanyName,
    string? ZoneName,
    string Visitors,
    int Participants,
    int Women,
    int Streams,
    int OpenFollowUps,
    DateOnly? NextDue,
    uint Version);

/// <summary>A stream found on a visit.</summary>
public sealed record FoundStream(Guid Id, StreamDirection Direction, ResourceKind Kind, string Description, string? EwcCode);

/// <summary>A visit in full, for its form.</summary>
/// <param name="CanAddStreams">Whether the user may create streams for the firm (<see cref="Security.AccessPolicy.ForCompany"/>: experts read firms, they do not edit them).</param>
public sealed record FieldVisitDetail(
    Guid Id,
    uint Version,
    Guid CompanyId,
    string CompanyName,
    FieldVisitInput Input,
    IReadOnlyList<FoundStream> Streams,
    bool CanAddStreams);
