using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Documents;

namespace IzmirSymbiosis.Application.Documents;

/// <summary>A document as lists show it. The uploader is a side (you, your firm, a firm, OIZ staff, an expert), never a name.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Category">What it is.</param>
/// <param name="FileName">Safe display name.</param>
/// <param name="ContentType">Detected media type.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="UploadedAt">When (UTC).</param>
/// <param name="UploadedBySide">The uploader's side.</param>
/// <param name="UploadedByYou">Whether the current user uploaded it.</param>
/// <param name="UploadedByYourFirm">Whether a member of the current user's firm uploaded it.</param>
/// <param name="Note">The uploader's note.</param>
public sealed record DocumentView(
    Guid Id,
    DocumentCategory Category,
    string FileName,
    string ContentType,
    long Length,
    DateTimeOffset UploadedAt,
    UploaderSide UploadedBySide,
    bool UploadedByYou,
    bool UploadedByYourFirm,
    string? Note);

/// <summary>The documents of one subject, and what the current user may do with them.</summary>
public sealed record SubjectDocumentList(SubjectKind Kind, Guid SubjectId, bool CanUpload, long MaxBytes, IReadOnlyList<DocumentView> Documents);

/// <summary>What a user fills in with a file (the bytes come separately, as a stream).</summary>
/// <param name="Category">What it is (required).</param>
/// <param name="FileName">The name the uploader's computer gave it (a label only).</param>
/// <param name="Note">Optional note.</param>
public sealed record DocumentUpload(DocumentCategory? Category, string? FileName, string? Note);

/// <summary>A document opened for download; dispose it (or hand <see cref="Content"/> to a response that does).</summary>
public sealed record DocumentDownload(Stream Content, string FileName, string ContentType, long Length) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
