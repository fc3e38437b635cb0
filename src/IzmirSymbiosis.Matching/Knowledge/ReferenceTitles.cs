using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// Turkish titles of waste codes, EWC chapters and sub-chapters and NACE Rev.2 entries, for reasons
/// the engine writes in Turkish (the English titles come with the reference rows). Tables
/// <c>ewc_titles_tr.csv</c> and <c>nace_titles_tr.csv</c> are copies of <c>shared/data/reference/*_tr.csv</c>
/// (Atık Yönetimi Yönetmeliği Ek-4; TÜİK's NACE Rev.2 titles); sources in <c>shared/data/SOURCES.md</c>.
/// The R-code words of reasons are <see cref="RecoveryRoutes.OperationWords"/>.
/// </summary>
public static class ReferenceTitles
{
    private static readonly Lazy<Dictionary<string, string>> s_ewc = new(() => Load("ewc_titles_tr.csv", c => c.Replace(" ", string.Empty, StringComparison.Ordinal)));
    private static readonly Lazy<Dictionary<string, string>> s_nace = new(() => Load("nace_titles_tr.csv", c => c));

    /// <summary>Turkish title of a waste code (six digits), sub-chapter (four) or chapter (two), or null.</summary>
    public static string? WasteTr(string? code) =>
        code is null ? null : s_ewc.Value.GetValueOrDefault(code.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('*'));

    /// <summary>Turkish title of a NACE entry of any level (<c>C</c>, <c>23</c>, <c>23.5</c>, <c>23.51</c>), or null.</summary>
    public static string? NaceTr(string? code) => code is null ? null : s_nace.Value.GetValueOrDefault(code);

    private static readonly Lazy<HashSet<string>> s_titleStems = new(() =>
        [.. s_ewc.Value.Values.Concat(s_nace.Value.Values).SelectMany(TextAnalyzer.Stems)]);

    /// <summary>
    /// Whether a word stem (<see cref="TextAnalyzer.Stems"/>) occurs in a Turkish waste-code or NACE
    /// title: such words classify (<c>hizmet</c>, <c>üretim</c>, <c>cüruf</c>) rather than name a particular thing.
    /// </summary>
    public static bool IsTitleStem(string stem) => s_titleStems.Value.Contains(stem);

    private static Dictionary<string, string> Load(string table, Func<string, string> key) =>
        KnowledgeTable.Read(table)
            .Where(r => r["code"].Length > 0 && r["title_tr"].Length > 0)
            .GroupBy(r => key(r["code"]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()["title_tr"], StringComparer.Ordinal);
}
