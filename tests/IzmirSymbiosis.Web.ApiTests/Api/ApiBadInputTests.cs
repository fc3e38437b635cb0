using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// Input the rules refuse (undefined enum values, numbers beyond their column, control characters)
/// answers 400 problem details with the translated message at the field, and nothing is stored.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiBadInputTests(ApiFixture fixture)
{
    private const string UndefinedTr = "Geçersiz değer. İzin verilen değerler: ";

    [Theory]
    [InlineData("unit", "99")]
    [InlineData("unit", "\"Barrel\"")]
    [InlineData("unit", "\"99\"")]
    [InlineData("unit", "0")]
    [InlineData("direction", "7")]
    [InlineData("kind", "\"Plasma\"")]
    [InlineData("period", "42")]
    [InlineData("physicalState", "42")]
    [InlineData("status", "42")]
    [InlineData("visibility", "\"Secret\"")]
    [InlineData("direction", "\"Offer, Need\"")]
    public async Task CreateStream_UndefinedEnum_Answers400AtFieldAndStoresNothing(string field, string json)
    {
        var body = StreamBody();
        body[field] = JsonNode.Parse(json);
        var before = await StreamCountAsync();
        using var client = fixture.Client("firmA");

        using var response = await SendAsync(client, HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams", body);

        await AssertFieldErrorAsync(response, field, UndefinedTr);
        Assert.Equal(before, await StreamCountAsync());
    }

    [Theory]
    [InlineData(null, "Geçersiz değer. İzin verilen değerler: Tonne, Kilogram, CubicMetre, Litre, MegawattHour, KilowattHour, Gigajoule, Piece, Hour, SquareMetre.")]
    [InlineData("en", "Not an allowed value. Allowed values: Tonne, Kilogram, CubicMetre, Litre, MegawattHour, KilowattHour, Gigajoule, Piece, Hour, SquareMetre.")]
    public async Task CreateStream_UndefinedUnit_MessageListsTheAllowedNamesInTheRequestLanguage(string? language, string expected)
    {
        var body = StreamBody();
        body["unit"] = 99;
        using var client = fixture.Client("firmA", language);

        using var response = await SendAsync(client, HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams", body);

        await AssertFieldErrorAsync(response, "unit", expected);
    }

    [Theory]
    [InlineData("status", "42")]
    [InlineData("physicalState", "\"Plasma\"")]
    [InlineData("visibility", "9")]
    public async Task UpdateStream_UndefinedEnum_Answers400AndKeepsTheStream(string field, string json)
    {
        var edit = await fixture.CurrentStreamEditAsync(fixture.OfferA);
        edit[field] = JsonNode.Parse(json);
        using var client = fixture.Client("firmA");

        using var response = await SendAsync(client, HttpMethod.Put, $"/api/v1/streams/{fixture.OfferA}", edit);

        await AssertFieldErrorAsync(response, field, UndefinedTr);
        Assert.Equal(edit["version"]!.GetValue<uint>(), await StreamVersionAsync(fixture.OfferA));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"Archived\"")]
    public async Task SetStreamStatus_UndefinedStatus_Answers400AndKeepsTheStream(string json)
    {
        var version = await StreamVersionAsync(fixture.OfferA);
        var body = new JsonObject { ["version"] = version, ["status"] = JsonNode.Parse(json) };
        using var client = fixture.Client("firmA");

        using var response = await SendAsync(client, HttpMethod.Post, $"/api/v1/streams/{fixture.OfferA}/status", body);

        await AssertFieldErrorAsync(response, "status", UndefinedTr);
        Assert.Equal(version, await StreamVersionAsync(fixture.OfferA));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"Huge\"")]
    public async Task UpdateCompany_UndefinedSizeBand_Answers400AndKeepsTheCompany(string json)
    {
        var edit = await fixture.CurrentCompanyEditAsync(fixture.FirmC);
        edit["sizeBand"] = JsonNode.Parse(json);
        using var client = fixture.Client("firmC");

        using var response = await SendAsync(client, HttpMethod.Put, $"/api/v1/companies/{fixture.FirmC.Id}", edit);

        await AssertFieldErrorAsync(response, "sizeBand", UndefinedTr + "Micro, Small, Medium, Large.");
        await using var db = fixture.Db();
        Assert.Equal(edit["version"]!.GetValue<uint>(), await db.Companies.Where(c => c.Id == fixture.FirmC.Id).Select(c => c.Version).SingleAsync());
    }

    [Theory]
    [InlineData("99")]
    [InlineData("Bogus")]
    public async Task ListMatches_UndefinedKind_Answers400AtKind(string kind)
    {
        using var client = fixture.Client("admin");

        using var response = await client.GetAsync($"/api/v1/matches?kind={Uri.EscapeDataString(kind)}");

        await AssertFieldErrorAsync(response, "kind", UndefinedTr + "Registered, Latent.");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Maybe")]
    public async Task ListMatches_UndefinedFeedbackState_Answers400AtFeedback(string state)
    {
        using var client = fixture.Client("admin");

        using var response = await client.GetAsync($"/api/v1/matches?feedback={Uri.EscapeDataString(state)}");

        await AssertFieldErrorAsync(response, "feedback", UndefinedTr + "Unanswered, Interested, NotInterested.");
    }

    [Theory]
    [InlineData("pricePerUnit", "1e13", "Birim fiyat -999.999.999.999,99 ile 999.999.999.999,99 TL arasında olmalıdır.")]
    [InlineData("pricePerUnit", "-1e13", "Birim fiyat -999.999.999.999,99 ile 999.999.999.999,99 TL arasında olmalıdır.")]
    [InlineData("pricePerUnit", "0.001", "Fiyat en fazla iki ondalık basamak içerebilir.")]
    [InlineData("pricePerUnit", "1e40", "Bir sayı bekleniyor")]
    [InlineData("amount", "1e13", "Miktar en fazla")]
    [InlineData("amount", "-1e13", "Miktar sıfırdan büyük olmalıdır.")]
    [InlineData("amount", "\"NaN\"", "Bir sayı bekleniyor")]
    [InlineData("amount", "true", "Bir sayı bekleniyor")]
    [InlineData("maxTransportKm", "2147483648", "Bir sayı bekleniyor")]
    [InlineData("maxTransportKm", "1e13", "Bir sayı bekleniyor")]
    [InlineData("maxTransportKm", "5001", "Azami taşıma mesafesi")]
    [InlineData("availableFrom", "\"2026-13-45\"", "YYYY-AA-GG biçiminde bir tarih bekleniyor.")]
    [InlineData("description", "42", "Metin bekleniyor.")]
    public async Task CreateStream_ValueOutsideItsColumn_Answers400AtFieldAndStoresNothing(string field, string json, string messageStart)
    {
        var body = StreamBody();
        body[field] = JsonNode.Parse(json);
        var before = await StreamCountAsync();
        using var client = fixture.Client("firmA");

        using var response = await SendAsync(client, HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams", body);

        await AssertFieldErrorAsync(response, field, messageStart);
        Assert.Equal(before, await StreamCountAsync());
    }

    [Fact]
    public async Task UpdateStream_PriceBeyondItsColumn_Answers400InEnglishAndKeepsTheStream()
    {
        var edit = await fixture.CurrentStreamEditAsync(fixture.OfferA);
        edit["pricePerUnit"] = 1e13;
        using var client = fixture.Client("firmA", "en");

        using var response = await SendAsync(client, HttpMethod.Put, $"/api/v1/streams/{fixture.OfferA}", edit);

        await AssertFieldErrorAsync(response, "pricePerUnit", "The price per unit must be between -999,999,999,999.99 and 999,999,999,999.99 TRY.");
        Assert.Equal(edit["version"]!.GetValue<uint>(), await StreamVersionAsync(fixture.OfferA));
    }

    [Theory]
    [InlineData("minScore", "NaN", "En düşük puan 0 ile 100 arasında bir sayı olmalıdır.")]
    [InlineData("minScore", "101", "En düşük puan 0 ile 100 arasında bir sayı olmalıdır.")]
    [InlineData("minScore", "-1", "En düşük puan 0 ile 100 arasında bir sayı olmalıdır.")]
    [InlineData("minScore", "abc", "Bir sayı bekleniyor")]
    [InlineData("ewcChapter", "1x", "Atık bölümü iki rakamdan oluşmalıdır (ör. 10).")]
    [InlineData("ewcChapter", "123", "Atık bölümü iki rakamdan oluşmalıdır (ör. 10).")]
    [InlineData("maxScore", "101", "En yüksek puan 0 ile 100 arasında bir sayı olmalıdır.")]
    [InlineData("giverDivision", "2", "NACE bölümü iki rakamdan oluşmalıdır (ör. 24).")]
    [InlineData("receiverDivision", "24.1", "NACE bölümü iki rakamdan oluşmalıdır (ör. 24).")]
    [InlineData("maxDistanceKm", "0", "En fazla uzaklık sıfırdan büyük bir sayı olmalıdır.")]
    [InlineData("maxDistanceKm", "-5", "En fazla uzaklık sıfırdan büyük bir sayı olmalıdır.")]
    public async Task ListMatches_FilterNoMatchCanHave_Answers400AtField(string field, string value, string messageStart)
    {
        using var client = fixture.Client("admin");

        using var response = await client.GetAsync($"/api/v1/matches?{field}={Uri.EscapeDataString(value)}");

        await AssertFieldErrorAsync(response, field, messageStart);
    }

    [Fact]
    public async Task ListMatches_ScoreRangeUpsideDown_Answers400AtMaxScore()
    {
        using var client = fixture.Client("admin");

        using var response = await client.GetAsync("/api/v1/matches?minScore=60&maxScore=40");

        await AssertFieldErrorAsync(response, "maxScore", "En yüksek puan en düşük puandan küçük olamaz.");
    }

    [Theory]
    [InlineData("description", "\"Kül\\u0000\"")]
    [InlineData("description", "\"\\u001b[31mKırmızı\"")]
    [InlineData("qualityNotes", "\"nem %5\\u0007\"")]
    public async Task CreateStream_ControlCharacters_Answers400AtFieldAndStoresNothing(string field, string json) =>
        await CreateStreamRawAsync(field, json, "Bu alan görünmeyen denetim karakterleri (ör. NUL, ESC) içeremez.");

    [Fact]
    public async Task CreateStream_HalfSurrogatePair_Answers400AtFieldAndStoresNothing() =>
        await CreateStreamRawAsync("description", "\"yarım \\ud800 vekil\"", "Metin bekleniyor.");

    [Theory]
    [InlineData("legalName", "Körfez\u0000 Metal")]
    [InlineData("district", "Torbalı\u001b")]
    [InlineData("address", "Sokak 1\u0008")]
    public async Task UpdateCompany_ControlCharacters_Answers400InEnglishAndKeepsTheCompany(string field, string value)
    {
        var edit = await fixture.CurrentCompanyEditAsync(fixture.FirmC);
        edit[field] = value;
        using var client = fixture.Client("firmC", "en");

        using var response = await SendAsync(client, HttpMethod.Put, $"/api/v1/companies/{fixture.FirmC.Id}", edit);

        await AssertFieldErrorAsync(response, field, "This field must not contain invisible control characters (such as NUL or ESC).");
        await using var db = fixture.Db();
        Assert.Equal(edit["version"]!.GetValue<uint>(), await db.Companies.Where(c => c.Id == fixture.FirmC.Id).Select(c => c.Version).SingleAsync());
    }

    [Theory]
    [InlineData("description", 10_000)]
    [InlineData("qualityNotes", 10_000)]
    [InlineData("ewcCode", 10_000)]
    public async Task CreateStream_OverlongText_Answers400AtFieldAndStoresNothing(string field, int length)
    {
        var body = StreamBody();
        body[field] = new string('7', length);
        var before = await StreamCountAsync();
        using var client = fixture.Client("firmA");

        using var response = await SendAsync(client, HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams", body);

        await AssertFieldErrorAsync(response, field, string.Empty);
        Assert.Equal(before, await StreamCountAsync());
    }

    private JsonObject StreamBody() =>
        JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(
            ApiFixture.StreamBody("Offer", "Kötü girdi denemesi", 12.5m, 100m), System.Text.Json.JsonSerializerOptions.Web))!.AsObject();

    private async Task CreateStreamRawAsync(string field, string json, string messageStart)
    {
        var body = StreamBody();
        body[field] = "__VALUE__";
        var before = await StreamCountAsync();
        using var client = fixture.Client("firmA");

        // Sent as raw JSON text: a serializer would refuse to write half a surrogate pair.
        using var response = await SendRawAsync(client, HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams",
            body.ToJsonString().Replace("\"__VALUE__\"", json, StringComparison.Ordinal));

        await AssertFieldErrorAsync(response, field, messageStart);
        Assert.Equal(before, await StreamCountAsync());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, JsonNode body) =>
        SendRawAsync(client, method, path, body.ToJsonString());

    private static async Task<HttpResponseMessage> SendRawAsync(HttpClient client, HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        return await client.SendAsync(request);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string messageStart)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]?.AsObject();
        Assert.True(errors is not null && errors.ContainsKey(field), $"no error at {field}: {text}");
        Assert.StartsWith(messageStart, errors[field]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<int> StreamCountAsync()
    {
        await using var db = fixture.Db();
        return await db.Streams.CountAsync();
    }

    private async Task<uint> StreamVersionAsync(Guid id)
    {
        await using var db = fixture.Db();
        return await db.Streams.Where(s => s.Id == id).Select(s => s.Version).SingleAsync();
    }
}
