using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>The company page lists the demo firm's matches per stream, five at first, each look once.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CompanyMatchGroupsUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CompanyPage_DemoFirm_GroupsPerStreamFiveEachAndShowAllOpensOne()
    {
        var companyId = await fixture.DemoCompanyOfAsync(DemoUsers.Firm);

        var page = await fixture.SignInAsync(DemoUsers.Firm, DemoUsers.Password);
        await page.GotoAsync($"/companies/{companyId}");
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        var groups = page.Locator("[data-testid=match-group]");
        await Expect(groups.First.Locator("[data-testid=company-match]").First).ToBeVisibleAsync();
        Assert.True(await groups.CountAsync() >= 2, "the demo firm's matches come in several groups");

        foreach (var group in await groups.AllAsync())
        {
            var cards = group.Locator("[data-testid=company-match]");
            var texts = await cards.AllInnerTextsAsync();
            Assert.True(texts.Count is >= 1 and <= 5, $"{texts.Count} cards in {await group.Locator("[data-testid=match-group-title]").InnerTextAsync()}");

            // No card twice: cards the firm could not tell apart are one.
            Assert.Equal(texts.Count, texts.Distinct().Count());
            var count = int.Parse(await group.Locator("[data-testid=match-group-count]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(count > 5, await group.Locator("[data-testid=match-group-toggle]").CountAsync() == 1);
        }

        // "Tümünü gör (N)" opens its group to N cards, and closes it again.
        var big = groups.Filter(new() { Has = page.Locator("[data-testid=match-group-toggle]") }).First;
        var toggle = big.Locator("[data-testid=match-group-toggle]");
        var total = int.Parse(ShowAll().Match(await toggle.TextContentAsync() ?? "").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 5);
        await Expect(toggle).ToBeEnabledAsync();
        await toggle.ClickAsync();
        await Expect(big.Locator("[data-testid=company-match]")).ToHaveCountAsync(total);
        await Expect(toggle).ToHaveTextAsync("Daha az göster");
        var all = await big.Locator("[data-testid=company-match]").AllInnerTextsAsync();
        Assert.Equal(all.Count, all.Distinct().Count());
        await PageExtensions.Shot(page, "company-match-groups");

        await toggle.ClickAsync();
        await Expect(big.Locator("[data-testid=company-match]")).ToHaveCountAsync(5);
    }

    [GeneratedRegex(@"Tümünü gör \((\d+)\)")]
    private static partial Regex ShowAll();
}
