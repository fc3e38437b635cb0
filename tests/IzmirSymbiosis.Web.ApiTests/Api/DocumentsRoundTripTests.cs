using System.Net;
using System.Net.Http.Headers;
using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// An upload and its download through the real app, with a stand-in access rule for one exchange
/// added to this test's host only (firm A contributes, the expert reads, others see nothing): the
/// multipart upload is streamed and checked, the download is an attachment of the detected type
/// with its UTF-8 name, never sniffed or cached.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentsRoundTripTests(ApiFixture fixture) : IAsyncLifetime
{
    private static readonly byte[] s_pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private readonly Guid _exchange = Guid.NewGuid();
    private WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        var rule = new OneExchangeAccess(_exchange, fixture.UserId("firmA"), fixture.UserId("expert"));
        // The stand-in replaces the real rules in this host only. A passive second host on the
        // fixture's database: no migration, no matching worker, no job
        // server (those would recompute the fixture's matches under the other tests).
        _app = fixture.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Initialize", "false");
            b.ConfigureTestServices(s =>
            {
                s.RemoveAll<IHostedService>();
                s.RemoveAll<ISubjectAccess>();
                s.AddSingleton<ISubjectAccess>(rule);
            });
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Upload_ThenDownload_AttachmentOfTheDetectedTypeWithItsUtf8Name()
    {
        using var firm = Client("firmA");
        using var expert = Client("expert");

        using var created = await firm.PostAsync(Documents, Form(s_pdf, "Ölçüm raporu.pdf"));
        var body = await created.JsonAsync();
        var id = body["id"]!.GetValue<Guid>();
        var list = await expert.GetJsonAsync(Documents);
        using var download = await expert.GetAsync($"{Documents}/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Documents}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Ölçüm raporu.pdf", "AnalysisReport"), (body["fileName"]!.GetValue<string>(), body["category"]!.GetValue<string>()));
        Assert.False(list["canUpload"]!.GetValue<bool>());
        Assert.Equal(id, Assert.Single(list["documents"]!.AsArray())!["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Ölçüm raporu.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''%C3%96l%C3%A7%C3%BCm%20raporu.pdf", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(download.Headers.CacheControl!.NoStore);
        Assert.True(download.Headers.CacheControl.Private);
        Assert.Equal(s_pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ReaderCannotUpload_OutsiderSeesNothing()
    {
        using var firm = Client("firmA");
        using var created = await firm.PostAsync(Documents, Form(s_pdf, "izin.pdf"));
        var id = (await created.JsonAsync())["id"]!.GetValue<Guid>();
        using var expert = Client("expert");
        using var outsider = Client("firmC");

        using var expertUpload = await expert.PostAsync(Documents, Form(s_pdf, "uzman.pdf"));
        using var outsiderList = await outsider.GetAsync(Documents);
        using var outsiderDownload = await outsider.GetAsync($"{Documents}/{id}");

        Assert.Equal(HttpStatusCode.NotFound, expertUpload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderDownload.StatusCode);
    }

    [Theory]
    [InlineData(null, "Bu dosya türü kabul edilmiyor.")]
    [InlineData("en", "This type of file is not accepted.")]
    public async Task HtmlNamedPdf_Answers400AtTheFileInTheRequestLanguage(string? language, string expected)
    {
        using var firm = Client("firmA", language);

        using var response = await firm.PostAsync(Documents, Form("<html><script>alert(1)</script></html>"u8.ToArray(), "rapor.pdf"));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(expected, problem["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JustOverTheLimit_Answers400AtTheFileAndKeepsNothing()
    {
        using var firm = Client("firmA");
        var big = new byte[(10 * 1024 * 1024) + 1];
        s_pdf.CopyTo(big, 0);

        using var response = await firm.PostAsync(Documents, Form(big, "büyük.pdf"));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Dosya çok büyük: bir belge en fazla 10 MB olabilir.", problem["errors"]!["file"]![0]!.GetValue<string>());
        var list = await firm.GetJsonAsync(Documents);
        Assert.Empty(list["documents"]!.AsArray());
    }

    [Fact]
    public async Task BrowserDownloadRoute_SameRuleSameAttachment()
    {
        using var firm = Client("firmA");
        using var created = await firm.PostAsync(Documents, Form(s_pdf, "foto.pdf"));
        var id = (await created.JsonAsync())["id"]!.GetValue<Guid>();
        using var cookie = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var header in (await fixture.CookieClientAsync("firmA")).DefaultRequestHeaders.GetValues("Cookie"))
        {
            cookie.DefaultRequestHeaders.Add("Cookie", header);
        }

        using var response = await cookie.GetAsync($"/documents/exchanges/{_exchange}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(s_pdf, await response.Content.ReadAsByteArrayAsync());
    }

    private string Documents => $"/api/v1/exchanges/{_exchange}/documents";

    private HttpClient Client(string who, string? language = null)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(who));
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    private static MultipartFormDataContent Form(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent("AnalysisReport"), "category" },
            { file, "file", name },
        };
    }

    /// <summary>One exchange: a contributor and a reader; nobody else, nothing else.</summary>
    private sealed class OneExchangeAccess(Guid exchange, Guid contributor, Guid reader) : ISubjectAccess
    {
        public SubjectKind Kind => SubjectKind.Exchange;

        public Task<SubjectRights> RightsAsync(IAppDbContext db, UserContext user, Guid subjectId, CancellationToken cancellationToken = default) =>
            Task.FromResult(subjectId != exchange ? SubjectRights.None
                : user.UserId == contributor ? SubjectRights.Contribute
                : user.UserId == reader ? SubjectRights.Read
                : SubjectRights.None);
    }
}
