using System.Globalization;
using System.Net;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// Outside-in isolation: another firm's ids answer 404 and no response body ever carries the other
/// firm's name, VKN, contact e-mail, exact quantity or price.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiIsolationTests(ApiFixture fixture)
{
    public static TheoryData<string> OtherFirmPaths() => ["company", "stream", "match", "company matches", "company permits", "company contacts"];

    [Theory]
    [MemberData(nameof(OtherFirmPaths))]
    public async Task FirmUserToken_OtherFirmsDataById_Answers404WithoutItsData(string what)
    {
        using var client = fixture.Client("firmC");
        var path = what switch
        {
            "company" => $"/api/v1/companies/{fixture.FirmA.Id}",
            "stream" => $"/api/v1/streams/{fixture.OfferA}",
            "match" => $"/api/v1/matches/{fixture.MatchAB}",
            "company permits" => $"/api/v1/companies/{fixture.FirmA.Id}/permits",
            "company contacts" => $"/api/v1/companies/{fixture.FirmA.Id}/contacts",
            _ => $"/api/v1/companies/{fixture.FirmA.Id}/matches",
        };

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNothingOf(fixture.FirmA, body);
        AssertNothingOf(fixture.FirmB, body);
        Assert.DoesNotContain("karton", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task FirmUserToken_OtherFirmsPermits_Answer404AndChangeNothing(string method)
    {
        using var admin = fixture.Client("admin");
        var before = (await admin.GetJsonAsync($"/api/v1/companies/{fixture.FirmA.Id}/permits")).ToJsonString();
        var edit = await fixture.CurrentPermitEditAsync();
        var version = edit["version"]!.GetValue<uint>();
        using var client = fixture.Client("firmC");
        var permits = $"/api/v1/companies/{fixture.FirmA.Id}/permits";

        using var response = method switch
        {
            "POST" => await client.SendJsonAsync(HttpMethod.Post, permits, ApiFixture.PermitBody("TAL-OTHER-1", "16 06 01")),
            "PUT" => await client.SendJsonAsync(HttpMethod.Put, $"{permits}/{fixture.PermitA}", edit),
            _ => await client.DeleteAsync($"{permits}/{fixture.PermitA}?version={version}"),
        };
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNothingOf(fixture.FirmA, body);
        Assert.DoesNotContain("TAL-35-0001", body, StringComparison.Ordinal);
        Assert.Equal(before, (await admin.GetJsonAsync($"/api/v1/companies/{fixture.FirmA.Id}/permits")).ToJsonString());
    }

    [Fact]
    public async Task FirmUserToken_ReplacingOtherFirmsContacts_Answers404AndChangesNothing()
    {
        using var admin = fixture.Client("admin");
        var contacts = $"/api/v1/companies/{fixture.FirmA.Id}/contacts";
        var before = await admin.GetJsonAsync(contacts);
        using var client = fixture.Client("firmC");
        var body = new { version = before["version"]!.GetValue<uint>(), contacts = new[] { new { fullName = "Saldırgan Kişi", email = "x@example.com", consent = true } } };

        using var response = await client.SendJsonAsync(HttpMethod.Put, contacts, body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNothingOf(fixture.FirmA, text);
        Assert.Equal(before.ToJsonString(), (await admin.GetJsonAsync(contacts)).ToJsonString());
        Assert.Contains(fixture.FirmA.ContactEmail, before.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("firmC")]
    [InlineData("firmB")]
    public async Task OffersList_OtherFirmsOffers_AreAnonymised(string who)
    {
        using var client = fixture.Client(who);

        using var response = await client.GetAsync("/api/v1/offers?pageSize=200");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Oluklu karton ambalaj atığı", body, StringComparison.Ordinal);
        AssertNothingOf(fixture.FirmA, body);
        AssertNoExactFigures(body, ApiFixture.OfferAPrice, ApiFixture.OfferAAmount);
        if (who == "firmC")
        {
            AssertNothingOf(fixture.FirmB, body);
            AssertNoExactFigures(body, ApiFixture.OfferBPrice);
        }
    }

    [Fact]
    public async Task OffersList_OwnOffer_ShowsOwnFirm()
    {
        using var client = fixture.Client("firmA");

        var body = await client.GetStringAsync("/api/v1/offers?pageSize=200");

        Assert.Contains(fixture.FirmA.Name, body, StringComparison.Ordinal);
        AssertNothingOf(fixture.FirmB, body);
    }

    [Theory]
    [InlineData("one")]
    [InlineData("list")]
    [InlineData("company")]
    public async Task OwnMatch_OtherParty_StaysAnonymous(string view)
    {
        using var client = fixture.Client("firmB");
        var path = view switch
        {
            "one" => $"/api/v1/matches/{fixture.MatchAB}",
            "list" => "/api/v1/matches?pageSize=200",
            _ => $"/api/v1/companies/{fixture.FirmB.Id}/matches",
        };

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.MatchAB.ToString(), body, StringComparison.Ordinal);
        Assert.Contains(fixture.FirmB.Name, body, StringComparison.Ordinal);
        AssertNothingOf(fixture.FirmA, body);
        AssertNoExactFigures(body, ApiFixture.OfferAPrice);
    }

    [Fact]
    public async Task CompaniesList_FirmUser_SeesOnlyOwnFirm()
    {
        using var client = fixture.Client("firmC");

        var body = await client.GetStringAsync("/api/v1/companies?pageSize=200");

        Assert.Contains(fixture.FirmC.Name, body, StringComparison.Ordinal);
        AssertNothingOf(fixture.FirmA, body);
        AssertNothingOf(fixture.FirmB, body);
    }

    [Fact]
    public async Task OtherFirmsStream_WriteAttempts_Answer404AndChangeNothing()
    {
        var edit = await fixture.CurrentStreamEditAsync(fixture.OfferA);
        edit["description"] = "hijacked";
        using var client = fixture.Client("firmC");

        using var put = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/streams/{fixture.OfferA}", edit);
        using var close = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/streams/{fixture.OfferA}/status", new { version = edit["version"]!.GetValue<uint>(), status = "Closed" });
        var after = await fixture.CurrentStreamEditAsync(fixture.OfferA);

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        Assert.Equal("Oluklu karton ambalaj atığı", after["description"]!.GetValue<string>());
        Assert.Equal("Active", after["status"]!.GetValue<string>());
    }

    private static void AssertNothingOf(TestFirm firm, string body)
    {
        Assert.DoesNotContain(firm.Name, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(firm.Vkn, body, StringComparison.Ordinal);
        Assert.DoesNotContain(firm.ContactEmail, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(firm.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertNoExactFigures(string body, params decimal[] figures)
    {
        Assert.DoesNotContain("pricePerUnit", body, StringComparison.OrdinalIgnoreCase);
        foreach (var figure in figures)
        {
            Assert.DoesNotContain(figure.ToString(CultureInfo.InvariantCulture), body, StringComparison.Ordinal);
            Assert.DoesNotContain(figure.ToString(CultureInfo.GetCultureInfo("tr-TR")), body, StringComparison.Ordinal);
        }
    }
}
