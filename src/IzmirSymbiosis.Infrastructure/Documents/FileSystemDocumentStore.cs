using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Documents;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.Documents;

/// <summary>
/// Keeps documents as files in one folder outside the web root: <c>{folder}/{key[0..2]}/{key}</c>,
/// readable by the app's user only. An upload is written to <c>{folder}/.staging/</c> first (same
/// file system), flushed to disk, and renamed into place when committed, so a file under a key is
/// always complete. Staged files left by a crash are removed at start.
/// </summary>
public sealed class FileSystemDocumentStore : IDocumentStore
{
    private const string StagingFolder = ".staging";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly ILogger<FileSystemDocumentStore> _logger;

    /// <summary>Creates the store over <paramref name="folder"/> (created when missing).</summary>
    public FileSystemDocumentStore(string folder, ILogger<FileSystemDocumentStore> logger)
    {
        Folder = Path.GetFullPath(folder);
        _logger = logger;
        Directory.CreateDirectory(Path.Combine(Folder, StagingFolder));
    }

    /// <summary>The absolute folder.</summary>
    public string Folder { get; }

    /// <inheritdoc />
    public async Task<IStagedDocument> StageAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var staging = Path.Combine(Folder, StagingFolder);
        var path = Path.Combine(staging, SubjectDocument.NewStorageKey() + ".part");
        try
        {
            Directory.CreateDirectory(staging);
            await using (var file = new FileStream(path, Options(FileMode.CreateNew, FileAccess.Write)))
            {
                await content.CopyToAsync(file, 81920, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            return new StagedFile(this, path, new FileInfo(path).Length);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            TryDelete(path);
            throw Unavailable(e);
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        var path = PathOf(storageKey);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, Options(FileMode.Open, FileAccess.Read)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        var path = PathOf(storageKey);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing stored there.
        }

        return Task.CompletedTask;
    }

    /// <summary>Removes staged files older than <paramref name="age"/> (left by a crash during an upload).</summary>
    public int RemoveStaleStaging(TimeSpan age)
    {
        var removed = 0;
        foreach (var file in new DirectoryInfo(Path.Combine(Folder, StagingFolder)).EnumerateFiles("*.part"))
        {
            if (file.LastWriteTimeUtc < DateTime.UtcNow - age)
            {
                file.Delete();
                removed++;
            }
        }

        return removed;
    }

    /// <summary>The file of a key; only well-formed keys make a path, so no key can point elsewhere.</summary>
    private string PathOf(string storageKey) =>
        SubjectDocument.IsStorageKey(storageKey)
            ? Path.Combine(Folder, storageKey[..2], storageKey)
            : throw new ArgumentException("Malformed storage key.", nameof(storageKey));

    private static FileStreamOptions Options(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.Read, Options = FileOptions.Asynchronous };
        if (mode == FileMode.CreateNew && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        return options;
    }

    private void Commit(string stagedPath, string storageKey)
    {
        var path = PathOf(storageKey);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(stagedPath, path, overwrite: false);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Unavailable(e);
        }

        _logger.LogDebug("Stored document {StorageKey}", storageKey);
    }

    /// <summary>A failure of the folder itself (full, read-only, gone, not ours), not of the request.</summary>
    private static bool IsStorageFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    private DocumentStoreUnavailableException Unavailable(Exception e)
    {
        _logger.LogError(e, "The document folder {Folder} cannot be written: {Reason}", Folder, e.Message);
        return new DocumentStoreUnavailableException($"The document folder cannot be written: {e.Message}", e);
    }

    /// <summary>Removes a partial file; on a folder that cannot be written there may be nothing to remove, or no way to.</summary>
    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            // Left for RemoveStaleStaging at the next start.
        }
    }

    private sealed class StagedFile(FileSystemDocumentStore store, string path, long length) : IStagedDocument
    {
        private bool _committed;

        public long Length { get; } = length;

        public Stream OpenRead() => new FileStream(path, Options(FileMode.Open, FileAccess.Read));

        public Task CommitAsync(string storageKey, CancellationToken cancellationToken = default)
        {
            store.Commit(path, storageKey);
            _committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                TryDelete(path);
            }

            return ValueTask.CompletedTask;
        }
    }
}
