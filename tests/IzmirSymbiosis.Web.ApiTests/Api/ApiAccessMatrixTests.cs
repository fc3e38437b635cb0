using System.Net;
using System.Text.Json.Nodes;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// Every endpoint for anonymous callers and each role (and a firm user of another company): the
/// allowed answers succeed, the rest answer 401 or 404 as the access rule says; never 403 with data.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiAccessMatrixTests(ApiFixture fixture)
{
    // Firm A is in the staff's zone; firm B is not. "firmC" is a firm user of another company.
    public static TheoryData<string, string?, int> Matrix()
    {
        var data = new TheoryData<string, string?, int>();
        void Row(string endpoint, int anon, int firmA, int firmC, int staff, int expert, int admin)
        {
            data.Add(endpoint, null, anon);
            data.Add(endpoint, "firmA", firmA);
            data.Add(endpoint, "firmC", firmC);
            data.Add(endpoint, "staff", staff);
            data.Add(endpoint, "expert", expert);
            data.Add(endpoint, "admin", admin);
        }

        Row("GET companies", 401, 200, 200, 200, 200, 200);
        Row("GET company A", 401, 200, 404, 200, 200, 200);
        Row("GET company B", 401, 404, 404, 404, 200, 200);
        Row("PUT company A", 401, 200, 404, 200, 404, 200);
        Row("GET company A permits", 401, 200, 404, 200, 200, 200);
        Row("POST permit for A", 401, 201, 404, 201, 404, 201);
        Row("PUT permit A", 401, 200, 404, 200, 404, 200);
        Row("GET stream A", 401, 200, 404, 200, 200, 200);
        Row("POST stream for A", 401, 201, 404, 201, 404, 201);
        Row("PUT stream A", 401, 200, 404, 200, 404, 200);
        Row("POST stream A status", 401, 200, 404, 200, 404, 200);
        Row("GET company A matches", 401, 200, 404, 200, 200, 200);
        Row("GET matches", 401, 200, 200, 200, 200, 200);
        Row("GET match AB", 401, 200, 404, 200, 200, 200);
        Row("GET offers", 401, 200, 200, 200, 200, 200);
        Row("GET needs", 401, 200, 200, 200, 200, 200);

        // Only firm users of one of the pair's firms answer a match; staff, experts and admins see counts.
        Row("PUT feedback AB", 401, 200, 404, 404, 404, 404);
        Row("GET notifications", 401, 200, 200, 200, 200, 200);

        // Field records: the zone's staff, experts and admins; not even the visited firm.
        Row("GET visit A", 401, 404, 404, 200, 200, 200);
        Row("GET visit B", 401, 404, 404, 404, 200, 200);
        Row("GET workshop A", 401, 404, 404, 200, 200, 200);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_Role_AnswersAsDesigned(string endpoint, string? who, int expected)
    {
        var (method, path, body) = await RequestAsync(endpoint);
        using var client = fixture.Client(who);

        using var response = await client.SendJsonAsync(method, path, body);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("firmA", 0)]
    [InlineData("staff", 1)]
    [InlineData("expert", 2)]
    public async Task FieldVisitList_ShowsOnlyTheVisitsTheUserMaySee(string who, int expected)
    {
        using var client = fixture.Client(who);

        var page = await client.GetJsonAsync("/api/v1/field/visits");
        var ids = page["items"]!.AsArray().Select(v => v!["id"]!.GetValue<Guid>()).ToList();

        Assert.Equal(expected, ids.Count);
        Assert.Equal(who == "expert", ids.Contains(fixture.VisitB));
    }

    [Fact]
    public async Task FirmB_OwnMatchWithA_Answers200()
    {
        using var client = fixture.Client("firmB");

        using var response = await client.GetAsync($"/api/v1/matches/{fixture.MatchAB}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/companies")]
    [InlineData("/api/v1/offers")]
    [InlineData("/api/v1/needs")]
    public async Task Anonymous_GetsProblem401_NotRedirectToLogin(string path)
    {
        using var client = fixture.Client(null);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.JsonAsync())["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task BrowserCookie_IsAcceptedLikeAToken()
    {
        using var own = await fixture.CookieClientAsync("firmA");
        using var other = await fixture.CookieClientAsync("firmC");

        using var mine = await own.GetAsync($"/api/v1/companies/{fixture.FirmA.Id}");
        using var theirs = await other.GetAsync($"/api/v1/companies/{fixture.FirmA.Id}");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(fixture.FirmA.Name, (await mine.JsonAsync())["legalName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    [Fact]
    public async Task ProfilePage_SignedIn_ListsOwnTokensWithoutSecrets()
    {
        using var client = await fixture.CookieClientAsync("firmA");

        using var response = await client.GetAsync("/profile");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kişisel erişim anahtarları", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("firmA test token", html, StringComparison.Ordinal);
        Assert.Contains(fixture.Token("firmA")[..12], html, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Token("firmA"), html, StringComparison.Ordinal);
        Assert.DoesNotContain("firmB test token", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_Answers404Problem()
    {
        using var client = fixture.Client("admin");

        using var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(HttpMethod Method, string Path, object? Body)> RequestAsync(string endpoint) => endpoint switch
    {
        "GET companies" => (HttpMethod.Get, "/api/v1/companies?pageSize=50", null),
        "GET company A" => (HttpMethod.Get, $"/api/v1/companies/{fixture.FirmA.Id}", null),
        "GET company B" => (HttpMethod.Get, $"/api/v1/companies/{fixture.FirmB.Id}", null),
        "PUT company A" => (HttpMethod.Put, $"/api/v1/companies/{fixture.FirmA.Id}", await fixture.CurrentCompanyEditAsync(fixture.FirmA)),
        "GET company A permits" => (HttpMethod.Get, $"/api/v1/companies/{fixture.FirmA.Id}/permits", null),
        "POST permit for A" => (HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/permits", ApiFixture.PermitBody($"MATRIX-{Guid.NewGuid():N}"[..20], "16 06 01*")),
        "PUT permit A" => (HttpMethod.Put, $"/api/v1/companies/{fixture.FirmA.Id}/permits/{fixture.PermitA}", await fixture.CurrentPermitEditAsync()),
        "GET stream A" => (HttpMethod.Get, $"/api/v1/streams/{fixture.OfferA}", null),
        "POST stream for A" => (HttpMethod.Post, $"/api/v1/companies/{fixture.FirmA.Id}/streams",
            ApiFixture.StreamBody("Need", "Matrix test need: pallet wood", 5m, null, ewc: "15 01 03")),
        "PUT stream A" => (HttpMethod.Put, $"/api/v1/streams/{fixture.OfferA}", await fixture.CurrentStreamEditAsync(fixture.OfferA)),
        "POST stream A status" => (HttpMethod.Post, $"/api/v1/streams/{fixture.OfferA}/status",
            new JsonObject { ["version"] = (await fixture.CurrentStreamEditAsync(fixture.OfferA))["version"]!.GetValue<uint>(), ["status"] = "Active" }),
        "GET company A matches" => (HttpMethod.Get, $"/api/v1/companies/{fixture.FirmA.Id}/matches", null),
        "GET matches" => (HttpMethod.Get, "/api/v1/matches", null),
        "GET match AB" => (HttpMethod.Get, $"/api/v1/matches/{fixture.MatchAB}", null),
        "GET offers" => (HttpMethod.Get, "/api/v1/offers", null),
        "GET needs" => (HttpMethod.Get, "/api/v1/needs", null),
        "PUT feedback AB" => (HttpMethod.Put, $"/api/v1/matches/{fixture.MatchAB}/feedback", new { interested = true }),
        "GET notifications" => (HttpMethod.Get, "/api/v1/notifications", null),
        "GET visit A" => (HttpMethod.Get, $"/api/v1/field/visits/{fixture.VisitA}", null),
        "GET visit B" => (HttpMethod.Get, $"/api/v1/field/visits/{fixture.VisitB}", null),
        "GET workshop A" => (HttpMethod.Get, $"/api/v1/field/workshops/{fixture.WorkshopA}", null),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };
}
