using System.Security.Cryptography;
using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Documents;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Documents;
using IzmirSymbiosis.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Documents;

/// <summary>
/// Documents through the real database and a real folder, with a stand-in access rule for
/// exchanges (the real one is not part of this service): contributors upload, readers download,
/// everyone else finds nothing, and a refused or failed upload leaves neither a row nor a file.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class DocumentServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly byte[] s_pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] s_png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "izmirsym-documents-" + Guid.NewGuid().ToString("N"));
    private readonly TestSubjectAccess _exchanges = new(SubjectKind.Exchange);
    private readonly Guid _exchange = Guid.NewGuid();
    private readonly Guid _otherExchange = Guid.NewGuid();
    private readonly UserContext _party = TestCurrentUser.FirmUser(Guid.NewGuid());
    private readonly UserContext _expert = new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());
    private readonly UserContext _outsider = TestCurrentUser.FirmUser(Guid.NewGuid());

    protected override Task ArrangeAsync()
    {
        _exchanges.Grant(_exchange, _party, SubjectRights.Contribute);
        _exchanges.Grant(_exchange, _expert, SubjectRights.Read);
        _exchanges.Grant(_otherExchange, _party, SubjectRights.Contribute);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Upload_Contributor_StoresFileAndRowListsItAndAuditsIt()
    {
        Database.CurrentUser.User = _party;

        var view = await Service().UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.AnalysisReport, "Analiz Raporu.pdf", "  Akredite laboratuvar  "), new MemoryStream(s_pdf));

        Assert.Equal(("Analiz Raporu.pdf", "application/pdf", (long)s_pdf.Length, "Akredite laboratuvar"), (view.FileName, view.ContentType, view.Length, view.Note));
        var list = await Service().ListAsync(SubjectKind.Exchange, _exchange);
        Assert.True(list!.CanUpload);
        var listed = Assert.Single(list.Documents);
        Assert.Equal((view.Id, UploaderSide.Firm, true, true), (listed.Id, listed.UploadedBySide, listed.UploadedByYou, listed.UploadedByYourFirm));
        await using var db = Database.CreateContext();
        var row = await db.SubjectDocuments.SingleAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(s_pdf)), row.Sha256);
        Assert.Equal(s_pdf, await File.ReadAllBytesAsync(Assert.Single(StoredFiles())));
        Assert.EndsWith(row.StorageKey, Assert.Single(StoredFiles()), StringComparison.Ordinal);
        Assert.Contains(await db.AuditEvents.Where(e => e.EventType == AuditEventTypes.DocumentUploaded).ToListAsync(), e => e.ActorUserId == _party.UserId && e.Details!.Contains(view.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reader_DownloadsTheSameBytesButCannotUpload()
    {
        Database.CurrentUser.User = _party;
        var uploaded = await Service().UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.Permit, "izin.pdf"), new MemoryStream(s_pdf));
        Database.CurrentUser.User = _expert;

        await using (var download = await Service().OpenAsync(SubjectKind.Exchange, _exchange, uploaded.Id))
        {
            using var copy = new MemoryStream();
            await download.Content.CopyToAsync(copy);
            Assert.Equal(s_pdf, copy.ToArray());
            Assert.Equal(("izin.pdf", "application/pdf"), (download.FileName, download.ContentType));
        }

        var list = await Service().ListAsync(SubjectKind.Exchange, _exchange);
        Assert.False(list!.CanUpload);
        Assert.Equal((false, false, UploaderSide.Firm), (list.Documents[0].UploadedByYou, list.Documents[0].UploadedByYourFirm, list.Documents[0].UploadedBySide));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.Other, "x.pdf"), new MemoryStream(s_pdf)));
        Assert.Single(StoredFiles());
        await using var db = Database.CreateContext();
        Assert.Single(await db.AuditEvents.Where(e => e.EventType == AuditEventTypes.DocumentDownloaded && e.ActorUserId == _expert.UserId).ToListAsync());
    }

    [Fact]
    public async Task NoRights_SubjectAndDocumentsDoNotExist()
    {
        Database.CurrentUser.User = _party;
        var uploaded = await Service().UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.Photo, "foto.png"), new MemoryStream(s_png));
        Database.CurrentUser.User = _outsider;

        Assert.Null(await Service().ListAsync(SubjectKind.Exchange, _exchange));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().OpenAsync(SubjectKind.Exchange, _exchange, uploaded.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.Other, "x.pdf"), new MemoryStream(s_pdf)));
        Assert.Single(StoredFiles());
    }

    [Fact]
    public async Task DocumentOfAnotherSubject_IsNotFoundThroughThisOne()
    {
        Database.CurrentUser.User = _party;
        var elsewhere = await Service().UploadAsync(SubjectKind.Exchange, _otherExchange, Input(DocumentCategory.Other, "başka.pdf"), new MemoryStream(s_pdf));
        Database.CurrentUser.User = _expert;

        await Assert.ThrowsAsync<NotFoundException>(() => Service().OpenAsync(SubjectKind.Exchange, _exchange, elsewhere.Id));
    }

    [Fact]
    public async Task KindWithoutAnAccessRule_IsNotFoundForEveryone()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;

        Assert.Null(await Service().ListAsync(SubjectKind.Introduction, _exchange));
        await Assert.ThrowsAsync<NotFoundException>(() => Service().UploadAsync(SubjectKind.Introduction, _exchange, Input(DocumentCategory.Other, "x.pdf"), new MemoryStream(s_pdf)));
    }

    [Fact]
    public async Task PngBytesNamedPdf_AreStoredAsPngWithATruthfulName()
    {
        Database.CurrentUser.User = _party;

        var view = await Service().UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.Photo, "rapor.pdf"), new MemoryStream(s_png));

        Assert.Equal(("rapor.png", "image/png"), (view.FileName, view.ContentType));
    }

    [Fact]
    public async Task ScannerRefuses_TranslatedErrorAtTheFileAndNothingKept()
    {
        Database.CurrentUser.User = _party;

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Service(scanner: new RefusingScanner())
            .UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.AnalysisReport, "rapor.pdf"), new MemoryStream(s_pdf)));

        Assert.Equal(("File", "Document.ScanRefused"), (e.Errors[0].Field, e.Errors[0].Code));
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task DatabaseRefusesTheRow_StoredFileIsRemovedAgain()
    {
        Database.CurrentUser.User = _party;
        await using (await DocumentWriteFault.InstallAsync(Database.OwnerConnectionString))
        {
            var e = await Assert.ThrowsAnyAsync<Exception>(() => Service()
                .UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.AnalysisReport, "rapor.pdf"), new MemoryStream(s_pdf)));
            Assert.Contains("injected failure writing documents", e.ToString(), StringComparison.Ordinal);
        }

        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Oversize_RefusedAtTheFileWithTheLimitAndNothingKept()
    {
        Database.CurrentUser.User = _party;
        var big = new byte[5000];
        s_pdf.CopyTo(big, 0);
        "%%EOF"u8.CopyTo(big.AsSpan(big.Length - 5));

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Service(maxBytes: 4096)
            .UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.AnalysisReport, "büyük.pdf"), new MemoryStream(big)));

        Assert.Equal(("File", "Document.TooLarge"), (e.Errors[0].Field, e.Errors[0].Code));
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task DisallowedTypeOrMissingCategory_RefusedAtTheirFieldsAndNothingKept()
    {
        Database.CurrentUser.User = _party;

        var type = await Assert.ThrowsAsync<ValidationFailedException>(() => Service()
            .UploadAsync(SubjectKind.Exchange, _exchange, Input(DocumentCategory.Other, "fatura.pdf"), new MemoryStream("MZ\u0090\0\u0003"u8.ToArray())));
        var category = await Assert.ThrowsAsync<ValidationFailedException>(() => Service()
            .UploadAsync(SubjectKind.Exchange, _exchange, new DocumentUpload(null, "rapor.pdf", new string('n', 501)), new MemoryStream(s_pdf)));

        Assert.Equal(("File", "Document.TypeNotAllowed"), (type.Errors[0].Field, type.Errors[0].Code));
        Assert.Equal(["Category:Document.CategoryRequired", "Note:Document.NoteTooLong"], category.Errors.Select(x => $"{x.Field}:{x.Code}"));
        await AssertNothingKeptAsync();
    }

    private static DocumentUpload Input(DocumentCategory category, string name, string? note = null) => new(category, name, note);

    private DocumentService Service(IDocumentScanner? scanner = null, long maxBytes = SubjectDocument.DefaultMaxBytes) =>
        ActivatorUtilities.CreateInstance<DocumentService>(
            Database.Services,
            new ISubjectAccess[] { _exchanges },
            new FileSystemDocumentStore(_folder, NullLogger<FileSystemDocumentStore>.Instance),
            scanner ?? new PassingScanner(),
            Options.Create(new DocumentOptions { MaxBytes = maxBytes }));

    private List<string> StoredFiles() =>
        Directory.Exists(_folder) ? [.. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)] : [];

    private async Task AssertNothingKeptAsync()
    {
        Assert.Empty(StoredFiles());
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.SubjectDocuments.CountAsync());
    }

    private sealed class PassingScanner : IDocumentScanner
    {
        public Task<DocumentScanResult> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken = default) =>
            Task.FromResult(DocumentScanResult.Clean);
    }

    private sealed class RefusingScanner : IDocumentScanner
    {
        public Task<DocumentScanResult> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken = default) =>
            Task.FromResult(DocumentScanResult.Refused("Eicar-Test-Signature"));
    }
}
