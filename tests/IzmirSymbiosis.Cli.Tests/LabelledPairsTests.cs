using System.Globalization;
using System.Text;
using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Cli.Tests;

/// <summary>
/// Integrity of the labelled offer–need pairs in <c>tests/data/labelled-pairs/</c> that
/// <c>izmirsym evaluate-pairs</c> is measured on: valid codes, labels and sources, the size and
/// split of the set, and that nothing from the holdout split has leaked into the engine's
/// knowledge tables.
/// </summary>
public sealed class LabelledPairsTests
{
    private static readonly string[] s_columns =
    [
        "offer_ewc", "offer_description", "offer_nace",
        "need_ewc", "need_description", "need_nace",
        "distance_km", "label", "source",
    ];

    private static readonly Lazy<PairFile> s_dev = new(() => PairFile.Load("dev.csv"));
    private static readonly Lazy<PairFile> s_holdout = new(() => PairFile.Load("holdout.csv"));

    private static IEnumerable<PairFile> Both => [s_dev.Value, s_holdout.Value];

    [Fact]
    public void EveryFile_HasTheNineColumns_AndEveryRowHasNineFields()
    {
        foreach (var file in Both)
        {
            Assert.Equal(s_columns, file.Header);
            foreach (var row in file.Rows)
            {
                Assert.True(row.Fields.Count == s_columns.Length, $"{row.Where}: {row.Fields.Count} fields");
            }
        }
    }

    [Fact]
    public void EveryEwcCode_IsInTheEwcList_AndOnlyHazardousCodesCarryAStar()
    {
        var ewc = ReferenceCsv.Read("ewc_list_of_waste_en.csv")
            .ToDictionary(r => r["code"], r => r["hazardous"] == "true", StringComparer.Ordinal);
        var subChapters = ReferenceCsv.Read("ewc_chapters_subchapters_en.csv")
            .Where(r => r["level"] == "subchapter")
            .Select(r => r["code"].Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var row in Both.SelectMany(f => f.Rows))
        {
            // An offer's code may be blank, as a firm that does not know it registers it (the pair format allows blanks).
            var offer = row["offer_ewc"];
            if (offer.Length > 0)
            {
                Assert.True(offer.TrimEnd('*').Length == 6, $"{row.Where}: offer_ewc '{offer}' is not a six-digit code");
                AssertValidCode(row, "offer_ewc", ewc);
            }

            var need = row["need_ewc"];
            if (need.Length == 4)
            {
                Assert.True(subChapters.Contains(need), $"{row.Where}: need_ewc '{need}' is not an EWC sub-chapter");
            }
            else if (need.Length > 0)
            {
                AssertValidCode(row, "need_ewc", ewc);
            }
        }
    }

    [Fact]
    public void EveryNaceCode_IsANaceRev2Class()
    {
        var classes = ReferenceCsv.Read("nace_rev2_en.csv")
            .Where(r => r["level"] == "4")
            .Select(r => r["code"])
            .ToHashSet(StringComparer.Ordinal);

        foreach (var row in Both.SelectMany(f => f.Rows))
        {
            foreach (var column in (string[])["offer_nace", "need_nace"])
            {
                Assert.True(classes.Contains(row[column]), $"{row.Where}: {column} '{row[column]}' is not a NACE Rev. 2 class");
            }
        }
    }

    [Fact]
    public void EveryRow_HasALabelOfZeroOrOne_DescriptionsASource_AndABlankOrNonNegativeDistance()
    {
        foreach (var row in Both.SelectMany(f => f.Rows))
        {
            Assert.True(row["label"] is "0" or "1", $"{row.Where}: label '{row["label"]}'");
            Assert.False(string.IsNullOrWhiteSpace(row["source"]), $"{row.Where}: empty source");
            Assert.False(string.IsNullOrWhiteSpace(row["offer_description"]), $"{row.Where}: empty offer_description");
            Assert.False(string.IsNullOrWhiteSpace(row["need_description"]), $"{row.Where}: empty need_description");
            var distance = row["distance_km"];
            Assert.True(
                distance.Length == 0
                    || (double.TryParse(distance, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km >= 0),
                $"{row.Where}: distance_km '{distance}'");
        }
    }

    [Fact]
    public void TheSet_HasAtLeast300Rows_AndTheHoldoutIsAboutAThird()
    {
        var dev = s_dev.Value.Rows.Count;
        var holdout = s_holdout.Value.Rows.Count;
        var share = (double)holdout / (dev + holdout);

        Assert.True(dev + holdout >= 300, $"{dev + holdout} rows");
        Assert.InRange(share, 0.30, 0.36);
    }

    [Fact]
    public void EachSplit_HasBothLabels()
    {
        foreach (var file in Both)
        {
            var labels = file.Rows.Select(r => r["label"]).ToHashSet(StringComparer.Ordinal);
            Assert.True(labels.SetEquals(["0", "1"]), $"{file.Name}: labels {string.Join(",", labels)}");
        }
    }

    [Fact]
    public void NoPair_IsInBothFiles()
    {
        var devPairs = s_dev.Value.Rows.Select(PairKey).ToHashSet(StringComparer.Ordinal);
        var shared = s_holdout.Value.Rows.Where(r => devPairs.Contains(PairKey(r))).Select(r => r.Where).ToList();

        Assert.True(shared.Count == 0, $"pairs in both files: {string.Join("; ", shared)}");
    }

    [Fact]
    public void NoHoldoutDescription_AppearsInAnyKnowledgeTable()
    {
        var tables = KnowledgeTable.Names.Select(name => (name, KnowledgeTable.Read(name)));

        var leaks = Leaks(HoldoutDescriptions(), tables);

        Assert.True(leaks.Count == 0, $"holdout descriptions found in knowledge tables: {string.Join("; ", leaks)}");
    }

    [Fact]
    public void LeakCheck_FindsAHoldoutDescriptionCopiedIntoATable()
    {
        // Proves the test above can fail: a table row that quotes one holdout description (with
        // other casing and spacing) is reported, a table without it is not.
        var description = HoldoutDescriptions().First();
        var planted = "material,source\n\"  " + description.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal)
            + " (copied)\",somewhere\n";
        var clean = "material,source\nsomething else entirely,EN 197-1\n";

        var found = Leaks(HoldoutDescriptions(), [("planted.csv", KnowledgeTable.Read(new StringReader(planted)))]);
        var none = Leaks(HoldoutDescriptions(), [("clean.csv", KnowledgeTable.Read(new StringReader(clean)))]);

        Assert.Single(found);
        Assert.Empty(none);
    }

    private static void AssertValidCode(PairRow row, string column, IReadOnlyDictionary<string, bool> ewc)
    {
        var value = row[column];
        var code = value.TrimEnd('*');
        Assert.True(ewc.TryGetValue(code, out var hazardous), $"{row.Where}: {column} '{value}' is not in the EWC list");
        Assert.True(!value.EndsWith('*') || hazardous, $"{row.Where}: {column} '{value}' is marked hazardous but is not");
    }

    private static string PairKey(PairRow row) =>
        string.Join('\u001f', s_columns.Take(6).Select(c => Normalise(row[c])));

    private static List<string> HoldoutDescriptions() =>
        [.. s_holdout.Value.Rows
            .SelectMany(r => new[] { r["offer_description"], r["need_description"] })
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Holdout descriptions that occur, ignoring case and spacing, inside any cell of a table.</summary>
    private static List<string> Leaks(
        IEnumerable<string> descriptions,
        IEnumerable<(string Name, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)> tables)
    {
        var cells = tables
            .SelectMany(t => t.Rows.SelectMany(r => r.Values.Select(v => (t.Name, Text: Normalise(v)))))
            .Where(c => c.Text.Length > 0)
            .ToList();
        return [.. descriptions
            .Select(d => (Description: d, Text: Normalise(d)))
            .SelectMany(d => cells
                .Where(c => c.Text.Contains(d.Text, StringComparison.OrdinalIgnoreCase))
                .Select(c => $"'{d.Description}' in {c.Name}"))
            .Distinct(StringComparer.Ordinal)];
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IzmirSymbiosis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IzmirSymbiosis.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record PairFile(string Name, IReadOnlyList<string> Header, IReadOnlyList<PairRow> Rows)
    {
        public static PairFile Load(string name)
        {
            var path = Path.Combine(RepositoryRoot(), "tests", "data", "labelled-pairs", name);
            var records = Csv.Parse(File.ReadAllText(path, Encoding.UTF8));
            var header = records[0];
            var rows = records.Skip(1)
                .Select((fields, i) => new PairRow($"{name} row {i + 2}", header, fields))
                .ToList();
            return new PairFile(name, header, rows);
        }
    }

    private sealed record PairRow(string Where, IReadOnlyList<string> Header, IReadOnlyList<string> Fields)
    {
        public string this[string column]
        {
            get
            {
                var i = Header.ToList().IndexOf(column);
                Assert.True(i >= 0 && i < Fields.Count, $"{Where}: no column {column}");
                return Fields[i].Trim();
            }
        }
    }

    private static class ReferenceCsv
    {
        public static List<Dictionary<string, string>> Read(string fileName)
        {
            var path = Path.Combine(RepositoryRoot(), "src", "IzmirSymbiosis.ReferenceData", "Data", fileName);
            var records = Csv.Parse(File.ReadAllText(path, Encoding.UTF8));
            var header = records[0];
            return [.. records.Skip(1).Select(f => header
                .Select((h, i) => (h, v: i < f.Count ? f[i] : string.Empty))
                .ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal))];
        }
    }

    /// <summary>
    /// RFC 4180 reader kept apart from the engine's reader, so a row with a missing or extra field
    /// is seen as such instead of being padded, trimmed or skipped as a comment.
    /// </summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var records = new List<List<string>>();
            var record = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    record.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    record.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    records.Add(record);
                    record = [];
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || record.Count > 0)
            {
                record.Add(field.ToString());
                records.Add(record);
            }

            Assert.False(quoted, "unterminated quoted field");
            return [.. records.Where(r => r.Count > 1 || r[0].Length > 0)];
        }
    }
}
