using System.Net;
using System.Text.Json.Nodes;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// The needs market from the outside (<c>/api/v1/needs</c>): a firm sees what another firm is
/// looking for, never which firm it is nor its exact amount or price, with or without filters.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NeedsMarketApiTests(ApiFixture fixture)
{
    public static TheoryData<string> Queries() => new()
    {
        "pageSize=200",
        "ewcChapter=15&pageSize=200",
        "district=%C3%87i%C4%9Fli&band=2&hazardous=false&kind=Material",
        "sortBy=quantity&descending=true",
        "sortBy=material&search=karton",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task ListNeeds_OtherFirmsNeed_NeitherNameNorIdNorHiddenFigures(string query)
    {
        using var client = fixture.Client("firmA");
        using var response = await client.GetAsync($"/api/v1/needs?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var need = Assert.Single(JsonNode.Parse(body)!["items"]!.AsArray(), i => i!["id"]!.GetValue<Guid>() == fixture.NeedB)!;
        Assert.Null(need["companyId"]?.GetValue<Guid?>());
        Assert.Null(need["companyName"]?.GetValue<string?>());
        Assert.Equal("Çiğli", need["district"]!.GetValue<string>());
        foreach (var hidden in new[] { fixture.FirmB.Name, fixture.FirmB.Id.ToString(), fixture.FirmB.Vkn, fixture.FirmB.ContactEmail, "171.4", "2345.5" })
        {
            Assert.DoesNotContain(hidden, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ListNeeds_OwnFirmsNeed_Named()
    {
        using var client = fixture.Client("firmB");

        var items = (await client.GetJsonAsync("/api/v1/needs?pageSize=200"))["items"]!.AsArray();

        var need = Assert.Single(items, i => i!["id"]!.GetValue<Guid>() == fixture.NeedB)!;
        Assert.Equal(fixture.FirmB.Id, need["companyId"]!.GetValue<Guid>());
        Assert.Equal(fixture.FirmB.Name, need["companyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListNeeds_ZoneOfAnAnonymousFirm_FindsNothing()
    {
        using var client = fixture.Client("firmA");

        var items = (await client.GetJsonAsync($"/api/v1/needs?zoneId={fixture.FirmB.ZoneId}&pageSize=200"))["items"]!.AsArray();

        Assert.DoesNotContain(items, i => i!["id"]!.GetValue<Guid>() == fixture.NeedB);
    }

    [Theory]
    [InlineData("ewcChapter=1a", "ewcChapter")]
    [InlineData("band=9", "band")]
    public async Task ListNeeds_BadFilter_Answers400AtTheField(string query, string field)
    {
        using var client = fixture.Client("firmA", "tr");
        using var response = await client.GetAsync($"/api/v1/needs?{query}");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body["errors"]![field]);
    }
}
