namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// A company's matches read a page at a time, best first, as the match list is: the page's rows and
/// the count of all (paging across many matches is covered on the demo region in MatchBrowserTests).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CompanyMatchesApiTests(ApiFixture fixture)
{
    private string Path => $"/api/v1/companies/{fixture.FirmA.Id}/matches";

    [Fact]
    public async Task APage_HoldsItsRowsAndTheCountOfAll_APageBeyondTheLastIsEmpty()
    {
        using var client = fixture.Client("firmA");

        var first = await client.GetJsonAsync(Path);
        var rows = first["items"]!.AsArray();
        var total = first["totalCount"]!.GetValue<int>();
        var beyond = await client.GetJsonAsync($"{Path}?page={total}&pageSize=1");

        Assert.Contains(rows, m => m!["id"]!.GetValue<Guid>() == fixture.MatchAB);
        Assert.Equal(total, rows.Count);
        Assert.Equal(total, beyond["totalCount"]!.GetValue<int>());
        Assert.Empty(beyond["items"]!.AsArray());
    }
}
