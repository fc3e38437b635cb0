using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>The match browser in Chromium: server-side filters and the bulk "propose introduction".</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MatchBrowserUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Expert_FiltersByWasteChapter_SeesOnlyOffersOfThatChapter()
    {
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync("/matches");
        await page.WaitForInteractiveAsync("match-search");
        // The filters are folded away at first.
        await page.Locator("[data-testid=match-filters-toggle]").ClickAsync();
        await page.Locator("[data-testid=match-chapter]").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasTextRegex = ChapterTen() }).First.ClickAsync();

        var table = page.Locator("[data-testid=matches-table]");
        await Expect(table).ToHaveAttributeAsync("data-filter", new Regex("EwcChapter = 10"));
        var offers = table.Locator("tbody tr td[data-label='Teklif']");
        await Expect(offers.First).ToBeVisibleAsync();
        var texts = await offers.AllInnerTextsAsync();
        Assert.All(texts, t => Assert.Matches(@"\(10 \d\d \d\d\)", t));
        await Expect(page.Locator("[data-testid=match-filters-toggle]")).ToHaveTextAsync("Filtreler (1)");
        await PageExtensions.Shot(page, "match-browser-chapter-10", fullPage: false);
    }

    [Fact]
    public async Task Expert_ProposesIntroductionsForTheSelectedMatches_AfterConfirming()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var giver = await fixture.AddCompanyAsync($"Toplu Öneri Döküm {tag} A.Ş.", "24.51");
        var receivers = new[]
        {
            await fixture.AddCompanyAsync($"Toplu Öneri Çimento {tag} A.Ş.", "23.51"),
            await fixture.AddCompanyAsync($"Toplu Öneri Tuğla {tag} Ltd. Şti.", "23.32"),
        };
        using (var scope = fixture.AdminScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<IzmirSymbiosis.Application.Streams.StreamService>();
            await streams.CreateAsync(giver.Id, new IzmirSymbiosis.Application.Streams.StreamInput(
                StreamDirection.Offer, ResourceKind.Material, $"Döküm kumu {tag}", "10 09 08", 900, QuantityUnit.Tonne, QuantityPeriod.PerYear));
            foreach (var receiver in receivers)
            {
                await streams.CreateAsync(receiver.Id, new IzmirSymbiosis.Application.Streams.StreamInput(
                    StreamDirection.Need, ResourceKind.Material, $"Hammadde için kum {tag}", "10 09 08", 1200, QuantityUnit.Tonne, QuantityPeriod.PerYear));
            }
        }

        await fixture.WaitForBackgroundWorkAsync();
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync("/matches");
        await page.WaitForInteractiveAsync("match-search");
        await page.Input("match-search").FillAsync(tag);
        var table = page.Locator("[data-testid=matches-table]");
        await Expect(table).ToHaveAttributeAsync("data-search", tag);
        // Our offer to the two registered needs (the search also lists demo firms' matches: left alone).
        var rows = table.Locator("tbody tr").Filter(new() { HasText = $"Döküm kumu {tag}" }).Filter(new() { HasText = $"Hammadde için kum {tag}" });
        await Expect(rows).ToHaveCountAsync(2);
        const int count = 2;
        for (var i = 0; i < count; i++)
        {
            await rows.Nth(i).Locator(".mud-checkbox").First.ClickAsync();
        }

        var propose = page.Locator("[data-testid=match-bulk-propose]");
        await Expect(propose).ToContainTextAsync($"({count})");
        await propose.ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync($"{count} eşleşmenin");
        await page.AnswerDialogAsync("Öner");
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"{count} tanıştırma önerildi");

        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var ids = receivers.Select(r => r.Id).ToList();
        Assert.Equal(count, await db.Introductions.CountAsync(i => i.GiverCompanyId == giver.Id && ids.Contains(i.ReceiverCompanyId)));
        Assert.Equal(count, await db.Introductions.CountAsync(i => i.GiverCompanyId == giver.Id));
    }

    [GeneratedRegex("^10 ")]
    private static partial Regex ChapterTen();
}
