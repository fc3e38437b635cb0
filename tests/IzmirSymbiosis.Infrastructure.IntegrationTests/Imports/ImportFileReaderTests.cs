using System.Globalization;
using System.Text;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Imports;
using IzmirSymbiosis.Infrastructure.Exports;
using IzmirSymbiosis.Infrastructure.Imports;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Imports;

/// <summary>
/// Import files read as Turkish offices save them: CSV with <c>;</c> in UTF-8 (with or without a
/// byte-order mark) or Windows-1254, quoted fields, empty lines; .xlsx with two sheets and number cells.
/// </summary>
public sealed class ImportFileReaderTests
{
    private const string FirmsCsv =
        "Vergi No;Firma Adı;NACE Kodu;İlçe;OSB;Adres;Ölçek\r\n" +
        "1234567890;\"Şişecam; Ilıca Ğ\";23.13;Çiğli;İAOSB;\"2. Cadde No: 5\";Büyük\r\n" +
        "\r\n" +
        "9876543210;Ege Döküm;24.51;Kemalpaşa;;;\r\n";

    private readonly ImportFileReader _reader = new();

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-8", "windows-1254"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_TurkishExcelCsv_GivesHeadersCellsAndSpreadsheetRowNumbers(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(FirmsCsv)],
            "utf-8" => Encoding.UTF8.GetBytes(FirmsCsv),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(1254)!.GetBytes(FirmsCsv),
        };
        if (encoding == "windows-1254")
        {
            // The point of the case: these bytes are not valid UTF-8 (Ş is 0xDE, ı 0xFD in 1254).
            Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        }

        var sheet = Assert.Single(_reader.Read(new ImportUpload("firmalar.csv", bytes)));

        Assert.Equal("firmalar", sheet.Name);
        Assert.Equal(["Vergi No", "Firma Adı", "NACE Kodu", "İlçe", "OSB", "Adres", "Ölçek"], sheet.Headers);
        Assert.Equal([2, 4], sheet.Rows.Select(r => r.Number));
        Assert.Equal(["1234567890", "Şişecam; Ilıca Ğ", "23.13", "Çiğli", "İAOSB", "2. Cadde No: 5", "Büyük"], sheet.Rows[0].Cells.Select(c => c.Text));
        Assert.All(sheet.Rows[0].Cells, c => Assert.Null(c.Number));
        Assert.Equal("Kemalpaşa", sheet.Rows[1].Cells[3].Text);
    }

    [Fact]
    public void Read_CellOurExportMadeSafe_GivesTheOriginalText()
    {
        var csv = "Vergi No;Firma Adı\r\n1234567890;'=HYPERLINK(\"x\")\r\n1234567890;'Ali's\r\n";

        var sheet = Assert.Single(_reader.Read(new ImportUpload("f.csv", Encoding.UTF8.GetBytes(csv))));

        Assert.Equal("=HYPERLINK(\"x\")", sheet.Rows[0].Cells[1].Text);
        Assert.Equal("'Ali's", sheet.Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Read_WorkbookWrittenByTheExport_GivesBothSheetsWithNumberCells()
    {
        var workbook = new ExportWriter().WriteWorkbook("firmalar-ve-akislar",
        [
            new ExportTable(ImportLayout.FirmsSheet, ImportLayout.FirmColumns, [["1234567890", "=Kötü Ad", "24.10", "Çiğli", "İAOSB", null, "Orta"]]),
            new ExportTable(ImportLayout.StreamsSheet, ImportLayout.StreamColumns, []),
        ]);

        var sheets = _reader.Read(new ImportUpload(workbook.FileName, workbook.Content));

        Assert.Equal([ImportLayout.FirmsSheet, ImportLayout.StreamsSheet], sheets.Select(s => s.Name));
        Assert.Equal(ImportLayout.FirmColumns, sheets[0].Headers);
        var row = Assert.Single(sheets[0].Rows);
        Assert.Equal(2, row.Number);
        Assert.Equal("=Kötü Ad", row.Cells[1].Text);
        Assert.Equal(ImportLayout.StreamColumns, sheets[1].Headers);
        Assert.Empty(sheets[1].Rows);
    }

    [Fact]
    public void Read_WorkbookNumberCell_KeepsTheNumber()
    {
        var workbook = new ExportWriter().WriteWorkbook("x",
            [new ExportTable(ImportLayout.StreamsSheet, ImportLayout.StreamColumns, [["1234567890", "Teklif", "Atık / yan ürün", "Kül", "10 01 02", 1234.5m, "t", "yıl"]])]);

        var row = Assert.Single(Assert.Single(_reader.Read(new ImportUpload("x.xlsx", workbook.Content))).Rows);

        Assert.Equal(1234.5m, row.Cells[5].Number);
        Assert.Equal(1234.5m, ImportValues.Number(row.Cells[5]));
    }

    [Theory]
    [InlineData("liste.pdf", "Import.File.Format")]
    [InlineData("liste.xlsx", "Import.File.Unreadable")]
    public void Read_NotASpreadsheet_ThrowsWithTheReason(string name, string code)
    {
        var e = Assert.Throws<ImportFileException>(() => _reader.Read(new ImportUpload(name, Encoding.UTF8.GetBytes("bu bir tablo değil"))));

        Assert.Equal(code, e.Code);
    }

    [Theory]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1234,5", "1234.5")]
    [InlineData("12.345.678", "12345678")]
    [InlineData("-3", "-3")]
    [InlineData("0,125", "0.125")]
    [InlineData("12.5", null)]
    [InlineData("1,234.5", null)]
    [InlineData("on iki", null)]
    public void Number_TurkishText_IsReadOnlyWhenUnambiguous(string text, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, CultureInfo.InvariantCulture), ImportValues.Number(new ImportCell(text)));

    [Theory]
    [InlineData("m3", Domain.Streams.QuantityUnit.CubicMetre)]
    [InlineData("M³", Domain.Streams.QuantityUnit.CubicMetre)]
    [InlineData("TON", Domain.Streams.QuantityUnit.Tonne)]
    [InlineData("m²", Domain.Streams.QuantityUnit.SquareMetre)]
    [InlineData("ADET", Domain.Streams.QuantityUnit.Piece)]
    public void Read_UnitInAnyCommonForm_IsKnown(string text, Domain.Streams.QuantityUnit unit) =>
        Assert.Equal(unit, ImportValues.Read<Domain.Streams.QuantityUnit>(text));

    [Theory]
    [InlineData("İHTİYAÇ", Domain.Streams.StreamDirection.Need)]
    [InlineData("ihtiyac", Domain.Streams.StreamDirection.Need)]
    [InlineData("Teklif (verilen)", Domain.Streams.StreamDirection.Offer)]
    public void Read_DirectionWithTurkishCase_IsKnown(string text, Domain.Streams.StreamDirection direction) =>
        Assert.Equal(direction, ImportValues.Read<Domain.Streams.StreamDirection>(text));
}
