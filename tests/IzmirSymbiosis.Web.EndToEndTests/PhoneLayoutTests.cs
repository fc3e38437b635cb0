using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The main pages on a phone (390×844, the size of a common handset): the page never scrolls
/// sideways, the app bar stays one bar high and does not cover the page, and the menu starts closed
/// so the page is readable. Screenshots of each page go to the artifacts folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("firm")]
    [InlineData("staff")]
    [InlineData("expert")]
    public async Task MainPages_OnAPhone_HaveNoSidewaysScrollAndAnUncoveredPage(string role)
    {
        var (email, key) = role switch
        {
            "firm" => (DemoUsers.Firm, (string?)null),
            "staff" => (DemoUsers.Staff, null),
            _ => (DemoUsers.Expert, DemoUsers.ExpertKey),
        };
        var page = await fixture.SignInAsync(email, DemoUsers.Password, key);
        await page.SetViewportSizeAsync(390, 844);

        var firmId = await fixture.DemoCompanyOfAsync(DemoUsers.Firm);
        string[] paths = role switch
        {
            "firm" => ["/", $"/companies/{firmId}", "/matches", "/offers", "/needs", "/introductions", "/exchanges", "/waste-codes", "/profile"],
            "staff" => ["/", "/companies", $"/companies/{firmId}", "/matches", "/exchanges", "/introductions"],
            _ => ["/", "/dashboard", "/exchanges", "/exchanges/review", "/companies", "/matches"],
        };

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("[data-testid=logout]")).ToBeVisibleAsync();
            // The page has loaded its data: nothing is still spinning.
            await Expect(page.Locator(".mud-progress-indeterminate")).ToHaveCountAsync(0);
            var layout = await page.EvaluateAsync<LayoutProbe>(
                """
                () => {
                  const bar = document.querySelector('.mud-appbar').getBoundingClientRect();
                  const main = document.querySelector('.mud-main-content > .mud-container').getBoundingClientRect();
                  const drawer = document.querySelector('.mud-drawer');
                  const d = drawer ? drawer.getBoundingClientRect() : null;
                  const drawerCovers = !!d && d.width > 0 && d.right > 0 && d.left < window.innerWidth && getComputedStyle(drawer).visibility !== 'hidden';
                  // A bar whose content is taller than the bar spills over what follows it.
                  const spilling = [...document.querySelectorAll('.mud-toolbar, .mud-appbar .mud-toolbar-appbar')]
                    .filter(t => t.scrollHeight > t.clientHeight + 1).length;
                  return {
                    spilling,
                    scrollWidth: document.documentElement.scrollWidth,
                    viewportWidth: window.innerWidth,
                    barHeight: bar.height,
                    barBottom: bar.bottom,
                    mainTop: main.top,
                    drawerCovers,
                  };
                }
                """);
            var name = $"phone-{role}-{(path == "/" ? "home" : path.Replace(firmId.ToString(), "firm").Trim('/').Replace('/', '-'))}";

            await PageExtensions.Shot(page, name, fullPage: false);
            Assert.True(layout.ScrollWidth <= layout.ViewportWidth, $"{path}: the page is {layout.ScrollWidth} px wide on a {layout.ViewportWidth} px screen");
            Assert.True(layout.BarHeight <= 64, $"{path}: the app bar is {layout.BarHeight} px high (wrapped)");
            Assert.True(layout.MainTop >= layout.BarBottom - 1, $"{path}: the page starts at {layout.MainTop} px, under the app bar ending at {layout.BarBottom} px");
            Assert.False(layout.DrawerCovers, $"{path}: the menu covers the page on a phone");
            Assert.True(layout.Spilling == 0, $"{path}: {layout.Spilling} tool bar(s) spill their content over the page");
        }
    }

    private sealed class LayoutProbe
    {
        public double ScrollWidth { get; set; }

        public double ViewportWidth { get; set; }

        public double BarHeight { get; set; }

        public double BarBottom { get; set; }

        public double MainTop { get; set; }

        public bool DrawerCovers { get; set; }

        public int Spilling { get; set; }
    }
}
