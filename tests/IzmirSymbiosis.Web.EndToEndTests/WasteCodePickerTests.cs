using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class WasteCodePickerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AddOffer_TypingTurkishWords_PicksTheWasteCodeAndSavesIt()
    {
        var page = await fixture.NewAdminPageAsync();
        var plant = await fixture.AddCompanyAsync("Aliağa Kömür Santrali A.Ş.", "35.11");
        await page.GotoAsync($"/companies/{plant.Id}");
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=stream-add]").ClickAsync();
        await page.Input("stream-description").FillAsync("Elektrofiltre uçucu külü");

        // A hazardous code is offered with its star and the "tehlikeli" label.
        await page.WaitForInteractiveAsync("stream-ewc");
        await page.Input("stream-ewc").FillAsync("10 01 14");
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(options.First).ToContainTextAsync("10 01 14*");
        await Expect(options.First).ToContainTextAsync("Tehlikeli");

        // Turkish words find the fly-ash codes by their Turkish titles, and nothing that is only "Kullanılmış…".
        await page.Input("stream-ewc").FillAsync("uçucu kül");
        await Expect(options.Filter(new() { HasText = "10 01 02" })).ToContainTextAsync("Uçucu kömür külü");
        await Expect(options.Filter(new() { HasText = "ullanılmış" })).ToHaveCountAsync(0);
        await PageExtensions.Shot(page, "waste-code-picker");
        await options.Filter(new() { HasText = "10 01 02" }).First.ClickAsync();
        await Expect(page.Input("stream-ewc")).ToHaveValueAsync("10 01 02 Uçucu kömür külü");

        await page.Input("stream-amount").FillAsync("1200");
        await page.Locator("[data-testid=stream-save]").ClickAsync();

        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        var offer = page.Locator("[data-testid=offers] tr").Filter(new() { HasText = "Elektrofiltre uçucu külü" });
        await Expect(offer).ToContainTextAsync("10 01 02");
    }

    [Fact]
    public async Task AddNeed_TypingASubChapterCode_PicksTheHeading()
    {
        var page = await fixture.NewAdminPageAsync();
        var buyer = await fixture.AddCompanyAsync("Kemalpaşa Çimento Katkı Ltd. Şti.", "23.51");
        await page.GotoAsync($"/companies/{buyer.Id}");
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=stream-add]").ClickAsync();
        await page.Locator("[data-testid=stream-direction]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "İhtiyaç (aranan)" }).ClickAsync();
        await page.Input("stream-description").FillAsync("Çimento katkısı için kül");

        await page.PickAsync("stream-ewc", "10 01", "Enerji Santrallerinden");
        await page.Input("stream-amount").FillAsync("800");
        await page.Locator("[data-testid=stream-save]").ClickAsync();

        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=needs] tr").Filter(new() { HasText = "Çimento katkısı için kül" })).ToContainTextAsync("10 01");
    }
}
