namespace IzmirSymbiosis.Application.Imports;

/// <summary>An uploaded file: its name (the extension tells the format) and its bytes.</summary>
public sealed record ImportUpload(string FileName, byte[] Content)
{
    /// <summary>The largest file accepted (5 MB: tens of thousands of rows).</summary>
    public const long MaxBytes = 5 * 1024 * 1024;
}

/// <summary>
/// A cell as the file holds it: its text (trimmed; for a number cell of a workbook, the number in
/// invariant form) and, for a number cell of a workbook only, the number. CSV cells are text only:
/// how a Turkish number is written (<c>1.234,5</c>) is read by <see cref="ImportValues"/>.
/// </summary>
public readonly record struct ImportCell(string Text, decimal? Number = null)
{
    /// <summary>An empty cell.</summary>
    public static ImportCell Empty { get; } = new(string.Empty);

    /// <summary>Whether the cell holds nothing.</summary>
    public bool IsEmpty => Text.Length == 0;
}

/// <summary>A data row with its number as the spreadsheet shows it (the header is row 1).</summary>
public sealed record ImportRow(int Number, IReadOnlyList<ImportCell> Cells);

/// <summary>
/// A sheet of a workbook, or a whole CSV file: its name (the sheet's, or the file's without
/// extension), its header row and its data rows (empty rows left out).
/// </summary>
public sealed record ImportSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);

/// <summary>The file could not be read at all (not a workbook, broken CSV); a message key the UI translates.</summary>
public sealed class ImportFileException(string code, string fileName) : Exception($"{fileName}: {code}")
{
    /// <summary>Message key, for example <c>Import.File.Unreadable</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The file concerned.</summary>
    public string FileName { get; } = fileName;
}

/// <summary>
/// Reads spreadsheet files into sheets of text cells (implemented where the file libraries live):
/// <c>.xlsx</c> every sheet; <c>.csv</c> as Turkish Excel writes it (<c>;</c> between fields, UTF-8
/// with or without a byte-order mark, else Windows-1254).
/// </summary>
public interface IImportFileReader
{
    /// <summary>The sheets of <paramref name="upload"/>; throws <see cref="ImportFileException"/> when it cannot be read.</summary>
    IReadOnlyList<ImportSheet> Read(ImportUpload upload);
}
