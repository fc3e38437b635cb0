using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The map page in Chromium with every request that would leave the loopback address blocked and
/// recorded: Leaflet, its plugin and the offline background come from the app itself, the markers
/// are drawn, and nothing was asked of any other host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MapUiTests(BrowserFixture fixture)
{
    // A valid 1×1 transparent PNG.
    private static readonly byte[] s_onePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task Firm_SeesItsFirmAndOthersOnlyAsAreas_OnTheOfflineMap_WithNoRequestLeavingLoopback()
    {
        var page = await fixture.SignInAsync(DemoUsers.Firm, DemoUsers.Password);
        var (outside, local) = await KeepToLoopbackAsync(page);
        await Expect(page.Locator("[data-testid=nav-map]")).ToHaveAttributeAsync("href", "map");

        await page.GotoAsync("/map");

        var map = await WaitForMapAsync(page);
        await Expect(map).ToHaveAttributeAsync("data-firms", "1");
        await Expect(map.Locator(".izs-firm")).ToHaveCountAsync(1);
        Assert.True(int.Parse(await map.GetAttributeAsync("data-areas") ?? "0") > 0);
        await Expect(map.Locator(".izs-area").First).ToBeVisibleAsync();

        await PageExtensions.Shot(page, "map-firm", fullPage: false);

        // Another firm's name is nowhere on the page (its area shows a count, not a name).
        Assert.DoesNotContain(fixture.KnownCompany.LegalName, await page.ContentAsync(), StringComparison.Ordinal);
        await map.Locator(".izs-area").First.ClickAsync();
        var popup = page.Locator(".leaflet-popup");
        await Expect(popup).ToContainTextAsync("anonim firma");
        await Expect(popup.Locator("[data-testid=map-popup-link]")).ToHaveCountAsync(0);
        await Expect(popup).ToHaveCSSAsync("opacity", "1");
        await PageExtensions.Shot(page, "map-firm-area-popup", fullPage: false);
        AssertStayedLocal(outside, local);
    }

    [Fact]
    public async Task Staff_SeesZoneFirmsZonesAndMatchLines_AndTheMatchFilterRedrawsThem()
    {
        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        var (outside, local) = await KeepToLoopbackAsync(page);

        await page.GotoAsync("/map");

        var map = await WaitForMapAsync(page);
        Assert.True(int.Parse(await map.GetAttributeAsync("data-firms") ?? "0") > 1);
        Assert.True(int.Parse(await map.GetAttributeAsync("data-lines") ?? "0") > 0);
        await Expect(map.Locator(".izs-zone").First).ToBeVisibleAsync();
        await Expect(map.Locator(".izs-firm, .marker-cluster").First).ToBeVisibleAsync();
        var before = await page.Locator("[data-testid=map-match-count]").InnerTextAsync();
        await PageExtensions.Shot(page, "map-staff", fullPage: false);

        // The match browser's own filter bar (folded away at first): a higher floor draws fewer matches.
        await page.Locator("[data-testid=map-filters-toggle]").ClickAsync();
        await page.WaitForInteractiveAsync("match-min-score");
        await page.Input("match-min-score").FillAsync("70");
        await page.Input("match-min-score").PressAsync("Tab");
        await Expect(map).ToHaveAttributeAsync("data-version", "2");
        await Expect(page.Locator("[data-testid=map-match-count]")).Not.ToHaveTextAsync(before);
        await PageExtensions.Shot(page, "map-staff-min-score-70", fullPage: false);

        // The matches' switch takes their lines off the map and their count off the page.
        var showMatches = page.Locator("input[data-testid=map-show-matches]");
        await Expect(showMatches).ToBeCheckedAsync();
        await showMatches.ClickAsync();
        await Expect(map).ToHaveAttributeAsync("data-version", "3");
        await Expect(showMatches).Not.ToBeCheckedAsync();
        await Expect(page.Locator("[data-testid=map-match-count]")).ToHaveCountAsync(0);
        AssertStayedLocal(outside, local);
    }

    [Fact]
    public async Task ConfiguredTileServer_IsDrawnInsteadOfTheOfflineBackground_AndAdmittedByThePolicy()
    {
        await using var tiled = fixture.App.StartAnotherInstance(new()
        {
            ["Map:TileUrl"] = "https://{s}.tiles.example.test/{z}/{x}/{y}.png",
            ["Map:TileAttribution"] = "Deneme altlığı",
        });
        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        var (outside, local) = await KeepToLoopbackAsync(page);

        // The tile server is stood in for here: no request reaches any other host.
        var tiles = new ConcurrentBag<string>();
        await page.Context.RouteAsync("https://*.tiles.example.test/**", async route =>
        {
            tiles.Add(route.Request.Url);
            await route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = s_onePixelPng });
        });

        var response = await page.GotoAsync(tiled.BaseUrl + "/map");
        Assert.Contains("img-src 'self' data: https://*.tiles.example.test;", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        var map = page.Locator("[data-testid=map]");
        await Expect(map).ToHaveAttributeAsync("data-background", "tiles");
        await Expect(map).ToHaveAttributeAsync("data-version", "1");
        await Expect(map.Locator("img.leaflet-tile-loaded").First).ToBeAttachedAsync();
        await Expect(map.Locator(".leaflet-control-attribution")).ToContainTextAsync("Deneme altlığı");
        await Expect(page.Locator("[data-testid=map-offline-note]")).ToHaveCountAsync(0);
        Assert.NotEmpty(tiles);
        Assert.Empty(outside);
        Assert.DoesNotContain(local, u => u.EndsWith("/data/izmir-land.geojson", StringComparison.Ordinal));
    }

    /// <summary>The map once its offline background and the first data are drawn.</summary>
    private static async Task<ILocator> WaitForMapAsync(IPage page)
    {
        var map = page.Locator("[data-testid=map]");
        await Expect(map).ToHaveAttributeAsync("data-background", "offline");
        await Expect(map).ToHaveAttributeAsync("data-version", "1");
        await Expect(map.Locator(".leaflet-overlay-pane path").First).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=map-offline-note]")).ToBeVisibleAsync();
        return map;
    }

    /// <summary>
    /// Aborts (and records) every request of the page's context to a host other than 127.0.0.1, and
    /// records the local ones, so a test can say both what stayed local and that nothing left.
    /// </summary>
    private static async Task<(ConcurrentBag<string> Outside, ConcurrentBag<string> Local)> KeepToLoopbackAsync(IPage page)
    {
        var outside = new ConcurrentBag<string>();
        var local = new ConcurrentBag<string>();
        await page.Context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Host == "127.0.0.1" || uri.Scheme is "data" or "blob"))
            {
                local.Add(url);
                await route.ContinueAsync();
            }
            else
            {
                outside.Add(url);
                await route.AbortAsync();
            }
        });
        return (outside, local);
    }

    private static void AssertStayedLocal(ConcurrentBag<string> outside, ConcurrentBag<string> local)
    {
        Assert.Empty(outside);
        Assert.Contains(local, u => LeafletScript().IsMatch(u));
        Assert.Contains(local, u => u.EndsWith("/data/izmir-land.geojson", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"/lib/leaflet/leaflet\.js$")]
    private static partial Regex LeafletScript();
}
