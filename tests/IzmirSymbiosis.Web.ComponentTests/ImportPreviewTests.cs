using System.Globalization;
using System.Text;
using IzmirSymbiosis.Application.Imports;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Web.Components.Pages.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The import preview tables with a preview made by the real import service from a Turkish Excel
/// CSV (Windows-1254, semicolons): the bad row's number, column and Turkish message, and what
/// each row would do.
/// </summary>
[Collection(ComponentDatabaseCollection.Name)]
public sealed class ImportPreviewTests(ComponentDatabaseFixture database) : ComponentTest(database)
{
    private const string FirmHeader = "Vergi No;Firma Adı;NACE Kodu;İlçe;OSB;Adres;Ölçek";

    private static string Vkn(string nine) => nine + Domain.Companies.Vkn.ComputeCheckDigit(nine).ToString(CultureInfo.InvariantCulture);

    private static ImportUpload Firms(params string[] rows) =>
        new("firmalar.csv", CodePagesEncodingProvider.Instance.GetEncoding(1254)!.GetBytes(string.Join("\r\n", [FirmHeader, .. rows]) + "\r\n"));

    private async Task<ImportPreview> PreviewAsync()
    {
        var (known, fresh) = (Vkn("310000001"), Vkn("310000002"));
        var imports = Services.GetRequiredService<ImportService>();
        await imports.CommitAsync([Firms($"{known};Ege Döküm A.Ş.;24.51;Çiğli;İAOSB;;Orta")]);

        return await imports.PreviewAsync([Firms(
            $"{known};Ege Döküm ve Makine A.Ş.;24.51;Çiğli;İAOSB;;Orta",
            $"{fresh};Işık Cam Ltd.;23.13;Çiğli;İAOSB;;",
            "1234567891;Hatalı Firma;24.10;Çiğli;İAOSB;;")]);
    }

    [Fact]
    public async Task IssueTable_ShowsTheBadRowsNumberColumnAndTurkishMessage()
    {
        var preview = await PreviewAsync();

        var table = Render<ImportIssueTable>(p => p.Add(x => x.Issues, preview.Issues));

        Assert.Contains("1 hata", table.Find("[data-testid=import-has-errors]").TextContent, StringComparison.Ordinal);
        var error = table.Find("[data-testid=import-error]");
        var cells = error.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["firmalar.csv", "4", "Vergi No", "Vergi kimlik numarası geçersiz (kontrol hanesi tutmuyor)."], [cells[0], cells[2], cells[3], cells[4]]);
    }

    [Fact]
    public async Task RowTable_SaysPerRowWhetherItCreatesUpdatesOrIsInvalid()
    {
        var preview = await PreviewAsync();

        var table = Render<ImportRowTable>(p => p.Add(x => x.Rows, preview.Rows));

        var rows = table.FindAll("[data-testid=import-row]");
        Assert.Equal(["Update", "Create", "Invalid"], rows.Select(r => r.GetAttribute("data-action")));
        Assert.Equal(["2", "3", "4"], rows.Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()));
        Assert.Equal(["Güncellenecek", "Yeni", "Hatalı"], rows.Select(r => r.QuerySelector(".mud-chip")!.TextContent.Trim()));
        Assert.Contains("Ege Döküm ve Makine A.Ş.", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Firma Adı", rows[0].QuerySelectorAll("td")[5].TextContent, StringComparison.Ordinal);
    }
}
