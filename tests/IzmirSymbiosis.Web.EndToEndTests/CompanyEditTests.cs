using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class CompanyEditTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EditCompany_BadNaceThenConcurrentSave_ShowsFieldErrorAndConflictWithoutOverwriting()
    {
        var company = await fixture.AddCompanyAsync("Düzenlenen Kimya A.Ş.", "20.14");
        var first = await fixture.NewAdminPageAsync();
        var second = await fixture.NewAdminPageAsync();
        await first.GotoAsync($"/companies/{company.Id}");
        await second.GotoAsync($"/companies/{company.Id}");

        // Both open the editor on the same version.
        await first.Locator("[data-testid=company-edit]").ClickAsync();
        await second.Locator("[data-testid=company-edit]").ClickAsync();

        await first.Input("company-nace-input").FillAsync("99.99");
        await first.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(first.Locator(".mud-dialog")).ToContainTextAsync("99.99 NACE listesinde bir sınıf değil.");

        await first.Input("company-nace-input").FillAsync("20.16");
        await first.Input("company-name-input").FillAsync("Düzenlenen Polimer A.Ş.");
        await first.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(first.Locator("[data-testid=company-name]")).ToHaveTextAsync("Düzenlenen Polimer A.Ş.");

        await second.Input("company-name-input").FillAsync("Eski Sürümden Ad A.Ş.");
        await second.Locator("[data-testid=company-save]").ClickAsync();
        await Expect(second.Locator("[data-testid=company-conflict]")).ToBeVisibleAsync();

        await first.ReloadAsync();
        await Expect(first.Locator("[data-testid=company-name]")).ToHaveTextAsync("Düzenlenen Polimer A.Ş.");
    }
}
