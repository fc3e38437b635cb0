using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>A firm keeps its contact persons with KVKK consent, and picks its location on the map.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompanyContactsUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_AddsAContact_RefusedWithoutConsentThenSavedWithTheConsentDate()
    {
        // A firm of its own: the demo firms are shared with tests that edit them (a version change
        // would turn the consent error into a conflict). The firm user's own edit is covered by ContactServiceTests.
        var company = await fixture.AddCompanyAsync("Rıza Kayıtlı Kimya A.Ş.", "20.14");
        var page = await fixture.NewAdminPageAsync();
        await page.GotoAsync($"/companies/{company.Id}");
        var section = page.Locator("[data-testid=contacts]");
        var before = await section.Locator("[data-testid=contact-row]").CountAsync();
        await Expect(section.Locator("[data-testid=contacts-edit]")).ToBeEnabledAsync();
        await section.Locator("[data-testid=contacts-edit]").ClickAsync();

        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator("[data-testid=contact-add]").ClickAsync();
        var row = dialog.Locator("[data-testid=contact-edit-row]").Last;
        await Field(row, "contact-name").FillAsync("Ece Yıldırım");
        await Field(row, "contact-email").FillAsync("ece.yildirim@example.com.tr");
        await Field(row, "contact-email").PressAsync("Tab");
        await dialog.Locator("[data-testid=contacts-save]").ClickAsync();

        // Without the consent box the row is refused where it is, and nothing is saved.
        await Expect(row.Locator("[data-testid=contact-consent-error]")).ToContainTextAsync("açık rıza");
        await PageExtensions.Shot(page, "contacts-consent-error", fullPage: false);
        await Field(row, "contact-consent-box").CheckAsync();
        await dialog.Locator("[data-testid=contacts-save]").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(section.Locator("[data-testid=contact-row]")).ToHaveCountAsync(before + 1);
        var added = section.Locator("[data-testid=contact-row]").Filter(new() { HasText = "Ece Yıldırım" });
        await Expect(added.Locator("[data-testid=contact-consent]")).ToContainTextAsync(
            "KVKK açık rızası: " + DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(3)).ToString("d", CultureInfo.GetCultureInfo("tr-TR")));
    }

    [Fact]
    public async Task EditCompany_ClickOnTheMap_FillsTheCoordinatesAndSavesThePoint()
    {
        var company = await fixture.AddCompanyAsync("Haritadan Konum Ambalaj A.Ş.", "17.21");
        var page = await fixture.NewAdminPageAsync();
        await page.GotoAsync($"/companies/{company.Id}");
        await page.Locator("[data-testid=company-edit]").ClickAsync();
        await page.WaitForInteractiveAsync("company-latitude-input");
        var map = page.Locator("[data-testid=company-location-map]");
        await Expect(map).ToHaveAttributeAsync("data-ready", "true");
        await Expect(map).ToHaveAttributeAsync("data-background", "offline");
        var startPin = await map.GetAttributeAsync("data-pin");

        var box = (await map.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + (box.Width * 0.3f), box.Y + (box.Height * 0.6f));

        await Expect(map).Not.ToHaveAttributeAsync("data-pin", startPin ?? string.Empty);
        var pin = (await map.GetAttributeAsync("data-pin"))!.Split(',');
        await Expect(page.Input("company-latitude-input")).ToHaveValueAsync(Trimmed(pin[0]));
        await Expect(page.Input("company-longitude-input")).ToHaveValueAsync(Trimmed(pin[1]));
        await PageExtensions.Shot(page, "company-location-map", fullPage: false);

        await page.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).ToContainTextAsync($"{Four(pin[0])}, {Four(pin[1])}");
    }

    // MudBlazor puts a field's data-testid on its input.
    private static ILocator Field(ILocator row, string testId) =>
        row.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First;

    private static string Four(string value) =>
        double.Parse(value, CultureInfo.InvariantCulture).ToString("F4", CultureInfo.InvariantCulture);

    // The field shows up to five decimals without trailing zeros ("0.#####").
    private static string Trimmed(string fixedFive) => fixedFive.TrimEnd('0').TrimEnd('.');
}
