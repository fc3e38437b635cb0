using System.Globalization;
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
    public async Task FullView_SameProbe_FindsBothSides()
    {
        var match = await MatchAsAsync("admin", "one");

        var (amounts, prices) = LeakProbe.Candidates(match, OfferA);

        Assert.False(match["anonymised"]!.GetValue<bool>());
        Assert.NotEmpty(LeakProbe.Hits(amounts, NeedB));
        Assert.NotEmpty(LeakProbe.Hits(prices, (double)ApiFixture.NeedBPrice));
    }

    [Fact]
    public void Probe_FactorsComputedFromExactFigures_RecoversThem()
    {
        // The arithmetic the probe tries is the one that broke the first release: a quantity factor
        // of √(min/max) and economics of (D + V − T)/(D + V) with the transport cost in the text.
        const double transport = 180;
        var economics = (1200 + (double)ApiFixture.NeedBPrice - transport) / (1200 + (double)ApiFixture.NeedBPrice);
        var match = JsonNode.Parse($$"""
            {
              "reasons": [
                { "key": "quantity", "value": {{Math.Sqrt(OfferA / NeedB).ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "weight": 0.15, "tr": "", "en": "" },
                { "key": "distance", "value": 0.9, "weight": 0.2, "tr": "", "en": "2 km, estimated transport {{transport}} TRY/t" },
                { "key": "economics", "value": {{economics.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "weight": 0.1, "tr": "", "en": "" }
              ]
            }
            """)!;

        var (amounts, prices) = LeakProbe.Candidates(match, OfferA);

        Assert.NotEmpty(LeakProbe.Hits(amounts, NeedB));
        Assert.NotEmpty(LeakProbe.Hits(prices, (double)ApiFixture.NeedBPrice));
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
    public async Task MinScoreFilter_FiltersOnTheScoreShown_WhichHasNoHiddenPart()
    {
        using var client = fixture.Client("firmA");
        var shown = (await MatchAsAsync("firmA", "one"))["score"]!.GetValue<double>();
        var exact = (await MatchAsAsync("admin", "one"))["score"]!.GetValue<double>();

        bool Listed(JsonNode page) => page["items"]!.AsArray().Any(m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
        var atShown = await client.GetJsonAsync($"/api/v1/matches?pageSize=200&minScore={shown}");
        var aboveShown = await client.GetJsonAsync($"/api/v1/matches?pageSize=200&minScore={shown + 0.5}");

        // The engine scores public facts only, so the firm and the admin see one score.
        Assert.Equal(exact, shown);
        Assert.True(Listed(atShown));
        Assert.False(Listed(aboveShown));
    }

    [Fact]
    public async Task AnonymisedMatch_IdsAndTimes_TellNoMomentOfTheOtherFirmsEdits()
    {
        using var client = fixture.Client("firmA");
        var match = await MatchAsAsync("firmA", "one");
        var bySorted = await client.GetJsonAsync("/api/v1/matches?pageSize=200&sortBy=computed&descending=true");
        var offers = await client.GetJsonAsync("/api/v1/offers?pageSize=200");

        // Random (version 4) ids carry no creation time; the recomputation time is a day.
        Assert.Equal(4, match["id"]!.GetValue<Guid>().Version);
        Assert.Equal(4, match["needId"]!.GetValue<Guid>().Version);
        Assert.All(offers["items"]!.AsArray(), o => Assert.Equal(4, o!["id"]!.GetValue<Guid>().Version));
        Assert.Equal(TimeSpan.Zero, match["computedAt"]!.GetValue<DateTimeOffset>().TimeOfDay);
        Assert.Contains(bySorted["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Paging_OutOfRange_Answers400AtTheField(string query, string field)
    {
        foreach (var path in new[] { "/api/v1/matches", "/api/v1/companies", "/api/v1/offers", $"/api/v1/companies/{fixture.FirmA.Id}/matches" })
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

    [Fact]
    public async Task DistanceFilterAndSort_OnAnAnonymisedRow_GoByTheBandShown_NeverTheHiddenKm()
    {
        var exactKm = (await MatchAsAsync("admin", "one"))["roadKm"]!.GetValue<double>();
        var seen = await MatchAsAsync("firmA", "one");
        var band = seen["distance"]!;
        var toKm = band["toKm"]!.GetValue<int>();
        using var client = fixture.Client("firmA");
        async Task<bool> ListedWithinAsync(double km) =>
            (await client.GetJsonAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/matches?pageSize=200&sortBy=distance&maxDistanceKm={km}")))["items"]!
                .AsArray().Any(m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);

        // The firm reads a band, not the km: the row is within a maximum only once the whole band is,
        // so no maximum between the exact km and the band's end tells the exact km.
        Assert.True(seen["roadKm"] is null);
        Assert.True(exactKm < toKm);
        Assert.True(await ListedWithinAsync(toKm));
        Assert.False(await ListedWithinAsync(Math.Ceiling(exactKm)));
        Assert.False(await ListedWithinAsync(toKm - 0.5));

        // The admin reads both firms: the exact km decides.
        using var admin = fixture.Client("admin");
        var within = await admin.GetJsonAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/matches?pageSize=200&sortBy=distance&maxDistanceKm={Math.Ceiling(exactKm)}"));
        Assert.Contains(within["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
        var kms = within["items"]!.AsArray().Select(m => m!["roadKm"]!.GetValue<double>()).ToList();
        Assert.Equal(kms.Order(), kms);
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
            : (await client.GetJsonAsync($"/api/v1/companies/{own}/matches?pageSize=200"))["items"]!.AsArray();
        return list.Single(m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB)!;
    }
}
