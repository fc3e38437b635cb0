using System.Globalization;
using System.IO.Compression;
using System.Text;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Infrastructure.Exports;
using MiniExcelLibs;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Exports;

/// <summary>
/// The exported files read back as their users' spreadsheets would: Turkish CSV with <c>;</c> and a
/// decimal comma in UTF-8 with a byte-order mark, English CSV with <c>,</c> and a point, .xlsx with
/// typed numbers, and no text cell a spreadsheet would run as a formula.
/// </summary>
public sealed class ExportWriterTests
{
    private static readonly CultureInfo s_turkish = CultureInfo.GetCultureInfo("tr-TR");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    private static readonly ExportTable s_table = new(
        "atıklar-2026",
        ["Açıklama", "Miktar (t)", "Değişim", "Kayıt", "Not"],
        [
            ["Uçucu kül; şişe camı \"kırık\"", 1234.5m, -5m, new DateTimeOffset(2026, 11, 30, 22, 30, 0, TimeSpan.Zero), null],
            ["=HYPERLINK(\"http://x.example\",\"tıkla\")", 0m, 7, new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero), "+90 232 000 00 00"],
            ["-2+3", 0.125m, 0, new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero), "@SUM(A1:A2)"],
        ]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+90 232", "'+90 232")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Kül = 3 t", "Kül = 3 t")]
    [InlineData("", "")]
    public void Safe_TextAFormulaWouldStart_GetsAnApostrophe(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Safe(text));

    [Fact]
    public void Csv_InTurkish_IsWhatTurkishExcelOpensIntoColumns()
    {
        var file = new ExportWriter().Write(s_table, ExportFormat.Csv, s_turkish);

        Assert.Equal("atıklar-2026.csv", file.FileName);
        Assert.StartsWith("text/csv", file.ContentType, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.Content[..3]);
        var lines = Encoding.UTF8.GetString(file.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Açıklama;Miktar (t);Değişim;Kayıt;Not", lines[0]);
        // Numbers in the culture's format with no thousands separator; the date in Türkiye's time (UTC+3).
        Assert.Equal("\"Uçucu kül; şişe camı \"\"kırık\"\"\";1234,5;-5;2026-12-01 01:30;", lines[1]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"tıkla\"\")\";0;7;2026-01-02 12:00;'+90 232 000 00 00", lines[2]);
        Assert.Equal("'-2+3;0,125;0;2026-01-02 12:00;'@SUM(A1:A2)", lines[3]);
    }

    [Fact]
    public void Csv_InEnglish_UsesCommasAndDecimalPoints()
    {
        var file = new ExportWriter().Write(s_table, ExportFormat.Csv, s_english);

        var lines = Encoding.UTF8.GetString(file.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Açıklama,Miktar (t),Değişim,Kayıt,Not", lines[0]);
        Assert.StartsWith("\"Uçucu kül; şişe camı \"\"kırık\"\"\",1234.5,-5,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_ReadsBackWithTypedNumbersAndNoFormula()
    {
        var file = new ExportWriter().Write(s_table, ExportFormat.Xlsx, s_turkish);

        Assert.Equal("atıklar-2026.xlsx", file.FileName);
        using var stream = new MemoryStream(file.Content);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("Uçucu kül; şişe camı \"kırık\"", rows[0]["Açıklama"]);
        Assert.Equal(1234.5, Convert.ToDouble(rows[0]["Miktar (t)"], CultureInfo.InvariantCulture));
        Assert.Equal(-5, Convert.ToDouble(rows[0]["Değişim"], CultureInfo.InvariantCulture));
        Assert.Equal("'=HYPERLINK(\"http://x.example\",\"tıkla\")", rows[1]["Açıklama"]);
        Assert.Equal("'+90 232 000 00 00", rows[1]["Not"]);
        Assert.Equal("'@SUM(A1:A2)", rows[2]["Not"]);

        // No cell of the workbook is a formula.
        using var zip = new ZipArchive(new MemoryStream(file.Content));
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain(":f>", xml, StringComparison.Ordinal);
        }
    }
}
