namespace IzmirSymbiosis.Application.Exports;

/// <summary>The file formats a list or table exports to.</summary>
public enum ExportFormat
{
    /// <summary>Text as the reader's spreadsheet writes it: Turkish Excel's <c>;</c> and decimal comma for Turkish, UTF-8 with a byte-order mark.</summary>
    Csv,

    /// <summary>An Excel workbook (.xlsx) with one sheet; numbers and dates as typed cells.</summary>
    Xlsx,
}

/// <summary>
/// A table to export: translated column headers and rows of cells. A cell is text, a whole or
/// decimal number, a date (<see cref="DateTimeOffset"/>, written in Türkiye's time) or empty (null);
/// text cells are made safe against formula injection by the writer (<see cref="SpreadsheetText.Safe"/>).
/// </summary>
/// <param name="FileStem">The file name without extension, for example <c>simbiyozlar-2026-12-01</c>.</param>
public sealed record ExportTable(string FileStem, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The most rows an export holds; a longer list is cut (the UI says so before).</summary>
    public const int MaxRows = 100_000;
}

/// <summary>An exported file.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>Writes an <see cref="ExportTable"/> in a format (implemented where the file libraries live).</summary>
public interface IExportWriter
{
    /// <summary>The file of <paramref name="table"/> in <paramref name="format"/>, numbers and separators of <paramref name="culture"/>.</summary>
    ExportFile Write(ExportTable table, ExportFormat format, System.Globalization.CultureInfo culture);

    /// <summary>
    /// An .xlsx workbook named <paramref name="fileStem"/> with a sheet per table, named by the
    /// table's <see cref="ExportTable.FileStem"/>; a table without rows still has its header row.
    /// </summary>
    ExportFile WriteWorkbook(string fileStem, IReadOnlyList<ExportTable> sheets);
}
