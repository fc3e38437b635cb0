using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The menu drawer, drawn as plain markup with MudDrawer's classes: on a wide screen it is docked
/// beside the page and the menu button hides and shows it; on a phone it starts closed, the button
/// opens it over the page, and choosing a page or tapping the shade closes it. Screenshots of each
/// state go to <c>artifacts/screenshots</c> (menu-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MenuDrawerUiTests(BrowserFixture fixture)
{
    private sealed class Box
    {
        public double Left { get; set; }

        public double Right { get; set; }

        public double Width { get; set; }

        public string Display { get; set; } = string.Empty;

        public double MainMargin { get; set; }

        public override string ToString() => $"left {Left}, right {Right}, width {Width}, display {Display}, page margin {MainMargin}";
    }

    private static Task<Box> DrawerAsync(IPage page) =>
        page.EvaluateAsync<Box>("""
            () => {
              const d = document.querySelector('[data-testid=nav-drawer]');
              const r = d.getBoundingClientRect();
              const main = document.querySelector('.mud-main-content');
              return { left: r.left, right: r.right, width: r.width, display: getComputedStyle(d).display, mainMargin: parseFloat(getComputedStyle(main).marginLeft) };
            }
            """);

    // Clicks until the circuit has taken the click (a prerendered button does nothing yet).
    private static async Task ToggleAsync(IPage page, string button, Func<Box, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            await page.Locator($"[data-testid={button}]").ClickAsync();
            for (var i = 0; i < 10; i++)
            {
                if (done(await DrawerAsync(page)))
                {
                    return;
                }

                await page.WaitForTimeoutAsync(100);
            }

            Assert.True(DateTime.UtcNow < deadline, $"{button} did not change the menu: {await DrawerAsync(page)}");
        }
    }

    [Fact]
    public async Task WideScreen_MenuDockedBesideThePage_TheButtonHidesAndShowsIt()
    {
        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync("/companies");
        await Expect(page.Locator("[data-testid=menu-toggle-narrow]")).ToBeHiddenAsync();

        var docked = await DrawerAsync(page);
        Assert.True(docked.Left == 0 && docked.Width > 100, docked.ToString());
        Assert.Equal(docked.Width, docked.MainMargin, 0);
        await PageExtensions.Shot(page, "menu-wide-docked", fullPage: false);

        await ToggleAsync(page, "menu-toggle-wide", b => b.Right <= 0 && b.MainMargin == 0);
        await PageExtensions.Shot(page, "menu-wide-hidden", fullPage: false);

        await ToggleAsync(page, "menu-toggle-wide", b => b.Left == 0 && b.MainMargin == docked.Width);
    }

    [Fact]
    public async Task Phone_MenuStartsClosed_OpensOverThePage_ClosesOnAPageOrTheShade()
    {
        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/companies");
        await Expect(page.Locator("[data-testid=menu-toggle-wide]")).ToBeHiddenAsync();
        Assert.Equal("none", (await DrawerAsync(page)).Display);

        await ToggleAsync(page, "menu-toggle-narrow", b => b.Display != "none" && b.Left == 0 && b.Width > 100);
        Assert.Equal(0, (await DrawerAsync(page)).MainMargin);
        await Expect(page.Locator(".mud-drawer-overlay--open")).ToBeVisibleAsync();
        await PageExtensions.Shot(page, "menu-phone-open", fullPage: false);

        // Choosing a page closes the menu.
        await page.Locator("[data-testid=nav-drawer] a[href='matches']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/matches$"));
        await Expect(page.Locator("[data-testid=nav-drawer]")).ToBeHiddenAsync();

        // So does the shade beside it.
        await ToggleAsync(page, "menu-toggle-narrow", b => b.Display != "none");
        await page.Mouse.ClickAsync(370, 400);
        await Expect(page.Locator("[data-testid=nav-drawer]")).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-drawer-overlay--open")).ToHaveCountAsync(0);
    }
}
