using System.Globalization;
using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.Documents;

/// <summary>
/// Documents on an introduction or exchange. Who may do what is the subject's own rule
/// (<see cref="ISubjectAccess"/> for its kind, nothing when there is none): <c>Read</c> lists and
/// downloads, <c>Contribute</c> also uploads, <c>None</c> is "not found". An upload is streamed
/// once into the store's staging area (hashed and size-checked on the way), its type decided from
/// the bytes, scanned, committed under a random key, and only then recorded with its audit row
/// (and notice); if the row cannot be saved the stored bytes are removed again.
/// </summary>
public sealed class DocumentService(
    IAppDbContextFactory contexts,
    ICurrentUser currentUser,
    IEnumerable<ISubjectAccess> rules,
    IEnumerable<ISubjectParticipants> circles,
    IDocumentStore store,
    IDocumentScanner scanner,
    INotifier notifier,
    TimeProvider clock,
    IOptions<DocumentOptions> options,
    ILogger<DocumentService> logger)
{
    /// <summary>Largest document accepted, in bytes.</summary>
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>The subject's documents, newest first; null when it does not exist for the user.</summary>
    public async Task<SubjectDocumentList?> ListAsync(SubjectKind kind, Guid subjectId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rights = await RightsAsync(db, user, kind, subjectId, cancellationToken);
        if (rights == SubjectRights.None)
        {
            return null;
        }

        var documents = await db.SubjectDocuments.AsNoTracking()
            .Where(d => d.SubjectKind == kind && d.SubjectId == subjectId)
            .OrderByDescending(d => d.UploadedAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        return new SubjectDocumentList(
            kind,
            subjectId,
            rights == SubjectRights.Contribute,
            MaxBytes,
            [.. documents.Select(d => new DocumentView(
                d.Id, d.Category, d.FileName, d.ContentType, d.Length, d.UploadedAt, d.UploadedBySide,
                d.UploadedByUserId == user.UserId,
                d.UploadedByCompanyId is { } firm && firm == user.CompanyId,
                d.Note))]);
    }

    /// <summary>
    /// Adds a document from <paramref name="content"/> (read once, never buffered whole). Throws
    /// <see cref="NotFoundException"/> unless the user may contribute to the subject, and
    /// <see cref="ValidationFailedException"/> at <c>Category</c>, <c>Note</c> or <c>File</c>
    /// (empty, too large, type not allowed, damaged, refused by the scanner); nothing is kept then.
    /// </summary>
    public async Task<DocumentView> UploadAsync(SubjectKind kind, Guid subjectId, DocumentUpload input, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(content);
        var user = await currentUser.GetAsync(cancellationToken);
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            await EnsureContributorAsync(db, user, kind, subjectId, cancellationToken);
        }

        // The form's fields are checked before a byte of the file is read.
        var errors = new ErrorCollector();
        if (input.Category is not { } category)
        {
            errors.Add(new FieldError(nameof(DocumentUpload.Category), "Document.CategoryRequired", []));
            category = default;
        }
        else
        {
            errors.Try(nameof(DocumentUpload.Category), () => Guard.Defined(category, nameof(DocumentUpload.Category)));
        }

        var note = errors.Try(nameof(DocumentUpload.Note), () => SubjectDocument.CheckNote(input.Note));
        errors.ThrowIfAny();

        var document = await StoreAsync(kind, subjectId, category, input.FileName, note, user, content, cancellationToken);
        try
        {
            await using var db = await contexts.CreateAsync(cancellationToken);
            await db.InTransactionAsync(
                async () =>
                {
                    // The rights again, in the transaction that records the document: they may have changed during the upload.
                    await EnsureContributorAsync(db, user, kind, subjectId, cancellationToken);
                    db.SubjectDocuments.Add(document);
                    db.AuditEvents.Add(new AuditEvent(AuditEventTypes.DocumentUploaded, user.UserId, null, Details(document), document.UploadedAt));
                    await NotifyAsync(db, document, user, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                },
                cancellationToken);
        }
        catch
        {
            // Nothing half-saved: without its row the stored file is removed again.
            await store.DeleteAsync(document.StorageKey, CancellationToken.None);
            throw;
        }

        return new DocumentView(
            document.Id, document.Category, document.FileName, document.ContentType, document.Length, document.UploadedAt,
            document.UploadedBySide, true, document.UploadedByCompanyId is not null, document.Note);
    }

    /// <summary>
    /// Opens a document for download (and records who did). Throws <see cref="NotFoundException"/>
    /// when the subject or the document does not exist for the user.
    /// </summary>
    public async Task<DocumentDownload> OpenAsync(SubjectKind kind, Guid subjectId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        if (await RightsAsync(db, user, kind, subjectId, cancellationToken) == SubjectRights.None)
        {
            throw new NotFoundException(kind.ToString(), subjectId);
        }

        var document = await db.SubjectDocuments.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.SubjectKind == kind && d.SubjectId == subjectId, cancellationToken)
            ?? throw new NotFoundException(nameof(SubjectDocument), documentId);
        var content = await store.OpenReadAsync(document.StorageKey, cancellationToken);
        if (content is null)
        {
            logger.LogError("Document {DocumentId} has no stored file under {StorageKey}", document.Id, document.StorageKey);
            throw new NotFoundException(nameof(SubjectDocument), documentId);
        }

        try
        {
            db.AuditEvents.Add(new AuditEvent(AuditEventTypes.DocumentDownloaded, user.UserId, null, Details(document), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }

        return new DocumentDownload(content, document.FileName, document.ContentType, document.Length);
    }

    /// <summary>Stages, checks, scans and commits the bytes; returns the row to record (not yet saved).</summary>
    private async Task<SubjectDocument> StoreAsync(
        SubjectKind kind, Guid subjectId, DocumentCategory category, string? fileName, string? note, UserContext user, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            return await StageCheckAndCommitAsync(kind, subjectId, category, fileName, note, user, content, cancellationToken);
        }
        catch (DocumentStoreUnavailableException)
        {
            // The store logged the cause for the operator; the user learns that nothing was kept.
            throw FileError("Document.StorageUnavailable");
        }
    }

    private async Task<SubjectDocument> StageCheckAndCommitAsync(
        SubjectKind kind, Guid subjectId, DocumentCategory category, string? fileName, string? note, UserContext user, Stream content, CancellationToken cancellationToken)
    {
        var max = MaxBytes;
        await using var bounded = new BoundedHashingStream(content, max);
        await using var staged = await store.StageAsync(bounded, cancellationToken);
        if (bounded.Exceeded)
        {
            throw FileError("Document.TooLarge", FormatMegabytes(max));
        }

        DocumentFormat format;
        await using (var read = staged.OpenRead())
        {
            try
            {
                format = DocumentContent.Detect(read);
            }
            catch (DomainException e)
            {
                throw new ValidationFailedException([FieldError.From(e, DocumentContent.Field)]);
            }
        }

        var document = SubjectDocument.Create(
            kind, subjectId, category, fileName, format, staged.Length, bounded.Sha256(), SubjectDocument.NewStorageKey(),
            user.UserId!.Value, user.CompanyId, SideOf(user), clock.GetUtcNow(), note);

        DocumentScanResult verdict;
        await using (var read = staged.OpenRead())
        {
            verdict = await scanner.ScanAsync(read, document.FileName, cancellationToken);
        }

        if (!verdict.IsClean)
        {
            logger.LogWarning(
                "Document upload to {Kind} {SubjectId} by {UserId} (sha256 {Sha256}) refused by the scanner: {Finding}",
                kind, subjectId, user.UserId, document.Sha256, verdict.Finding);
            throw FileError("Document.ScanRefused");
        }

        await staged.CommitAsync(document.StorageKey, cancellationToken);
        return document;
    }

    private async Task NotifyAsync(IAppDbContext db, SubjectDocument document, UserContext user, CancellationToken cancellationToken)
    {
        var circle = circles.SingleOrDefault(c => c.Kind == document.SubjectKind);
        if (circle is null || await circle.CircleAsync(db, user, document.SubjectId, cancellationToken) is not { } who)
        {
            return;
        }

        // Written for the least-privileged recipient: no file name, no firm.
        await notifier.AddAsync(
            db,
            new Notice("document.added", document.SubjectKind, document.SubjectId, who.Link, "Yeni bir belge eklendi", "A new document was added", who.Audience),
            user.UserId,
            cancellationToken);
    }

    private async Task<SubjectRights> RightsAsync(IAppDbContext db, UserContext user, SubjectKind kind, Guid subjectId, CancellationToken cancellationToken)
    {
        if (!user.MaySeeFirmData)
        {
            return SubjectRights.None;
        }

        var rule = rules.SingleOrDefault(r => r.Kind == kind);
        return rule is null ? SubjectRights.None : await rule.RightsAsync(db, user, subjectId, cancellationToken);
    }

    private async Task EnsureContributorAsync(IAppDbContext db, UserContext user, SubjectKind kind, Guid subjectId, CancellationToken cancellationToken)
    {
        // As elsewhere (PermitService), no edit right answers "not found", whether or not the user may read.
        if (await RightsAsync(db, user, kind, subjectId, cancellationToken) != SubjectRights.Contribute || user.UserId is null)
        {
            throw new NotFoundException(kind.ToString(), subjectId);
        }
    }

    private static UploaderSide SideOf(UserContext user) =>
        user.IsIn(Roles.Admin) ? UploaderSide.Admin
        : user.IsIn(Roles.Expert) ? UploaderSide.Expert
        : user.IsIn(Roles.OizStaff) ? UploaderSide.OizStaff
        : UploaderSide.Firm;

    private static string Details(SubjectDocument d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.SubjectKind}:{d.SubjectId} document:{d.Id} category:{d.Category} bytes:{d.Length}");

    private static string FormatMegabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);

    private static ValidationFailedException FileError(string code, params object[] args) =>
        new([new FieldError(DocumentContent.Field, code, args)]);
}
