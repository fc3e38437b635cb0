using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>Bad input answers 400 problem details with the translated message at the field; stale versions 409.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiValidationTests(ApiFixture fixture)
{
    [Theory]
    [InlineData(null, "Miktar sıfırdan büyük olmalıdır.")]
    [InlineData("tr", "Miktar sıfırdan büyük olmalıdır.")]
    [InlineData("en", "The quantity must be greater than zero.")]
    [InlineData("en-GB", "The quantity must be greater than zero.")]
    public async Task CreateStream_ZeroAmount_Answers400WithTranslatedFieldError(string? language, string expected)
    {
        using var client = fixture.Client("firmA", language);

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams",
            ApiFixture.StreamBody("Offer", "Sıfır miktarlı teklif", 0m, null));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal(expected, problem["errors"]!["amount"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "99 99 99 Atık Listesinde yok.")]
    [InlineData("en", "99 99 99 is not in the List of Waste.")]
    public async Task CreateStream_UnknownEwc_ErrorAtEwcCodeWithArgument(string? language, string expected)
    {
        using var client = fixture.Client("firmA", language);

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams",
            ApiFixture.StreamBody("Offer", "Bilinmeyen kodlu atık", 3m, null, ewc: "99 99 99"));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, problem["errors"]!["ewcCode"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateStream_SeveralBadFields_ReportsEachAndSavesNothing()
    {
        using var client = fixture.Client("firmA");
        await using var before = fixture.Db();
        var count = before.Streams.Count(s => s.CompanyId == fixture.FirmA.Id);
        var body = ApiFixture.StreamBody("Offer", "  ", 0m, null, ewc: "99 99 99");

        using var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams", body);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.ContainsKey("amount"));
        Assert.True(errors.ContainsKey("ewcCode"));
        await using var after = fixture.Db();
        Assert.Equal(count, after.Streams.Count(s => s.CompanyId == fixture.FirmA.Id));
    }

    [Theory]
    [InlineData(null, "Firma adı zorunludur.")]
    [InlineData("en", "The company name is required.")]
    public async Task UpdateCompany_EmptyName_Answers400AtLegalName(string? language, string expected)
    {
        var edit = await fixture.CurrentCompanyEditAsync(fixture.FirmC);
        edit["legalName"] = " ";
        using var client = fixture.Client("firmC", language);

        using var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/companies/{fixture.FirmC.Id}", edit);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, problem["errors"]!["legalName"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedJson_Answers400Problem()
    {
        using var client = fixture.Client("firmA");
        using var content = new StringContent("{ \"amount\": ", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        using var response = await client.PostAsync($"/api/v1/companies/{fixture.FirmA.Id}/streams", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UpdateStream_StaleVersion_Answers409AndKeepsTheFirstEdit()
    {
        using var client = fixture.Client("firmB");
        var first = await fixture.CurrentStreamEditAsync(fixture.OfferB);
        var second = first.DeepClone().AsObject();
        first["qualityNotes"] = "first edit";
        second["qualityNotes"] = "second edit from a stale form";

        using var ok = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/streams/{fixture.OfferB}", first);
        using var stale = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/streams/{fixture.OfferB}", second);
        var stored = await fixture.CurrentStreamEditAsync(fixture.OfferB);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(first["version"]!.GetValue<uint>(), (await ok.JsonAsync())["version"]!.GetValue<uint>());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(409, (await stale.JsonAsync())["status"]!.GetValue<int>());
        Assert.Equal("first edit", stored["qualityNotes"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateCompany_StaleVersion_Answers409()
    {
        using var client = fixture.Client("firmC");
        var edit = await fixture.CurrentCompanyEditAsync(fixture.FirmC);
        edit["district"] = "Torbalı";
        var stale = edit.DeepClone().AsObject();
        edit["address"] = "Yeni adres 1";
        stale["address"] = "Eski formdan adres";

        using var ok = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/companies/{fixture.FirmC.Id}", edit);
        using var conflict = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/companies/{fixture.FirmC.Id}", stale);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SetStatus_StaleVersion_Answers409()
    {
        using var client = fixture.Client("firmB");
        var edit = await fixture.CurrentStreamEditAsync(fixture.OfferB);
        var version = edit["version"]!.GetValue<uint>();

        using var paused = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/streams/{fixture.OfferB}/status", new { version, status = "Paused" });
        using var stale = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/streams/{fixture.OfferB}/status", new { version, status = "Active" });
        var newVersion = (await paused.JsonAsync())["version"]!.GetValue<uint>();
        using var restored = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/streams/{fixture.OfferB}/status", new { version = newVersion, status = "Active" });

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }
}
