namespace IzmirSymbiosis.Domain.Matches;

/// <summary>What changed and needs re-matching.</summary>
public enum RematchTarget
{
    /// <summary>A stream was created, changed, paused or closed.</summary>
    Stream,

    /// <summary>A company's NACE class or location changed.</summary>
    Company,
}

/// <summary>
/// A change whose matches are not yet stored: written in the same transaction as the change, deleted
/// in the same transaction as the matches that follow from it. While one exists the firm's stored
/// matches may be out of date; nothing is lost when the process stops in between.
/// </summary>
public sealed class RematchRequest
{
    private RematchRequest()
    {
    }

    private RematchRequest(RematchTarget target, Guid targetId, Guid companyId, DateTimeOffset requestedAt)
    {
        Target = target;
        TargetId = targetId == Guid.Empty ? throw new ArgumentException("Empty id.", nameof(targetId)) : targetId;
        CompanyId = companyId == Guid.Empty ? throw new ArgumentException("Empty id.", nameof(companyId)) : companyId;
        RequestedAt = requestedAt;
    }

    /// <summary>Order of recording (database identity).</summary>
    public long Id { get; private set; }

    /// <summary>Whether <see cref="TargetId"/> names a stream or a company.</summary>
    public RematchTarget Target { get; private set; }

    /// <summary>The stream or company that changed.</summary>
    public Guid TargetId { get; private set; }

    /// <summary>The firm whose change it is (its pages show that matches are being updated).</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>A stream of <paramref name="companyId"/> was created, changed, paused or closed.</summary>
    public static RematchRequest ForStream(Guid streamId, Guid companyId, DateTimeOffset now) => new(RematchTarget.Stream, streamId, companyId, now);

    /// <summary>A company's NACE class or location changed.</summary>
    public static RematchRequest ForCompany(Guid companyId, DateTimeOffset now) => new(RematchTarget.Company, companyId, companyId, now);
}
