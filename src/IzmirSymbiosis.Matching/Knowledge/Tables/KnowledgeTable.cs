using System.Globalization;
using CsvHelper;

namespace IzmirSymbiosis.Matching.Knowledge.Tables;

/// <summary>
/// Reads the engine's curated knowledge tables, CSV files embedded in this assembly from
/// <c>Knowledge/Tables/</c> (UTF-8, comma-separated, header row). Every table carries a source
/// column per row, so each entry can be traced to the text it comes from.
/// </summary>
public static class KnowledgeTable
{
    private const string ResourcePrefix = "IzmirSymbiosis.Matching.Knowledge.Tables.";

    /// <summary>Names of the embedded tables (file names).</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(KnowledgeTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>Reads one embedded table; each row maps the header names to the row's values (trimmed).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        using var stream = typeof(KnowledgeTable).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Knowledge table {fileName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>
    /// Reads a table from text (for tests and for files given on the command line). A row with more
    /// fields than the header throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(TextReader reader)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            CommentPrefix = '#',
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var header = csv.Headers;
            if (csv.FieldCount > header.Count)
            {
                // An unquoted comma splits a field: the rest of a reason or a source would be cut off and
                // the next column would read text meant for another one.
                throw new InvalidDataException(
                    $"Knowledge table row {rows.Count + 1} has {csv.FieldCount} fields for {header.Count} columns; quote a field that holds a comma.");
            }

            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < csv.FieldCount ? csv.GetString(i) : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
