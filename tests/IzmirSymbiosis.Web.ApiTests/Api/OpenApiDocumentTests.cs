using System.Net;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>The OpenAPI document is public and lists every endpoint.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFixture fixture)
{
    [Fact]
    public async Task Document_Anonymous_ListsTheEndpoints()
    {
        using var client = fixture.Client(null);

        using var response = await client.GetAsync("/openapi/v1.json");
        var document = await response.JsonAsync();
        var paths = document["paths"]!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["get"], Methods(paths, "/api/v1/companies"));
        Assert.Equal(["get", "put"], Methods(paths, "/api/v1/companies/{id}"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/companies/{companyId}/streams"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/companies/{companyId}/matches"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/v1/companies/{companyId}/permits"));
        Assert.Equal(["delete", "put"], Methods(paths, "/api/v1/companies/{companyId}/permits/{permitId}"));
        Assert.Equal(["get", "put"], Methods(paths, "/api/v1/streams/{id}"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/streams/{id}/status"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/matches"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/matches/{id}"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/offers"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/needs"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/v1/exchanges"));
        Assert.Equal(["get", "put"], Methods(paths, "/api/v1/exchanges/{id}"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/exchanges/{id}/transitions"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/v1/exchanges/{id}/comments"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/v1/exchanges/{id}/documents"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/exchanges/{id}/documents/{documentId}"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/v1/introductions/{id}/documents"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/introductions/{id}/documents/{documentId}"));
        Assert.Equal(["delete", "put"], Methods(paths, "/api/v1/matches/{id}/feedback"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/notifications"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/notifications/unread-count"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/notifications/{id}/read"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/notifications/read-all"));
        Assert.Equal(["get", "put"], Methods(paths, "/api/v1/notifications/preferences"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/v1/introductions"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/introductions/{id}"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/introductions/{id}/accept"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/introductions/{id}/decline"));
        Assert.Equal(["post"], Methods(paths, "/api/v1/introductions/{id}/withdraw"));
        Assert.Equal(["get", "post"], Methods(paths, "/api/v1/introductions/{id}/comments"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/field/visits"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/field/visits/{id}"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/field/workshops"));
        Assert.Equal(["get"], Methods(paths, "/api/v1/field/workshops/{id}"));
        Assert.DoesNotContain(paths, p => !p.Key.StartsWith("/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Document_EveryOperation_NamesHowToAuthenticate()
    {
        using var client = fixture.Client(null);

        var document = await client.GetJsonAsync("/openapi/v1.json");
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Key is "get" or "put" or "post" or "delete" or "patch"))
            .Select(o => o.Value!)
            .ToList();

        Assert.Equal("http", schemes["PersonalAccessToken"]!["type"]!.GetValue<string>());
        Assert.Equal("bearer", schemes["PersonalAccessToken"]!["scheme"]!.GetValue<string>());
        Assert.Equal("apiKey", schemes["BrowserSession"]!["type"]!.GetValue<string>());
        Assert.Equal("cookie", schemes["BrowserSession"]!["in"]!.GetValue<string>());
        Assert.Equal("izmirsym", schemes["BrowserSession"]!["name"]!.GetValue<string>());
        Assert.Equal(51, operations.Count);
        Assert.All(operations, o => Assert.Equal(
            ["BrowserSession", "PersonalAccessToken"],
            o["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).Order(StringComparer.Ordinal)));
        Assert.All(document["servers"]!.AsArray(), s => Assert.False(s!["url"]!.GetValue<string>().EndsWith('/')));
        Assert.All(document["tags"]!.AsArray(), t => Assert.False(string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>())));
        Assert.NotNull(document["info"]!["license"]!["name"]);
        Assert.NotNull(document["info"]!["contact"]!["name"]);
    }

    private static List<string> Methods(System.Text.Json.Nodes.JsonObject paths, string path)
    {
        Assert.True(paths.ContainsKey(path), $"{path} is missing from the document");
        return [.. paths[path]!.AsObject().Select(m => m.Key).Where(k => k is "get" or "put" or "post" or "delete" or "patch").Order(StringComparer.Ordinal)];
    }
}
