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
}
