using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.DataQuality;

/// <summary>A kind of gap in the data of a zone's firms.</summary>
public enum QualityFinding
{
    /// <summary>A material stream with no EWC code (nor, for a need, a sub-chapter or chapter): it matches on text only.</summary>
    StreamWithoutCode,

    /// <summary>An open stream not changed for <see cref="ResourceStream.StaleAfter"/>.</summary>
    StaleStream,

    /// <summary>A firm without a location: no distance, no map, no transport factor.</summary>
    FirmWithoutLocation,

    /// <summary>A firm whose NACE class is not a class of the NACE Rev.2 list: no latent matches.</summary>
    FirmWithoutNace,
}

/// <summary>How many findings of each kind the reader's firms have.</summary>
public sealed record QualityTotals(int StreamsWithoutCode, int StaleStreams, int FirmsWithoutLocation, int FirmsWithoutNace);

/// <summary>A stream with a finding.</summary>
/// <param name="StreamId">The stream.</param>
/// <param name="CompanyId">Its firm.</param>
/// <param name="CompanyName">The firm's name (the reader reads the firm in full).</param>
/// <param name="Direction">Offer or need.</param>
/// <param name="Kind">Material, energy, water or capacity.</param>
/// <param name="Description">The stream's description.</param>
/// <param name="Status">Its status.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
/// <param name="LastRemindedAt">When its firm was last asked to update it.</param>
public sealed record QualityStreamRow(
    Guid StreamId, Guid CompanyId, string CompanyName, StreamDirection Direction, ResourceKind Kind, string Description,
    StreamStatus Status, DateTimeOffset UpdatedAt, DateTimeOffset? LastRemindedAt);

/// <summary>A firm with a finding.</summary>
public sealed record QualityFirmRow(Guid CompanyId, string CompanyName, string District, string NaceCode, string? ZoneShortName);

/// <summary>A zone the reader may filter the panel by.</summary>
public sealed record QualityZone(int Id, string ShortName, string NameTr, string NameEn);

/// <summary>The outcome of a reminder request.</summary>
/// <param name="Queued">Streams whose firm's users were mailed now (queued).</param>
/// <param name="AlreadyReminded">Streams reminded less than <see cref="ResourceStream.ReminderInterval"/> ago, with when: not sent again.</param>
public sealed record ReminderResult(IReadOnlyList<Guid> Queued, IReadOnlyList<RecentReminder> AlreadyReminded);

/// <summary>A stream reminded recently, and when.</summary>
public sealed record RecentReminder(Guid StreamId, DateTimeOffset RemindedAt);
