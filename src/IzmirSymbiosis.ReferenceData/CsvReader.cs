using System.Text;

namespace IzmirSymbiosis.ReferenceData;

/// <summary>A minimal RFC 4180 reader: quoted fields, doubled quotes, new lines inside quotes.</summary>
public static class CsvReader
{
    /// <summary>Reads all records; the first is the header. Each row maps header names to values.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadWithHeader(TextReader reader)
    {
        var rows = ReadRecords(reader).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var header = rows[0];
        var result = new List<IReadOnlyDictionary<string, string>>(rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            var map = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                map[header[i]] = i < row.Count ? row[i] : string.Empty;
            }

            result.Add(map);
        }

        return result;
    }

    /// <summary>Reads raw records.</summary>
    public static IEnumerable<List<string>> ReadRecords(TextReader reader)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var inQuotes = false;
        var any = false;
        int ch;
        while ((ch = reader.Read()) != -1)
        {
            any = true;
            var c = (char)ch;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    any = false;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (any)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
