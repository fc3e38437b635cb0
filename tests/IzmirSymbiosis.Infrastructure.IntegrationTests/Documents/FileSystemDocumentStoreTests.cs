using IzmirSymbiosis.Infrastructure.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Documents;

/// <summary>The folder rules of the file-system document store, on a real temporary folder.</summary>
public sealed class FileSystemDocumentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "izmirsym-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, "/srv/app/App_Data/documents")]
    [InlineData("", "/srv/app/App_Data/documents")]
    [InlineData("files/docs", "/srv/app/files/docs")]
    [InlineData("/data/documents", "/data/documents")]
    public void ResolveFolder_RelativeToTheContentRoot(string? configured, string expected) =>
        Assert.Equal(expected, new DocumentStorageOptions { Folder = configured }.ResolveFolder("/srv/app"));

    [Theory]
    [InlineData("/srv/app/wwwroot", true)]
    [InlineData("/srv/app/wwwroot/documents", true)]
    [InlineData("/srv/app/wwwroot/../wwwroot/x", true)]
    [InlineData("/srv/app/wwwroot-documents", false)]
    [InlineData("/srv/app/App_Data/documents", false)]
    public void IsInside_WebRootAndItsSubfoldersOnly(string folder, bool inside) =>
        Assert.Equal(inside, DocumentStorageOptions.IsInside(folder, "/srv/app/wwwroot"));

    [Fact]
    public async Task Stage_NotCommitted_LeavesNothing_Committed_ReadsBackOwnerOnly()
    {
        var store = new FileSystemDocumentStore(_root, NullLogger<FileSystemDocumentStore>.Instance);
        var key = Domain.Documents.SubjectDocument.NewStorageKey();

        await using (await store.StageAsync(new MemoryStream([1, 2, 3])))
        {
        }

        await using (var staged = await store.StageAsync(new MemoryStream([4, 5, 6])))
        {
            await staged.CommitAsync(key);
        }

        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).ToList();
        var file = Assert.Single(files);
        Assert.Equal(Path.Combine(_root, key[..2], key), file);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        await using var read = await store.OpenReadAsync(key);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal([4, 5, 6], copy.ToArray());
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789")]
    [InlineData("")]
    public async Task MalformedKey_NeverBecomesAPath(string key)
    {
        var store = new FileSystemDocumentStore(_root, NullLogger<FileSystemDocumentStore>.Instance);

        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(key));
    }

    [Fact]
    public async Task OpenRead_UnknownKey_Null()
    {
        var store = new FileSystemDocumentStore(_root, NullLogger<FileSystemDocumentStore>.Instance);

        Assert.Null(await store.OpenReadAsync(Domain.Documents.SubjectDocument.NewStorageKey()));
    }
}
