using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class MatchingUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CompanyPage_ShowsMatchWithReasonsInTheUiLanguage()
    {
        var page = await fixture.NewAdminPageAsync();
        await page.GotoAsync($"/companies/{fixture.KnownCompany.Id}");

        await page.ShowAllMatchesAsync();
        var match = page.Locator("[data-testid=company-match]").Filter(new() { HasText = fixture.Receiver.LegalName });
        await Expect(match).ToHaveCountAsync(1);

        // Open the panel by its score chip (the title also holds links to the firms), once the circuit
        // is interactive: a click before that is lost.
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        await match.Locator("[data-testid=match-score]").ClickAsync();

        await Expect(page.Locator("[data-testid=match-reasons]").First).ToContainTextAsync("Aynı atık kodu (03 01 05): 03 01 04 dışındaki talaş, yonga");

        await page.Locator("[data-testid=lang-en]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ShowAllMatchesAsync();
        await page.Locator("[data-testid=company-match]").Filter(new() { HasText = fixture.Receiver.LegalName }).Locator("[data-testid=match-score]").ClickAsync();
        await Expect(page.Locator("[data-testid=match-reasons]").First).ToContainTextAsync("Same waste code (03 01 05): Sawdust, shavings");
    }

    [Fact]
    public async Task MatchesPage_SearchByMaterial_ListsTheMatchAndExplainsIt()
    {
        var page = await fixture.NewAdminPageAsync();
        await page.GotoAsync("/matches");
        await page.WaitForInteractiveAsync("match-search");

        // The offer's material and the need's ("yonga levha"): the offer has more matches than a
        // page holds, and equal scores come in no fixed order.
        const string search = "ıslak çam talaşı yonga";
        await page.Input("match-search").FillAsync(search);

        // The row of this match: the search also lists latent receivers, whose reasons have no factors.
        // Wait until the rows on screen are the searched ones before clicking one.
        var table = page.Locator("[data-testid=matches-table]");
        await Expect(table).ToHaveAttributeAsync("data-search", search);
        // A click on a row of the list from before the search lands on a row the search then
        // replaces; open the reasons again until they belong to a row of the searched list.
        // The reasons open in the side panel, beside the table.
        var reasons = page.Locator("[data-testid=match-panel-body] [data-testid=match-reasons]").Filter(new() { HasText = "Malzeme uyumu" });
        for (var attempt = 0; attempt < 3 && await reasons.CountAsync() == 0; attempt++)
        {
            var row = table.Locator("tr").Filter(new() { HasText = fixture.Receiver.LegalName }).First;
            await Expect(row).ToBeVisibleAsync();
            await row.Locator("[data-testid=match-why]").ClickAsync();
            try
            {
                await reasons.First.WaitForAsync(new() { Timeout = 5000 });
            }
            catch (TimeoutException)
            {
                // The list was replaced under the click: try on the new one.
            }
        }

        await Expect(reasons.First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AddNeed_BadQuantityThenFixed_SavesAndMatchesAppear()
    {
        var page = await fixture.NewAdminPageAsync();
        var buyer = await fixture.AddCompanyAsync("Menderes Kompost Tarım Ltd. Şti.", "01.61");
        await page.GotoAsync($"/companies/{buyer.Id}");
        await Expect(page.Locator("[data-testid=company-matches-empty]")).ToBeVisibleAsync();

        await page.Locator("[data-testid=stream-add]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await page.Locator("[data-testid=stream-direction]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "İhtiyaç (aranan)" }).ClickAsync();
        await page.Input("stream-description").FillAsync("Kompost için talaş");
        await page.PickAsync("stream-ewc", "030105", "03 01 05");
        await page.Input("stream-amount").FillAsync("0");
        await page.Locator("[data-testid=stream-save]").ClickAsync();

        // The service refuses it, the message sits at the field, nothing is saved.
        await Expect(dialog).ToContainTextAsync("Miktar sıfırdan büyük olmalıdır.");
        await Expect(page.Locator("[data-testid=needs]")).ToContainTextAsync("Kayıt yok.");

        await page.Input("stream-amount").FillAsync("120");
        await page.Locator("[data-testid=stream-save]").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=needs]")).ToContainTextAsync("Kompost için talaş");
        await page.ShowAllMatchesAsync();
        var match = page.Locator("[data-testid=company-match]").Filter(new() { HasText = fixture.KnownCompany.LegalName });
        await Expect(match.First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AddNeed_WhileMatchingIsHeld_PageSaysMatchesAreUpdatingThenShowsThem()
    {
        var page = await fixture.NewAdminPageAsync();
        var buyer = await fixture.AddCompanyAsync("Gediz Mantar Üretim Ltd. Şti.", "01.13");
        await page.GotoAsync($"/companies/{buyer.Id}");
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        var updating = page.Locator("[data-testid=matches-updating]");

        await using (await fixture.HoldMatchWritesAsync())
        {
            await page.Locator("[data-testid=stream-add]").ClickAsync();
            await page.Locator("[data-testid=stream-direction]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "İhtiyaç (aranan)" }).ClickAsync();
            await page.Input("stream-description").FillAsync("Mantar kompostu için talaş");
            await page.PickAsync("stream-ewc", "030105", "03 01 05");
            await page.Input("stream-amount").FillAsync("90");
            await page.Locator("[data-testid=stream-save]").ClickAsync();

            // Saved at once; its matches are not stored yet, and the page says so.
            await Expect(page.Locator("[data-testid=needs]")).ToContainTextAsync("Mantar kompostu için talaş");
            await Expect(updating).ToContainTextAsync("Eşleşmeler güncelleniyor…");
            await Expect(page.Locator("[data-testid=company-matches-empty]")).ToBeVisibleAsync();
        }

        // Released: the worker stores the match and the page reloads by itself.
        await page.ShowAllMatchesAsync();
        await Expect(page.Locator("[data-testid=company-match]").Filter(new() { HasText = fixture.KnownCompany.LegalName }).First).ToBeVisibleAsync();
        await Expect(updating).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CloseStream_AsksFirstThenRemovesItsMatches()
    {
        var page = await fixture.NewAdminPageAsync();
        var seller = await fixture.AddCompanyAsync("Kısa Ömürlü Talaş Ltd. Şti.", "16.10");
        await fixture.AddOfferAsync(seller.Id, "Kuru kavak talaşı");
        await page.GotoAsync($"/companies/{seller.Id}");
        await Expect(page.Locator("[data-testid=company-match]").First).ToBeVisibleAsync();

        await page.Locator("[data-testid=stream-close]").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vazgeç" }).ClickAsync();
        // The cancelled box must be gone before the second one opens: under load the old box, still
        // in the page, took the second "Kapat" click and the stream stayed active.
        await Expect(page.Locator(".mud-message-box")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=offers]")).ToContainTextAsync("Aktif");

        await page.Locator("[data-testid=stream-close]").First.ClickAsync();
        await page.Locator(".mud-message-box").GetByRole(AriaRole.Button, new() { Name = "Kapat" }).ClickAsync();
        await Expect(page.Locator(".mud-message-box")).ToHaveCountAsync(0);

        // The page's answer first: a refusal (a conflict, an error) would be told here, by its text.
        await Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("Kayıt kapatıldı");
        await Expect(page.Locator("[data-testid=offers]")).ToContainTextAsync("Kapalı");
        await Expect(page.Locator("[data-testid=company-matches-empty]")).ToBeVisibleAsync();
    }
}
