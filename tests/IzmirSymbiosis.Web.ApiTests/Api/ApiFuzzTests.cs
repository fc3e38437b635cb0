using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// Every input field of every API operation, read from the OpenAPI document the app serves, gets
/// values of the wrong type, numbers beyond any column, overlong text, undefined enum names and
/// control characters. No answer is a 5xx; a body field always answers 400 problem details at that
/// field, and nothing in the database changes. Deterministic: a fixed table of values.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiFuzzTests(ApiFixture fixture)
{
    private static readonly string s_overlong = new('x', 10_000);

    /// <summary>Raw JSON values no field of a given kind accepts.</summary>
    private static readonly Dictionary<FieldKind, string[]> s_bodyValues = new()
    {
        [FieldKind.Text] = ["12", "true", "[]", "{}", $"\"{s_overlong}\"", "\"a\\u0000b\"", "\"\\u001b[2J\"", "\"\\u0007\"", "\"\\ud800\""],
        [FieldKind.Enum] = ["99", "-1", "0", "2147483648", "\"Bogus\"", "\"99\"", "\"\\u0000\"", "true", "[]", $"\"{s_overlong}\""],
        [FieldKind.Integer] = ["2147483648", "-2147483649", "4294967296", "1e13", "-1e13", "1.5", "\"NaN\"", "\"abc\"", "true", "{}"],
        [FieldKind.Number] = ["1e13", "-1e13", "1e400", "0.0001", "\"NaN\"", "\"Infinity\"", "\"abc\"", "true", "[]"],
        [FieldKind.Date] = ["\"2026-13-45\"", "\"abc\"", "\"2026-01-01\\u0000\"", "12", "true", $"\"{s_overlong}\""],
        [FieldKind.Boolean] = ["\"maybe\"", "2", "[]"],
        [FieldKind.TextList] =
        [
            "\"x\"", "12", "{}", "true", "[]", "[12]", "[[]]", "[\"a\\u0000b\"]", "[\"\\ud800\"]", $"[\"{s_overlong}\"]",
            "[" + string.Join(',', Enumerable.Repeat("\"R1\"", 5_000)) + "]",
        ],

        // A nested object (verification figures) or a list of them (by-product answers).
        [FieldKind.Object] = ["12", "\"x\"", "true", "[]", $"\"{s_overlong}\""],
        [FieldKind.ObjectList] = ["\"x\"", "12", "true", "{}", "[12]", "[\"x\"]", "[[]]", "[true]"],
    };

    /// <summary>Query string values (already URL-encoded) of every kind; none may cause a 5xx.</summary>
    private static readonly string[] s_queryValues =
    [
        "99", "-1", "0", "2147483648", "-2147483649", "1e13", "-1e13", "NaN", "Infinity", "1.5", "true", "Bogus",
        "%00", "%1B%5B2J", "%07", "%ED%A0%80", "%C3%A7i%C4%9F", s_overlong, "%27%3B--", "%25",
    ];

    private static readonly string[] s_bodyShapes = ["null", "[]", "\"x\"", "12", "", "{", "{\"version\": "];

    [Fact]
    public async Task EveryBodyField_BadValues_Answer400AtTheFieldAndStoreNothing()
    {
        var document = await OpenApiAsync();
        var failures = new List<string>();
        var fuzzed = 0;
        foreach (var (method, template, operation) in Operations(document))
        {
            if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } bodySchema)
            {
                continue;
            }

            var target = await TargetAsync(method, template)
                ?? throw new InvalidOperationException($"No valid body for {method} {template}: add it to TargetAsync so it is fuzzed.");
            var properties = Resolve(document, bodySchema)["properties"]!.AsObject();
            foreach (var (field, schema) in properties)
            {
                foreach (var value in s_bodyValues[KindOf(document, schema!)])
                {
                    fuzzed++;
                    var body = target.Body.DeepClone().AsObject();
                    body[field] = "__FUZZ__";
                    var json = body.ToJsonString().Replace("\"__FUZZ__\"", value, StringComparison.Ordinal);
                    await CheckAsync(target, json, field, $"{method} {template} {field}={Shorten(value)}", failures);
                }
            }

            foreach (var shape in s_bodyShapes)
            {
                fuzzed++;
                await CheckAsync(target, shape, null, $"{method} {template} body={shape}", failures);
            }
        }

        Assert.True(fuzzed > 300, $"only {fuzzed} cases: the document lists fewer fields than expected");
        Assert.True(failures.Count == 0, $"{failures.Count} of {fuzzed} cases failed:\n" + string.Join('\n', failures.Take(50)));
    }

    [Fact]
    public async Task EveryQueryParameter_BadValues_NeverAServerError()
    {
        var document = await OpenApiAsync();
        var failures = new List<string>();
        var fuzzed = 0;
        var before = await SnapshotAsync();
        using var client = fixture.Client("admin");
        foreach (var (method, template, operation) in Operations(document))
        {
            var parameters = operation["parameters"]?.AsArray().Where(p => p!["in"]!.GetValue<string>() == "query").ToList() ?? [];
            foreach (var parameter in parameters)
            {
                var name = parameter!["name"]!.GetValue<string>();
                foreach (var value in s_queryValues)
                {
                    fuzzed++;
                    using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), $"{Fill(template)}?{name}={value}"));
                    var text = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500 ||
                        (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                    {
                        failures.Add($"{method} {template}?{name}={Shorten(value)}: {(int)response.StatusCode} {Shorten(text)}");
                    }
                }
            }
        }

        Assert.True(fuzzed > 100, $"only {fuzzed} cases: the document lists fewer query parameters than expected");
        Assert.True(failures.Count == 0, $"{failures.Count} of {fuzzed} cases failed:\n" + string.Join('\n', failures.Take(50)));
        Assert.Equal(before, await SnapshotAsync());
    }

    private enum FieldKind
    {
        Text,
        Enum,
        Integer,
        Number,
        Date,
        Boolean,
        TextList,
        Object,
        ObjectList,
    }

    /// <summary>An operation with a valid body for it (as a user who may do it) and what it would change.</summary>
    private sealed record Target(HttpMethod Method, string Path, string User, JsonObject Body);

    private async Task<Target?> TargetAsync(string method, string template) => (method, template) switch
    {
        ("post", "/api/v1/companies/{companyId}/streams") => new(HttpMethod.Post, Fill(template), "firmA",
            JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixture.StreamBody("Offer", "Fuzz", 12.5m, 100m), System.Text.Json.JsonSerializerOptions.Web))!.AsObject()),
        ("put", "/api/v1/streams/{id}") => new(HttpMethod.Put, Fill(template), "firmA", await fixture.CurrentStreamEditAsync(fixture.OfferA)),
        ("post", "/api/v1/streams/{id}/status") => new(HttpMethod.Post, Fill(template), "firmA",
            new JsonObject { ["version"] = (await fixture.CurrentStreamEditAsync(fixture.OfferA))["version"]!.GetValue<uint>(), ["status"] = "Paused" }),
        ("post", "/api/v1/companies/{companyId}/permits") => new(HttpMethod.Post, Fill(template), "firmA",
            JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixture.PermitBody("FUZZ-1", "16 06 01*"), System.Text.Json.JsonSerializerOptions.Web))!.AsObject()),
        ("put", "/api/v1/companies/{companyId}/permits/{permitId}") => new(HttpMethod.Put, Fill(template), "firmA", await fixture.CurrentPermitEditAsync()),
        ("put", "/api/v1/companies/{companyId}/contacts") => new(HttpMethod.Put, Fill(template), "firmA", new JsonObject
        {
            ["version"] = (await fixture.CurrentCompanyEditAsync(fixture.FirmA))["version"]!.GetValue<uint>(),
            ["contacts"] = new JsonArray(new JsonObject { ["fullName"] = "Fuzz Kişi", ["email"] = "fuzz@example.com.tr", ["consent"] = true }),
        }),
        ("put", "/api/v1/matches/{id}/feedback") => new(HttpMethod.Put, Fill(template), "firmA",
            new JsonObject { ["interested"] = false, ["reason"] = "Other", ["text"] = "Fuzz" }),
        ("put", "/api/v1/notifications/preferences") => new(HttpMethod.Put, template, "firmA", new JsonObject { ["email"] = "Immediate", ["language"] = "tr" }),
        ("put", "/api/v1/companies/{id}") => new(HttpMethod.Put, $"/api/v1/companies/{fixture.FirmA.Id}", "firmA", await fixture.CurrentCompanyEditAsync(fixture.FirmA)),

        // A pair no other test uses (firm B's offer to firm A): every field must fail before anything is created.
        ("post", "/api/v1/exchanges") => new(HttpMethod.Post, template, "expert", new JsonObject
        {
            ["offerStreamId"] = fixture.OfferB,
            ["receiverCompanyId"] = fixture.FirmA.Id,
            ["title"] = "Fuzz",
            ["agreedAmount"] = 10,
            ["agreedUnit"] = "Tonne",
            ["agreedPeriod"] = "PerMonth",
            ["route"] = "WasteRecovery",
            ["recoveryOperation"] = "R3",
            ["commercialTerms"] = "Fuzz",
        }),
        ("put", "/api/v1/exchanges/{id}") => await ExchangeTargetAsync(HttpMethod.Put, "", "expert", e => new JsonObject
        {
            ["version"] = e["version"]!.GetValue<int>(),
            ["title"] = "Fuzz",
            ["agreedAmount"] = 10,
            ["agreedUnit"] = "Tonne",
            ["agreedPeriod"] = "PerMonth",
            ["route"] = "WasteRecovery",
            ["recoveryOperation"] = "R3",
            ["commercialTerms"] = "Fuzz",
        }),
        ("post", "/api/v1/exchanges/{id}/transitions") => await ExchangeTargetAsync(HttpMethod.Post, "/transitions", "firmB", e => new JsonObject
        {
            ["action"] = "Withdraw",
            ["expectedVersion"] = e["version"]!.GetValue<int>(),
            ["comment"] = "Fuzz",
        }),
        ("post", "/api/v1/introductions") => new(HttpMethod.Post, template, "firmA", new JsonObject { ["matchId"] = fixture.MatchAB }),
        ("post", "/api/v1/introductions/{id}/decline") => new(HttpMethod.Post, $"/api/v1/introductions/{await fixture.PendingIntroductionAsync()}/decline", "firmA", new JsonObject { ["reason"] = "Fuzz" }),
        ("post", "/api/v1/exchanges/{id}/comments") => await ExchangeTargetAsync(HttpMethod.Post, "/comments", "firmB", _ => new JsonObject { ["body"] = "Fuzz" }),
        ("post", "/api/v1/introductions/{id}/comments") => new(HttpMethod.Post, $"/api/v1/introductions/{await fixture.PendingIntroductionAsync()}/comments", "firmA", new JsonObject { ["body"] = "Fuzz" }),
        _ => null,
    };

    /// <summary>An exchange of firm B's offer to firm C (the expert records it once) and a valid body for it.</summary>
    private async Task<Target> ExchangeTargetAsync(HttpMethod method, string suffix, string user, Func<JsonNode, JsonObject> body)
    {
        using var expert = fixture.Client("expert");
        var list = await expert.GetJsonAsync("/api/v1/exchanges?stage=Identified&pageSize=200");
        var id = list["items"]!.AsArray().FirstOrDefault(e => e!["receiverCompanyId"]!.GetValue<Guid>() == fixture.FirmC.Id)?["id"]?.GetValue<Guid>();
        if (id is null)
        {
            using var created = await expert.SendJsonAsync(HttpMethod.Post, "/api/v1/exchanges", new { offerStreamId = fixture.OfferB, receiverCompanyId = fixture.FirmC.Id, title = "Kenar kesim artığı" });
            id = (await created.JsonAsync())["id"]!.GetValue<Guid>();
        }

        var exchange = await expert.GetJsonAsync($"/api/v1/exchanges/{id}");
        return new(method, $"/api/v1/exchanges/{id}{suffix}", user, body(exchange));
    }

    private string Fill(string template) => template
        .Replace("{companyId}", fixture.FirmA.Id.ToString(), StringComparison.Ordinal)
        .Replace("{permitId}", fixture.PermitA.ToString(), StringComparison.Ordinal)
        .Replace("/companies/{id}", $"/companies/{fixture.FirmA.Id}", StringComparison.Ordinal)
        .Replace("/streams/{id}", $"/streams/{fixture.OfferA}", StringComparison.Ordinal)
        .Replace("/matches/{id}", $"/matches/{fixture.MatchAB}", StringComparison.Ordinal);

    private async Task CheckAsync(Target target, string json, string? field, string label, List<string> failures)
    {
        var before = await SnapshotAsync();
        using var client = fixture.Client(target.User);
        using var request = new HttpRequestMessage(target.Method, target.Path)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var after = await SnapshotAsync();

        // A well-formed version that is not the stored one (int.MaxValue + 1 is a valid uint) is a stale edit.
        var stale = field == "version" && response.StatusCode == HttpStatusCode.Conflict;
        if ((response.StatusCode != HttpStatusCode.BadRequest && !stale) || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{label}: {(int)response.StatusCode} {Shorten(text)}");
        }
        else if (field is not null && !stale && JsonNode.Parse(text)?["errors"]?[field] is null)
        {
            failures.Add($"{label}: no error at {field}: {Shorten(text)}");
        }

        if (after != before)
        {
            failures.Add($"{label}: the database changed ({before} -> {after})");
        }
    }

    /// <summary>Row counts and the versions of the rows the operations would change.</summary>
    private async Task<string> SnapshotAsync()
    {
        // Matches follow saves in the background: count them once the worker is done.
        await fixture.WaitForBackgroundWorkAsync();
        await using var db = fixture.Db();
        var companies = await db.Companies.OrderBy(c => c.Id).Select(c => c.Version).ToListAsync();
        var streams = await db.Streams.OrderBy(s => s.Id).Select(s => s.Version).ToListAsync();
        var matches = await db.Matches.CountAsync();
        var audit = await db.AuditEvents.CountAsync();
        var introductions = await db.Introductions.OrderBy(i => i.Id).Select(i => i.Version).ToListAsync();
        var comments = await db.Comments.CountAsync();
        return $"companies [{string.Join(',', companies)}], streams [{string.Join(',', streams)}], {matches} matches, {audit} audit rows, introductions [{string.Join(',', introductions)}], {comments} comments";
    }

    private async Task<JsonNode> OpenApiAsync()
    {
        using var anonymous = fixture.Client(null);
        return await anonymous.GetJsonAsync("/openapi/v1.json");
    }

    private static IEnumerable<(string Method, string Path, JsonNode Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where operation.Key is "get" or "post" or "put" or "patch" or "delete"
        select (operation.Key, path.Key, operation.Value!);

    private static JsonNode Resolve(JsonNode document, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!
            : schema;

    private static FieldKind KindOf(JsonNode document, JsonNode property)
    {
        // A nullable reference (e.g. an optional enum) is "one of null or the type": fuzz the type.
        if (property["oneOf"] is JsonArray oneOf && oneOf.FirstOrDefault(o => o!["type"]?.ToString() != "null") is { } type)
        {
            return KindOf(document, type);
        }

        var schema = Resolve(document, property);
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray alternatives)
        {
            return KindOf(document, alternatives.First(a => a!["type"]?.ToString() != "null")!);
        }

        if (schema["enum"] is not null)
        {
            return FieldKind.Enum;
        }

        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        return types.Contains("array") && Resolve(document, schema["items"]!)["type"]?.ToString() == "string" ? FieldKind.TextList
            : types.Contains("array") ? FieldKind.ObjectList
            : types.Contains("integer") ? FieldKind.Integer
            : types.Contains("number") ? FieldKind.Number
            : types.Contains("boolean") ? FieldKind.Boolean
            : schema["format"]?.GetValue<string>() is "date" or "date-time" ? FieldKind.Date
            : types.Contains("string") ? FieldKind.Text
            : types.Contains("object") || schema["properties"] is not null ? FieldKind.Object
            : throw new InvalidOperationException($"Unknown field schema {schema.ToJsonString()}");
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
