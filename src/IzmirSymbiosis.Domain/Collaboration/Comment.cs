using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Collaboration;

/// <summary>
/// One message in the thread of an introduction or an exchange. The author's name and role are
/// kept as they were when it was written; who may read it is the subject's access rule.
/// </summary>
public sealed class Comment
{
    /// <summary>Longest message.</summary>
    public const int BodyMaxLength = 4000;

    /// <summary>Longest stored author name.</summary>
    public const int AuthorNameMaxLength = 200;

    private Comment()
    {
        Body = string.Empty;
        AuthorName = string.Empty;
        AuthorRole = string.Empty;
    }

    /// <summary>Writes a message; the body is trimmed and must be 1–<see cref="BodyMaxLength"/> characters of plain text.</summary>
    public Comment(SubjectKind subject, Guid subjectId, Guid authorUserId, string authorName, string authorRole, Guid? authorCompanyId, string? body, DateTimeOffset now)
    {
        var text = body?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new DomainException("Comment.Required", nameof(Body));
        }

        if (text.Length > BodyMaxLength)
        {
            throw new DomainException("Comment.TooLong", nameof(Body), BodyMaxLength);
        }

        Guard.PlainText(text, nameof(Body), multiLine: true);
        Subject = Guard.Defined(subject, nameof(Subject));
        SubjectId = subjectId;
        AuthorUserId = authorUserId;
        AuthorName = authorName.Length > AuthorNameMaxLength ? authorName[..AuthorNameMaxLength] : authorName;
        AuthorRole = authorRole;
        AuthorCompanyId = authorCompanyId;
        Body = text;
        CreatedAt = now;
    }

    /// <summary>Order of writing (database identity).</summary>
    public long Id { get; private set; }

    /// <summary>What the thread belongs to.</summary>
    public SubjectKind Subject { get; private set; }

    /// <summary>Which introduction or exchange.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>Who wrote it.</summary>
    public Guid AuthorUserId { get; private set; }

    /// <summary>The author's display name when writing.</summary>
    public string AuthorName { get; private set; }

    /// <summary>The author's role when writing (FirmUser, OizStaff, Expert, Admin).</summary>
    public string AuthorRole { get; private set; }

    /// <summary>The author's firm when writing, for a firm user (decides whether readers see the name).</summary>
    public Guid? AuthorCompanyId { get; private set; }

    /// <summary>The message (trimmed).</summary>
    public string Body { get; private set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}
