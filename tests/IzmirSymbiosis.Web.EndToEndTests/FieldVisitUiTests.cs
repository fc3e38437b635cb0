using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// OIZ staff record a site visit: a missing field is shown at the field, then the visit with a
/// person met and a follow-up is saved, a stream found is recorded through the stream form, and
/// the list shows the visit with its stream.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FieldVisitUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_RecordsVisitWithFollowUpAndStreamFound()
    {
        const string Name = "Kemalpaşa Mermer Saha E2E A.Ş.";
        var company = new Company(Name, fixture.NextVkn(), "23.70", "Kemalpaşa", SizeBand.Medium);
        company.SetAddress(null, 1);
        company.SetLocation(new GeoPoint(38.42, 27.42));
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Companies.Add(company);
            await db.SaveChangesAsync();
        }

        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await page.GotoAsync("/field/visits");
        await Expect(page.Locator("[data-testid=visit-new]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=visit-new]").ClickAsync();
        await page.PickAsync("visit-company", "Mermer Saha E2E", Name);

        // Nothing typed for the visitors: the error stands at that field and nothing is saved.
        await page.Locator("[data-testid=visit-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=visit-visitors]").Locator("xpath=ancestor::div[contains(@class,'mud-input-control')]").First)
            .ToContainTextAsync("Bu alan zorunludur.");

        await page.Input("visit-visitors").FillAsync("Ayşe Yılmaz, Mehmet Demir");
        await page.Locator("textarea[data-testid=visit-notes], [data-testid=visit-notes] textarea").First.FillAsync("Mermer tozu açık sahada birikiyor; çamur presi var.");
        await page.Locator("[data-testid=participant-add]").ClickAsync();
        await page.Input("participant-name").FillAsync("Zeynep Kaya");
        await page.Locator("[data-testid=followup-add]").ClickAsync();
        await page.Input("followup-text").FillAsync("Atık analiz raporunu iste");
        await page.Locator("[data-testid=visit-save]").ClickAsync();

        // Saved, the dialog stays open for the streams found.
        var addStream = page.Locator("[data-testid=visit-stream-add]");
        await Expect(addStream).ToBeEnabledAsync();
        await addStream.ClickAsync();
        await page.Input("stream-description").FillAsync("Mermer tozu (pres keki)");
        await page.Input("stream-amount").FillAsync("120");
        await page.Locator("[data-testid=stream-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=visit-stream]")).ToHaveTextAsync("Mermer tozu (pres keki)");
        await Expect(page.Input("participant-name")).ToHaveValueAsync("Zeynep Kaya");
        await PageExtensions.Shot(page, "field-visit-dialog");

        await page.Locator("[data-testid=visit-close]").ClickAsync();
        var row = page.Locator("[data-testid=visits-table] tbody tr").Filter(new() { HasText = Name });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-testid=visit-stream-count]")).ToHaveTextAsync("1");
        await PageExtensions.Shot(page, "field-visit-list");

        await using var check = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var visit = await check.FieldVisits.SingleAsync(v => v.CompanyId == company.Id);
        Assert.Equal(("Atık analiz raporunu iste", 1), (Assert.Single(visit.FollowUps).Text, visit.StreamIds.Count));
        Assert.True(await check.Streams.AnyAsync(s => s.CompanyId == company.Id && s.Id == visit.StreamIds[0]));
    }
}
