using System.Text;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// An OIZ clerk imports firms from a CSV saved by Turkish Excel (Windows-1254, <c>;</c>, decimal
/// comma): a bad row is shown at its row and column and nothing is imported; fixed, the file
/// imports and the firms appear. The exports keep to the firms the user sees.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportUiTests(BrowserFixture fixture)
{
    private const string FirmHeader = "Vergi No;Firma Adı;NACE Kodu;İlçe;OSB;Adres;Ölçek";
    private const string StreamHeader = "Firma Vergi No;Yön;Tür;Açıklama;Atık Kodu;Miktar;Birim;Sıklık";

    [Fact]
    public async Task Staff_ImportsTurkishExcelCsv_BadRowBlocksEverything_FixedFileImports()
    {
        var (a, b) = (fixture.NextVkn(), fixture.NextVkn());
        var page = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await page.GotoAsync("/staff/import");
        await Expect(page.Locator("[data-testid=import-choose]")).ToBeEnabledAsync();

        // Row 3 names a NACE class that does not exist.
        await UploadAsync(page,
            Csv("firmalar.csv", FirmHeader, $"{a};Çiğli Işık Döküm E2E A.Ş.;24.51;Çiğli;İAOSB;10003 Sk. No: 5;Orta", $"{b};Ilıca Şişe Cam E2E Ltd.;99.99;Çiğli;İAOSB;;"),
            Csv("akislar.csv", StreamHeader, $"{a};Teklif;Atık / yan ürün;Döküm kumu E2E;10 09 08;1.234,5;t;yıl"));

        var error = page.Locator("[data-testid=import-error]");
        await Expect(error).ToHaveCountAsync(1);
        await Expect(error).ToHaveAttributeAsync("data-row", "3");
        await Expect(error).ToHaveAttributeAsync("data-column", "NACE Kodu");
        await Expect(error).ToContainTextAsync("99.99 NACE listesinde bir sınıf değil.");
        await Expect(page.Locator("[data-testid=import-has-errors]")).ToContainTextAsync("hiçbir satır içe aktarılmaz");
        await Expect(page.Locator("[data-testid=import-commit]")).ToBeDisabledAsync();
        await Expect(page.Locator("[data-testid=import-row][data-action=Invalid]")).ToContainTextAsync("Ilıca Şişe Cam E2E Ltd.");
        await PageExtensions.Shot(page, "import-preview-error");
        Assert.Equal(0, await CountAsync(a, b));

        await UploadAsync(page,
            Csv("firmalar.csv", FirmHeader, $"{a};Çiğli Işık Döküm E2E A.Ş.;24.51;Çiğli;İAOSB;10003 Sk. No: 5;Orta", $"{b};Ilıca Şişe Cam E2E Ltd.;23.13;Çiğli;İAOSB;;"),
            Csv("akislar.csv", StreamHeader, $"{a};Teklif;Atık / yan ürün;Döküm kumu E2E;10 09 08;1.234,5;t;yıl"));

        await Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("3 yeni, 0 güncellenecek, 0 değişiklik yok.");
        await Expect(page.Locator("[data-testid=import-error]")).ToHaveCountAsync(0);
        await PageExtensions.Shot(page, "import-preview-ready");
        await page.Locator("[data-testid=import-commit]").ClickAsync();

        await Expect(page.Locator("[data-testid=import-message]")).ToContainTextAsync("İçe aktarıldı: 3 yeni, 0 güncellendi.");
        Assert.Equal(2, await CountAsync(a, b));
        await page.GotoAsync("/companies");
        await page.WaitForInteractiveAsync("company-search");
        await page.Input("company-search").FillAsync("Işık Döküm E2E");
        await Expect(page.Locator("[data-testid=company-link]").Filter(new() { HasText = "Çiğli Işık Döküm E2E A.Ş." })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Export_StaffGetsTheirZonesOnly_ExpertGetsAll()
    {
        var staff = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        var expert = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);

        var staffCsv = await DownloadAsync(staff, "/export/firm-lists/firmalar.csv");
        var expertCsv = await DownloadAsync(expert, "/export/firm-lists/firmalar.csv");

        Assert.StartsWith(FirmHeader, staffCsv, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.KnownCompany.TaxNumber, staffCsv, StringComparison.Ordinal);
        Assert.Contains(fixture.KnownCompany.TaxNumber, expertCsv, StringComparison.Ordinal);
    }

    private static async Task<string> DownloadAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        Assert.Equal(200, response.Status);
        var body = await response.BodyAsync();
        return Encoding.UTF8.GetString(body.AsSpan(3));
    }

    private static FilePayload Csv(string name, string header, params string[] rows) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = CodePagesEncodingProvider.Instance.GetEncoding(1254)!.GetBytes(string.Join("\r\n", [header, .. rows]) + "\r\n"),
    };

    private static async Task UploadAsync(IPage page, params FilePayload[] files)
    {
        // As a clerk does it: the button opens the browser's file chooser.
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Locator("[data-testid=import-choose]").ClickAsync());
        await chooser.SetFilesAsync(files);
        await Expect(page.Locator("[data-testid=import-summary]")).ToBeVisibleAsync();
    }

    private async Task<int> CountAsync(params string[] vkns)
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Companies.CountAsync(c => vkns.Contains(c.TaxNumber));
    }
}
