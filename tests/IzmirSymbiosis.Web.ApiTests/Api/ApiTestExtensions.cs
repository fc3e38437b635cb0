using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IzmirSymbiosis.Web.ApiTests.Api;

internal static class ApiTestExtensions
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.JsonAsync();
    }

    /// <summary>The body of a PUT of a stream as it is stored now (read as admin), i.e. a no-op edit.</summary>
    public static async Task<JsonObject> CurrentStreamEditAsync(this ApiFixture fixture, Guid streamId)
    {
        using var admin = fixture.Client("admin");
        var stream = await admin.GetJsonAsync($"/api/v1/streams/{streamId}");
        var body = stream["input"]!.AsObject().DeepClone().AsObject();
        body["version"] = stream["version"]!.GetValue<uint>();
        return body;
    }

    /// <summary>The body of a PUT of a company with its fixture values and current version.</summary>
    public static async Task<JsonObject> CurrentCompanyEditAsync(this ApiFixture fixture, TestFirm firm)
    {
        using var admin = fixture.Client("admin");
        var company = await admin.GetJsonAsync($"/api/v1/companies/{firm.Id}");
        return new JsonObject
        {
            ["version"] = company["version"]!.GetValue<uint>(),
            ["legalName"] = firm.Name,
            ["naceCode"] = company["naceCode"]!.GetValue<string>(),
            ["district"] = company["district"]!.GetValue<string>(),
            ["address"] = company["address"]?.GetValue<string>(),
            ["zoneId"] = firm.ZoneId,
            ["sizeBand"] = company["sizeBand"]!.GetValue<string>(),
        };
    }

    /// <summary>The body of a PUT of firm A's fixture permit as it is stored now, with the company's current version.</summary>
    public static async Task<JsonObject> CurrentPermitEditAsync(this ApiFixture fixture)
    {
        using var admin = fixture.Client("admin");
        var list = await admin.GetJsonAsync($"/api/v1/companies/{fixture.FirmA.Id}/permits");
        var permit = list["permits"]!.AsArray().Single(p => p!["id"]!.GetValue<Guid>() == fixture.PermitA)!;
        return new JsonObject
        {
            ["version"] = list["version"]!.GetValue<uint>(),
            ["authority"] = permit["authority"]!.GetValue<string>(),
            ["number"] = permit["number"]!.GetValue<string>(),
            ["validUntil"] = permit["validUntil"]!.GetValue<string>(),
            ["wasteCodes"] = permit["wasteCodes"]!.DeepClone(),
            ["operations"] = permit["operations"]!.DeepClone(),
        };
    }

    /// <summary>
    /// A pending introduction of the pair A–B that B asked for (so A may still answer it), made on
    /// first use. Pending changes nothing A and B see of each other.
    /// </summary>
    public static async Task<Guid> PendingIntroductionAsync(this ApiFixture fixture)
    {
        using var b = fixture.Client("firmB");
        var mine = await b.GetJsonAsync("/api/v1/introductions?box=Outgoing&status=Pending");
        if (mine["items"]!.AsArray().FirstOrDefault() is { } existing)
        {
            return existing["id"]!.GetValue<Guid>();
        }

        using var created = await b.PostAsJsonAsync("/api/v1/introductions", new { matchId = fixture.MatchAB });
        created.EnsureSuccessStatusCode();
        return (await created.JsonAsync())["id"]!.GetValue<Guid>();
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body) =>
        client.SendAsync(new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: JsonSerializerOptions.Web),
        });
}
