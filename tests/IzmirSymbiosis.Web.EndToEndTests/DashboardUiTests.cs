using System.Globalization;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static IzmirSymbiosis.Web.EndToEndTests.PageExtensions;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The programme dashboard in Chromium (issue 11) on the demo region: an expert reads the verified
/// totals, which equal the sum of the current verified ledger records summed here from the database,
/// the funnel, the Sankey with its table and the readiness distribution, all in Turkish; a firm user
/// is refused. Screenshots (desktop and 390×844) go to <c>artifacts/screenshots</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardUiTests(BrowserFixture fixture)
{
    private static readonly CultureInfo s_turkish = CultureInfo.GetCultureInfo("tr-TR");

    [Fact]
    public async Task Expert_ReadsVerifiedTotalsEqualToTheLedger_FunnelSankeyAndReadiness_InTurkish()
    {
        decimal tonnes, co2e;
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var current = db.ImpactRecords.Where(r => r.Basis == ImpactBasis.Verified && !db.ImpactRecords.Any(s => s.SupersedesId == r.Id));
            tonnes = await current.SumAsync(r => r.TonnesDiverted);
            co2e = await current.SumAsync(r => r.Co2eAvoidedTonnes ?? 0);
        }

        Assert.True(tonnes > 0, "The demo region has a verified exchange with a tonnage.");
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync("/dashboard");

        await Expect(page.Locator("[data-testid=dashboard-title]")).ToHaveTextAsync("Program göstergeleri");
        await Loaded(page);
        await Expect(Card(page, "TonnesDiverted")).ToHaveTextAsync(Number(tonnes));
        await Expect(Card(page, "Co2eAvoided")).ToHaveTextAsync(Number(co2e));
        await Expect(page.Locator("[data-testid=funnel-step]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=sankey-svg]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=sankey-table]")).ToBeVisibleAsync();
        // No two of the diagram's labels overlap: small nodes at a column's foot, long labels of the middle and right columns.
        var labels = await page.Locator("[data-testid=sankey-node] text").EvaluateAllAsync<double[][]>(
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        Assert.True(labels.Length >= 6, $"{labels.Length} labels");
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                Assert.False(a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1, $"labels {i} and {j} overlap");
            }
        }

        // The trend line and the four breakdowns' bars, each with the Turkish legend and a value per bar as its tooltip.
        await Expect(page.Locator("[data-testid=dashboard-chart]")).ToHaveCountAsync(5);
        await Expect(page.Locator("[data-testid=dashboard-trends] .izs-chart-legend")).ToHaveTextAsync("TahminDoğrulanmış");
        Assert.Matches(@" · Doğrulanmış: [\d.,]+$", await page.Locator("[data-testid=dashboard-zones] rect title").Last.TextContentAsync());
        await Expect(page.Locator("[data-testid=dashboard-readiness]")).ToContainTextAsync("Teknoloji");
        var text = await page.Locator(".mud-main-content").InnerTextAsync();
        foreach (var english in new[] { "Forecast", "Verified", "Funnel", "Exchanges", "Readiness", "Technology" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }

        // The app bar shows the e-mail as written, not upper-cased with a Turkish "İ".
        await Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync(DemoUsers.Expert, new() { UseInnerText = true });
        await Shot(page, "dashboard-expert");
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Loaded(page);
        await Expect(Card(page, "TonnesDiverted")).ToHaveTextAsync(Number(tonnes));
        await Shot(page, "dashboard-phone");
    }

    [Fact]
    public async Task Expert_DownloadsEachTableAndTheProgrammeReport_FromTheDashboard()
    {
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync("/dashboard");
        await Loaded(page);

        // CSV and Excel beside each of the eight tables (readiness too), and the report button above them, all in Turkish.
        await Expect(page.Locator("[data-testid=export-links]")).ToHaveCountAsync(8);
        await Expect(page.Locator("[data-testid=dashboard-pdf]")).ToHaveTextAsync("Program raporu (PDF)");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=dashboard-zones] [data-testid=export-csv]").ClickAsync());
        Assert.StartsWith("gostergeler-osb-", csv.SuggestedFilename, StringComparison.Ordinal);
        var table = await File.ReadAllTextAsync(await csv.PathAsync());
        Assert.StartsWith("OSB;Ad;Tahmin: Simbiyoz;", table, StringComparison.Ordinal);

        var report = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=dashboard-pdf]").ClickAsync());
        Assert.StartsWith("program-raporu-", report.SuggestedFilename, StringComparison.Ordinal);
        var path = await report.PathAsync();
        var pdf = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        // The verified symbioses name the firms that agreed to be named (the demo's donors), and no other party.
        List<string> named, unnamed;
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var parties = await db.Exchanges.Where(e => db.ImpactRecords.Any(r => r.ExchangeId == e.Id && r.Basis == ImpactBasis.Verified))
                .Select(e => new[] { e.DonorCompanyId, e.ReceiverCompanyId }).ToListAsync();
            var ids = parties.SelectMany(p => p).Distinct().ToList();
            var firms = await db.Companies.Where(c => ids.Contains(c.Id)).Select(c => new { c.LegalName, Named = c.NamingConsentAt != null }).ToListAsync();
            (named, unnamed) = ([.. firms.Where(f => f.Named).Select(f => f.LegalName)], [.. firms.Where(f => !f.Named).Select(f => f.LegalName)]);
        }

        Assert.NotEmpty(named);
        Assert.NotEmpty(unnamed);
        var text = OneLine(await Poppler.RunAsync("pdftotext", "-raw", path, "-"));
        Assert.All(named, name => Assert.Contains(OneLine(name), text, StringComparison.Ordinal));
        Assert.All(unnamed, name => Assert.DoesNotContain(OneLine(name), text, StringComparison.Ordinal));
        Directory.CreateDirectory(ScreenshotFolder);
        await Poppler.RunAsync("pdftoppm", "-png", "-r", "60", path, Path.Combine(ScreenshotFolder, "programme-report"));
        Assert.NotEmpty(Directory.GetFiles(ScreenshotFolder, "programme-report-*.png"));
    }

    // Text with every run of white space as one space (a table cell may wrap a name).
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task FirmUser_GetsNoDashboard()
    {
        var page = await fixture.SignInAsync(DemoUsers.Firm, DemoUsers.Password);
        await page.GotoAsync("/dashboard");

        await Expect(page.Locator("[data-testid=dashboard-cards]")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Program göstergeleri");
    }

    [Fact]
    public async Task PublicPage_WithoutSignIn_NamesNoFirmAndHidesCellsOfFewerThanThreeFirms()
    {
        List<string> names;
        int verifiedFirms;
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            names = await db.Companies.Select(c => c.LegalName).ToListAsync();
            var verified = await db.ImpactRecords.Where(r => r.Basis == ImpactBasis.Verified && !db.ImpactRecords.Any(s => s.SupersedesId == r.Id))
                .Join(db.Exchanges, r => r.ExchangeId, e => e.Id, (r, e) => new { e.DonorCompanyId, e.ReceiverCompanyId }).ToListAsync();
            verifiedFirms = verified.SelectMany(v => new[] { v.DonorCompanyId, v.ReceiverCompanyId }).Distinct().Count();
        }

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/impact");

        await Expect(page.Locator("[data-testid=public-title]")).ToHaveTextAsync("Programın etkisi");
        await Expect(page.Locator("[data-testid=public-series]")).ToHaveCountAsync(2);
        var text = await page.Locator(".mud-main-content").InnerTextAsync();
        Assert.All(names, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        var verifiedTotal = page.Locator("[data-testid=public-series][data-basis=Verified] [data-testid=public-cell][data-year=total][data-figure=TonnesDiverted]");
        if (verifiedFirms < 3)
        {
            // The demo's verified symbioses stand for fewer than three firms: no figure, and the note says why.
            await Expect(verifiedTotal).ToHaveTextAsync("—");
            await Expect(page.Locator("[data-testid=public-series][data-basis=Verified] [data-testid=public-hidden-note]")).ToContainTextAsync("3 firmadan az");
        }
        else
        {
            await Expect(verifiedTotal).Not.ToHaveTextAsync("—");
        }

        await Expect(page.Locator("[data-testid=public-series][data-basis=Forecast] [data-testid=public-cell][data-year=total][data-figure=TonnesDiverted]")).Not.ToHaveTextAsync("—");
        await Shot(page, "public-impact");
    }

    // The interactive page loads the figures again after the prerendered one: wait until it has.
    internal static async Task Loaded(IPage page)
    {
        await Expect(page.Locator("[data-testid=dashboard-filters-toggle]")).ToBeEnabledAsync();
        await Expect(page.Locator(".mud-main-content .mud-progress-linear")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=dashboard-cards]")).ToBeVisibleAsync();
    }

    internal static ILocator Card(IPage page, string figure) =>
        page.Locator($"[data-testid=dashboard-card][data-figure={figure}] [data-testid=card-verified]");

    // As the cards write it: whole numbers from 100 up, one decimal below, Turkish separators.
    internal static string Number(decimal value) =>
        value.ToString(Math.Abs(value) >= 100 || value == decimal.Truncate(value) ? "N0" : "N1", s_turkish);
}
