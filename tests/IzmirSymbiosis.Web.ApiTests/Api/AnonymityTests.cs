using System.Net;
using System.Text.Json.Nodes;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// Outside-in anonymity of a match (A's offer × B's need): whoever may read only one of the two
/// firms can neither find the other by searching nor compute its exact quantity, price or place
/// from any field the API returns; the same arithmetic recovers the reader's own figures and, on
/// an admin's full view, the hidden ones (so the probe would catch a leak).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnonymityTests(ApiFixture fixture)
{
    private const double OfferA = (double)ApiFixture.OfferAAmount;
    private const double NeedB = (double)ApiFixture.NeedBAmount;

    public static TheoryData<string, string> Views() => new()
    {
        { "firmA", "one" }, { "firmA", "list" }, { "firmA", "company" },
        { "firmB", "one" }, { "firmB", "list" }, { "firmB", "company" },
        { "staff", "one" }, { "staff", "list" }, { "staff", "company" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task AnonymisedMatch_EveryFieldAndFormula_RecoversNoHiddenFigure(string who, string view)
    {
        var match = await MatchAsAsync(who, view);
        var (own, hiddenAmount, hiddenPrice) = who == "firmB"
            ? (NeedB, OfferA, (double)ApiFixture.OfferAPrice)
            : (OfferA, NeedB, (double)ApiFixture.NeedBPrice);

        var (amounts, prices) = LeakProbe.Candidates(match, own);

        Assert.True(match["anonymised"]!.GetValue<bool>());
        Assert.Null(match["roadKm"]?.GetValue<double?>());
        Assert.NotNull(match["distance"]);
        Assert.Empty(LeakProbe.Hits(amounts, hiddenAmount));
        Assert.Empty(LeakProbe.Hits(prices, hiddenPrice));
        Assert.NotEmpty(LeakProbe.Hits(amounts, own));
        Assert.Contains(match["reasons"]!.AsArray(), r => r!["tr"]!.GetValue<string>().Contains("gizli", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FullView_SameProbe_RecoversBothSides()
    {
        var match = await MatchAsAsync("admin", "one");
        var factorsOnly = match.DeepClone();
        foreach (var reason in factorsOnly["reasons"]!.AsArray())
        {
            reason!["tr"] = string.Empty;
            reason["en"] = string.Empty;
        }

        Assert.False(match["anonymised"]!.GetValue<bool>());
        Assert.NotEmpty(LeakProbe.Hits(LeakProbe.Candidates(factorsOnly, OfferA).Amounts, NeedB));
        Assert.NotEmpty(LeakProbe.Hits(LeakProbe.Candidates(match, OfferA).Prices, (double)ApiFixture.NeedBPrice));
    }

    [Theory]
    [InlineData("firmA")]
    [InlineData("staff")]
    public async Task Search_HiddenFirmsNameVknOrSector_FindsNothing(string who)
    {
        using var client = fixture.Client(who);

        foreach (var search in new[] { fixture.FirmB.Vkn, "Ege Karton", "17.12", "egekarton" })
        {
            var page = await client.GetJsonAsync($"/api/v1/matches?pageSize=200&search={Uri.EscapeDataString(search)}");
            Assert.DoesNotContain(page["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
        }
    }

    [Theory]
    [InlineData("firmA", "Çiğli")]
    [InlineData("firmA", "cigli")]
    [InlineData("firmA", "karton ambalaj")]
    [InlineData("firmA", "15 01 01")]
    [InlineData("staff", "Anadolu Süt")]
    [InlineData("firmB", "oluklu")]
    public async Task Search_WhatTheReaderMaySee_FindsTheMatch(string who, string search)
    {
        using var client = fixture.Client(who);

        var page = await client.GetJsonAsync($"/api/v1/matches?pageSize=200&search={Uri.EscapeDataString(search)}");

        Assert.Contains(page["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
    }

    [Fact]
    public async Task MinScoreFilter_UsesTheShownScore_NotTheHiddenOne()
    {
        using var client = fixture.Client("firmA");
        var shown = (await MatchAsAsync("firmA", "one"))["score"]!.GetValue<double>();
        var exact = (await MatchAsAsync("admin", "one"))["score"]!.GetValue<double>();

        bool Listed(JsonNode page) => page["items"]!.AsArray().Any(m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
        var atShown = await client.GetJsonAsync($"/api/v1/matches?pageSize=200&minScore={shown}");
        var aboveShown = await client.GetJsonAsync($"/api/v1/matches?pageSize=200&minScore={shown + 0.5}");

        Assert.NotEqual(exact, shown);
        Assert.True(Listed(atShown));
        Assert.False(Listed(aboveShown));
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Paging_OutOfRange_Answers400AtTheField(string query, string field)
    {
        foreach (var path in new[] { "/api/v1/matches", "/api/v1/companies", "/api/v1/offers" })
        {
            using var client = fixture.Client("firmA", "tr");
            using var response = await client.GetAsync($"{path}?{query}");
            var body = await response.JsonAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull(body["errors"]![field]);
        }
    }

    [Theory]
    [InlineData(1, 101, "en", "at most 100 characters")]
    [InlineData(9, 3, "tr", "en fazla 8 kelime")]
    [InlineData(1500, 1, "tr", "en fazla 100 karakter")]
    public async Task Search_TooLong_Answers400WithTranslatedMessage(int words, int wordLength, string language, string expected)
    {
        var search = string.Join(' ', Enumerable.Range(0, words).Select(i => new string((char)('a' + (i % 26)), wordLength)));
        foreach (var path in new[] { "/api/v1/matches", "/api/v1/companies", "/api/v1/offers" })
        {
            using var client = fixture.Client("firmA", language);
            using var response = await client.GetAsync($"{path}?search={Uri.EscapeDataString(search)}");
            var body = await response.JsonAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(expected, body["errors"]!["search"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    private async Task<JsonNode> MatchAsAsync(string who, string view)
    {
        using var client = fixture.Client(who);
        var own = who == "firmB" ? fixture.FirmB.Id : fixture.FirmA.Id;
        if (view == "one")
        {
            return await client.GetJsonAsync($"/api/v1/matches/{fixture.MatchAB}");
        }

        var list = view == "list"
            ? (await client.GetJsonAsync("/api/v1/matches?pageSize=200"))["items"]!.AsArray()
            : (await client.GetJsonAsync($"/api/v1/companies/{own}/matches")).AsArray();
        return list.Single(m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB)!;
    }
}
