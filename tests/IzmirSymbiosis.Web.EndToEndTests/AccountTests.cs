using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>Account features seen from the outside: the profile page, sign-up, sign-in answers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Profile_NewToken_ShowsItsExpiryDateInTurkish()
    {
        var user = await fixture.AddUserAsync("anahtar", role: null, twoFactor: false);
        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        await page.GotoAsync("/profile");
        await page.WaitForInteractiveAsync("token-name");
        var before = DateTimeOffset.Now.AddDays(90).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

        await page.Input("token-name").FillAsync("ERP aktarımı");
        await page.Locator("[data-testid=token-create]").ClickAsync();
        await Expect(page.Locator("[data-testid=token-secret]")).ToBeVisibleAsync();

        var after = DateTimeOffset.Now.AddDays(90).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var expires = await page.Locator("[data-testid=token-expires]").First.TextContentAsync();
        Assert.Contains(expires?.Trim(), new[] { before, after });
        await Expect(page.Locator("[data-testid=token-table]")).ToContainTextAsync("Geçerlilik sonu");
        await Expect(page.Locator("body")).ToContainTextAsync("Anahtarlar oluşturulduktan 90 gün sonra geçersiz olur.");
    }
}
