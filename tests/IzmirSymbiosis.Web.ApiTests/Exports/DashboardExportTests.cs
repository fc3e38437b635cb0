using System.Globalization;
using System.Net;
using System.Text;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Web.ApiTests.Dashboard;
using MiniExcelLibs;

namespace IzmirSymbiosis.Web.ApiTests.Exports;

/// <summary>
/// <c>/export/dashboard/{table}.{csv|xlsx}</c> from the outside: the file holds the rows the dashboard
/// service gives the same reader for the same filter, a name a spreadsheet would run as a formula
/// arrives as text, firm users are refused and staff export their zones only, as on the page.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardExportTests(ApiFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => DashboardData.ArrangeAsync(fixture);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ZonesCsvAndXlsx_ForTheExpert_HoldTheServiceRowsOfTheSameFilter()
    {
        var view = await DashboardData.AsAsync(fixture, "expert", d => d.GetAsync(new DashboardFilter(DashboardData.From, DashboardData.To)));
        using var expert = await fixture.CookieClientAsync("expert");

        var csv = DashboardData.ParseCsv(Encoding.UTF8.GetString(await expert.GetByteArrayAsync("/export/dashboard/zones.csv" + DashboardData.Query)), ';');
        Assert.Equal(["OSB", "Ad", "Tahmin: Simbiyoz", "Tahmin: Depolama veya bertaraftan kurtarılan (t)"], csv[0].Take(4));
        Assert.Equal(2 + (2 * 10), csv[0].Count);
        Assert.Equal(view.ByZone.Count, csv.Count - 1);
        Assert.Equal(3, view.ByZone.Count);
        for (var i = 0; i < view.ByZone.Count; i++)
        {
            var (row, line) = (view.ByZone[i], csv[i + 1]);
            Assert.Equal(row.Key, line[0]);
            Assert.Equal(row.Label.StartsWith('=') ? "'" + row.Label : row.Label, line[1]);
            Assert.Equal(Figures(row.Forecast).Concat(Figures(row.Verified)), line.Skip(2).Select(n => decimal.Parse(n, NumberStyles.Number, DashboardData.Turkish)));
        }

        using var book = new MemoryStream(await expert.GetByteArrayAsync("/export/dashboard/zones.xlsx" + DashboardData.Query));
        var sheet = book.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(view.ByZone.Select(r => r.Verified.TonnesDiverted), sheet.Select(r => Convert.ToDecimal(r["Doğrulanmış: Depolama veya bertaraftan kurtarılan (t)"], CultureInfo.InvariantCulture)));
        Assert.Equal(view.ByZone.Select(r => r.Forecast.Exchanges), sheet.Select(r => Convert.ToInt32(r["Tahmin: Simbiyoz"], CultureInfo.InvariantCulture)));

        // Every table of the page downloads, with as many rows as the page shows.
        foreach (var (table, rows) in new[]
        {
            ("trends", view.Trends.Count), ("divisions", view.ByDivision.Count), ("chapters", view.ByChapter.Count), ("stages", view.ByStage.Count),
            ("funnel", view.Funnel.Steps.Count), ("flows", view.Flows.Count),
        })
        {
            var text = Encoding.UTF8.GetString(await expert.GetByteArrayAsync($"/export/dashboard/{table}.csv{DashboardData.Query}"));
            Assert.Equal(rows + 1, DashboardData.ParseCsv(text, ';').Count);
        }
    }

    [Fact]
    public async Task ZoneNamedAsAFormula_ArrivesAsText_InCsvAndXlsx()
    {
        using var expert = await fixture.CookieClientAsync("expert");

        var csv = Encoding.UTF8.GetString(await expert.GetByteArrayAsync("/export/dashboard/zones.csv" + DashboardData.Query));
        using var book = new MemoryStream(await expert.GetByteArrayAsync("/export/dashboard/zones.xlsx" + DashboardData.Query));

        var line = DashboardData.ParseCsv(csv, ';').Single(l => l[0] == DashboardData.FormulaZone.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("'" + DashboardData.FormulaZoneName, line[1]);
        // No text cell starts a formula (a negative number is a number, not text).
        Assert.DoesNotContain(DashboardData.ParseCsv(csv, ';'), l => l.Any(cell =>
            cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !decimal.TryParse(cell, NumberStyles.Number, DashboardData.Turkish, out _)));
        var sheet = book.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(sheet, r => r["Ad"] as string == "'" + DashboardData.FormulaZoneName);
        Assert.DoesNotContain(sheet, r => r["Ad"] as string == DashboardData.FormulaZoneName);
    }

    [Fact]
    public async Task FirmUser_Gets403_AndStaffExportTheirZonesOnly_AnotherZoneGivesNoRows()
    {
        using var firm = await fixture.CookieClientAsync("firmA");
        using var staff = await fixture.CookieClientAsync("staff");
        using var anonymous = fixture.Client(null);

        using var refused = await firm.GetAsync("/export/dashboard/zones.csv" + DashboardData.Query);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("yalnızca OSB personeli", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var refusedXlsx = await firm.GetAsync("/export/dashboard/flows.xlsx");
        Assert.Equal(HttpStatusCode.Forbidden, refusedXlsx.StatusCode);
        using var outsider = await anonymous.GetAsync("/export/dashboard/zones.csv");
        Assert.NotEqual(HttpStatusCode.OK, outsider.StatusCode);

        // Staff read their zones' exchanges as on the page: the service's rows for them, not the formula zone's donor.
        var view = await DashboardData.AsAsync(fixture, "staff", d => d.GetAsync(new DashboardFilter(DashboardData.From, DashboardData.To)));
        var own = DashboardData.ParseCsv(Encoding.UTF8.GetString(await staff.GetByteArrayAsync("/export/dashboard/zones.csv" + DashboardData.Query)), ';');
        Assert.Equal(view.ByZone.Select(r => r.Key), own.Skip(1).Select(l => l[0]));
        Assert.Contains(own, l => l[0] == ApiFixture.StaffZone.ToString(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(own, l => l[0] == DashboardData.FormulaZone.ToString(CultureInfo.InvariantCulture));
        var staffTotal = own.Skip(1).Sum(l => decimal.Parse(l[2 + 10 + 1], NumberStyles.Number, DashboardData.Turkish));
        Assert.Equal(view.Totals.Verified.TonnesDiverted, staffTotal);

        // Another zone's id narrows the staff member's own scope: nothing, as the dashboard shows them.
        var other = DashboardData.ParseCsv(Encoding.UTF8.GetString(await staff.GetByteArrayAsync($"/export/dashboard/zones.csv{DashboardData.Query}&zone={DashboardData.FormulaZone}")), ';');
        Assert.Single(other);
        var flows = DashboardData.ParseCsv(Encoding.UTF8.GetString(await staff.GetByteArrayAsync($"/export/dashboard/flows.csv{DashboardData.Query}&zone={DashboardData.FormulaZone}")), ';');
        Assert.Single(flows);
    }

    [Fact]
    public async Task Readiness_ForTheExpert_HoldsTheServiceDistribution_AFirmUserGets403()
    {
        var distribution = await DashboardData.AsAsync<ReadinessService, ReadinessDistribution>(fixture, "expert", r => r.DistributionAsync());
        using var expert = await fixture.CookieClientAsync("expert");
        using var firm = await fixture.CookieClientAsync("firmA");

        var csv = DashboardData.ParseCsv(Encoding.UTF8.GetString(await expert.GetByteArrayAsync("/export/dashboard/readiness.csv")), ';');
        using var refused = await firm.GetAsync("/export/dashboard/readiness.xlsx");

        Assert.Equal(["Bakış açısı", "1", "2", "3", "4", "5", "6", "7", "8", "9", "Medyan"], csv[0]);
        Assert.Equal(distribution.Perspectives.Count, csv.Count - 1);
        Assert.Equal("Teknoloji", csv[1][0]);
        Assert.Equal(distribution.Perspectives.Select(p => string.Join(';', p.Counts)), csv.Skip(1).Select(l => string.Join(';', l.Skip(1).Take(9))));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static IEnumerable<decimal> Figures(DashboardFigures f) =>
        [f.Exchanges, f.TonnesDiverted, f.VirginMaterialTonnes, f.Co2eAvoidedTonnes, f.WaterM3, f.EnergyMWh, f.CostSavingsTry, f.NewRevenueTry, f.InvestmentTry, f.Jobs];
}
