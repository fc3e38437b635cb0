using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// The document endpoints from outside, where no subject is needed: they ask for a signed-in user,
/// know no subject the user may not see (no access rule has claimed introductions or exchanges in
/// this branch yet, so every id is unknown), refuse an oversized body with a translated 413 before
/// reading it, and are in the OpenAPI document. Uploads and downloads through real exchanges
/// follow with the exchange rule.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentsApiTests(ApiFixture fixture)
{
    public static TheoryData<string> Kinds => ["exchanges", "introductions"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Anonymous_Answers401ProblemOnEveryEndpoint(string kind)
    {
        using var client = fixture.Client(null);
        var id = Guid.NewGuid();

        using var list = await client.GetAsync($"/api/v1/{kind}/{id}/documents");
        using var upload = await client.PostAsync($"/api/v1/{kind}/{id}/documents", Form(Pdf, "rapor.pdf"));
        using var download = await client.GetAsync($"/api/v1/{kind}/{id}/documents/{Guid.NewGuid()}");

        Assert.All([list, upload, download], r =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task UnknownSubject_Answers404ToEveryRole(string kind)
    {
        foreach (var who in new[] { "firmA", "staff", "expert", "admin" })
        {
            using var client = fixture.Client(who);
            var id = Guid.NewGuid();

            using var list = await client.GetAsync($"/api/v1/{kind}/{id}/documents");
            using var upload = await client.PostAsync($"/api/v1/{kind}/{id}/documents", Form(Pdf, "rapor.pdf"));
            using var download = await client.GetAsync($"/api/v1/{kind}/{id}/documents/{Guid.NewGuid()}");

            Assert.All([list, upload, download], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        }
    }

    [Theory]
    [InlineData(null, "Dosya çok büyük: bir belge en fazla 10 MB olabilir.")]
    [InlineData("en", "The file is too large: a document may be at most 10 MB.")]
    public async Task Oversize_Answers413WithTranslatedProblem(string? language, string expected)
    {
        using var client = fixture.Client("firmA", language);
        var big = new byte[(10 * 1024 * 1024) + (100 * 1024)];
        Pdf.CopyTo(big, 0);

        using var response = await client.PostAsync($"/api/v1/exchanges/{Guid.NewGuid()}/documents", Form(big, "büyük.pdf"));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task NotMultipart_Answers400AtTheFile()
    {
        using var client = fixture.Client("firmA", "en");

        using var response = await client.PostAsync($"/api/v1/exchanges/{Guid.NewGuid()}/documents", new StringContent("{}", Encoding.UTF8, "application/json"));
        var problem = await response.JsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        Assert.Equal("Choose the file to upload.", problem["errors"]!["file"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task BrowserDownloadRoute_AsksForSignInAndKnowsNoUnknownDocument()
    {
        using var anonymous = fixture.Client(null);
        using var signedIn = await fixture.CookieClientAsync("firmA");
        var path = $"/documents/exchanges/{Guid.NewGuid()}/{Guid.NewGuid()}";

        using var redirected = await anonymous.GetAsync(path);
        using var missing = await signedIn.GetAsync(path);
        using var badKind = await signedIn.GetAsync($"/documents/matches/{Guid.NewGuid()}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/account/login", redirected.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badKind.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheDocumentEndpointsWithAMultipartUpload()
    {
        using var client = fixture.Client(null);

        var paths = (await client.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject();

        foreach (var kind in new[] { "exchanges", "introductions" })
        {
            var documents = paths[$"/api/v1/{kind}/{{id}}/documents"]!.AsObject();
            Assert.Equal(["get", "post"], documents.Select(m => m.Key).Where(k => k is "get" or "post" or "put" or "delete").Order(StringComparer.Ordinal));
            Assert.NotNull(documents["post"]!["requestBody"]!["content"]!["multipart/form-data"]);
            Assert.NotNull(documents["post"]!["responses"]!["413"]);
            Assert.NotNull(paths[$"/api/v1/{kind}/{{id}}/documents/{{documentId}}"]!["get"]);
        }
    }

    private static byte[] Pdf => "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private static MultipartFormDataContent Form(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent("AnalysisReport"), "category" },
            { new StringContent("Laboratuvar raporu"), "note" },
            { file, "file", name },
        };
    }
}
