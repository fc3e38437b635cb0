using System.Data;
using System.Globalization;
using CsvHelper;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Exports;
using MiniExcelLibs;

namespace IzmirSymbiosis.Infrastructure.Exports;

/// <summary>
/// CSV with CsvHelper and .xlsx with MiniExcel. CSV follows the reader's spreadsheet: the culture's
/// list separator (<c>;</c> for Turkish, whose decimal separator is the comma) and numbers in its
/// format without thousands separators, so Turkish Excel opens the file into columns and reads the
/// numbers as numbers; UTF-8 with a byte-order mark, so "ğüşıöç" arrive whole. Dates are written in
/// Türkiye's time. Every text cell goes through <see cref="SpreadsheetText.Safe"/>.
/// </summary>
public sealed class ExportWriter : IExportWriter
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public ExportFile Write(ExportTable table, ExportFormat format, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(culture);
        return format switch
        {
            ExportFormat.Csv => new ExportFile(table.FileStem + ".csv", CsvType, Csv(table, culture)),
            ExportFormat.Xlsx => new ExportFile(table.FileStem + ".xlsx", XlsxType, Xlsx(table)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <inheritdoc />
    public ExportFile WriteWorkbook(string fileStem, IReadOnlyList<ExportTable> sheets)
    {
        ArgumentNullException.ThrowIfNull(fileStem);
        ArgumentNullException.ThrowIfNull(sheets);

        // A DataTable per sheet: MiniExcel writes its columns even when there is no row (a template).
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var data = new DataTable(SheetName(sheet.FileStem));
            foreach (var header in sheet.Headers)
            {
                data.Columns.Add(SpreadsheetText.Safe(header), typeof(object));
            }

            foreach (var row in sheet.Rows)
            {
                data.Rows.Add([.. Enumerable.Range(0, sheet.Headers.Count).Select(i => i < row.Count ? XlsxCell(row[i]) ?? DBNull.Value : DBNull.Value)]);
            }

            workbook[data.TableName] = data;
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(workbook, excelType: ExcelType.XLSX);
        return new ExportFile(fileStem + ".xlsx", XlsxType, buffer.ToArray());
    }

    private static byte[] Csv(ExportTable table, CultureInfo culture)
    {
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = culture.TextInfo.ListSeparator is [var separator] ? separator : ',',
            WriteByteOrderMark = true,
            Injection = CsvInjection.None, // SpreadsheetText.Safe below is the one rule, for CSV and xlsx alike.
        };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(SpreadsheetText.Safe(header));
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(CsvCell(cell, culture));
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    private static string CsvCell(object? cell, CultureInfo culture) => cell switch
    {
        null => string.Empty,
        string text => SpreadsheetText.Safe(text),
        decimal number => number.ToString("0.############", culture),
        double number => number.ToString("0.############", culture),
        int number => number.ToString(culture),
        long number => number.ToString(culture),
        DateTimeOffset moment => moment.ToOffset(TurkeyTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        _ => SpreadsheetText.Safe(Convert.ToString(cell, culture) ?? string.Empty),
    };

    private static byte[] Xlsx(ExportTable table)
    {
        var rows = table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(table.Headers.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Headers.Count; i++)
            {
                record[SpreadsheetText.Safe(table.Headers[i])] = i < row.Count ? XlsxCell(row[i]) : null;
            }

            return record;
        });
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows, sheetName: SheetName(table.FileStem), excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static object? XlsxCell(object? cell) => cell switch
    {
        string text => SpreadsheetText.Safe(text),
        DateTimeOffset moment => moment.ToOffset(TurkeyTime.Offset).DateTime,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        _ => cell,
    };

    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    private static string SheetName(string stem)
    {
        var name = new string([.. stem.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]);
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(31, name.Length)];
    }
}
