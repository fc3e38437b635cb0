using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// Introductions in Chromium: firm A asks from its match, firm B accepts, both see each other's
/// names on the introduction page and talk in its thread; a third firm gets the not-found page.
/// Screenshots of each page are written to the temp folder (izmirsym-introduction-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IntroductionUiTests(BrowserFixture fixture)
{
    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), $"izmirsym-introduction-{name}.png");

    [Fact]
    public async Task FirmAAsks_FirmBAccepts_BothSeeEachOther_ThirdFirmGetsNotFound()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var giver = await fixture.AddCompanyAsync($"Tanışma Seramik {tag} A.Ş.", "23.31");
        var receiver = await fixture.AddCompanyAsync($"Tanışma Tuğla {tag} Ltd. Şti.", "23.32");
        var third = await fixture.AddCompanyAsync($"Üçüncü Firma {tag} A.Ş.", "23.61");
        Guid offer;
        using (var scope = fixture.AdminScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<StreamService>();
            await streams.CreateAsync(receiver.Id, new StreamInput(
                StreamDirection.Need, ResourceKind.Material, $"Tuğla harcı için seramik kırığı {tag}", "10 12 08", 300, QuantityUnit.Tonne, QuantityPeriod.PerYear));
            offer = await streams.CreateAsync(giver.Id, new StreamInput(
                StreamDirection.Offer, ResourceKind.Material, $"Fırın sonrası seramik kırığı {tag}", "10 12 08", 420, QuantityUnit.Tonne, QuantityPeriod.PerYear, PricePerUnit: 35));
        }

        await fixture.WaitForBackgroundWorkAsync();
        var userA = await FirmUserAsync("tanisma-a", giver);
        var userB = await FirmUserAsync("tanisma-b", receiver);
        var userC = await FirmUserAsync("tanisma-c", third);

        // A asks from the match, after a confirmation; the card then says an introduction is pending.
        var a = await fixture.SignInAsync(userA.Email!, BrowserFixture.TestPassword);
        await a.GotoAsync($"/companies/{giver.Id}");
        await Expect(a.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        await a.ShowAllMatchesAsync();
        var row = a.Locator("[data-testid=company-match]").Filter(new() { HasText = $"Tuğla harcı için seramik kırığı {tag}" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-testid=match-introduction-request]")).ToBeEnabledAsync();
        await row.Locator("[data-testid=match-introduction-request]").ClickAsync();
        await a.AnswerDialogAsync("Tanıştırma iste");
        await Expect(a.Locator(".mud-snackbar")).ToContainTextAsync("Tanıştırma isteği gönderildi");
        await Expect(row.Locator("[data-testid=match-introduction-state]")).ToContainTextAsync("Tanıştırma bekleniyor");
        await a.ScreenshotAsync(new() { Path = Shot("requested"), FullPage = true });
        var id = await IntroductionOfAsync(offer);

        // B finds it waiting, accepts after a confirmation, and sees A by name.
        var b = await fixture.SignInAsync(userB.Email!, BrowserFixture.TestPassword);
        await b.GotoAsync("/introductions");
        var incoming = b.Locator("[data-testid=introductions-table] tr").Filter(new() { HasText = $"Fırın sonrası seramik kırığı {tag}" });
        await Expect(incoming).ToHaveCountAsync(1);
        await Expect(incoming.Locator("[data-testid=anonymous-company]")).ToHaveCountAsync(1);
        await b.ScreenshotAsync(new() { Path = Shot("incoming"), FullPage = true });
        await Expect(incoming.Locator("[data-testid=introduction-accept]")).ToBeEnabledAsync();
        await incoming.Locator("[data-testid=introduction-accept]").ClickAsync();
        await b.AnswerDialogAsync("Kabul et");
        await Expect(b.Locator("[data-testid=introductions-none]")).ToBeVisibleAsync();
        await b.GotoAsync($"/introductions/{id}");
        await Expect(b.Locator("[data-testid=introduction-giver] [data-testid=introduction-party-name]")).ToHaveTextAsync(giver.LegalName);
        await Expect(b.Locator("[data-testid=introduction-introduced]")).ToBeVisibleAsync();
        await Expect(b.Locator("[data-testid=introduction-giver] [data-testid=introduction-price]")).ToContainTextAsync("35,00");

        // B writes in the thread; it shows without a reload.
        await Expect(b.Locator("[data-testid=thread-send]")).ToBeEnabledAsync();
        await b.Locator("textarea[data-testid=thread-input], [data-testid=thread-input] textarea").First.FillAsync("Merhaba, numune gönderebilir misiniz?");
        await b.Locator("[data-testid=thread-send]").ClickAsync();
        await Expect(b.Locator("[data-testid=thread-body]")).ToHaveTextAsync("Merhaba, numune gönderebilir misiniz?");
        await b.ScreenshotAsync(new() { Path = Shot("accepted-receiver"), FullPage = true });

        // A sees B by name, the message, and (on a phone) the page still works.
        await a.GotoAsync($"/introductions/{id}");
        await Expect(a.Locator("[data-testid=thread-send]")).ToBeEnabledAsync();
        await Expect(a.Locator("[data-testid=introduction-receiver] [data-testid=introduction-party-name]")).ToHaveTextAsync(receiver.LegalName);
        await Expect(a.Locator("[data-testid=thread-body]")).ToHaveTextAsync("Merhaba, numune gönderebilir misiniz?");
        await a.ScreenshotAsync(new() { Path = Shot("accepted-giver"), FullPage = true });
        await a.SetViewportSizeAsync(390, 844);
        await Expect(a.Locator("[data-testid=introduction-receiver]")).ToBeVisibleAsync();
        await a.ScreenshotAsync(new() { Path = Shot("accepted-mobile"), FullPage = true });

        // A's match card now says they were introduced.
        await a.GotoAsync($"/companies/{giver.Id}");
        await Expect(row.Locator("[data-testid=match-introduction-state]")).ToContainTextAsync("Tanıştırıldınız");
        await Expect(row).ToContainTextAsync(receiver.LegalName);

        // A third firm: the introduction does not exist for it.
        var c = await fixture.SignInAsync(userC.Email!, BrowserFixture.TestPassword);
        await c.GotoAsync($"/introductions/{id}");
        await Expect(c.Locator("h1")).ToHaveTextAsync("Sayfa bulunamadı");
        Assert.DoesNotContain(giver.LegalName, await c.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.LegalName, await c.ContentAsync(), StringComparison.Ordinal);
        await c.ScreenshotAsync(new() { Path = Shot("third-firm-not-found"), FullPage = true });
    }

    [Fact]
    public async Task FromTheMatchBrowsersRow_AFirmAsks_AndThatRowAloneSaysItIsWaiting()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var giver = await fixture.AddCompanyAsync($"Satır Cam {tag} A.Ş.", "23.13");
        var receiver = await fixture.AddCompanyAsync($"Satır Ambalaj {tag} Ltd. Şti.", "23.13");
        using (var scope = fixture.AdminScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<StreamService>();
            await streams.CreateAsync(receiver.Id, new StreamInput(
                StreamDirection.Need, ResourceKind.Material, $"Şişe hammaddesi cam kırığı {tag}", "10 11 12", 200, QuantityUnit.Tonne, QuantityPeriod.PerYear));
            await streams.CreateAsync(giver.Id, new StreamInput(
                StreamDirection.Offer, ResourceKind.Material, $"Renkli cam kırığı {tag}", "10 11 12", 250, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        }

        await fixture.WaitForBackgroundWorkAsync();
        var user = await FirmUserAsync("satir", giver);
        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        await page.GotoAsync("/matches");
        await page.WaitForInteractiveAsync("match-search");
        await page.Input("match-search").FillAsync(tag);
        var rows = page.Locator("[data-testid=matches-table] tbody tr");
        var row = rows.Filter(new() { HasText = $"Şişe hammaddesi cam kırığı {tag}" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=matches-table]")).ToHaveAttributeAsync("data-search", tag);

        await Expect(row.Locator("[data-testid=match-introduction-request]")).ToBeEnabledAsync();
        await row.Locator("[data-testid=match-introduction-request]").ClickAsync();
        await page.AnswerDialogAsync("Tanıştırma iste");

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Tanıştırma isteği gönderildi");
        await Expect(row.Locator("[data-testid=match-introduction-state]")).ToContainTextAsync("Tanıştırma bekleniyor");
        await Expect(rows.Locator("[data-testid=match-introduction-state]")).ToHaveCountAsync(1);
    }

    private async Task<AppUser> FirmUserAsync(string prefix, Company company)
    {
        var user = await fixture.AddUserAsync(prefix, Roles.FirmUser, twoFactor: false);
        using var scope = fixture.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = await users.FindByIdAsync(user.Id.ToString());
        stored!.CompanyId = company.Id;
        stored.Membership = MembershipStatus.Active;
        Assert.True((await users.UpdateAsync(stored)).Succeeded);
        return stored;
    }

    private async Task<Guid> IntroductionOfAsync(Guid offer)
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Introductions.Where(i => i.OfferId == offer).Select(i => i.Id).SingleAsync();
    }
}
