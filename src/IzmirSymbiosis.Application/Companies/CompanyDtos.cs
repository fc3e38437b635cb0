using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.Companies;

/// <summary>A row of the companies list.</summary>
public sealed record CompanyListItem(
    Guid Id,
    string LegalName,
    string District,
    string NaceCode,
    string? NaceTitleEn,
    string? ZoneShortName,
    SizeBand SizeBand,
    int OfferCount,
    int NeedCount)
{
    /// <summary>TÜİK's Turkish title of the NACE class.</summary>
    public string? NaceTitleTr { get; init; }

    /// <summary>The NACE title in the given language: Turkish when asked and known, else English.</summary>
    public string? NaceTitle(bool turkish) => turkish && NaceTitleTr is { } tr ? tr : NaceTitleEn;
}

/// <summary>A company with its streams.</summary>
public sealed record CompanyDetail(
    Guid Id,
    string LegalName,
    string TaxNumber,
    string NaceCode,
    string? NaceTitleEn,
    string? ZoneName,
    string? Address,
    string District,
    double? Latitude,
    double? Longitude,
    SizeBand SizeBand,
    IReadOnlyList<ContactRow> Contacts,
    IReadOnlyList<StreamSummary> Streams,
    uint Version,
    bool CanEdit)
{
    /// <summary>The zone id (for editing).</summary>
    public int? ZoneId { get; init; }

    /// <summary>TÜİK's Turkish title of the NACE class.</summary>
    public string? NaceTitleTr { get; init; }

    /// <summary>The NACE title in the given language: Turkish when asked and known, else English.</summary>
    public string? NaceTitle(bool turkish) => turkish && NaceTitleTr is { } tr ? tr : NaceTitleEn;

    /// <summary>When the firm agreed to be named in the programme's reports and public page (null: not agreed).</summary>
    public DateTimeOffset? NamingConsentAt { get; init; }

    /// <summary>The reader is a user of this firm: only the firm itself gives or withdraws the consent.</summary>
    public bool CanDecideNaming { get; init; }
}

/// <summary>A stream as listed on its company's page.</summary>
public sealed record StreamSummary(
    Guid Id,
    StreamDirection Direction,
    ResourceKind Kind,
    string? EwcCode,
    bool IsHazardous,
    string Description,
    decimal Amount,
    QuantityUnit Unit,
    QuantityPeriod Period,
    StreamStatus Status,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    uint Version);

/// <summary>Editable fields of a company, with the version the editor started from.</summary>
/// <remarks>
/// Location: both coordinates set it; none keeps it, unless the district changes, which clears it
/// (the old point would give wrong distances until a new one is given).
/// </remarks>
public sealed record CompanyUpdate(
    Guid Id,
    uint Version,
    string LegalName,
    string NaceCode,
    string District,
    string? Address,
    int? ZoneId,
    SizeBand SizeBand,
    bool? AgreesToBeNamed = null,
    double? Latitude = null,
    double? Longitude = null);
