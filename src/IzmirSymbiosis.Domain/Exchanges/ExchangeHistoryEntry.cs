namespace IzmirSymbiosis.Domain.Exchanges;

/// <summary>
/// One step in an exchange's history: creation, a draft edit or a transition (from, to, action, who,
/// when, comment), saved in the same transaction as the change it records. A transition's
/// idempotency key is unique per exchange, so a repeated request finds the first result here.
/// </summary>
public sealed class ExchangeHistoryEntry
{
    /// <summary>Action name of the entry that records the creation.</summary>
    public const string CreateAction = "Create";

    /// <summary>Action name of an entry that records a draft edit.</summary>
    public const string UpdateDraftAction = "UpdateDraft";

    /// <summary>Maximum length of an idempotency key.</summary>
    public const int IdempotencyKeyMaxLength = 100;

    private ExchangeHistoryEntry()
    {
        Action = string.Empty;
    }

    /// <summary>Creates an entry.</summary>
    public ExchangeHistoryEntry(
        Guid exchangeId, ExchangeStage from, ExchangeStage to, string action, Guid? actorUserId, DateTimeOffset at, string? comment, string? idempotencyKey, int version)
    {
        ExchangeId = exchangeId;
        FromStage = from;
        ToStage = to;
        Action = action;
        ActorUserId = actorUserId;
        At = at;
        Comment = comment;
        IdempotencyKey = idempotencyKey;
        Version = version;
    }

    /// <summary>Sequence number.</summary>
    public long Id { get; private set; }

    /// <summary>The exchange.</summary>
    public Guid ExchangeId { get; private set; }

    /// <summary>Stage before.</summary>
    public ExchangeStage FromStage { get; private set; }

    /// <summary>Stage after (the same for a confirmation or an edit).</summary>
    public ExchangeStage ToStage { get; private set; }

    /// <summary>An <see cref="ExchangeAction"/> name, <see cref="CreateAction"/> or <see cref="UpdateDraftAction"/>.</summary>
    public string Action { get; private set; }

    /// <summary>Who did it.</summary>
    public Guid? ActorUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Reason or comment given with it.</summary>
    public string? Comment { get; private set; }

    /// <summary>The client's idempotency key, when it sent one.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>The exchange's version after this step.</summary>
    public int Version { get; private set; }

    /// <summary>The same entry carrying the client's idempotency key.</summary>
    public ExchangeHistoryEntry WithIdempotencyKey(string? key)
    {
        IdempotencyKey = key;
        return this;
    }
}
