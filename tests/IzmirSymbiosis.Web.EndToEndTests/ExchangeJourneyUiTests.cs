using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static IzmirSymbiosis.Web.EndToEndTests.PageExtensions;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The whole road from a match to a verified symbiosis in Chromium (issue 9): firm A marks its match
/// interesting and asks for an introduction, firm B accepts and both see each other's names, OIZ
/// staff create the exchange from the introduction, both firms confirm, staff submit, an expert
/// (with TOTP) approves, a party reports implementation, an expert verifies; a third firm sees
/// none of it. Screenshots of each page go to <c>artifacts/screenshots</c> (journey-*.png).
/// </summary>
public sealed partial class ExchangeUiTests
{
    [Fact]
    public async Task Journey_InterestIntroductionExchangeApprovalVerification_ThirdFirmSeesNone()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var giver = await AddCompanyAsync($"Yakamoz Kereste {tag} A.Ş.", zoneId: 1);
        var receiver = await AddCompanyAsync($"Meltem Yonga Levha {tag} A.Ş.", zoneId: 2);
        var third = await AddCompanyAsync($"Rakip Orman Ürünleri {tag} A.Ş.", zoneId: 1);
        var need = $"Yonga levha için kuru talaş {tag}";
        using (var scope = fixture.AdminScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<StreamService>();
            await streams.CreateAsync(receiver.Id, new StreamInput(StreamDirection.Need, ResourceKind.Material, need, "03 01 05", 300, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        }

        var offer = await AddOfferAsync(giver.Id, $"Kuru çam talaşı {tag}");
        await fixture.WaitForBackgroundWorkAsync();
        var userA = await FirmUserAsync("yol-a", giver.Id);
        var userB = await FirmUserAsync("yol-b", receiver.Id);
        var userC = await FirmUserAsync("yol-c", third.Id);

        // A: interested, then asks for an introduction (after confirming).
        var a = await fixture.SignInAsync(userA, BrowserFixture.TestPassword);
        await a.GotoAsync($"/companies/{giver.Id}");
        await a.ShowAllMatchesAsync();
        var row = a.Locator("[data-testid=company-match]").Filter(new() { HasText = need });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-testid=feedback-interested]")).ToBeEnabledAsync();
        await row.Locator("[data-testid=feedback-interested]").ClickAsync();
        await Expect(row.Locator("[data-testid=feedback-interested]")).ToHaveAttributeAsync("aria-pressed", "true");
        await row.Locator("[data-testid=match-introduction-request]").ClickAsync();
        await a.AnswerDialogAsync("Tanıştırma iste");
        await Expect(row.Locator("[data-testid=match-introduction-state]")).ToContainTextAsync("Tanıştırma bekleniyor");
        await Expect(row).Not.ToContainTextAsync(receiver.LegalName);
        await Shot(a, "journey-1-interest-and-request");
        var introduction = await IntroductionOfAsync(offer);

        // B accepts; both now see each other by name on the introduction.
        var b = await fixture.SignInAsync(userB, BrowserFixture.TestPassword);
        await b.GotoAsync("/introductions");
        var incoming = b.Locator("[data-testid=introductions-table] tr").Filter(new() { HasText = $"Kuru çam talaşı {tag}" });
        await Expect(incoming.Locator("[data-testid=introduction-accept]")).ToBeEnabledAsync();
        await incoming.Locator("[data-testid=introduction-accept]").ClickAsync();
        await b.AnswerDialogAsync("Kabul et");
        await Expect(b.Locator("[data-testid=introductions-none]")).ToBeVisibleAsync();
        await b.GotoAsync($"/introductions/{introduction}");
        await Expect(b.Locator("[data-testid=introduction-giver] [data-testid=introduction-party-name]")).ToHaveTextAsync(giver.LegalName);
        await Shot(b, "journey-2-introduced-receiver");
        await a.GotoAsync($"/introductions/{introduction}");
        await Expect(a.Locator("[data-testid=introduction-receiver] [data-testid=introduction-party-name]")).ToHaveTextAsync(receiver.LegalName);

        // Staff of both zones create the exchange from the introduction and propose it.
        var staff = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await staff.GotoAsync($"/introductions/{introduction}");
        var start = staff.Locator("[data-testid=introduction-start-exchange]");
        await Expect(start).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"exchanges/new\\?match=.*&introduction={introduction}"));
        await staff.GotoAsync("/" + await start.GetAttributeAsync("href"));
        await Expect(staff.Locator("[data-testid=exchange-from-match]")).ToContainTextAsync(giver.LegalName);
        // The form fills the title from the match once interactive; typing before that would be overwritten.
        await Expect(staff.Input("exchange-title")).ToHaveValueAsync($"Kuru çam talaşı {tag}");
        await staff.WaitForInteractiveAsync("exchange-amount");
        await staff.Input("exchange-title").FillAsync($"Çam talaşı → yonga levha {tag}");
        await staff.Input("exchange-amount").FillAsync("150");
        await staff.ChooseAsync("exchange-unit", "^t$");
        await staff.ChooseAsync("exchange-period", "^Yıllık$");
        await staff.ChooseAsync("exchange-route", null);
        await staff.ChooseAsync("exchange-operation", "^R3 — ");
        await staff.ChooseAsync("exchange-transport", null);
        await staff.Input("exchange-distance").FillAsync("22");
        await staff.Input("exchange-start").FillAsync("01.02.2027");
        await staff.Input("exchange-start").PressAsync("Tab");
        await Shot(staff, "journey-3-create-from-introduction");
        await CreateExchangeAsync(staff);
        var url = staff.Url;
        await TakeAsync(staff, ExchangeAction.Propose);
        await ExpectStageAsync(staff, ExchangeStage.Proposed);

        // Both firms confirm; they were introduced, so each sees the other by name.
        foreach (var (party, other) in new[] { (a, receiver.LegalName), (b, giver.LegalName) })
        {
            await party.GotoAsync(url);
            await Expect(party.Locator("[data-testid=exchange-name]")).ToHaveTextAsync($"Çam talaşı → yonga levha {tag}");
            // The parties render after the stage line on a loaded machine: wait for them rather than read the page once.
            await Expect(party.Locator("body")).ToContainTextAsync(other);
            await TakeAsync(party, ExchangeAction.ConfirmParticipation);
            await Expect(party.Locator("[data-testid=action-ConfirmParticipation]")).ToHaveCountAsync(0);
        }

        await Shot(b, "journey-4-confirmed");
        await staff.ReloadAsync();
        await TakeAsync(staff, ExchangeAction.SubmitForReview);
        await ExpectStageAsync(staff, ExchangeStage.UnderReview);

        // The expert (two-factor) approves after the checklist and a confirmation.
        var expert = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await expert.GotoAsync(url);
        await Expect(expert.Locator("[data-testid=checklist-status]")).ToContainTextAsync("Tüm maddeler sağlanıyor");
        await Shot(expert, "journey-5-review");
        await expert.Locator("[data-testid=action-Approve]").ClickAsync();
        await Expect(expert.Locator("[data-testid=action-irreversible]")).ToContainTextAsync("geri alınamaz");
        await expert.Locator("[data-testid=action-submit]").ClickAsync();
        await ExpectStageAsync(expert, ExchangeStage.Approved);

        // A party reports implementation; the expert verifies with measured figures.
        await a.GotoAsync(url);
        await TakeAsync(a, ExchangeAction.StartImplementation, async d =>
        {
            await d.Input("action-date").FillAsync("01.02.2027");
            await d.Input("action-date").PressAsync("Tab");
        });
        await TakeAsync(a, ExchangeAction.ReportImplemented, async d =>
        {
            await d.Input("action-date").FillAsync("20.02.2027");
            await d.Input("action-date").PressAsync("Tab");
        });
        await ExpectStageAsync(a, ExchangeStage.Implemented);
        await expert.ReloadAsync();
        await expert.Locator("[data-testid=action-Verify]").ClickAsync();
        await expert.Input("verify-amount").FillAsync("12,5");
        await expert.Input("verify-from").FillAsync("01.02.2027");
        await expert.Input("verify-from").PressAsync("Tab");
        await expert.Input("verify-to").FillAsync("28.02.2027");
        await expert.Input("verify-to").PressAsync("Tab");
        await expert.Locator("[data-testid=verify-evidence] textarea, textarea[data-testid=verify-evidence]").First.FillAsync("Kantar fişleri 2027/02, 6 adet");
        await expert.Locator("[data-testid=action-submit]").ClickAsync();
        await ExpectStageAsync(expert, ExchangeStage.Verified);
        var steps = await expert.Locator("[data-testid=timeline-item]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.action)");
        Assert.Equal(
            ["Create", "Propose", "ConfirmParticipation", "ConfirmParticipation", "SubmitForReview", "Approve", "StartImplementation", "ReportImplemented", "Verify"],
            steps);
        await Shot(expert, "journey-6-verified");

        // A third firm: neither the introduction nor the exchange exists for it, and no name leaks.
        var c = await fixture.SignInAsync(userC, BrowserFixture.TestPassword);
        foreach (var path in new[] { $"/introductions/{introduction}", new Uri(url).AbsolutePath })
        {
            var response = await c.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(c.Locator("h1")).ToHaveTextAsync("Sayfa bulunamadı");
            Assert.DoesNotContain(giver.LegalName, await c.ContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(receiver.LegalName, await c.ContentAsync(), StringComparison.Ordinal);
        }

        await c.GotoAsync("/exchanges");
        await Expect(c.Locator("[data-testid=exchanges-empty]")).ToBeVisibleAsync();
        await c.GotoAsync("/introductions");
        await Expect(c.Locator("body")).Not.ToContainTextAsync($"Kuru çam talaşı {tag}");
        await Shot(c, "journey-7-third-firm");
    }

    private async Task<Guid> IntroductionOfAsync(Guid offer)
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Introductions.Where(i => i.OfferId == offer).Select(i => i.Id).SingleAsync();
    }
}
