using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// Turns Turkish or English text into comparable features: Turkish-aware search key
/// (<see cref="TurkishText.SearchKey"/>), stop words removed, English plurals stemmed, and words
/// of the <see cref="MaterialLexicon"/> replaced by their concept (<c>kül</c> and <c>ash</c> both
/// become <c>c:ash</c>), so a Turkish offer and an English need compare equal.
/// </summary>
public static class TextAnalyzer
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        // English
        "a", "an", "and", "or", "of", "from", "the", "other", "than", "those", "mentioned", "in", "containing", "contain",
        "waste", "wastes", "with", "for", "not", "otherwise", "specified", "including", "include", "as", "by", "to", "on",
        "which", "its", "their", "use", "used", "is", "are", "be", "this", "class", "also", "includes", "manufacture",
        "production", "product", "products", "nd", "na", "e", "g", "etc", "such", "into", "at", "it", "without", "see",
        "based", "type", "types", "various", "material", "materials", "mixed", "mixture", "separately", "collected",
        "substance", "substances", "hazardous", "dangerous", "non", "process", "processing", "treatment", "plant", "unit",
        // Turkish (ASCII-folded)
        "ve", "ile", "atik", "atiklar", "atiklari", "atigi", "artik", "artiklari", "veya", "icin", "olan", "diger", "bir",
        "bu", "da", "de", "gibi", "kadar", "cok", "az", "karisik", "malzeme", "ton", "kg", "yil", "ay",
    };

    private static readonly Dictionary<string, string[]> s_turkish = BuildTurkish();
    private static readonly Dictionary<string, string[]> s_english = BuildEnglish();

    /// <summary>Plain word stems of a text (no concept mapping), stop words removed.</summary>
    public static List<string> Stems(string? text)
    {
        var result = new List<string>();
        foreach (var word in TurkishText.SearchKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 2 || s_stopWords.Contains(word) || word.All(char.IsAsciiDigit))
            {
                continue;
            }

            result.Add(StemEnglish(word));
        }

        return result;
    }

    /// <summary>Concept keys (without prefix) named in a text, in order of first mention.</summary>
    public static List<string> Concepts(string? text)
    {
        var result = new List<string>();
        var words = TurkishText.SearchKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var context = UnambiguousConcepts(words);
        foreach (var word in words)
        {
            foreach (var c in Resolve(ConceptsOfWord(word), context))
            {
                if (!result.Contains(c))
                {
                    result.Add(c);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Features for similarity: <c>c:key</c> for each concept a word names, the word's stem for
    /// words outside the lexicon. Distinct, unordered.
    /// </summary>
    public static HashSet<string> Features(string? text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var words = TurkishText.SearchKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var context = UnambiguousConcepts(words);
        foreach (var word in words)
        {
            if (word.Length < 2 || s_stopWords.Contains(word) || word.All(char.IsAsciiDigit))
            {
                continue;
            }

            var concepts = Resolve(ConceptsOfWord(word), context);
            if (concepts.Length == 0)
            {
                result.Add(StemEnglish(word));
            }
            else
            {
                foreach (var c in concepts)
                {
                    result.Add("c:" + c);
                }
            }
        }

        return result;
    }

    /// <summary>Concepts named by words of the text that name exactly one concept.</summary>
    private static HashSet<string> UnambiguousConcepts(string[] words)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (ConceptsOfWord(w) is [var only])
            {
                result.Add(only);
            }
        }

        return result;
    }

    /// <summary>
    /// An ambiguous word keeps only the senses another word of the text confirms:
    /// <c>talaş</c> is wood or metal shavings, but in <c>ahşap talaşı</c> only wood.
    /// </summary>
    private static string[] Resolve(string[] concepts, HashSet<string> context)
    {
        if (concepts.Length < 2)
        {
            return concepts;
        }

        var confirmed = concepts.Where(context.Contains).ToArray();
        return confirmed.Length > 0 ? confirmed : concepts;
    }

    /// <summary>Concepts one normalised word names (Turkish stem plus suffix, or English form).</summary>
    internal static string[] ConceptsOfWord(string word)
    {
        if (s_turkish.TryGetValue(word, out var tr))
        {
            return tr;
        }

        return s_english.TryGetValue(StemEnglish(word), out var en) ? en : [];
    }

    /// <summary>Strips English plural endings: <c>ashes</c>→<c>ash</c>, <c>sludges</c>→<c>sludge</c>, <c>batteries</c>→<c>battery</c>.</summary>
    public static string StemEnglish(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) ||
            word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) &&
            !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    private static Dictionary<string, string[]> BuildTurkish()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in MaterialLexicon.Concepts)
        {
            foreach (var stem in concept.TurkishStems)
            {
                var s = TurkishText.SearchKey(stem);
                foreach (var suffix in MaterialLexicon.TurkishSuffixes)
                {
                    Add(map, s + suffix, concept.Key);
                }
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static Dictionary<string, string[]> BuildEnglish()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in MaterialLexicon.Concepts)
        {
            foreach (var form in concept.EnglishForms)
            {
                Add(map, StemEnglish(TurkishText.SearchKey(form)), concept.Key);
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, List<string>> map, string word, string concept)
    {
        if (!map.TryGetValue(word, out var list))
        {
            map[word] = list = [];
        }

        if (!list.Contains(concept))
        {
            list.Add(concept);
        }
    }
}
