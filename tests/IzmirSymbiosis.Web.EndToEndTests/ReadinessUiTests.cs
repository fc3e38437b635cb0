using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static IzmirSymbiosis.Web.EndToEndTests.PageExtensions;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The exchange page's "Hazırlık düzeyi" panel in Chromium (issue 11): an expert assesses the six
/// perspectives with the level definitions in view, errors show at the field, and the radar chart,
/// the levels and the history follow; a party firm reads the demo's verified exchange without the
/// assess button. Screenshots (desktop and 390×844) go to <c>artifacts/screenshots</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadinessUiTests(BrowserFixture fixture)
{
    private static readonly string s_screenshots = PageExtensions.ScreenshotFolder;

    // Words of the English resources that must not show on the Turkish page.
    private static readonly string[] s_english = ["Readiness", "Technology", "Business", "Organisation", "Legal", "Societal", "Environmental", "Level ", "Assess", "Latest", "Save"];

    [Fact]
    public async Task Expert_AssessesTheSixPerspectives_AndTheRadarLevelsAndHistoryShow()
    {
        var (id, before) = await OpenExchangeAsync();
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync($"/exchanges/{id}");
        var panel = page.Locator("[data-testid=readiness-panel]");
        await Expect(panel.Locator("h2")).ToHaveTextAsync("Hazırlık düzeyi");
        var assess = panel.Locator("[data-testid=readiness-assess]");
        await Expect(assess).ToBeEnabledAsync();
        if (before == 0)
        {
            await Expect(panel.Locator("[data-testid=readiness-empty]")).ToContainTextAsync("henüz hazırlık değerlendirmesi yok");

            // The first assessment starts empty: saving at once names every perspective at its field.
            await assess.ClickAsync();
            await page.Locator("[data-testid=readiness-submit]").ClickAsync();
            await Expect(page.Locator(".mud-dialog").GetByText("Bir düzey seçin.", new() { Exact = true })).ToHaveCountAsync(6);
            await page.AnswerDialogAsync("Vazgeç");
        }

        await assess.ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog.Locator(".mud-dialog-title")).ToHaveTextAsync("Hazırlık düzeyini değerlendir");
        var levels = new Dictionary<string, int> { ["Technology"] = 5, ["Business"] = 4, ["Organisational"] = 3, ["Legal"] = 6, ["Societal"] = 2, ["Environmental"] = 4 };
        foreach (var (perspective, level) in levels)
        {
            await page.ChooseAsync($"readiness-level-{perspective}", $"^{level} — ");
        }

        // The definition of the level picked shows under the field.
        await Expect(dialog).ToContainTextAsync("Deneme partisi alıcının tesisinde veya ona benzer bir tesiste işlendi");
        await page.Locator("textarea[data-testid=readiness-note-Legal], [data-testid=readiness-note-Legal] textarea").First.FillAsync("Alıcının çevre izni R5 işlemini kapsıyor.");
        await Shot(page, "readiness-dialog");
        await dialog.Locator("[data-testid=readiness-submit]").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        await Expect(panel.Locator("[data-testid=readiness-radar] svg")).ToBeVisibleAsync();
        await Expect(panel.Locator("[data-testid=readiness-level]")).ToHaveCountAsync(6);
        foreach (var (perspective, level) in levels)
        {
            await Expect(panel.Locator($"[data-testid=readiness-level][data-perspective={perspective}]")).ToHaveAttributeAsync("data-level", level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Expect(panel.Locator("[data-testid=readiness-level][data-perspective=Technology]")).ToContainTextAsync("Teknoloji: 5 · Teknoloji ilgili ortamda doğrulandı");
        await Expect(panel.Locator("[data-testid=readiness-note]")).ToHaveTextAsync("“Alıcının çevre izni R5 işlemini kapsıyor.”");
        await Expect(panel.Locator("[data-testid=readiness-current]")).ToContainTextAsync("Son değerlendirme:");
        await Expect(panel.Locator("[data-testid=readiness-history]")).ToContainTextAsync($"Değerlendirme geçmişi ({before + 1})");
        await Expect(assess).ToHaveTextAsync("Yeniden değerlendir");
        Assert.Equal(before + 1, await AssessmentCountAsync(id));
        await AssertTurkishAsync(panel);
        await Shot(page, "readiness-panel-expert");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Expect(panel.Locator("[data-testid=readiness-radar] svg")).ToBeVisibleAsync();
        await Expect(assess).ToBeEnabledAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the exchange page overflows by {overflow}px at 390×844");
        await panel.ScrollIntoViewIfNeededAsync();
        await Shot(page, "readiness-panel-phone");
        await panel.ScreenshotAsync(new() { Path = Path.Combine(s_screenshots, "readiness-panel-phone-crop.png") });
    }

    [Fact]
    public async Task PartyFirm_ReadsTheVerifiedDemoExchangesReadinessAndHistory_WithoutAssessing()
    {
        Guid id;
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            // The demo's verified exchange with the demo firm as a party has two assessments.
            var firm = await db.Users.Where(u => u.Email == DemoUsers.Firm).Select(u => u.CompanyId).SingleAsync();
            id = await db.Exchanges.Where(e => e.Stage == ExchangeStage.Verified && (e.DonorCompanyId == firm || e.ReceiverCompanyId == firm))
                .Select(e => e.Id).FirstAsync();
        }

        var page = await fixture.SignInAsync(DemoUsers.Firm, DemoUsers.Password);
        await page.GotoAsync($"/exchanges/{id}");
        var panel = page.Locator("[data-testid=readiness-panel]");
        await Expect(panel.Locator("[data-testid=readiness-radar] svg")).ToBeVisibleAsync();
        await Expect(panel.Locator("[data-testid=readiness-level]")).ToHaveCountAsync(6);
        await Expect(panel.Locator("[data-testid=readiness-assess]")).ToHaveCountAsync(0);
        await panel.Locator("[data-testid=readiness-history] .mud-expand-panel-header").ClickAsync();
        await Expect(panel.Locator("[data-testid=readiness-history-row]")).ToHaveCountAsync(2);
        await panel.Locator("[data-testid=readiness-sources] .mud-expand-panel-header").ClickAsync();
        await Expect(panel.Locator("[data-testid=readiness-sources]")).ToContainTextAsync("CORALIS");
        await Expect(panel.Locator("[data-testid=readiness-sources]")).ToContainTextAsync("Horizon 2020 Genel Ek G");
        await AssertTurkishAsync(panel);
        await Shot(page, "readiness-panel-party");
    }

    private static async Task AssertTurkishAsync(ILocator panel)
    {
        var text = await panel.InnerTextAsync();
        foreach (var english in s_english)
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    /// <summary>A demo exchange still open to assessment (the identified one, else any before review), with its assessment count.</summary>
    private async Task<(Guid Id, int Assessments)> OpenExchangeAsync()
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var id = await db.Exchanges.Where(e => e.Stage == ExchangeStage.Identified || e.Stage == ExchangeStage.Proposed)
            .OrderBy(e => e.Stage).ThenBy(e => db.ReadinessAssessments.Count(a => a.ExchangeId == e.Id)).Select(e => e.Id).FirstAsync();
        return (id, await AssessmentCountAsync(id));
    }

    private async Task<int> AssessmentCountAsync(Guid id)
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.ReadinessAssessments.CountAsync(a => a.ExchangeId == id);
    }
}
