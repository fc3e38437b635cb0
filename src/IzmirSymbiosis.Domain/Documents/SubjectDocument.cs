using System.Security.Cryptography;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Documents;

/// <summary>Who uploaded a document, as others are told (never a person's name: before an introduction is accepted the firms must not learn who the other is).</summary>
public enum UploaderSide
{
    /// <summary>A member of a firm (<see cref="SubjectDocument.UploadedByCompanyId"/> says which).</summary>
    Firm,

    /// <summary>OIZ staff.</summary>
    OizStaff,

    /// <summary>An İZKA expert.</summary>
    Expert,

    /// <summary>A platform administrator.</summary>
    Admin,
}

/// <summary>
/// A file (analysis report, permit, feasibility note, photo…) on an introduction or exchange. Its
/// bytes live in the document store under <see cref="StorageKey"/>, a random key that says nothing
/// about the subject or the name; this row is written only once they are stored. Invariants: an
/// allowed format detected from the bytes, a safe display name, 1 byte to the size limit, a SHA-256
/// of the stored bytes, a note of at most <see cref="NoteMaxLength"/> plain-text characters.
/// Documents are not edited; a wrong one is uploaded again.
/// </summary>
public sealed class SubjectDocument
{
    /// <summary>Default size limit of one document: 10 MB.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Longest note.</summary>
    public const int NoteMaxLength = 500;

    /// <summary>Length of <see cref="StorageKey"/> (32 random bytes, hexadecimal).</summary>
    public const int StorageKeyLength = 64;

    /// <summary>Longest media type stored.</summary>
    public const int ContentTypeMaxLength = 100;

    private SubjectDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
    }

    /// <summary>Identifier (random).</summary>
    public Guid Id { get; private set; }

    /// <summary>What kind of subject it belongs to.</summary>
    public SubjectKind SubjectKind { get; private set; }

    /// <summary>Which introduction or exchange.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>What the document is.</summary>
    public DocumentCategory Category { get; private set; }

    /// <summary>The name shown and downloaded under (see <see cref="DocumentFileName"/>).</summary>
    public string FileName { get; private set; }

    /// <summary>The detected format.</summary>
    public DocumentFormat Format { get; private set; }

    /// <summary>Media type it is served with (from <see cref="Format"/>).</summary>
    public string ContentType { get; private set; }

    /// <summary>Size in bytes.</summary>
    public long Length { get; private set; }

    /// <summary>SHA-256 of the bytes, lower-case hexadecimal.</summary>
    public string Sha256 { get; private set; }

    /// <summary>Where the store keeps the bytes: random, lower-case hexadecimal.</summary>
    public string StorageKey { get; private set; }

    /// <summary>The user who uploaded it.</summary>
    public Guid UploadedByUserId { get; private set; }

    /// <summary>The uploader's firm, when a firm user uploaded it.</summary>
    public Guid? UploadedByCompanyId { get; private set; }

    /// <summary>The uploader's side, as others see it.</summary>
    public UploaderSide UploadedBySide { get; private set; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Optional note of the uploader.</summary>
    public string? Note { get; private set; }

    /// <summary>A new random storage key.</summary>
    public static string NewStorageKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(StorageKeyLength / 2));

    /// <summary>Whether <paramref name="key"/> has the shape of a storage key (so it is safe in a path).</summary>
    public static bool IsStorageKey(string? key) =>
        key is { Length: StorageKeyLength } && key.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>Trimmed note, null when blank; throws <c>Document.NoteTooLong</c> or a plain-text error on <c>Note</c>.</summary>
    public static string? CheckNote(string? note)
    {
        var trimmed = note?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        Guard.PlainText(trimmed, nameof(Note), multiLine: true);
        return trimmed.Length > NoteMaxLength ? throw new DomainException("Document.NoteTooLong", nameof(Note), NoteMaxLength) : trimmed;
    }

    /// <summary>
    /// Records a stored document. <paramref name="claimedName"/> is cleaned for display and given
    /// the extension of <paramref name="format"/>; the other values come from the bytes as stored.
    /// </summary>
    public static SubjectDocument Create(
        SubjectKind subjectKind,
        Guid subjectId,
        DocumentCategory category,
        string? claimedName,
        DocumentFormat format,
        long length,
        string sha256,
        string storageKey,
        Guid uploadedByUserId,
        Guid? uploadedByCompanyId,
        UploaderSide uploadedBySide,
        DateTimeOffset uploadedAt,
        string? note)
    {
        if (subjectId == Guid.Empty || uploadedByUserId == Guid.Empty)
        {
            throw new ArgumentException("Empty id.");
        }

        if (length <= 0)
        {
            throw new DomainException("Document.Empty", DocumentContent.Field);
        }

        if (sha256 is not { Length: 64 } || !IsStorageKey(storageKey))
        {
            throw new ArgumentException("Malformed hash or storage key.");
        }

        return new SubjectDocument
        {
            Id = Guid.NewGuid(),
            SubjectKind = Guard.Defined(subjectKind, nameof(SubjectKind)),
            SubjectId = subjectId,
            Category = Guard.Defined(category, nameof(Category)),
            FileName = DocumentFileName.For(claimedName, Guard.Defined(format, nameof(Format))),
            Format = format,
            ContentType = format.ContentType(),
            Length = length,
            Sha256 = sha256.ToLowerInvariant(),
            StorageKey = storageKey,
            UploadedByUserId = uploadedByUserId,
            UploadedByCompanyId = uploadedByCompanyId,
            UploadedBySide = Guard.Defined(uploadedBySide, nameof(UploadedBySide)),
            UploadedAt = uploadedAt,
            Note = CheckNote(note),
        };
    }
}
