using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;

namespace IzmirSymbiosis.Domain.Field;

/// <summary>
/// A potential synergy named at a workshop: a material going from a donor (a sector or a firm) to a
/// receiver (a sector or a firm). When both firms and the donor's offer are known it becomes an
/// exchange at stage Identified (<see cref="ExchangeId"/>). Invariants: a material; each side a
/// sector or a firm; not one firm on both sides; an offer only with a donor firm.
/// </summary>
public sealed class SynergyTopic
{
    /// <summary>Maximum length of the material.</summary>
    public const int MaterialMaxLength = 200;

    private SynergyTopic()
    {
        Material = string.Empty;
    }

    /// <summary>Identifier (random), so a topic keeps its exchange across edits.</summary>
    public Guid Id { get; private set; }

    /// <summary>The material or resource, e.g. "Mermer tozu".</summary>
    public string Material { get; private set; }

    /// <summary>The donor's NACE class or division (e.g. <c>23.70</c>), when the donor is a sector.</summary>
    public string? DonorNace { get; private set; }

    /// <summary>The receiver's NACE class or division, when the receiver is a sector.</summary>
    public string? ReceiverNace { get; private set; }

    /// <summary>The donor firm, when known.</summary>
    public Guid? DonorCompanyId { get; private set; }

    /// <summary>The receiver firm, when known.</summary>
    public Guid? ReceiverCompanyId { get; private set; }

    /// <summary>The donor's offer stream the exchange starts from.</summary>
    public Guid? OfferStreamId { get; private set; }

    /// <summary>The exchange made from this topic, once both firms and the offer are known.</summary>
    public Guid? ExchangeId { get; private set; }

    /// <summary>Whether the topic has what an exchange needs and has none yet.</summary>
    public bool ReadyForExchange => ExchangeId is null && DonorCompanyId is not null && ReceiverCompanyId is not null && OfferStreamId is not null;

    /// <summary>
    /// A topic; errors name the topic's own fields. <paramref name="id"/> keeps an existing topic
    /// (and its exchange) when a workshop is edited; <see cref="Guid.Empty"/> makes a new one.
    /// </summary>
    public static SynergyTopic Create(
        Guid id, string? material, string? donorNace, string? receiverNace, Guid? donorCompanyId, Guid? receiverCompanyId, Guid? offerStreamId)
    {
        var topic = new SynergyTopic
        {
            Id = id == Guid.Empty ? Guid.NewGuid() : id,
            Material = FieldText.Clean(material, nameof(Material), MaterialMaxLength, required: true)!,
            DonorNace = Nace(donorNace, nameof(DonorNace)),
            ReceiverNace = Nace(receiverNace, nameof(ReceiverNace)),
            DonorCompanyId = donorCompanyId,
            ReceiverCompanyId = receiverCompanyId,
            OfferStreamId = offerStreamId,
        };
        if (topic.DonorNace is null && donorCompanyId is null)
        {
            throw new DomainException("Workshop.DonorRequired", nameof(DonorNace));
        }

        if (topic.ReceiverNace is null && receiverCompanyId is null)
        {
            throw new DomainException("Workshop.ReceiverRequired", nameof(ReceiverNace));
        }

        if (donorCompanyId is not null && donorCompanyId == receiverCompanyId)
        {
            throw new DomainException("Workshop.SameFirm", nameof(ReceiverCompanyId));
        }

        if (offerStreamId is not null && donorCompanyId is null)
        {
            throw new DomainException("Workshop.OfferWithoutDonor", nameof(OfferStreamId));
        }

        return topic;
    }

    /// <summary>Records the exchange made from this topic.</summary>
    public void LinkExchange(Guid exchangeId) => ExchangeId = exchangeId;

    /// <summary>
    /// Keeps the exchange of the topic this one replaces (same id); once an exchange exists, its
    /// firms and offer are fixed (<c>Workshop.TopicHasExchange</c>): the exchange carries on from there.
    /// </summary>
    internal void KeepExchangeOf(SynergyTopic previous)
    {
        if (previous.ExchangeId is not { } exchange)
        {
            return;
        }

        if (previous.DonorCompanyId != DonorCompanyId || previous.ReceiverCompanyId != ReceiverCompanyId || previous.OfferStreamId != OfferStreamId)
        {
            throw new DomainException("Workshop.TopicHasExchange", nameof(Workshop.Topics), Material);
        }

        ExchangeId = exchange;
    }

    private static string? Nace(string? code, string field)
    {
        var value = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        return value is null || (value.Length == 2 && value.All(char.IsAsciiDigit)) || NaceCodeFormat.IsClass(value)
            ? value
            : throw new DomainException("Workshop.NaceInvalid", field);
    }
}
