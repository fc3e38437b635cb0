using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// One recovery route of <c>recovery_routes.csv</c>: waste of a code, sub-chapter or chapter goes to
/// a receiving NACE class by a recovery operation, with its typical use and the public source
/// (EU BREFs, Turkish regulations, EN standards, published industrial-symbiosis cases).
/// </summary>
/// <param name="Ewc">Six-digit code, four-digit sub-chapter or two-digit chapter.</param>
/// <param name="ReceiverNace">Receiving NACE class (<c>23.51</c>).</param>
/// <param name="RCode">Recovery operation R1–R13.</param>
/// <param name="AppliesToHazardous">
/// Whether a sub-chapter or chapter row also covers the starred codes under it (a licensed
/// operation for them). A six-digit row always covers its own code.
/// </param>
/// <param name="UseTr">Typical use, Turkish.</param>
/// <param name="UseEn">Typical use, English.</param>
/// <param name="Source">Where the route comes from.</param>
public sealed record RecoveryRoute(string Ewc, string ReceiverNace, string RCode, bool AppliesToHazardous, string UseTr, string UseEn, string Source)
{
    /// <summary>How closely the route's waste entry matches a code: 3 the code itself, 2 its sub-chapter, 1 its chapter, 0 none.</summary>
    public int Level(string code) =>
        Ewc.Length == 6 ? (Ewc == code ? 3 : 0)
        : Ewc.Length == 4 ? (code.StartsWith(Ewc, StringComparison.Ordinal) ? 2 : 0)
        : code.StartsWith(Ewc, StringComparison.Ordinal) ? 1 : 0;
}

/// <summary>
/// The curated recovery-route table (<c>Knowledge/Tables/recovery_routes.csv</c>, sources in
/// <c>SOURCES.md</c>). Written from the texts it cites, never from the synergy library, which is the
/// evaluation set.
/// </summary>
public static class RecoveryRoutes
{
    private static readonly Lazy<IReadOnlyList<RecoveryRoute>> s_all = new(() =>
        [.. KnowledgeTable.Read("recovery_routes.csv").Select(r => new RecoveryRoute(
            r["ewc"].Replace(" ", string.Empty, StringComparison.Ordinal),
            r["receiver_nace"],
            r["r_code"].ToUpperInvariant(),
            string.Equals(r["hazardous"], "yes", StringComparison.OrdinalIgnoreCase),
            r["use_tr"],
            r["use_en"],
            r["source"]))]);

    private static readonly Dictionary<string, (string Tr, string En)> s_operationWords = new(StringComparer.Ordinal)
    {
        ["R1"] = ("yakıt olarak enerji geri kazanımı", "use as a fuel for energy"),
        ["R2"] = ("çözücü geri kazanımı", "solvent reclamation"),
        ["R3"] = ("organik maddelerin geri dönüşümü (kompost ve biyolojik dönüşüm dahil)", "recycling of organic substances (incl. composting and biological transformation)"),
        ["R4"] = ("metallerin ve metal bileşiklerinin geri dönüşümü", "recycling of metals and metal compounds"),
        ["R5"] = ("diğer inorganik malzemelerin geri dönüşümü", "recycling of other inorganic materials"),
        ["R6"] = ("asit veya bazların yeniden üretimi", "regeneration of acids or bases"),
        ["R7"] = ("kirlilik giderme bileşenlerinin geri kazanımı", "recovery of pollution-abatement components"),
        ["R8"] = ("katalizör bileşenlerinin geri kazanımı", "recovery of catalyst components"),
        ["R9"] = ("yağların yeniden rafinasyonu", "oil re-refining"),
        ["R10"] = ("tarım veya ekolojik iyileştirme için araziye uygulama", "land treatment for agriculture or ecological improvement"),
        ["R11"] = ("R1–R10 işlemlerinden çıkan atıkların kullanımı", "use of wastes from R1–R10"),
        ["R12"] = ("R1–R11 öncesi ön işlem", "exchange for submission to R1–R11"),
        ["R13"] = ("R1–R12 öncesi ara depolama", "storage pending R1–R12"),
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RecoveryRoute, IReadOnlySet<string>> s_concepts = [];

    /// <summary>Material concepts named by a route's use (English and Turkish), cached.</summary>
    public static IReadOnlySet<string> Concepts(RecoveryRoute route) =>
        s_concepts.GetValue(route, r => TextAnalyzer.Concepts($"{r.UseEn} {r.UseTr}").ToHashSet(StringComparer.Ordinal));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RecoveryRoute, IReadOnlySet<string>> s_words = [];

    private static readonly Lazy<HashSet<string>> s_specific = new(() =>
    {
        // A word in more than one route use in twenty (waste, fuel, raw meal, recycling) names no particular material or use.
        var frequency = All.SelectMany(r => Words(r)).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. frequency.Where(f => f.Value <= All.Count / 20).Select(f => f.Key)];
    });

    /// <summary>Word stems of a route's use (English and Turkish), cached.</summary>
    public static IReadOnlySet<string> Words(RecoveryRoute route) =>
        s_words.GetValue(route, r => TextAnalyzer.Stems($"{r.UseEn} {r.UseTr}").ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a word stem is specific in the route uses (occurs in at most one use in twenty).</summary>
    public static bool IsSpecificWord(string stem) => s_specific.Value.Contains(stem);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RecoveryRoute, IReadOnlySet<string>> s_useFeatures = [];

    private static readonly Lazy<HashSet<string>> s_commonFeatures = new(() =>
    {
        // As for the stems: a feature in more than one route use in twenty names no particular use.
        var frequency = All.SelectMany(r => TextAnalyzer.Features($"{r.UseEn} {r.UseTr}")).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. frequency.Where(f => f.Value > All.Count / 20).Select(f => f.Key)];
    });

    /// <summary>
    /// Similarity features (<see cref="TextAnalyzer.Features(string?)"/>) of a route's use that name
    /// something particular (in at most one route use in twenty), cached: a need that names one of
    /// them asks for what the route delivers.
    /// </summary>
    public static IReadOnlySet<string> SpecificUseFeatures(RecoveryRoute route) =>
        s_useFeatures.GetValue(route, r => TextAnalyzer.Features($"{r.UseEn} {r.UseTr}").Where(f => !s_commonFeatures.Value.Contains(f)).ToHashSet(StringComparer.Ordinal));

    /// <summary>All routes, in table order.</summary>
    public static IReadOnlyList<RecoveryRoute> All => s_all.Value;

    /// <summary>
    /// Routes for a six-digit code with their match level (3 code, 2 sub-chapter, 1 chapter). For a
    /// hazardous code only its own rows and the sub-chapter or chapter rows marked for hazardous
    /// wastes apply: a hazardous waste goes only where an operation is licensed for it.
    /// </summary>
    public static IEnumerable<(RecoveryRoute Route, int Level)> For(string code, bool hazardous)
    {
        foreach (var r in All)
        {
            var level = r.Level(code);
            if (level > 0 && (level == 3 || !hazardous || r.AppliesToHazardous))
            {
                yield return (r, level);
            }
        }
    }

    /// <summary>Short words of an R operation (<c>R5</c> → “diğer inorganik malzemelerin geri dönüşümü”), or null.</summary>
    public static (string Tr, string En)? OperationWords(string? rCode) =>
        rCode is not null && s_operationWords.TryGetValue(rCode.ToUpperInvariant(), out var w) ? w : null;

    /// <summary>
    /// The reason line of a route at a match level (3 the code, 2 its sub-chapter, 1 its chapter,
    /// 0 by the material of the description): “Geri kazanım yolu (… alt bölümü): use — R-code words (source)”.
    /// </summary>
    public static (string Tr, string En) Line(RecoveryRoute route, int level)
    {
        var (opTr, opEn) = Describe(route.RCode);
        var source = ShortSource(route.Source);
        var (scopeTr, scopeEn) = Scope(route, level);
        return ($"Geri kazanım yolu{scopeTr}: {route.UseTr} — {opTr} ({source})", $"Recovery route{scopeEn}: {route.UseEn} — {opEn} ({source})");
    }

    /// <summary>
    /// The same line for a giver while the receiver is anonymous: neither the use nor the source
    /// (“NACE 16.29”) may tell the class, so the receiving side is named by its division only.
    /// </summary>
    public static (string Tr, string En) AnonymisedLine(RecoveryRoute route, int level, string division)
    {
        var (opTr, opEn) = Describe(route.RCode);
        var (scopeTr, scopeEn) = Scope(route, level);
        return ($"Geri kazanım yolu{scopeTr}: NACE {division} bölümü — {opTr}", $"Recovery route{scopeEn}: NACE division {division} — {opEn}");
    }

    private static (string Tr, string En) Scope(RecoveryRoute route, int level) => level switch
    {
        3 => (string.Empty, string.Empty),
        2 when route.Ewc.Length == 6 => ($" (aynı alt bölümdeki {Domain.Streams.EwcCode.Display(route.Ewc)} için)", $" (for {Domain.Streams.EwcCode.Display(route.Ewc)} of the same sub-chapter)"),
        2 => ($" ({route.Ewc[..2]} {route.Ewc[2..]} alt bölümü)", $" (sub-chapter {route.Ewc[..2]} {route.Ewc[2..]})"),
        1 => ($" ({route.Ewc} bölümü)", $" (chapter {route.Ewc})"),
        _ => (" (açıklamadaki malzemeye göre)", " (by the material in the description)"),
    };

    /// <summary>The first source of a route without parenthesised detail (“BREF CLM 2013 §1.2.4.1”, “ATY Tebliği”).</summary>
    private static string ShortSource(string source)
    {
        var first = source.Split(';', 2)[0].Trim();
        var paren = first.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            first = first[..paren].Trim();
        }

        return first.EndsWith(" notes", StringComparison.Ordinal) ? first[..^" notes".Length] : first;
    }

    /// <summary>“R5 — diğer inorganik malzemelerin geri dönüşümü” in Turkish and English.</summary>
    public static (string Tr, string En) Describe(string rCode) =>
        OperationWords(rCode) is { } w ? ($"{rCode} — {w.Tr}", $"{rCode} — {w.En}") : (rCode, rCode);
}
