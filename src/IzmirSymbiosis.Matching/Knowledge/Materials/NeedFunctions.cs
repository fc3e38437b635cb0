using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Matching.Knowledge.Materials;

/// <summary>
/// Needs stated by what the material must do (<c>need_functions.csv</c>): “farin demir düzeltici”, “dış karbon kaynağı”,
/// “kümes altlığı”, “bulking agent”. Such a need's words name what the material acts on (raw meal, nitrogen, a broiler
/// house, sludge), so the need is read as the function, a material of family <c>use</c> whose accept rules in
/// <c>material_compatibility.csv</c> list the offers it takes. A need that also names a material the function takes
/// (“kümes altlığı için ağaç talaşı”) keeps that material.
/// </summary>
internal sealed class NeedFunctions
{
    private static readonly Regex s_word = new(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant);

    private readonly (int Id, (string Stem, bool Open)[] Words, (string Stem, bool Open)[][] Within)[] _phrases;

    // The next shorter key of a material id that exists (0: none).
    private readonly Func<int, int> _parentOf;

    // The phrases' first stems: a need whose folded text holds none of them names no function (most needs), read no further.
    private readonly string[] _firstStems;

    /// <summary>Builds the matcher from the table's rows; <paramref name="idOf"/> gives each function's material id.</summary>
    public NeedFunctions(IReadOnlyList<IReadOnlyDictionary<string, string>> rows, Func<string, int> idOf, Func<int, int> parentOf)
    {
        _parentOf = parentOf;
        var phrases = new List<(int, (string, bool)[], (string, bool)[][])>();
        foreach (var row in rows)
        {
            var id = idOf(row["key"]);
            (string, bool)[][] within = [.. Phrases(row.GetValueOrDefault("within"))];
            phrases.AddRange(Phrases(row["words"]).Select(p => (id, p, within)));
        }

        _phrases = [.. phrases];
        _firstStems = [.. _phrases.Select(p => p.Words[0].Stem).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The material a need is read as: the function its description names first, unless the rest of the description
    /// (the function's own words taken out: “demir” of “demir düzeltici” names no iron scrap) names a material the
    /// function takes; <paramref name="resolve"/> reads a description's material.
    /// </summary>
    public int ForNeed(string? description, Func<string?, int> resolve, MaterialCatalog catalog)
    {
        var (function, start, end) = Of(description);
        if (function == 0)
        {
            return resolve(description);
        }

        var rest = s_replaced.Replace(string.Concat(description![..start], " ", description[end..]), " ");
        var named = resolve(rest);

        // Water named beside heating is the water to be heated (“kullanım suyu ön ısıtması (60 °C)”): the need is for heat,
        // which hot water serves as well (EU BREF Energy Efficiency (2009) §3.3.1: recovered heat pre-heats process water).
        var heating = catalog.Get(function).Key == "use.heat" && named != 0 && catalog.Get(named).Family == "water";
        // A material named only as the plant's trade or in a purpose is what it works on, not what it asks for: “kasa ve palet yıkama
        // tesisi: … ön ısıtmak için ısı kaynağı” asks for heat, not for pallets.
        return named != 0 && !heating && !catalog.NamesOnlyAsides(rest) && catalog.Relation(named, function).Accept > 0 ? named : function;
    }

    // What a function's material replaces is no material the need asks for: “kalker yerine”, “metanol yerine”, “kil ikamesi”,
    // “instead of methanol”, “to replace clay”.
    private static readonly System.Text.RegularExpressions.Regex s_replaced = new(
        @"[\p{L}\p{Nd}-]+\s+(?:yerine|ikamesi|ikamesine)(?!\p{L})|(?<!\p{L})(?:instead\s+of|to\s+replace|replacing)\s+[\p{L}\p{Nd}-]+",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The function the description names first (0: none) and the span of its words in the description.</summary>
    public (int Id, int Start, int End) Of(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return (0, 0, 0);
        }

        var text = TextAnalyzer.FoldKey(description);
        if (!Array.Exists(_firstStems, stem => text.Contains(stem, StringComparison.Ordinal)))
        {
            return (0, 0, 0);
        }

        var words = s_word.Matches(description).Select(m => (Folded: TextAnalyzer.FoldKey(m.Value), m.Index, End: m.Index + m.Length)).ToArray();
        var folded = words.Select(w => w.Folded).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (id, phrase, within) in _phrases)
            {
                var length = Length(phrase, folded, i);
                if (length > 0 && (within.Length == 0 || within.Any(c => Enumerable.Range(0, folded.Length).Any(j => StandsAt(c, folded, j)))))
                {
                    return (length == 4 ? Coordinated(id, folded[i + 2], folded[i + 3]) : id, words[i].Index, words[i + length - 1].End);
                }
            }
        }

        return (0, 0, 0);
    }

    /// <summary>
    /// How many words of the description a phrase covers at <paramref name="i"/> (0: it does not stand there). A
    /// two-word phrase also stands with a second item coordinated before its head: “demir ve kalsiyum düzeltici”
    /// is an iron corrective (and a calcium one), as “demir düzeltici ve kalsiyum düzeltici” would be.
    /// </summary>
    private static int Length((string Stem, bool Open)[] phrase, string[] folded, int i)
    {
        if (StandsAt(phrase, folded, i))
        {
            return phrase.Length;
        }

        return phrase.Length == 2 && i + 3 < folded.Length && Fits(phrase[0], folded[i]) &&
               folded[i + 1] is "ve" or "veya" or "ile" or "and" or "or" && Fits(phrase[1], folded[i + 3])
            ? 4
            : 0;
    }

    /// <summary>
    /// The function of a coordinated phrase (“silis ve demir sağlayan”): when its second item names another function
    /// (“demir sağlayan”), the two functions' nearest common one (any raw-meal corrective), so that an offer either
    /// function takes serves the need; else the first item's function.
    /// </summary>
    private int Coordinated(int first, string item, string head)
    {
        var second = Array.Find(_phrases, p => p.Words.Length == 2 && Fits(p.Words[0], item) && Fits(p.Words[1], head)).Id;
        if (second == 0 || second == first)
        {
            return first;
        }

        for (var a = first; a != 0; a = _parentOf(a))
        {
            for (var b = second; b != 0; b = _parentOf(b))
            {
                if (a == b)
                {
                    return a;
                }
            }
        }

        return first;
    }

    private static bool StandsAt((string Stem, bool Open)[] phrase, string[] folded, int i) =>
        i + phrase.Length <= folded.Length && phrase.Select((w, k) => Fits(w, folded[i + k])).All(f => f);

    private static IEnumerable<(string, bool)[]> Phrases(string? list) =>
        (list ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word).ToArray());

    private static bool Fits((string Stem, bool Open) word, string folded) =>
        word.Open ? folded.StartsWith(word.Stem, StringComparison.Ordinal) : folded == word.Stem;

    /// <summary>A phrase word folded; a word ending in * takes any ending.</summary>
    private static (string, bool) Word(string w)
    {
        var open = w.EndsWith('*');
        var folded = TextAnalyzer.FoldKey(open ? w[..^1] : w);
        if (folded.Length == 0 || folded.Contains(' ', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"need_functions.csv: phrase word '{w}' does not fold to one word");
        }

        return (folded, open);
    }
}
