using System.Globalization;
using System.Text;
using System.Text.Json;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Scoring;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Cli;

/// <summary>
/// <c>score-pairs</c> and <c>evaluate-pairs</c>: offer–need pairs given in a CSV file, scored by the
/// engine's own pair scorer (<see cref="PairChecker"/>). The file states no amounts, windows,
/// prices or permits: both sides are taken to have the same yearly amount and open windows
/// (quantity and timing fit 1), default prices, a permit for a hazardous code only where one is to
/// be expected (<see cref="PairChecker"/>), and no transport limit (the distance counts through the distance factor).
/// </summary>
internal static class PairCommands
{
    /// <summary>Columns every pairs file has (blank values allowed).</summary>
    internal static readonly string[] Columns = ["offer_ewc", "offer_description", "offer_nace", "need_ewc", "need_description", "need_nace", "distance_km"];

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<int> ScorePairsAsync(string[] args)
    {
        var a = new CliArgs(args, "json").Only("pairs", "json", "set");
        var knowledge = MatchingCommands.LoadKnowledge();
        var pairs = ReadPairs(a.Required("pairs"), knowledge, withLabel: false);
        var checker = new PairChecker(knowledge, Options(a.Get("set")));
        var verdicts = pairs.Select(p => checker.Check(p.Query)).ToList();
        if (a.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(verdicts.Select((v, i) => ToJson(pairs[i].Row, v)), s_json));
            return Task.FromResult(0);
        }

        Console.WriteLine("Assumed for every row: equal yearly amounts and open windows (quantity and timing fit 1), default prices, a permit for a hazardous code only where one is expected (NACE 38.22, a licensed need, a licensed route in the receiver's class), no transport limit (distance counts through its factor).");
        for (var i = 0; i < verdicts.Count; i++)
        {
            PrintRow(pairs[i].Row, verdicts[i], null);
        }

        return Task.FromResult(0);
    }

    public static Task<int> EvaluatePairsAsync(string[] args)
    {
        var a = new CliArgs(args, "json", "summary").Only("pairs", "json", "set", "summary");
        if (a.Has("json") && a.Has("summary"))
        {
            throw new CliUsageException("--summary and --json cannot be combined");
        }

        var knowledge = MatchingCommands.LoadKnowledge();
        var pairs = ReadPairs(a.Required("pairs"), knowledge, withLabel: true);
        var checker = new PairChecker(knowledge, Options(a.Get("set")));
        var verdicts = pairs.Select(p => checker.Check(p.Query)).ToList();
        var scored = verdicts.Select((v, i) => (Score: v.Score, Label: pairs[i].Label)).ToList();
        var auc = RocAuc(scored);
        var at70 = PrecisionAt(scored, 70);
        var at50 = PrecisionAt(scored, 50);
        if (a.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(
                new
                {
                    rows = verdicts.Select((v, i) => new { row = pairs[i].Row, label = pairs[i].Label ? 1 : 0, score = v.Score, filtered = FilterText(v) }),
                    pairs = scored.Count,
                    positives = scored.Count(s => s.Label),
                    auc,
                    precision_at_70 = at70.Precision,
                    count_at_70 = at70.Count,
                    precision_at_50 = at50.Precision,
                    count_at_50 = at50.Count,
                },
                s_json));
            return Task.FromResult(0);
        }

        // --summary prints the figures only: a held-out file is measured without showing its rows.
        for (var i = 0; !a.Has("summary") && i < verdicts.Count; i++)
        {
            PrintRow(pairs[i].Row, verdicts[i], pairs[i].Label);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs {scored.Count} (label 1: {scored.Count(s => s.Label)}, filtered: {verdicts.Count(v => v.Filter != PairFilter.None)})"));
        Console.WriteLine(auc is { } x ? string.Create(CultureInfo.InvariantCulture, $"ROC AUC {x:0.000}") : "ROC AUC n/a (the file needs both labels)");
        Console.WriteLine(PrecisionLine(70, at70));
        Console.WriteLine(PrecisionLine(50, at50));
        return Task.FromResult(0);
    }

    /// <summary>
    /// ROC AUC from ranks (Mann–Whitney U): the share of (positive, negative) pairs the score orders
    /// right, ties counting one half (tied scores get the average rank). Null without both labels.
    /// </summary>
    internal static double? RocAuc(IReadOnlyList<(double Score, bool Label)> rows)
    {
        var positives = rows.Count(r => r.Label);
        var negatives = rows.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        var sorted = rows.OrderBy(r => r.Score).ToList();
        double positiveRanks = 0;
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j < sorted.Count && sorted[j].Score == sorted[i].Score)
            {
                j++;
            }

            var rank = (i + 1 + j) / 2.0; // average of ranks i+1 … j
            positiveRanks += rank * sorted.Skip(i).Take(j - i).Count(r => r.Label);
            i = j;
        }

        return (positiveRanks - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Share of label-1 rows among rows scoring at least <paramref name="threshold"/>, and their count.</summary>
    internal static (double? Precision, int Count) PrecisionAt(IReadOnlyList<(double Score, bool Label)> rows, double threshold)
    {
        var above = rows.Where(r => r.Score >= threshold).ToList();
        return (above.Count == 0 ? null : (double)above.Count(r => r.Label) / above.Count, above.Count);
    }

    /// <summary>Reads and checks a pairs file; a bad value is a usage error naming its row (1 = first data row) and column.</summary>
    internal static IReadOnlyList<PairRow> ReadPairs(string path, MatchingKnowledge knowledge, bool withLabel)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"file not found: {path}");
        }

        IReadOnlyList<IReadOnlyDictionary<string, string>> rows;
        using (var reader = new StreamReader(path, Encoding.UTF8))
        {
            rows = CsvReader.ReadWithHeader(reader);
        }

        var required = withLabel ? [.. Columns, "label"] : Columns;
        if (rows.Count == 0)
        {
            throw new CliUsageException($"{path} has no rows");
        }

        foreach (var column in required.Where(c => !rows[0].ContainsKey(c)))
        {
            throw new CliUsageException($"{path} has no column '{column}'");
        }

        var result = new List<PairRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var row = i + 1;
            var query = new PairQuery(
                OfferCode(r["offer_ewc"], row, knowledge),
                r["offer_description"],
                Nace(r["offer_nace"], row, "offer_nace", knowledge),
                NeedCode(r["need_ewc"], row, knowledge),
                r["need_description"],
                Nace(r["need_nace"], row, "need_nace", knowledge),
                Distance(r["distance_km"], row));
            var label = withLabel && r["label"].Trim() switch
            {
                "1" => true,
                "0" => false,
                var v => throw new CliUsageException($"row {row}, column label: '{v}' is not 1 or 0"),
            };
            result.Add(new PairRow(row, query, label));
        }

        return result;
    }

    private static string? OfferCode(string text, int row, MatchingKnowledge knowledge)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var code = EwcCode.Normalize(text) ?? throw new CliUsageException($"row {row}, column offer_ewc: '{text}' is not a six-digit EWC code");
        return knowledge.WasteCode(code) is null ? throw new CliUsageException($"row {row}, column offer_ewc: {text} is not in the European List of Waste") : code;
    }

    private static string? NeedCode(string text, int row, MatchingKnowledge knowledge)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var code = EwcCode.NormalizeScope(text) ?? throw new CliUsageException($"row {row}, column need_ewc: '{text}' is not an EWC code, sub-chapter or chapter");
        var known = code.Length == 6 ? knowledge.WasteCode(code) is not null : knowledge.CategoryTitle(code) is not null;
        return known ? code : throw new CliUsageException($"row {row}, column need_ewc: {text} is not in the European List of Waste");
    }

    private static string? Nace(string text, int row, string column, MatchingKnowledge knowledge)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = string.Concat(text.Where(char.IsAsciiDigit));
        var shapeOk = text.Trim().All(c => char.IsAsciiDigit(c) || c == '.') && digits.Length is >= 2 and <= 4;
        var code = !shapeOk ? null : digits.Length == 2 ? digits : $"{digits[..2]}.{digits[2..]}";
        return code is not null && knowledge.Nace(code) is not null
            ? code
            : throw new CliUsageException($"row {row}, column {column}: '{text}' is not a NACE Rev.2 code (23.51 or 2351)");
    }

    private static double? Distance(string text, int row)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km >= 0 && double.IsFinite(km)
            ? km
            : throw new CliUsageException($"row {row}, column distance_km: '{text}' is not a distance in km");
    }

    /// <summary>
    /// The engine's options with <c>--set Name=value,…</c> overrides of its numeric options (weights,
    /// thresholds, <c>RouteEvidenceWeight</c>), for ablations; an unknown name is a usage error.
    /// </summary>
    private static MatchingOptions Options(string? set)
    {
        var options = new MatchingOptions();
        foreach (var (name, value) in MatchingCommands.ParseParameters(set))
        {
            var property = typeof(MatchingOptions).GetProperty(name);
            if (property is null || property.PropertyType != typeof(double) || !property.CanWrite)
            {
                throw new CliUsageException($"--set: '{name}' is no numeric option of the pair scorer");
            }

            property.SetValue(options, value);
        }

        return options;
    }

    private static string? FilterText(PairVerdict v)
    {
        if (v.Filter == PairFilter.None)
        {
            return null;
        }

        var (_, en) = PairFilterText.Of(v.Filter);
        return v.Filter switch
        {
            PairFilter.MaterialIncompatible when v.Relation.ReasonEn is { } reason => $"{en}: {reason}",
            PairFilter.UseRestricted when v.Restriction is { } restriction => $"{en}: {restriction.ReasonEn} ({restriction.Source})",
            _ => en,
        };
    }

    private static object ToJson(int row, PairVerdict v) => new
    {
        row,
        score = v.Score,
        filtered = FilterText(v),
        content_doubt = v.ContentDoubt?.Shown,
        same_goods = v.SameGoods,
        factors = v.Factors.ToDictionary(p => p.Key, p => Math.Round(p.Value, 3)),
        material = new
        {
            offer = v.OfferMaterial.Id == 0 ? null : v.OfferMaterial.Key,
            need = v.NeedMaterial.Id == 0 ? null : v.NeedMaterial.Key,
            relation = RelationName(v.Relation.Kind),
            rule_tr = v.Relation.ReasonTr,
            rule_en = v.Relation.ReasonEn,
            source = v.Relation.Source,
            components = v.Material.ToDictionary(p => p.Key, p => Math.Round(p.Value, 3)),
        },
        hazardous = v.OfferHazardous,
    };

    private static string RelationName(MaterialRelationKind kind) => kind switch
    {
        MaterialRelationKind.Same => "same",
        MaterialRelationKind.Accepted => "accepted",
        MaterialRelationKind.Soft => "soft",
        MaterialRelationKind.Hard => "hard",
        MaterialRelationKind.Different => "different",
        MaterialRelationKind.Broader => "broader",
        _ => "neutral",
    };

    private static void PrintRow(int row, PairVerdict v, bool? label)
    {
        var head = label is null
            ? string.Create(CultureInfo.InvariantCulture, $"{row,4}  {v.Score,5:0.0}")
            : string.Create(CultureInfo.InvariantCulture, $"{row,4}  label {(label.Value ? 1 : 0)}  {v.Score,5:0.0}");
        var materials = $"{(v.OfferMaterial.Id == 0 ? "?" : v.OfferMaterial.Key)} → {(v.NeedMaterial.Id == 0 ? "?" : v.NeedMaterial.Key)} ({RelationName(v.Relation.Kind)}){(v.SameGoods is { } goods ? $", same goods for reuse: {goods}" : string.Empty)}";
        Console.WriteLine($"{head}  {materials}{(v.OfferHazardous ? "  hazardous" : string.Empty)}");
        if (FilterText(v) is { } filtered)
        {
            Console.WriteLine($"        filtered: {filtered}");
        }

        if (v.Factors.Count > 0)
        {
            Console.WriteLine("        " + string.Join(", ", v.Factors.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.00}"))));
        }

        if (v.ContentDoubt is { } doubt)
        {
            Console.WriteLine($"        material {UseRestrictions.ContentCutEn}: {MatchExplainer.ContentLine(doubt).En}");
        }
    }

    private static string PrecisionLine(double threshold, (double? Precision, int Count) p) =>
        p.Precision is { } x
            ? string.Create(CultureInfo.InvariantCulture, $"score ≥ {threshold}: {p.Count} pairs, precision {x:0.000}")
            : string.Create(CultureInfo.InvariantCulture, $"score ≥ {threshold}: no pairs");

    /// <summary>One checked row of a pairs file.</summary>
    internal sealed record PairRow(int Row, PairQuery Query, bool Label);
}
