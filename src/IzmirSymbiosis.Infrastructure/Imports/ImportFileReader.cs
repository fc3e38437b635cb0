using System.Globalization;
using System.Text;
using CsvHelper;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Imports;
using MiniExcelLibs;

namespace IzmirSymbiosis.Infrastructure.Imports;

/// <summary>
/// Reads import files with the libraries that know the formats: .xlsx with MiniExcel (every sheet,
/// number cells kept as numbers), .csv with CsvHelper as Turkish Excel saves it: <c>;</c> between
/// fields, UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else
/// Windows-1254 (Excel's "CSV (virgülle ayrılmış)" on a Turkish Windows). Text cells are trimmed,
/// and the apostrophe our exports put before a formula start is dropped
/// (<see cref="SpreadsheetText.Read"/>), so an exported file imports back unchanged.
/// </summary>
public sealed class ImportFileReader : IImportFileReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public IReadOnlyList<ImportSheet> Read(ImportUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var extension = Path.GetExtension(upload.FileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" or ".txt" => [Csv(upload)],
                ".xlsx" => Xlsx(upload),
                _ => throw new ImportFileException("Import.File.Format", upload.FileName),
            };
        }
        catch (ImportFileException)
        {
            throw;
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException or InvalidOperationException or FormatException or IOException or System.Xml.XmlException)
        {
            throw new ImportFileException("Import.File.Unreadable", upload.FileName);
        }
    }

    /// <summary>The text of CSV bytes: UTF-8 when they are valid UTF-8 (a byte-order mark dropped), else Windows-1254.</summary>
    public static string DecodeCsv(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text;
        try
        {
            text = s_strictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            text = CodePagesEncodingProvider.Instance.GetEncoding(1254)!.GetString(content);
        }

        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static ImportSheet Csv(ImportUpload upload)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ';',
            SkipEmptyLines = false,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
        };
        using var csv = CsvReader.FromText(DecodeCsv(upload.Content), options);
        var headers = csv.Headers.Select(h => SpreadsheetText.Read(h).Trim()).ToList();
        var rows = new List<ImportRow>();
        while (csv.Read())
        {
            var cells = new ImportCell[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new ImportCell(SpreadsheetText.Read(csv.GetString(i)).Trim());
            }

            // The header is row 1 in the spreadsheet the clerk looks at.
            if (cells.Any(c => !c.IsEmpty))
            {
                rows.Add(new ImportRow((int)csv.RowNumber + 1, cells));
            }
        }

        return new ImportSheet(Path.GetFileNameWithoutExtension(upload.FileName), headers, rows);
    }

    private static List<ImportSheet> Xlsx(ImportUpload upload)
    {
        using var buffer = new MemoryStream(upload.Content, writable: false);
        var sheets = new List<ImportSheet>();
        foreach (var name in buffer.GetSheetNames())
        {
            buffer.Position = 0;
            List<string>? headers = null;
            var rows = new List<ImportRow>();
            var number = 0;
            foreach (IDictionary<string, object?> row in buffer.Query(useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX))
            {
                number++;
                var cells = row.Values.Select(Cell).ToList();
                if (headers is null)
                {
                    headers = [.. cells.Select(c => c.Text)];
                }
                else if (cells.Any(c => !c.IsEmpty))
                {
                    rows.Add(new ImportRow(number, cells));
                }
            }

            sheets.Add(new ImportSheet(name, headers ?? [], rows));
        }

        return sheets;
    }

    private static ImportCell Cell(object? value) => value switch
    {
        null => ImportCell.Empty,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 => new ImportCell(d.ToString("0.###############", CultureInfo.InvariantCulture), (decimal)d),
        decimal m => new ImportCell(m.ToString(CultureInfo.InvariantCulture), m),
        int i => new ImportCell(i.ToString(CultureInfo.InvariantCulture), i),
        long l => new ImportCell(l.ToString(CultureInfo.InvariantCulture), l),
        DateTime t => new ImportCell(t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        string s => new ImportCell(SpreadsheetText.Read(s).Trim()),
        _ => new ImportCell((Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty).Trim()),
    };
}
