using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Tables;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

/// <summary>
/// The words of the reference texts a lexicon word may come from: the European List of Waste
/// (English descriptions and chapter titles; Turkish titles of Atık Yönetimi Yönetmeliği Ek-4),
/// NACE Rev.2 (English titles and includes notes; TÜİK's Turkish titles) and the R/D operations
/// (Directive 2008/98/EC Annex I–II; Ek-2). Never the synergy library.
/// </summary>
internal static class ReferenceWords
{
    private static readonly Lazy<(HashSet<string> Ewc, HashSet<string> Nace, HashSet<string> Operations)> s_words = new(Load);

    /// <summary>Words of the EWC texts, English and Turkish.</summary>
    public static IReadOnlySet<string> Ewc => s_words.Value.Ewc;

    /// <summary>Words of the NACE texts, English and Turkish.</summary>
    public static IReadOnlySet<string> Nace => s_words.Value.Nace;

    /// <summary>Words of the R/D operation texts, English and Turkish.</summary>
    public static IReadOnlySet<string> Operations => s_words.Value.Operations;

    /// <summary>
    /// Whether a Turkish stem occurs in a set of words: as the analyzer reads it (stem + one of its
    /// suffixes), or, for stems of four letters or more, at the start of a word (Turkish words
    /// take chains of suffixes: <c>ipliklerin</c>, <c>zeytinyağı</c>).
    /// </summary>
    public static bool HasTurkishStem(IReadOnlySet<string> words, string stem)
    {
        var s = TurkishText.SearchKey(stem);
        return MaterialLexicon.TurkishSuffixes.Any(suffix => words.Contains(s + suffix))
            || (s.Length >= 4 && words.Any(w => w.StartsWith(s, StringComparison.Ordinal)));
    }

    /// <summary>Whether an English form, as the analyzer reads it (plural stemmed), occurs in a set of words.</summary>
    public static bool HasEnglishForm(IReadOnlySet<string> words, string form) =>
        words.Contains(TextAnalyzer.StemEnglish(TurkishText.SearchKey(form)));

    /// <summary>Words of a text: search keys, each also with its English plural stemmed.</summary>
    public static IEnumerable<string> WordsOf(string? text) =>
        TurkishText.SearchKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => new[] { w, TextAnalyzer.StemEnglish(w) });

    private static (HashSet<string>, HashSet<string>, HashSet<string>) Load()
    {
        var d = ReferenceDataReader.Load();
        var ewc = new HashSet<string>(StringComparer.Ordinal);
        var nace = new HashSet<string>(StringComparer.Ordinal);
        var operations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in d.WasteCodes.Select(w => w.DescriptionEn)
            .Concat(d.WasteCategories.Select(c => c.TitleEn))
            .Concat(KnowledgeTable.Read("ewc_titles_tr.csv").Select(r => r["title_tr"])))
        {
            ewc.UnionWith(WordsOf(text));
        }

        foreach (var text in d.NaceActivities.SelectMany(n => new[] { n.TitleEn, n.Includes, n.AlsoIncludes })
            .Concat(KnowledgeTable.Read("nace_titles_tr.csv").Select(r => r["title_tr"])))
        {
            nace.UnionWith(WordsOf(text));
        }

        foreach (var text in d.RecoveryOperations.Select(o => o.DescriptionEn)
            .Concat(KnowledgeTable.Read("recovery_operations_tr.csv").Select(r => r["title_tr"])))
        {
            operations.UnionWith(WordsOf(text));
        }

        return (ewc, nace, operations);
    }
}
