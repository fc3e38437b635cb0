using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Matching.Model;

/// <summary>
/// An offer or need as the engine sees it. <see cref="EwcCode"/> is six digits for an offer; a
/// need may give a six-digit code, or a four-digit sub-chapter or two-digit chapter to accept any
/// waste under it. <see cref="Amount"/> of 0 means "not stated".
/// </summary>
/// <param name="Id">Stream identifier.</param>
/// <param name="CompanyId">Owning company.</param>
/// <param name="Direction">Offer or need.</param>
/// <param name="Kind">Kind of resource.</param>
/// <param name="EwcCode">EWC code (digits only) or a prefix for needs; null when none.</param>
/// <param name="Description">Free text, Turkish or English.</param>
/// <param name="Amount">Amount in <paramref name="Unit"/> per <paramref name="Period"/>; 0 when unknown.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Period">Period or one-off.</param>
/// <param name="AvailableFrom">First day, or null for open.</param>
/// <param name="AvailableUntil">Last day, or null for open.</param>
/// <param name="PricePerUnit">Price in TRY per unit (negative: the giver pays a gate fee).</param>
/// <param name="MaxTransportKm">Furthest road distance this party accepts, km.</param>
/// <param name="IsHazardous">Hazardous flag set by the firm; a starred EWC code makes it hazardous anyway.</param>
public sealed record MatchStream(
    Guid Id,
    Guid CompanyId,
    StreamDirection Direction,
    ResourceKind Kind,
    string? EwcCode,
    string Description,
    double Amount,
    QuantityUnit Unit,
    QuantityPeriod Period,
    DateOnly? AvailableFrom = null,
    DateOnly? AvailableUntil = null,
    decimal? PricePerUnit = null,
    int? MaxTransportKm = null,
    bool IsHazardous = false)
{
    /// <summary>The amount in base units (t, m³, MWh…) per year; a one-off lot counts once.</summary>
    public double AnnualBaseAmount => Amount <= 0 ? 0 : Amount * Quantity.ToBaseFactor(Unit) * Quantity.PerYearFactor(Period);

    /// <summary>Maps a domain stream (status filtering is the caller's job: only active streams are matched).</summary>
    public static MatchStream FromDomain(ResourceStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var description = stream.QualityNotes is null ? stream.Description : $"{stream.Description} {stream.QualityNotes}";
        return new MatchStream(
            stream.Id,
            stream.CompanyId,
            stream.Direction,
            stream.Kind,
            stream.EwcScope,
            description,
            (double)stream.Quantity.Amount,
            stream.Quantity.Unit,
            stream.Quantity.Period,
            stream.AvailableFrom,
            stream.AvailableUntil,
            stream.PricePerUnit,
            stream.MaxTransportKm);
    }
}
