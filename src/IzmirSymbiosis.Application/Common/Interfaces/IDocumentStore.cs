namespace IzmirSymbiosis.Application.Common.Interfaces;

/// <summary>
/// Where document bytes are kept, outside the web root, under random keys. A document is first
/// staged (written completely to a temporary place), checked, then committed under its key in
/// one atomic step; the database row is written only after that.
/// </summary>
public interface IDocumentStore
{
    /// <summary>
    /// Writes <paramref name="content"/> to a temporary place; disposing the result without committing
    /// removes it. Throws <see cref="DocumentStoreUnavailableException"/> when the store cannot write
    /// (disk full, folder read-only), having kept nothing.
    /// </summary>
    Task<IStagedDocument> StageAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes under <paramref name="storageKey"/>; null when there are none.</summary>
    Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default);

    /// <summary>Removes the bytes under <paramref name="storageKey"/> (nothing when there are none).</summary>
    Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default);
}

/// <summary>
/// The document store cannot write (disk full, folder read-only or gone). Nothing of the upload was
/// kept; the user is told to try later, the operator reads the cause in the log.
/// </summary>
public sealed class DocumentStoreUnavailableException(string message, Exception innerException) : Exception(message, innerException);

/// <summary>Bytes written to a temporary place, not yet visible under a key.</summary>
public interface IStagedDocument : IAsyncDisposable
{
    /// <summary>Bytes written.</summary>
    long Length { get; }

    /// <summary>A seekable read of the staged bytes (the content check and the virus scan read it).</summary>
    Stream OpenRead();

    /// <summary>
    /// Moves the bytes under <paramref name="storageKey"/> atomically; after this, disposing keeps them.
    /// Throws <see cref="DocumentStoreUnavailableException"/> when the store cannot write.
    /// </summary>
    Task CommitAsync(string storageKey, CancellationToken cancellationToken = default);
}

/// <summary>
/// The virus-scan hook: asked about every document after it is staged and before it is accepted.
/// The default lets everything through; a deployment registers its own (see README, "Documents").
/// </summary>
public interface IDocumentScanner
{
    /// <summary>Scans <paramref name="content"/> (seekable, from its start); <paramref name="fileName"/> is for the scanner's log only.</summary>
    Task<DocumentScanResult> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken = default);
}

/// <summary>A scanner's verdict; <see cref="Finding"/> (e.g. the signature name) goes to the log, never to the user.</summary>
public sealed record DocumentScanResult(bool IsClean, string? Finding = null)
{
    /// <summary>Nothing found.</summary>
    public static DocumentScanResult Clean { get; } = new(true);

    /// <summary>Refused, with what was found.</summary>
    public static DocumentScanResult Refused(string finding) => new(false, finding);
}
