namespace IzmirSymbiosis.Domain.Common;

/// <summary>
/// An editable entity: a Guid key, UTC audit times and a concurrency token that the
/// database maintains (PostgreSQL <c>xmin</c>), so a stale edit is refused, never merged.
/// </summary>
public abstract class Entity
{
    /// <summary>
    /// Identifier: random (version 4). Stream ids are shown to other firms; a time-ordered id would
    /// tell them when a stream was made and which streams were made together.
    /// </summary>
    public Guid Id { get; protected set; } = Guid.NewGuid();

    /// <summary>When the entity was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; protected set; } = DateTimeOffset.UtcNow;

    /// <summary>When the entity was last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; protected set; } = DateTimeOffset.UtcNow;

    /// <summary>Row version; mapped to PostgreSQL's <c>xmin</c>.</summary>
    public uint Version { get; set; }

    /// <summary>Marks the entity as changed now.</summary>
    protected void Touch() => UpdatedAt = DateTimeOffset.UtcNow;
}
