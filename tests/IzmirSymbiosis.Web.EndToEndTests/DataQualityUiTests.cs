using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// OIZ staff open the data quality panel, remind the firm of a stale stream (confirmed in a
/// dialog), see that it was queued, and are told instead of re-sending on a second click; the
/// panel fits a phone without sideways scrolling.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DataQualityUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_RemindsStaleStreamOnce_AndPanelFitsPhone()
    {
        const string Name = "Eskimiş Akış Kalite E2E A.Ş.";
        const string Description = "Kalite E2E: eski pik demir talaşı";
        var company = new Company(Name, fixture.NextVkn(), "24.10", "Çiğli", SizeBand.Medium);
        company.SetAddress(null, 1);
        company.SetLocation(new GeoPoint(38.49, 27.05));
        var stream = new ResourceStream(company.Id, StreamDirection.Offer, ResourceKind.Material, Description, new Quantity(12, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        stream.Describe(Description, "12 01 01");
        stream.SetStatus(StreamStatus.Draft);
        var contexts = fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Companies.Add(company);
            db.Streams.Add(stream);
            await db.SaveChangesAsync();

            // Last changed 400 days ago: stale.
            var old = DateTimeOffset.UtcNow.AddDays(-400);
            await db.Streams.Where(s => s.Id == stream.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.UpdatedAt, old));
        }

        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        // Reached from the menu (the link's address; a click before the circuit starts could be lost).
        await Expect(page.Locator("[data-testid=nav-data-quality]")).ToHaveAttributeAsync("href", "zones/quality");
        await page.GotoAsync("/zones/quality");
        var row = page.Locator("[data-testid=quality-table-StaleStream] tbody tr").Filter(new() { HasText = Description });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-testid=quality-remind]")).ToBeEnabledAsync();

        await row.Locator("[data-testid=quality-remind]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync(Description);
        await page.AnswerDialogAsync("Gönder");
        await Expect(page.Locator("[data-testid=quality-reminder-result]")).ToContainTextAsync("1 akış için hatırlatma gönderim kuyruğuna alındı.");
        await Expect(row.Locator("[data-testid=quality-last-reminded]")).Not.ToHaveTextAsync("–");
        await PageExtensions.Shot(page, "data-quality-reminded");

        // A second click within 30 days says so and sends nothing.
        await row.Locator("[data-testid=quality-remind]").ClickAsync();
        await page.AnswerDialogAsync("Gönder");
        await Expect(page.Locator("[data-testid=quality-reminder-result]")).ToContainTextAsync("zaten hatırlatma gönderilmiş");

        // Rows chosen with their check boxes are reminded together; the other findings are a tab away.
        await row.Locator("[data-testid=quality-select]").CheckAsync();
        await Expect(page.Locator("[data-testid=quality-remind-selected]")).ToContainTextAsync("(1)");
        await Expect(page.Locator("[data-testid=quality-remind-selected]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=quality-tab-nonace]").ClickAsync();
        await Expect(page.Locator("[data-testid=quality-tab-nonace]")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("[data-testid=quality-table-FirmWithoutNace]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=quality-table-StaleStream]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=quality-tab-stale]").ClickAsync();

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=quality-table-StaleStream] tbody tr").Filter(new() { HasText = Description })).ToHaveCountAsync(1);
        await Expect(page.Locator(".mud-progress-indeterminate")).ToHaveCountAsync(0);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        await PageExtensions.Shot(page, "data-quality-phone", fullPage: false);
        Assert.True(widths[0] <= widths[1], $"the panel is {widths[0]} px wide on a {widths[1]} px screen");

        await using var check = await contexts.CreateDbContextAsync();
        var reminded = await check.Streams.Where(s => s.Id == stream.Id).Select(s => new { s.LastRemindedAt, s.UpdatedAt }).SingleAsync();
        Assert.NotNull(reminded.LastRemindedAt);
        Assert.True(reminded.UpdatedAt < DateTimeOffset.UtcNow.AddDays(-365));
    }
}
