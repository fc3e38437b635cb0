using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.TestSupport;
using IzmirSymbiosis.Web.ApiTests.Dashboard;

namespace IzmirSymbiosis.Web.ApiTests.Reports;

/// <summary>
/// <c>/reports/programme.pdf</c> from the outside, read as a PDF viewer reads it (poppler): Turkish
/// headings whole, the key figures equal to the dashboard service's totals of the period, no firm
/// named, the factor rows listed; a firm user refused.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ProgrammeReportTests(ApiFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => DashboardData.ArrangeAsync(fixture);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pdf_ForTheExpert_ShowsTurkishHeadingsAndTheServiceTotals_WithoutFirmNames()
    {
        var data = await DashboardData.AsAsync(fixture, "expert", d => d.ProgrammeAsync(new DashboardFilter(DashboardData.From, DashboardData.To)));
        using var expert = await fixture.CookieClientAsync("expert");

        using var response = await expert.GetAsync("/reports/programme.pdf" + DashboardData.Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "reports");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "programme-report.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var text = await Poppler.RunAsync("pdftotext", "-layout", file, "-");

        foreach (var heading in new[]
        {
            "Endüstriyel simbiyoz program raporu", $"Dönem: {Day(DashboardData.From)} – {Day(DashboardData.To)}", "Hazırlanma tarihi", "Temel göstergeler", "Dönemlere göre eğilim",
            "Veren firmanın OSB'sine göre", "Veren sektöre göre (NACE bölümü)", "Doğrulanmış simbiyozlar", "Yöntem ve kaynaklar", "İzmir Bölgesi Endüstriyel Simbiyoz Platformu",
        })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        // The key figures, forecast then verified, on the line of their label.
        var totals = data.View.Totals;
        KeyFigure(text, "Simbiyoz ", Count(totals.Forecast.Exchanges), Count(totals.Verified.Exchanges));
        KeyFigure(text, "Depolama veya bertaraftan kurtarılan (t)", Number(totals.Forecast.TonnesDiverted), Number(totals.Verified.TonnesDiverted));
        KeyFigure(text, "Önlenen sera gazı (net) (t CO2e)", Number(totals.Forecast.Co2eAvoidedTonnes), Number(totals.Verified.Co2eAvoidedTonnes));
        KeyFigure(text, "Maliyet tasarrufu (TL)", Number(totals.Forecast.CostSavingsTry), Number(totals.Verified.CostSavingsTry));
        KeyFigure(text, "Yeni gelir (TL)", Number(totals.Forecast.NewRevenueTry), Number(totals.Verified.NewRevenueTry));
        KeyFigure(text, "Firma ", Count(totals.ForecastFirms), Count(totals.VerifiedFirms));
        Assert.Equal((220m, 58.75m), (totals.Forecast.TonnesDiverted, totals.Verified.TonnesDiverted));

        // The verified symbioses by sector and zone, never by name; the report says why.
        Assert.Equal(2, data.Verified.Count);
        Assert.Contains("adlarıyla anılmaya onay", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardData.DonorInStaffZone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardData.DonorInFormulaZone, text, StringComparison.Ordinal);
        Assert.Matches($@"{Regex.Escape(Day(new DateOnly(2023, 6, 5)))}\s+24 Ana\s", text);

        // Methods and sources: the factor rows the counted records used, with their values and years.
        Assert.NotEmpty(data.Factors);
        foreach (var factor in data.Factors)
        {
            Assert.Contains(factor.Value.ToString("#,##0.######", DashboardData.Turkish), text, StringComparison.Ordinal);
            Assert.Contains(factor.Year.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }

        await Poppler.RunAsync("pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", "-singlefile", file, Path.Combine(folder, "programme-report-charts"));
        Assert.True(new FileInfo(Path.Combine(folder, "programme-report-charts.png")).Length > 5_000);
    }

    [Fact]
    public async Task Pdf_FirmUserGets403_AndStaffSeeTheirZonesTotals()
    {
        using var firm = await fixture.CookieClientAsync("firmA");
        using var staff = await fixture.CookieClientAsync("staff");

        using var refused = await firm.GetAsync("/reports/programme.pdf" + DashboardData.Query);
        using var own = await staff.GetAsync("/reports/programme.pdf" + DashboardData.Query);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var data = await DashboardData.AsAsync(fixture, "staff", d => d.ProgrammeAsync(new DashboardFilter(DashboardData.From, DashboardData.To)));
        Assert.Equal(38.5m, data.View.Totals.Verified.TonnesDiverted);
        var file = Path.Combine(Path.GetTempPath(), $"programme-staff-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await own.Content.ReadAsByteArrayAsync());
        try
        {
            var text = await Poppler.RunAsync("pdftotext", "-layout", file, "-");
            KeyFigure(text, "Depolama veya bertaraftan kurtarılan (t)", Number(data.View.Totals.Forecast.TonnesDiverted), "38,5");
            Assert.Contains("Yalnızca OSB'lerinizdeki", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Pdf_TakesTheDashboardsChoices_AndNamesThemOnTheCover_ABadChoiceIs400()
    {
        var filter = new DashboardFilter(DashboardData.From, DashboardData.To, ZoneId: ApiFixture.StaffZone, NaceDivision: "24");
        var data = await DashboardData.AsAsync(fixture, "expert", d => d.ProgrammeAsync(filter));
        using var expert = await fixture.CookieClientAsync("expert");

        using var response = await expert.GetAsync($"/reports/programme.pdf{DashboardData.Query}&zone={ApiFixture.StaffZone}&division=24");
        using var bad = await expert.GetAsync($"/reports/programme.pdf{DashboardData.Query}&division=metal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"programme-zone-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var text = await Poppler.RunAsync("pdftotext", "-layout", file, "-");
            Assert.Matches($@"OSB\s+{Regex.Escape(data.Selection.Zone!)}", text);
            Assert.Matches($@"Veren sektör \(NACE bölümü\)\s+{Regex.Escape(data.Selection.Division!)}", text);
            Assert.StartsWith("24 ", data.Selection.Division, StringComparison.Ordinal);
            KeyFigure(text, "Depolama veya bertaraftan kurtarılan (t)", Number(data.View.Totals.Forecast.TonnesDiverted), Number(data.View.Totals.Verified.TonnesDiverted));
            Assert.Equal(38.5m, data.View.Totals.Verified.TonnesDiverted);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void KeyFigure(string text, string label, string forecast, string verified)
    {
        var line = text.Split('\n').First(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
        var numbers = line.TrimStart()[label.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([forecast, verified], numbers);
    }

    private static string Day(DateOnly day) => day.ToString("d", DashboardData.Turkish);

    private static string Count(int n) => n.ToString("N0", DashboardData.Turkish);

    // As the dashboard writes a quantity: whole numbers from 100 up, one decimal below.
    private static string Number(decimal value) =>
        value.ToString(Math.Abs(value) >= 100 || value == decimal.Truncate(value) ? "N0" : "N1", DashboardData.Turkish);
}
