using System.Globalization;
using System.Text;
using System.Text.Json;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Cli;

/// <summary>Engine verbs that work from the shipped reference data, no database.</summary>
internal static class MatchingCommands
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<int> SuggestReceiversAsync(string[] args)
    {
        var a = new CliArgs(args, "json");
        var ewcText = a.Get("ewc");
        var description = a.Get("description");
        if (ewcText is null && description is null)
        {
            throw new CliUsageException("--ewc or --description is required");
        }

        string[] codes = [];
        if (ewcText is not null)
        {
            codes = [.. ewcText.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => EwcCode.Normalize(c) ?? throw new CliUsageException($"--ewc '{c}' is not a six-digit EWC code"))];
        }

        if (codes.Length == 0 && string.IsNullOrWhiteSpace(description))
        {
            // Nothing about the material: a list would only rank popular sectors, which answers no question.
            throw new CliUsageException("give a waste code (--ewc) or a non-empty --description");
        }

        var knowledge = LoadKnowledge();
        foreach (var c in codes.Where(c => knowledge.WasteCode(c) is null))
        {
            throw new CliUsageException($"--ewc {c} is not in the European List of Waste");
        }

        var donorNace = DonorNace(a.Get("donor-nace"), knowledge, out var donorNote);
        if (donorNote is not null)
        {
            (a.Has("json") ? Console.Error : Console.Out).WriteLine(donorNote);
        }

        var ranker = new LatentReceiverRanker(knowledge);
        var result = ranker.Rank(new LatentQuery(codes, string.IsNullOrWhiteSpace(description) ? null : description, donorNace), Math.Max(1, a.Int("top", 10)));
        var hazardous = codes.Any(knowledge.IsHazardous);
        if (a.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(
                result.Select(r => new
                {
                    nace = r.NaceCode,
                    title = r.TitleEn,
                    title_tr = ReferenceTitles.NaceTr(r.NaceCode),
                    score = r.Score,
                    hazardous,
                    r_code = r.RCode,
                    reasons = r.Reasons.Select(x => new { tr = x.Tr, en = x.En }),
                }),
                s_json));
            return Task.FromResult(0);
        }

        foreach (var c in codes)
        {
            var w = knowledge.WasteCode(c)!;
            Console.WriteLine($"{EwcCode.Display(c)}{(w.IsHazardous ? "*" : string.Empty)}  {w.DescriptionEn}");
        }

        Console.WriteLine();
        var rank = 1;
        foreach (var r in result)
        {
            var route = r.RCode is null ? string.Empty : $"  [{r.RCode}]";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank++,2}. {r.NaceCode}  {r.Score,5:0.0}  {ReferenceTitles.NaceTr(r.NaceCode) ?? r.TitleEn}{route}"));
            foreach (var reason in r.Reasons)
            {
                Console.WriteLine($"      - {reason.Tr}");
                Console.WriteLine($"        {reason.En}");
            }
        }

        return Task.FromResult(0);
    }

    /// <summary>
    /// The donor's NACE code as the ranker reads it (<c>35.11</c>, <c>35.1</c> or <c>35</c>): an
    /// undotted code (<c>3511</c>) is read as the dotted one and <paramref name="note"/> says so; a
    /// code that is not in NACE Rev.2 is refused rather than ignored or echoed as evidence.
    /// </summary>
    private static string? DonorNace(string? text, MatchingKnowledge knowledge, out string? note)
    {
        note = null;
        if (text is null)
        {
            return null;
        }

        var code = text.Trim();
        if (code.Length is 3 or 4 && code.All(char.IsAsciiDigit))
        {
            var dotted = $"{code[..2]}.{code[2..]}";
            note = $"--donor-nace {code} read as {dotted}";
            code = dotted;
        }

        if (code.Length < 2 || !code.All(ch => char.IsAsciiDigit(ch) || ch == '.') || knowledge.Nace(code) is null)
        {
            throw new CliUsageException($"--donor-nace '{text}' is not a NACE Rev.2 code (class 35.11, group 35.1 or division 35)");
        }

        return code;
    }

    public static Task<int> EvaluateAsync(string[] args)
    {
        var a = new CliArgs(args, "json", "leave-one-case-out", "misses", "tune", "without-library");
        var path = a.Required("exchanges");
        if (!File.Exists(path))
        {
            throw new CliUsageException($"file not found: {path}");
        }

        IReadOnlyList<IReadOnlyDictionary<string, string>> rows;
        using (var reader = new StreamReader(path, Encoding.UTF8))
        {
            rows = CsvReader.ReadWithHeader(reader);
        }

        foreach (var column in new[] { "case_id", "ewc_codes", "receiver_nace", "material_description" })
        {
            if (rows.Count > 0 && !rows[0].ContainsKey(column))
            {
                throw new CliUsageException($"{path} has no column '{column}'");
            }
        }

        var folds = a.Int("folds", 0);
        var withoutLibrary = a.Has("without-library");
        var options = new EvaluationOptions
        {
            Parameters = ParseParameters(a.Get("set")),
            Misses = a.Has("misses") ? Console.Error : null,
            Log = Console.Error,
            WithoutLibrary = withoutLibrary,
            Feedback = a.Get("replay") is { } replay ? ReadFeedback(replay) : null,
        };

        // Every hidden case or fold gets knowledge built without its exchanges (see MatchingEvaluation).
        var source = new KnowledgeSource(hide => LoadKnowledge(e => !hide(e)));
        MatchingEvaluation report;
        if (folds >= 2)
        {
            report = MatchingEvaluation.RunFolds(source, rows, folds, a.Has("tune"), options);
        }
        else if (folds == 1 || a.Has("tune"))
        {
            throw new CliUsageException("--folds must be at least 2, and --tune needs --folds");
        }
        else
        {
            // Without the library, the baseline is still the other cases' popularity, never the row's own case.
            report = MatchingEvaluation.Run(source, rows, a.Has("leave-one-case-out") || withoutLibrary, options);
        }

        if (a.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(report.ToJson(), s_json));
        }
        else
        {
            report.Print(Console.Out);
        }

        return Task.FromResult(0);
    }

    public static Task<int> BenchMatchAsync(string[] args) => MatchingBenchmark.RunAsync(args);

    internal static MatchingKnowledge LoadKnowledge(Func<KnownExchange, bool>? keep = null)
    {
        var d = ReferenceDataReader.Load();
        return new MatchingKnowledge(d.WasteCodes, d.WasteCategories, d.NaceActivities, d.RecoveryOperations, d.MaterialEmissionProfiles,
            keep is null ? d.KnownExchanges : d.KnownExchanges.Where(keep));
    }

    /// <summary>
    /// Reads a feedback file for <c>--replay</c>: columns <c>ewc,description,receiver_nace,answer</c>
    /// (answer <c>not_our_material</c> lowers the pair), and optionally <c>case_id</c>, the library
    /// case the answer was given about, so it is never used when measuring that case.
    /// </summary>
    private static List<FeedbackRow> ReadFeedback(string path)
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

        foreach (var column in new[] { "ewc", "description", "receiver_nace", "answer" })
        {
            if (rows.Count > 0 && !rows[0].ContainsKey(column))
            {
                throw new CliUsageException($"{path} has no column '{column}'");
            }
        }

        return [.. rows.Select(r => new FeedbackRow(
            r.GetValueOrDefault("case_id") is { Length: > 0 } c ? c : null,
            new FeedbackItem(
                [.. r["ewc"].Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => EwcCode.Normalize(x) ?? x)],
                r["description"],
                r["receiver_nace"],
                FeedbackItem.ParseAnswer(r["answer"]))))];
    }

    /// <summary>Parses <c>--set Name=value,Name=value</c> (ranker parameter overrides, for ablations).</summary>
    internal static Dictionary<string, double> ParseParameters(string? text)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2 || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                throw new CliUsageException($"--set expects Name=value pairs, got '{part}'");
            }

            result[kv[0]] = v;
        }

        return result;
    }
}
