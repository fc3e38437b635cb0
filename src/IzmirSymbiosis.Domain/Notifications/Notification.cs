using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Notifications;

/// <summary>Where a notification stands with e-mail.</summary>
public enum MailState
{
    /// <summary>Not mailed yet (immediately or in the next digest, by the user's preference then).</summary>
    Pending,

    /// <summary>Handed to the mail queue (at most once).</summary>
    Sent,

    /// <summary>Never to be mailed (the user chose no e-mail, or has no address).</summary>
    Skipped,
}

/// <summary>
/// One notice for one user, in Turkish and English, with a link into the app. The rows are also
/// the e-mail outbox: <see cref="Mail"/> moves from <see cref="MailState.Pending"/> exactly once.
/// </summary>
public sealed class Notification
{
    /// <summary>Longest kind key.</summary>
    public const int KindMaxLength = 64;

    /// <summary>Longest link.</summary>
    public const int LinkMaxLength = 300;

    /// <summary>Longest title.</summary>
    public const int TitleMaxLength = 300;

    private Notification()
    {
        Kind = Link = TitleTr = TitleEn = string.Empty;
    }

    /// <summary>Creates an unread, unmailed notice.</summary>
    public Notification(Guid userId, string kind, SubjectKind subject, Guid subjectId, string link, string titleTr, string titleEn, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Kind = Limit(kind, KindMaxLength);
        Subject = subject;
        SubjectId = subjectId;
        Link = Limit(link, LinkMaxLength);
        TitleTr = Limit(titleTr, TitleMaxLength);
        TitleEn = Limit(titleEn, TitleMaxLength);
        CreatedAt = createdAt;
        Mail = MailState.Pending;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The recipient.</summary>
    public Guid UserId { get; private set; }

    /// <summary>Event key, e.g. <c>exchange.approved</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>What it is about.</summary>
    public SubjectKind Subject { get; private set; }

    /// <summary>Which one.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>Relative link in the app.</summary>
    public string Link { get; private set; }

    /// <summary>Turkish text.</summary>
    public string TitleTr { get; private set; }

    /// <summary>English text.</summary>
    public string TitleEn { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the user read it; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>E-mail delivery state.</summary>
    public MailState Mail { get; private set; }

    /// <summary>When it was handed to the mail queue or skipped.</summary>
    public DateTimeOffset? MailedAt { get; private set; }

    /// <summary>
    /// The sweep that took it out of the outbox: set by one conditional update together with
    /// <see cref="Mail"/>, so of two sweeps running at once exactly one claims each notice.
    /// </summary>
    public Guid? MailClaim { get; private set; }

    /// <summary>The title in a two-letter language (Turkish unless English is asked for).</summary>
    public string Title(string? language) => language == "en" ? TitleEn : TitleTr;

    /// <summary>Marks it read (the first time only).</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    private static string Limit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : text[..max];
    }
}
