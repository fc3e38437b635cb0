using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// A fixture of its own: these tests introduce firms A and B, which would change what the shared
/// fixture's anonymity tests expect.
/// </summary>
[CollectionDefinition(Name)]
public sealed class IntroductionApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "introductions api";
}

/// <summary>
/// Introductions from outside: B asks, A accepts, and only then do the two see each other, on this
/// pair only; a third firm gets 404 on the introduction and its thread all along.
/// </summary>
[Collection(IntroductionApiCollection.Name)]
public sealed class IntroductionApiTests(ApiFixture fixture)
{
    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Lifecycle_AsTheFirmsAndOutsiders_LiftsAnonymityForThePairOnly()
    {
        using var a = fixture.Client("firmA");
        using var b = fixture.Client("firmB");
        using var c = fixture.Client("firmC");

        using var created = await b.PostAsJsonAsync("/api/v1/introductions", new { matchId = fixture.MatchAB });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync())["id"]!.GetValue<Guid>();
        var path = $"/api/v1/introductions/{id}";

        // A third firm: nothing, on any of it.
        foreach (var (method, url) in new[] { ("GET", path), ("GET", $"{path}/comments"), ("POST", $"{path}/accept"), ("POST", $"{path}/withdraw"), ("POST", $"{path}/comments") })
        {
            using var response = await c.SendJsonAsync(new HttpMethod(method), url, method == "POST" ? new { body = "Merhaba" } : null);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(fixture.FirmA.Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.FirmB.Name, text, StringComparison.Ordinal);
        }

        // Before A answers, A sees B as the match shows it.
        var before = await (await a.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.DoesNotContain(fixture.FirmB.Name, before, StringComparison.Ordinal);
        Assert.DoesNotContain(Format(ApiFixture.NeedBAmount), before, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.FirmB.ContactEmail, before, StringComparison.Ordinal);

        using var comment = await b.PostAsJsonAsync($"{path}/comments", new { body = "Kartonunuzla ilgileniyoruz." });
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        using var accepted = await a.PostAsync($"{path}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await accepted.JsonAsync())["status"]!.GetValue<string>());

        // Now both firms see each other on this introduction and on this match.
        var afterA = await (await a.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains(fixture.FirmB.Name, afterA, StringComparison.Ordinal);
        Assert.Contains(fixture.FirmB.ContactEmail, afterA, StringComparison.Ordinal);
        Assert.Equal(ApiFixture.NeedBAmount, System.Text.Json.Nodes.JsonNode.Parse(afterA)!["receiver"]!["stream"]!["amount"]!.GetValue<decimal>());
        var afterB = await (await b.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains(fixture.FirmA.Name, afterB, StringComparison.Ordinal);
        Assert.Equal(ApiFixture.OfferAPrice, System.Text.Json.Nodes.JsonNode.Parse(afterB)!["giver"]!["stream"]!["pricePerUnit"]!.GetValue<decimal>());
        Assert.Equal(fixture.FirmB.Name, (await a.GetJsonAsync($"/api/v1/matches/{fixture.MatchAB}"))["receiverCompanyName"]!.GetValue<string>());
        var thread = await a.GetJsonAsync($"{path}/comments");
        Assert.Equal("Kartonunuzla ilgileniyoruz.", thread["items"]![0]!["body"]!.GetValue<string>());

        // Every other read of B by A is as before: B's company and streams 404, B's other offer anonymised.
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/companies/{fixture.FirmB.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/streams/{fixture.OfferB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/streams/{fixture.NeedB}")).StatusCode);
        var offers = await (await a.GetAsync("/api/v1/offers?pageSize=200")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(fixture.FirmB.Name, offers, StringComparison.Ordinal);
        Assert.DoesNotContain(Format(ApiFixture.OfferBPrice), offers, StringComparison.Ordinal);
        var matchesOfA = (await a.GetJsonAsync($"/api/v1/companies/{fixture.FirmA.Id}/matches?pageSize=200"))["items"]!.AsArray();
        Assert.All(
            matchesOfA.Where(m => m!["id"]!.GetValue<Guid>() != fixture.MatchAB),
            m => Assert.NotEqual(fixture.FirmB.Name, m!["receiverCompanyName"]?.GetValue<string>()));

        // And the third firm still gets 404 after acceptance.
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync(path)).StatusCode);
        Assert.Empty((await c.GetJsonAsync("/api/v1/introductions"))["items"]!.AsArray());

        // Staff of A's zone and experts follow it.
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client("staff").GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client("expert").GetAsync(path)).StatusCode);

        // A second request for the pair is refused at the field, in the caller's language.
        using var again = await fixture.Client("firmA", "en").PostAsJsonAsync("/api/v1/introductions", new { matchId = fixture.MatchAB });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already has a pending or accepted introduction", (await again.JsonAsync())["errors"]!["matchId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_AnswersAtTheField()
    {
        using var b = fixture.Client("firmB");

        using var noMatch = await b.PostAsJsonAsync("/api/v1/introductions", new { });
        using var unknown = await b.PostAsJsonAsync("/api/v1/introductions", new { matchId = Guid.NewGuid() });
        using var badBox = await b.GetAsync("/api/v1/introductions?box=Bogus");

        Assert.Equal(HttpStatusCode.BadRequest, noMatch.StatusCode);
        Assert.NotNull((await noMatch.JsonAsync())["errors"]!["matchId"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badBox.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/api/v1/introductions?box=Incoming&status=Pending")).StatusCode);
    }
}
