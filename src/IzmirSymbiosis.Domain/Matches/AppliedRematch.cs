namespace IzmirSymbiosis.Domain.Matches;

/// <summary>
/// A <see cref="RematchRequest"/> as one instance applied it, numbered in the order of applying
/// (<see cref="Seq"/>: 1, 2, 3 … with no gaps, given out under the cross-instance matching lock).
/// Every instance keeps its own in-memory engine; before it applies anything it takes in the entries
/// applied by the others since it last looked, so its engine holds the same streams as the database.
/// Kept a day; an engine that finds a gap (entries it never saw were pruned) loads afresh.
/// </summary>
public sealed class AppliedRematch
{
    private AppliedRematch()
    {
    }

    /// <summary>An applied request.</summary>
    public AppliedRematch(long seq, RematchTarget target, Guid targetId, DateTimeOffset appliedAt)
    {
        Seq = seq > 0 ? seq : throw new ArgumentOutOfRangeException(nameof(seq), seq, "Numbers start at 1.");
        Target = target;
        TargetId = targetId == Guid.Empty ? throw new ArgumentException("Empty id.", nameof(targetId)) : targetId;
        AppliedAt = appliedAt;
    }

    /// <summary>Order of applying, across instances.</summary>
    public long Seq { get; private set; }

    /// <summary>Whether <see cref="TargetId"/> names a stream or a company.</summary>
    public RematchTarget Target { get; private set; }

    /// <summary>The stream or company that was re-matched.</summary>
    public Guid TargetId { get; private set; }

    /// <summary>When it was applied (UTC).</summary>
    public DateTimeOffset AppliedAt { get; private set; }
}
