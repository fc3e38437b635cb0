using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>The needs market ("Aranıyor") on the demo data, as a firm user finds and filters it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MarketUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NeedsMarket_FilterByChapter_OnlyThatChaptersRowsAnonymised()
    {
        int expected;
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            expected = await db.Streams.CountAsync(s => s.Direction == StreamDirection.Need && s.Status == StreamStatus.Active && s.EwcCode != null && s.EwcCode.StartsWith("10"));
        }

        Assert.InRange(expected, 1, 25);
        var page = await fixture.SignInAsync(DemoUsers.Firm, DemoUsers.Password);
        // Reached from the menu (the link's address; a click before the circuit starts could be lost).
        await Expect(page.Locator("[data-testid=nav-needs]")).ToHaveAttributeAsync("href", "needs");
        await page.GotoAsync("/needs");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Aranıyor: ihtiyaç pazarı");
        // The filters are folded away at first.
        await Expect(page.Locator("[data-testid=market-filters-toggle]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=market-filters-toggle]").ClickAsync();
        await page.WaitForInteractiveAsync("market-chapter");

        var rows = page.Locator("[data-testid=needs-table] tbody tr.mud-table-row");
        var chapter10 = page.Locator("[data-testid=market-ewc]", new() { HasTextRegex = new Regex("^10 ") });
        var others = rows.Filter(new() { HasNot = chapter10 });
        await Expect(others.First).ToBeVisibleAsync();

        await page.Locator("[data-testid=market-chapter]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("^10 — ") }).ClickAsync();

        await Expect(rows).ToHaveCountAsync(expected);
        await Expect(others).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=market-filters-toggle]")).ToHaveTextAsync("Filtreler (1)");

        // Other firms' needs are anonymous to a firm user.
        await Expect(rows.Locator("[data-testid=anonymous-company]").First).ToBeVisibleAsync();
        await PageExtensions.Shot(page, "needs-market-chapter-10");
    }
}
