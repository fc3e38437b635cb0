using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// Corrections of synergy-library rows whose waste code contradicts the row's own material
/// description (coke-oven gas filed as steel slag, printed circuit boards as PCB-containing
/// transformers), from <c>library_corrections.csv</c>: each with its reason and source. The shared
/// library file is never edited; the engine's knowledge and the evaluation read a row through here.
/// </summary>
public static class LibraryCorrections
{
    private static readonly Lazy<IReadOnlyDictionary<string, Correction>> s_codes = new(() =>
        KnowledgeTable.Read("library_corrections.csv")
            .Where(r => r["field"] == "ewc_codes")
            .ToDictionary(r => r["exchange_id"], r => new Correction(r["exchange_id"], r["value"], r["reason"], r["source"]), StringComparer.Ordinal));

    /// <summary>The corrections of waste codes, by exchange id.</summary>
    public static IReadOnlyDictionary<string, Correction> WasteCodes => s_codes.Value;

    /// <summary>The exchange's waste codes (space-separated six-digit codes), corrected when the table says so.</summary>
    public static string EwcCodes(string exchangeId, string codes) =>
        s_codes.Value.TryGetValue(exchangeId, out var c) ? c.Value : codes;

    /// <summary>One correction.</summary>
    /// <param name="ExchangeId">Library exchange id.</param>
    /// <param name="Value">Corrected value (empty: no code applies).</param>
    /// <param name="Reason">Why the original is wrong.</param>
    /// <param name="Source">Where the corrected reading comes from.</param>
    public sealed record Correction(string ExchangeId, string Value, string Reason, string Source);
}
