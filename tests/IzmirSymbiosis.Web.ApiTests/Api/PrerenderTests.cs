using System.Net;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// The prerender of the heaviest pages draws the page without computing what the circuit reads
/// again when it starts (it did both: the figures and matches were read twice per visit, and the
/// prerender waited for them): the company page shows the firm and a progress bar in place of its
/// matches, the dashboard its filters and a progress bar in place of the figures.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PrerenderTests(ApiFixture fixture)
{
    [Fact]
    public async Task CompanyPage_Prerender_ShowsTheFirm_AndLoadsItsMatchesOnlyInTheCircuit()
    {
        await fixture.WaitForBackgroundWorkAsync();
        await using (var db = fixture.Db())
        {
            Assert.True(await db.Matches.AnyAsync(m => m.OfferId == fixture.OfferA), "firm A has matches the circuit would show");
        }

        using var client = await fixture.CookieClientAsync("firmA");

        var html = await PrerenderAsync(client, $"/companies/{fixture.FirmA.Id}");

        Assert.Contains(fixture.FirmA.Name, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"company-matches-loading\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"company-match\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Prerender_ShowsTheFilters_AndComputesTheFiguresOnlyInTheCircuit()
    {
        using var client = await fixture.CookieClientAsync("expert");

        var html = await PrerenderAsync(client, "/dashboard");

        Assert.Contains("data-testid=\"dashboard-filters-toggle\"", html, StringComparison.Ordinal);
        Assert.Contains("mud-progress-linear", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"dashboard-scope\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> PrerenderAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
