using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The main pages on a phone (390×844, the size of a common handset): the page never scrolls
/// sideways, the app bar stays one bar high and does not cover the page, and the menu starts closed
/// so the page is readable; the field forms (visit, workshop) fit the screen with their row editors
/// open. Screenshots of each page go to the artifacts folder.
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
            "firm" => ["/", $"/companies/{firmId}", "/matches", "/offers", "/needs", "/introductions", "/exchanges", "/waste-codes", "/profile", "/map"],
            "staff" => ["/", "/companies", $"/companies/{firmId}", "/matches", "/exchanges", "/introductions", "/map", "/field/visits", "/field/workshops", "/zones/quality"],
            _ => ["/", "/dashboard", "/exchanges", "/exchanges/review", "/companies", "/matches", "/map", "/field/visits", "/field/workshops"],
        };

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("[data-testid=logout]")).ToBeVisibleAsync();
            // The page has loaded its data: nothing is still spinning.
            await Expect(page.Locator(".mud-progress-indeterminate")).ToHaveCountAsync(0);
            if (path == "/map")
            {
                // Measured once Leaflet has drawn the background and the first data.
                await Expect(page.Locator("[data-testid=map]")).ToHaveAttributeAsync("data-version", "1");
            }

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

    [Fact]
    public async Task FieldForms_OnAPhone_FitTheScreenWithEveryRowShown()
    {
        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await page.SetViewportSizeAsync(390, 844);
        (string Path, string Open, string Field, (string Add, string Row)[] Rows)[] forms =
        [
            ("/field/visits", "visit-new", "visit-visitors", [("participant-add", "participant-row"), ("followup-add", "followup-row")]),
            ("/field/workshops", "workshop-new", "workshop-place", [("count-add", "count-row"), ("topic-add", "topic-row")]),
        ];
        foreach (var (path, open, field, rows) in forms)
        {
            await page.GotoAsync(path);
            await Expect(page.Locator($"[data-testid={open}]")).ToBeEnabledAsync();
            await page.Locator($"[data-testid={open}]").ClickAsync();
            var dialog = page.Locator(".mud-dialog");
            await Expect(dialog).ToBeVisibleAsync();
            await page.WaitForInteractiveAsync(field);

            // One row of each list, so the row editors are measured too. Each row is waited for: the
            // form grows and moves while it renders, and a click in between could miss the next button.
            foreach (var (add, row) in rows)
            {
                var before = await page.Locator($"[data-testid={row}]").CountAsync();
                await page.Locator($"[data-testid={add}]").ClickAsync();
                await Expect(page.Locator($"[data-testid={row}]")).ToHaveCountAsync(before + 1);
            }

            await Expect(page.Locator(".mud-progress-indeterminate")).ToHaveCountAsync(0);
            var fit = await page.EvaluateAsync<DialogProbe>(
                """
                () => {
                  const dialog = document.querySelector('.mud-dialog');
                  const d = dialog.getBoundingClientRect();
                  const content = dialog.querySelector('.mud-dialog-content');
                  // Fields whose right edge passes the dialog's: cut off or scrolled sideways.
                  const beyond = [...dialog.querySelectorAll('.mud-input-control, .mud-button-root')]
                    .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > d.right + 1).length;
                  // Controls drawn over one another (a check box's label under a delete button).
                  const sel = '.mud-input-control, .mud-checkbox, .mud-button-root';
                  const controls = [...dialog.querySelectorAll(sel)]
                    .filter(e => !e.parentElement.closest(sel) && e.getBoundingClientRect().width > 0);
                  // What is drawn: the box, widened by any text running out of it.
                  const drawn = e => {
                    const box = e.getBoundingClientRect();
                    const range = document.createRange();
                    range.selectNodeContents(e);
                    const text = range.getBoundingClientRect();
                    const r = text.width > 0
                      ? { left: Math.min(box.left, text.left), right: Math.max(box.right, text.right), top: box.top, bottom: box.bottom }
                      : box;
                    // Fields scrolled out of the form's content area are hidden, not under the buttons.
                    const c = content.contains(e) ? content.getBoundingClientRect() : null;
                    return c ? { left: r.left, right: r.right, top: Math.max(r.top, c.top), bottom: Math.min(r.bottom, c.bottom) } : r;
                  };
                  const overlaps = [];
                  for (let i = 0; i < controls.length; i++) {
                    for (let j = i + 1; j < controls.length; j++) {
                      const a = drawn(controls[i]), b = drawn(controls[j]);
                      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                      if (x > 1 && y > 1) {
                        overlaps.push((controls[i].innerText || controls[i].getAttribute('aria-label') || '?').trim().split('\n')[0]
                          + ' / ' + (controls[j].innerText || controls[j].getAttribute('aria-label') || '?').trim().split('\n')[0]);
                      }
                    }
                  }
                  return {
                    scrollWidth: document.documentElement.scrollWidth,
                    viewportWidth: window.innerWidth,
                    dialogLeft: d.left,
                    dialogRight: d.right,
                    contentOverflow: content.scrollWidth - content.clientWidth,
                    beyond,
                    overlaps,
                  };
                }
                """);
            await PageExtensions.Shot(page, $"phone-staff-{open}", fullPage: false);
            Assert.True(fit.ScrollWidth <= fit.ViewportWidth, $"{path}: the page is {fit.ScrollWidth} px wide on a {fit.ViewportWidth} px screen");
            Assert.True(fit.DialogLeft >= 0 && fit.DialogRight <= fit.ViewportWidth, $"{path}: the form spans {fit.DialogLeft}…{fit.DialogRight} px on a {fit.ViewportWidth} px screen");
            Assert.True(fit.ContentOverflow <= 1, $"{path}: the form scrolls {fit.ContentOverflow} px sideways");
            Assert.True(fit.Beyond == 0, $"{path}: {fit.Beyond} field(s) or button(s) stick out of the form");
            Assert.True(fit.Overlaps.Length == 0, $"{path}: controls drawn over one another: {string.Join("; ", fit.Overlaps)}");
        }
    }

    private sealed class DialogProbe
    {
        public double ScrollWidth { get; set; }

        public double ViewportWidth { get; set; }

        public double DialogLeft { get; set; }

        public double DialogRight { get; set; }

        public double ContentOverflow { get; set; }

        public int Beyond { get; set; }

        public string[] Overlaps { get; set; } = [];
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
