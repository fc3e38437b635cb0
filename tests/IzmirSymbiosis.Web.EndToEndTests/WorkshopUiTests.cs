using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// OIZ staff record a stakeholder workshop in the browser: a form with a missing place and an
/// incomplete topic shows the Turkish messages at those fields and saves nothing; the corrected
/// workshop (counts by stakeholder type and gender, one topic with both sectors picked by NACE,
/// both firms and the donor's offer) is listed with its totals, and its topic has become an
/// exchange at stage Identified.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkshopUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_RecordsWorkshop_BadInputSavesNothing_AndATopicOfKnownFirmsBecomesAnIdentifiedExchange()
    {
        const string Place = "Kemalpaşa OSB Konferans Salonu E2E";
        const string Organiser = "İZKA Çalıştay E2E Ekibi";
        const string Material = "Talaş ve yonga artığı (çalıştay E2E)";
        const string OfferText = "Çalıştay E2E: kuru kayın talaşı";
        var donor = await AddZoneFirmAsync("Çalıştay Veren Kereste E2E A.Ş.", "16.10");
        var receiver = await AddZoneFirmAsync("Çalıştay Alan Levha E2E A.Ş.", "16.21");
        await fixture.AddOfferAsync(donor.Id, OfferText);
        var contexts = fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        string zoneName;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            zoneName = await db.Zones.Where(z => z.Id == 1).Select(z => z.ShortName).SingleAsync();
        }

        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await page.GotoAsync("/field/workshops");
        await Expect(page.Locator("[data-testid=workshop-new]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=workshop-new]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync("workshop-organiser");

        // No place, and a topic with a material but no donor side.
        await page.Input("workshop-organiser").FillAsync(Organiser);
        await page.ChooseAsync(page.Locator("[data-testid=workshop-zone]"), "^" + Regex.Escape(zoneName) + "$");
        // Each new row is waited for before the next click: the form grows while it renders.
        await page.Locator("[data-testid=count-add]").ClickAsync();
        await Expect(page.Locator("[data-testid=count-row]")).ToHaveCountAsync(1);
        await page.Locator("[data-testid=topic-add]").ClickAsync();
        await Expect(page.Locator("[data-testid=topic-row]")).ToHaveCountAsync(1);
        await page.Input("topic-material").FillAsync(Material);

        // A count below one cannot be typed: the field keeps it at one.
        await page.Input("count-value").FillAsync("-4");
        await page.Input("count-value").PressAsync("Tab");
        await Expect(page.Input("count-value")).ToHaveValueAsync("1");

        await page.Locator("[data-testid=workshop-save]").ClickAsync();
        await Expect(FieldOf(page, "workshop-place")).ToContainTextAsync("Bu alan zorunludur.");
        await Expect(FieldOf(page, "topic-donor-nace")).ToContainTextAsync("Veren tarafın sektörünü ya da firmasını girin.");
        await Expect(dialog).ToBeVisibleAsync();
        await PageExtensions.Shot(page, "workshop-errors");
        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.False(await db.Workshops.AnyAsync(w => w.Organiser == Organiser), "a workshop with errors was saved");
        }

        // Corrected: the place, the counts by stakeholder type and gender, and the topic's two sides.
        await page.Input("workshop-place").FillAsync(Place);
        await page.Input("count-value").FillAsync("4");
        await page.Locator("[data-testid=count-add]").ClickAsync();
        await Expect(page.Locator("[data-testid=count-row]")).ToHaveCountAsync(2);
        var second = page.Locator("[data-testid=count-row]").Nth(1);
        await page.ChooseAsync(second.Locator("[data-testid=count-type]"), "^Üniversite$");
        await page.ChooseAsync(second.Locator("[data-testid=count-gender]"), "^Erkek$");
        await second.Locator("[data-testid=count-value] input, input[data-testid=count-value]").First.FillAsync("2");
        await page.PickAsync("topic-donor-nace", "16.10", "16.10");
        await page.PickAsync("topic-receiver-nace", "16.21", "16.21");
        await page.PickAsync("topic-donor-firm", "Çalıştay Veren Kereste", donor.LegalName);
        await Expect(page.Locator("[data-testid=topic-offer]")).ToBeEnabledAsync();
        await page.ChooseAsync(page.Locator("[data-testid=topic-offer]"), Regex.Escape(OfferText));
        await page.PickAsync("topic-receiver-firm", "Çalıştay Alan Levha", receiver.LegalName);
        await Expect(dialog).ToContainTextAsync("Katılımcılar (6)");
        await PageExtensions.Shot(page, "workshop-form");
        await page.Locator("[data-testid=workshop-save]").ClickAsync();

        // Saved: the dialog closes and the list shows it with 6 people (4 women), 1 topic and 1 exchange.
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Çalıştay kaydedildi.");
        var row = page.Locator("[data-testid=workshops-table] tbody tr").Filter(new() { HasText = Place });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(Organiser);
        await Expect(row).ToContainTextAsync(zoneName);
        await Expect(row).ToContainTextAsync("6 (4)");
        await Expect(row).ToContainTextAsync("1 / 1");
        await PageExtensions.Shot(page, "workshop-list");

        // The topic links to its exchange, which starts at stage Identified.
        await row.ClickAsync();
        var link = page.Locator("[data-testid=topic-exchange]");
        await Expect(link).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=topic-row]")).ToContainTextAsync($"{donor.LegalName} → {receiver.LegalName}");
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/exchanges/[0-9a-f-]{36}$"));
        await Expect(page.Locator("[data-testid=exchange-name]")).ToHaveTextAsync(Material);
        await Expect(page.Locator("[data-testid=exchange-stage]")).ToHaveAttributeAsync("data-stage", nameof(ExchangeStage.Identified));
        await Expect(page.Locator("[data-testid=exchange-stage]")).ToHaveTextAsync("Tespit edildi");
        await PageExtensions.Shot(page, "workshop-exchange");

        await using var check = await contexts.CreateDbContextAsync();
        var workshop = await check.Workshops.SingleAsync(w => w.Organiser == Organiser);
        Assert.Equal((Place, 1, 6), (workshop.Place, workshop.ZoneId, workshop.ParticipantTotal));
        Assert.Equal(
            [(StakeholderType.Firm, Gender.Female, 4), (StakeholderType.University, Gender.Male, 2)],
            workshop.Participants.Select(p => (p.StakeholderType, p.Gender, p.Count)).OrderBy(p => p.StakeholderType));
        var topic = Assert.Single(workshop.Topics);
        Assert.Equal(("16.10", "16.21", donor.Id, receiver.Id), (topic.DonorNace, topic.ReceiverNace, topic.DonorCompanyId, topic.ReceiverCompanyId));
        var exchange = await check.Exchanges.SingleAsync(e => e.Id == topic.ExchangeId);
        Assert.Equal((ExchangeStage.Identified, receiver.Id, topic.OfferStreamId), (exchange.Stage, exchange.ReceiverCompanyId, (Guid?)exchange.OfferStreamId));
    }

    /// <summary>A firm in zone 1 (one of the demo staff's zones), so staff may pair it.</summary>
    private async Task<Company> AddZoneFirmAsync(string name, string nace)
    {
        var company = new Company(name, fixture.NextVkn(), nace, "Kemalpaşa", SizeBand.Small);
        company.SetAddress(null, 1);
        company.SetLocation(new GeoPoint(38.42, 27.42));
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    /// <summary>The whole form field (label, input and message) of the input marked <paramref name="testId"/>.</summary>
    private static ILocator FieldOf(IPage page, string testId) =>
        page.Input(testId).Locator("xpath=ancestor::div[contains(@class,'mud-input-control')]").First;
}
