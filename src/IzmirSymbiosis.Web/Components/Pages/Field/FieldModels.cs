using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Domain.Field;

namespace IzmirSymbiosis.Web.Components.Pages.Field;

/// <summary>A participant row as the form edits it.</summary>
public sealed class ParticipantModel
{
    public string? FullName { get; set; }

    public string? Role { get; set; }

    public Gender Gender { get; set; } = Gender.Female;

    public ParticipantInput ToInput() => new(FullName, Role, Gender);

    public static ParticipantModel From(ParticipantInput p) => new() { FullName = p.FullName, Role = p.Role, Gender = p.Gender };
}

/// <summary>A follow-up row as the form edits it.</summary>
public sealed class FollowUpModel
{
    public string? Text { get; set; }

    public DateTime? DueOn { get; set; }

    public bool Done { get; set; }

    public FollowUpInput ToInput() => new(Text, DueOn is { } d ? DateOnly.FromDateTime(d) : null, Done);

    public static FollowUpModel From(FollowUpInput f) => new() { Text = f.Text, DueOn = f.DueOn?.ToDateTime(TimeOnly.MinValue), Done = f.Done };
}

/// <summary>The filters of a field list as the filter bar holds them.</summary>
public sealed record FieldFilterState(int? ZoneId, Exchanges.CompanyOption? Company, DateTime? From, DateTime? To)
{
    public DateOnly? FromDay => From is { } d ? DateOnly.FromDateTime(d) : null;

    public DateOnly? ToDay => To is { } d ? DateOnly.FromDateTime(d) : null;
}

/// <summary>A participant count row as the form edits it.</summary>
public sealed class CountModel
{
    public StakeholderType StakeholderType { get; set; }

    public Gender Gender { get; set; }

    public int Count { get; set; } = 1;
}

/// <summary>A synergy topic row as the form edits it, with the donor's offers to choose from.</summary>
public sealed class TopicModel
{
    public Guid? Id { get; set; }

    public string? Material { get; set; }

    public string? DonorNace { get; set; }

    public string? ReceiverNace { get; set; }

    public Exchanges.CompanyOption? Donor { get; set; }

    public Exchanges.CompanyOption? Receiver { get; set; }

    public Guid? OfferStreamId { get; set; }

    public IReadOnlyList<KeyValuePair<Guid, string>> Offers { get; set; } = [];

    public Guid? ExchangeId { get; set; }

    public TopicInput ToInput() => new(Id, Material, DonorNace, ReceiverNace, Donor?.Id, Receiver?.Id, OfferStreamId);
}
