using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class CompanyEditTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EditCompany_FieldErrorThenNacePickedThenConcurrentSave_ShowsErrorAndConflictWithoutOverwriting()
    {
        var company = await fixture.AddCompanyAsync("Düzenlenen Kimya A.Ş.", "20.14");
        var first = await fixture.NewAdminPageAsync();
        var second = await fixture.NewAdminPageAsync();
        await first.GotoAsync($"/companies/{company.Id}");
        await second.GotoAsync($"/companies/{company.Id}");

        // Both open the editor on the same version.
        await first.Locator("[data-testid=company-edit]").ClickAsync();
        await second.Locator("[data-testid=company-edit]").ClickAsync();

        // The NACE picker shows the stored class in Turkish; an empty name is refused at its field.
        await first.WaitForInteractiveAsync("company-nace-input");
        await Expect(first.Input("company-nace-input")).ToHaveValueAsync(new Regex("^20.14 "));
        await first.Input("company-name-input").FillAsync(string.Empty);
        await first.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(first.Locator(".mud-dialog")).ToContainTextAsync("Firma adı zorunludur.");

        // A class picked by Turkish words of its title.
        await first.PickAsync("company-nace-input", "birincil plastik", "20.16");
        await first.Input("company-name-input").FillAsync("Düzenlenen Polimer A.Ş.");
        await first.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(first.Locator("[data-testid=company-name]")).ToHaveTextAsync("Düzenlenen Polimer A.Ş.");

        await second.Input("company-name-input").FillAsync("Eski Sürümden Ad A.Ş.");
        await second.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(second.Locator("[data-testid=company-conflict]")).ToBeVisibleAsync();

        await first.ReloadAsync();
        await Expect(first.Locator("[data-testid=company-name]")).ToHaveTextAsync("Düzenlenen Polimer A.Ş.");
        await Expect(first.Locator("body")).ToContainTextAsync("20.16 Birincil formda plastik hammaddelerin imalatı");
    }

    [Fact]
    public async Task EditCompany_MovedToAnotherDistrict_OldPointIsClearedAndTheNewOneSaved()
    {
        var company = await fixture.AddCompanyAsync("Taşınan Ambalaj A.Ş.", "17.21");
        var page = await fixture.NewAdminPageAsync();
        await page.GotoAsync($"/companies/{company.Id}");
        await page.Locator("[data-testid=company-edit]").ClickAsync();
        await page.WaitForInteractiveAsync("company-district-input");
        await Expect(page.Input("company-latitude-input")).ToHaveValueAsync(new Regex("^38[.,]"));

        // A new district empties the coordinates and says so; a point outside İzmir is refused at its field.
        await page.Input("company-district-input").FillAsync("Kemalpaşa");
        await page.Input("company-district-input").BlurAsync();
        await Expect(page.Locator("[data-testid=company-location-hint]")).ToContainTextAsync("eski konum silindi");
        await Expect(page.Input("company-latitude-input")).ToHaveValueAsync(string.Empty);
        await page.Input("company-latitude-input").FillAsync("41.01");
        await page.Input("company-longitude-input").FillAsync("28.97");
        await page.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("İzmir il sınırlarının dışında");
        await PageExtensions.Shot(page, "company-location-error", fullPage: false);

        await page.Input("company-latitude-input").FillAsync("38.43");
        await page.Input("company-longitude-input").FillAsync("27.42");
        await page.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).ToContainTextAsync("38.4300, 27.4200");
    }
}
