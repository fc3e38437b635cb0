using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>A firm user keeps its hazardous-waste permits on its company page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PermitUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FirmUser_AddsPermitAfterFieldError_ThenRemovesItAfterConfirming()
    {
        var company = await fixture.AddCompanyAsync("Ege Atık Yağ Geri Kazanım A.Ş.", "38.32");
        var user = await fixture.AddUserAsync("lisans", Roles.FirmUser, twoFactor: false);
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.CompanyId = company.Id;
            stored.Membership = MembershipStatus.Active;
            Assert.True((await users.UpdateAsync(stored)).Succeeded);
        }

        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        await page.GotoAsync($"/companies/{company.Id}");
        var section = page.Locator("[data-testid=permits]");
        await Expect(section).ToContainTextAsync("Tehlikeli atık izinleri");
        await Expect(section).ToContainTextAsync("Kayıtlı lisans yok.");

        // A click before the circuit is interactive is lost; the button is enabled then.
        await Expect(page.Locator("[data-testid=permit-add]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=permit-add]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await page.Input("permit-authority").FillAsync("İzmir Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü");
        await page.Input("permit-number").FillAsync("TAL-35-2028/14");
        await page.Input("permit-valid-until").FillAsync("30.06.2028");
        await page.Input("permit-valid-until").PressAsync("Tab");
        await page.Locator("[data-testid=permit-operations]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^R9$") }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^R13$") }).ClickAsync();
        // The list closes on Escape; until it has, it would take the clicks below (on a loaded
        // machine a key pressed while the last selection is still on its way can be missed).
        var openList = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 0; attempt < 3 && await openList.CountAsync() > 0; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            try
            {
                await openList.First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 5000 });
            }
            catch (TimeoutException)
            {
                // Still open: press again.
            }
        }

        await Expect(openList).ToHaveCountAsync(0);
        // Codes are chosen with the waste-code picker, one chip each, hazardous ones starred.
        await PickCodeAsync(page, "13 02 05");
        await PickCodeAsync(page, "10 01 01");
        var chips = dialog.Locator("[data-testid=permit-code-chip]");
        await Expect(chips).ToHaveCountAsync(2);
        await Expect(chips.First).ToContainTextAsync("13 02 05*");
        await PageExtensions.Shot(page, "permit-code-chips");
        await page.Locator("[data-testid=permit-save]").ClickAsync();
        await Expect(dialog).ToContainTextAsync("10 01 01 Atık Listesinde tehlikeli (*) bir kod değil.");

        await dialog.Locator("[data-testid=permit-code-chip][data-code='100101'] .mud-chip-close-button").ClickAsync();
        await Expect(chips).ToHaveCountAsync(1);
        await PickCodeAsync(page, "13 02 08");
        await Expect(chips).ToHaveCountAsync(2);
        await page.Locator("[data-testid=permit-save]").ClickAsync();

        var row = section.Locator("[data-testid=permit-row]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("TAL-35-2028/14");
        await Expect(row).ToContainTextAsync("30.06.2028");
        await Expect(row).ToContainTextAsync("Geçerli");
        await Expect(row).ToContainTextAsync("13 02 05, 13 02 08");
        await Expect(row).ToContainTextAsync("R9, R13");

        await row.Locator("[data-testid=permit-remove]").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("TAL-35-2028/14 numaralı lisans silinecek");
        await page.Locator(".mud-dialog .mud-message-box__yes-button").ClickAsync();
        await Expect(section).ToContainTextAsync("Kayıtlı lisans yok.");
    }

    private static async Task PickCodeAsync(IPage page, string code)
    {
        await page.WaitForInteractiveAsync("permit-codes");
        await page.Input("permit-codes").FillAsync(code);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = code }).First.ClickAsync();
        await Expect(page.Locator($"[data-testid=permit-code-chip][data-code='{code.Replace(" ", "", StringComparison.Ordinal)}']")).ToHaveCountAsync(1);

        // The picker is empty again, ready for the next code.
        await Expect(page.Input("permit-codes")).ToHaveValueAsync(string.Empty);
    }
}
