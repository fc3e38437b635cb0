using System.Text;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static IzmirSymbiosis.Web.EndToEndTests.PageExtensions;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The exchange page's "Etki" panel in Chromium (issue 11) on the demo's verified exchange: an
/// expert reads the forecast and verified figures and "Nasıl hesaplandı?" in Turkish with its
/// sources, recomputes after confirming and sees a new record; a party firm sees the figures but no
/// recompute; a firm that is no party gets the page's 404 and no figure. Screenshots (desktop and
/// 390×844) go to <c>artifacts/screenshots</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImpactUiTests(BrowserFixture fixture)
{

    [Fact]
    public async Task Expert_ReadsFiguresAndHowTheyWereComputed_RecomputesAfterConfirming_SeesANewRecord()
    {
        var (id, records) = await DemoVerifiedExchangeAsync();
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync($"/exchanges/{id}");

        var panel = page.Locator("[data-testid=impact-panel]");
        await Expect(panel.Locator("h2")).ToHaveTextAsync("Etki");
        await Expect(panel.Locator("[data-testid=impact-column]")).ToHaveTextAsync(["Tahmin", "Doğrulanmış"]);
        await Expect(panel.Locator("[data-testid=impact-per]").First).ToHaveTextAsync("yıllık");

        // Both bases have a tonnage and a CO2e figure in Turkish number format (comma decimals).
        foreach (var basis in new[] { "Forecast", "Verified" })
        {
            await Expect(Figure(page, "TonnesDiverted", basis)).ToHaveTextAsync(new Regex(@"^\d{1,3}(\.\d{3})*(,\d+)? t$"));
            await Expect(Figure(page, "Co2eAvoided", basis)).ToHaveTextAsync(new Regex(@"^−?\d{1,3}(\.\d{3})*(,\d+)? t CO2e$"));
        }

        // Money was not given in the demo: the empty figure says why.
        await Expect(Figure(page, "CostSavings", "Forecast")).ToContainTextAsync("girilmedi");
        await Expect(panel.Locator("[data-testid=impact-versions][data-basis=Verified]")).ToContainTextAsync("katsayı seti sürüm 1");
        await Expect(panel.Locator("[data-testid=impact-history]")).ToContainTextAsync($"{records} etki kaydı");

        // "Nasıl hesaplandı?": the arithmetic with its sources, in Turkish only.
        await panel.Locator("[data-testid=impact-how][data-basis=Verified] .mud-expand-panel-header").ClickAsync();
        var explanation = panel.Locator("[data-testid=impact-how][data-basis=Verified] [data-testid=impact-explanation]");
        await Expect(explanation).ToBeVisibleAsync();
        await Expect(explanation).ToContainTextAsync("UK DESNZ 2024");
        await Expect(explanation).ToContainTextAsync("Önlenen birincil üretim");
        var text = await explanation.InnerTextAsync();
        foreach (var english in new[] { "Quantity", "Avoided", "Diverted", "per year", " from ", " tonnes", "Transport " })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }

        await Shot(page, "impact-panel-expert");

        // Recompute: the dialog is the confirmation; cancelling adds nothing.
        await page.Locator("[data-testid=impact-recompute]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog.Locator("[data-testid=impact-recompute-warning]")).ToContainTextAsync("Önceki kayıtlar olduğu gibi kalır");
        await Shot(page, "impact-recompute-dialog");
        await page.AnswerDialogAsync("Vazgeç");
        Assert.Equal(records, await RecordCountAsync(id));

        await page.Locator("[data-testid=impact-recompute]").ClickAsync();
        await page.Input("impact-jobs").FillAsync("3");
        await page.Input("impact-savings").FillAsync("125000,5");
        await page.Input("impact-savings").PressAsync("Tab");
        await dialog.Locator("[data-testid=impact-recompute-submit]").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(panel.Locator("[data-testid=impact-history]")).ToContainTextAsync($"{records + 1} etki kaydı");
        await Expect(panel.Locator("[data-testid=impact-history-row]").First).ToContainTextAsync("yeniden hesaplama");
        await Expect(Figure(page, "Jobs", "Verified")).ToHaveTextAsync("3");
        await Expect(Figure(page, "CostSavings", "Verified")).ToHaveTextAsync("125.000,5 TL");
        Assert.Equal(records + 1, await RecordCountAsync(id));
        await Shot(page, "impact-panel-recomputed");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=impact-recompute]")).ToBeEnabledAsync();
        await Expect(panel.Locator("[data-testid=impact-figures]")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the exchange page overflows by {overflow}px at 390×844");
        await Shot(page, "impact-panel-phone");
    }

    [Fact]
    public async Task PartyFirm_SeesFiguresWithoutRecompute_OtherFirm_GetsNotFoundAndNoFigure()
    {
        var (id, _) = await DemoVerifiedExchangeAsync();

        var party = await fixture.SignInAsync(DemoUsers.Firm, DemoUsers.Password);
        await party.GotoAsync($"/exchanges/{id}");
        await Expect(party.Locator("[data-testid=impact-figures]")).ToBeVisibleAsync();
        await Expect(party.Locator("[data-testid=impact-recompute]")).ToHaveCountAsync(0);
        await Shot(party, "impact-panel-party");

        var other = new Company("Başka Firma Ambalaj A.Ş.", fixture.NextVkn(), "17.21", "Kemalpaşa", SizeBand.Small);
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Companies.Add(other);
            await db.SaveChangesAsync();
        }

        var user = await fixture.AddUserAsync("baska", Roles.FirmUser, twoFactor: false);
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.CompanyId = other.Id;
            stored.Membership = MembershipStatus.Active;
            Assert.True((await users.UpdateAsync(stored)).Succeeded);
        }

        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        var response = await page.GotoAsync($"/exchanges/{id}");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sayfa bulunamadı");
        await Expect(page.Locator("[data-testid=impact-panel]")).ToHaveCountAsync(0);
        var html = await page.ContentAsync();
        Assert.DoesNotContain("CO2e", html, StringComparison.Ordinal);
        Assert.DoesNotContain("impact-figure", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchEstimate_ForTheReceiverOfAnAnonymousOffer_UsesThePublicBandAndShowsNoHiddenAmount()
    {
        var giver = await fixture.AddCompanyAsync("Tahmin Gizli Talaş A.Ş.", "16.10");
        var receiver = await fixture.AddCompanyAsync("Tahmin Okuyan Levha A.Ş.", "16.21");
        using (var scope = fixture.AdminScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<StreamService>();
            await streams.CreateAsync(giver.Id, new StreamInput(
                StreamDirection.Offer, ResourceKind.Material, "Kuru gürgen talaşı", "03 01 05", 444.4m, QuantityUnit.Tonne, QuantityPeriod.PerYear));
            await streams.CreateAsync(receiver.Id, new StreamInput(
                StreamDirection.Need, ResourceKind.Material, "Yonga levha için kuru talaş", "03 01 05", 600m, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        }

        await fixture.WaitForBackgroundWorkAsync();
        var user = await fixture.AddUserAsync("tahmin", Roles.FirmUser, twoFactor: false);
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.CompanyId = receiver.Id;
            stored.Membership = MembershipStatus.Active;
            Assert.True((await users.UpdateAsync(stored)).Succeeded);
        }

        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        var frames = new StringBuilder();
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) => frames.Append(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
            socket.FrameSent += (_, frame) => frames.Append(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
        };
        await page.GotoAsync($"/companies/{receiver.Id}");
        await page.ShowAllMatchesAsync();
        var panel = page.Locator(".mud-expand-panel").Filter(new() { HasText = "Kuru gürgen talaşı" });
        await Expect(panel).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        await panel.Locator("[data-testid=match-score]").ClickAsync();
        await Expect(panel.Locator("[data-testid=match-anonymised-note]")).ToBeVisibleAsync();
        await panel.Locator("[data-testid=match-impact-show]").ClickAsync();

        // The donor's 444,4 t/yıl is hidden; the estimate is from its band 100–1.000 t/yıl: 100 × √10 = 316,228 t.
        await Expect(panel.Locator("[data-testid=match-impact-environment]")).ToContainTextAsync("Çevresel fayda (tahmin) — tahmini");
        await Expect(panel.Locator("[data-testid=match-impact-environment]")).ToContainTextAsync("316,2 t/yıl");
        await Expect(panel.Locator("[data-testid=match-impact-economics]")).ToContainTextAsync("Ekonomi (tahmin) — tahmini 316,2 t/yıl");
        await Expect(panel.Locator("[data-testid=match-impact-basis]")).ToContainTextAsync("tam miktarı değil");
        await panel.Locator("[data-testid=match-impact-how] .mud-expand-panel-header").ClickAsync();
        await Expect(panel.Locator("[data-testid=match-impact-explanation]")).ToContainTextAsync("316,228 t/yıl");
        await Expect(panel.Locator("[data-testid=match-impact-explanation]")).ToContainTextAsync("UK DESNZ 2024");
        await Shot(page, "match-impact-estimate");

        var seen = await page.ContentAsync() + frames;
        Assert.DoesNotContain(giver.LegalName, seen, StringComparison.Ordinal);
        // The amount in any form it could be written in (444,4 / 444.4 / 444400 kg), but not digits inside
        // a Blazor element id or another GUID, which may hold "4444" by chance.
        Assert.DoesNotMatch(@"(?<![0-9A-Fa-f-])444(?:[.,]4|400)(?![0-9A-Fa-f-])", seen);
    }

    private static ILocator Figure(IPage page, string figure, string basis) =>
        page.Locator($"[data-testid=impact-figure][data-figure={figure}][data-basis={basis}]");

    /// <summary>The demo's verified exchange (seeded with a forecast and a verified record) and its record count.</summary>
    private async Task<(Guid Id, int Records)> DemoVerifiedExchangeAsync()
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var id = await db.ImpactRecords.Where(r => r.Basis == ImpactBasis.Verified && r.Reason == ImpactRecordReason.Verified)
            .OrderBy(r => r.RecordedAt).Select(r => r.ExchangeId).FirstAsync();
        Assert.Equal(ExchangeStage.Verified, await db.Exchanges.Where(e => e.Id == id).Select(e => e.Stage).SingleAsync());
        return (id, await RecordCountAsync(id));
    }

    private async Task<int> RecordCountAsync(Guid id)
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.ImpactRecords.CountAsync(r => r.ExchangeId == id);
    }
}
