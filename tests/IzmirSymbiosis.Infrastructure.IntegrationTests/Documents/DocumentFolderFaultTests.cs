using System.Diagnostics;
using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Documents;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Documents;
using IzmirSymbiosis.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Documents;

/// <summary>
/// The document folder failing for real: a 64 KB file system that fills up, and the same file system
/// remounted read-only (a tmpfs mounted by the test, which runs as root like scripts/test.sh). The
/// upload is refused at its file field with the store's own message, nothing is half-stored (no row,
/// no file, no staged part), and once the folder is writable again the same upload succeeds.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class DocumentFolderFaultTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "izmirsym-docfault-" + Guid.NewGuid().ToString("N"));
    private readonly TestSubjectAccess _exchanges = new(SubjectKind.Exchange);
    private readonly Guid _exchange = Guid.NewGuid();
    private readonly UserContext _party = TestCurrentUser.FirmUser(Guid.NewGuid());
    private bool _mounted;

    protected override async Task ArrangeAsync()
    {
        _exchanges.Grant(_exchange, _party, SubjectRights.Contribute);
        Directory.CreateDirectory(_folder);
        await RunAsync("mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "izmirsym-docfault", _folder);
        _mounted = true;
        Database.CurrentUser.User = _party;
    }

    public override async Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        if (_mounted)
        {
            await RunAsync("umount", _folder);
        }

        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A PDF of about <paramref name="kilobytes"/> KB (a comment pads it).</summary>
    private static byte[] Pdf(int kilobytes) =>
        [.. "%PDF-1.7\n%"u8.ToArray(), .. Enumerable.Repeat((byte)'x', kilobytes * 1024), .. "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray()];

    [Fact]
    public async Task FolderFull_UploadRefusedAtItsFieldWithNothingKept_AndAcceptedOnceThereIsRoom()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => UploadAsync(Pdf(200)));

        Assert.Equal("File:Document.StorageUnavailable", $"{refused.Errors.Single().Field}:{refused.Errors.Single().Code}");
        await AssertNothingKeptAsync();
        var small = await UploadAsync(Pdf(8));
        Assert.Equal(Pdf(8).Length, small.Length);
    }

    [Fact]
    public async Task FolderReadOnly_UploadRefusedAtItsFieldWithNothingKept_AndAcceptedWhenWritableAgain()
    {
        var service = Service();
        await RunAsync("mount", "-o", "remount,ro", _folder);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => UploadAsync(Pdf(4), service));

        Assert.Equal("File:Document.StorageUnavailable", $"{refused.Errors.Single().Field}:{refused.Errors.Single().Code}");
        await AssertNothingKeptAsync();
        await RunAsync("mount", "-o", "remount,rw", _folder);
        Assert.Equal(Pdf(4).Length, (await UploadAsync(Pdf(4), service)).Length);
    }

    private Task<DocumentView> UploadAsync(byte[] bytes, DocumentService? service = null) =>
        (service ?? Service()).UploadAsync(SubjectKind.Exchange, _exchange, new DocumentUpload(DocumentCategory.AnalysisReport, "analiz.pdf", null), new MemoryStream(bytes));

    private DocumentService Service() =>
        ActivatorUtilities.CreateInstance<DocumentService>(
            Database.Services,
            new ISubjectAccess[] { _exchanges },
            new FileSystemDocumentStore(_folder, NullLogger<FileSystemDocumentStore>.Instance),
            new PassingScanner(),
            Options.Create(new DocumentOptions()));

    private async Task AssertNothingKeptAsync()
    {
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.SubjectDocuments.CountAsync());
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} — these tests mount a tmpfs and need root, as scripts/test.sh runs on our machines.");
    }

    private sealed class PassingScanner : IDocumentScanner
    {
        public Task<DocumentScanResult> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken = default) =>
            Task.FromResult(DocumentScanResult.Clean);
    }
}
