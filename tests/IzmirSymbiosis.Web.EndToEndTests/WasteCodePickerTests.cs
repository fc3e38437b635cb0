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
        var options = page.Locator(".mud-popover-open .mud-list-item");

        // As a user does: the field is clicked first and opens with the sector's typical wastes; then a code is typed.
        await page.Input("stream-ewc").ClickAsync();
        await Expect(options.First).ToContainTextAsync("sektörünüzde sık görülen");
        await page.Input("stream-ewc").FillAsync("10 01 14");
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

    [Fact]
    public async Task AddOffer_SectorWastesComeFirst_AndTheChapterTreeChoosesACode()
    {
        var page = await fixture.NewAdminPageAsync();
        var mill = await fixture.AddCompanyAsync("Aliağa Demir Çelik A.Ş.", "24.10");
        await page.GotoAsync($"/companies/{mill.Id}");
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=stream-add]").ClickAsync();
        await page.Input("stream-description").FillAsync("Ark ocağı cürufu");

        // Iron and steel (24.10): on opening, the synergy library's wastes of the sector, marked.
        await page.WaitForInteractiveAsync("stream-ewc");
        await page.Input("stream-ewc").ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(options.First).ToContainTextAsync("10 02 02");
        await Expect(options.First).ToContainTextAsync("sektörünüzde sık görülen");

        // Typed words: the sector's slag before phosphorous slag (06 09 02), which comes first by code.
        await page.Input("stream-ewc").FillAsync("cüruf");
        await Expect(options.Filter(new() { HasText = "06 09 02" })).ToHaveCountAsync(1);
        await Expect(options.First).ToContainTextAsync("10 02 02 İşlenmemiş cüruf");
        await PageExtensions.Shot(page, "waste-code-picker-sector");
        await page.Keyboard.PressAsync("Escape");

        // The chapter tree: chapter 10, sub-chapter 10 02, the code; hazardous codes marked.
        await page.Locator("[data-testid=stream-ewc-browse]").ClickAsync();
        var tree = page.Locator("[data-testid=waste-tree-dialog]");
        await tree.Locator("[data-testid=waste-tree-chapter][data-code='10'] .mud-treeview-item-content").First.ClickAsync();
        await tree.Locator("[data-testid=waste-tree-subchapter][data-code='1002'] .mud-treeview-item-content").First.ClickAsync();
        await Expect(tree.Locator("[data-testid=waste-tree-code][data-code='100211']")).ToContainTextAsync("10 02 11*");
        await Expect(tree.Locator("[data-testid=waste-tree-code][data-code='100211']")).ToContainTextAsync("Tehlikeli");
        await PageExtensions.Shot(page, "waste-code-chapter-tree");
        await tree.Locator("[data-testid=waste-tree-code][data-code='100202']").ClickAsync();

        await Expect(tree).ToHaveCountAsync(0);
        await Expect(page.Input("stream-ewc")).ToHaveValueAsync("10 02 02 İşlenmemiş cüruf");
        await page.Input("stream-amount").FillAsync("5000");
        await page.Locator("[data-testid=stream-save]").ClickAsync();

        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=offers] tr").Filter(new() { HasText = "Ark ocağı cürufu" })).ToContainTextAsync("10 02 02");
    }
}
