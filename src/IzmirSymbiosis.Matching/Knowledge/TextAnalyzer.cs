using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// What is known about a stream besides its words, used to choose the sense of an ambiguous word
/// (<c>talaş</c> is wood in EWC chapter 03 or at a furniture maker, metal in chapter 12 or at a
/// machine shop). See <c>Tables/ambiguous_words.csv</c>.
/// </summary>
/// <param name="EwcCodes">Six-digit EWC codes of the stream (or chapter/sub-chapter prefixes).</param>
/// <param name="DonorNace">NACE code of the firm that produces the stream, if known.</param>
public sealed record WordContext(IReadOnlyList<string> EwcCodes, string? DonorNace = null)
{
    /// <summary>No context: ambiguous words keep all their senses unless the text decides.</summary>
    public static WordContext None { get; } = new([]);

    /// <summary>Context of one EWC code and a donor sector.</summary>
    public static WordContext Of(string? ewcCode, string? donorNace = null) =>
        new(ewcCode is { Length: > 0 } ? [ewcCode.Replace(" ", string.Empty, StringComparison.Ordinal)] : [], donorNace);
}

/// <summary>
/// Turns Turkish or English text into comparable features: Turkish-aware search key
/// (<see cref="TurkishText.SearchKey"/>), stop words removed, English plurals stemmed, and words
/// of the <see cref="MaterialLexicon"/> replaced by their concept (<c>kül</c> and <c>ash</c> both
/// become <c>c:ash</c>), so a Turkish offer and an English need compare equal. An ambiguous word
/// (one naming several concepts) keeps the senses another word of the text confirms, else the
/// senses its <see cref="WordContext"/> selects (EWC chapter, donor sector), else all. Words of the
/// code titles that name processes or equipment (<c>furnace</c>, <c>washing</c>, <c>installation</c>)
/// are stop words, and a word that only qualifies a process (<c>gas</c> in “from gas treatment”,
/// <c>liquor</c> in “mother liquors”) names no material. Turkish stems of several syllables ending
/// in k, t or p also match their softened form before a vowel (<c>kabuk</c> → <c>kabuğu</c>).
/// </summary>
public static class TextAnalyzer
{
    /// <summary>
    /// Turkish words that ASCII folding would turn into a material word of another meaning:
    /// <c>çam</c> (pine, wood) would read as <c>cam</c> (glass), <c>şu</c> (that) as <c>su</c> (water).
    /// They are replaced before folding; <c>çamur</c> (sludge) and <c>çamaşır</c> are other words and stay.
    /// </summary>
    private static readonly (System.Text.RegularExpressions.Regex Pattern, string Replacement)[] s_beforeFolding =
    [
        (new(@"(?<!\p{L})çam(ı|ın|a|da|dan|lar|ları|ların)?(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "ahşap"),
        (new(@"(?<!\p{L})şu(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), " "),
        // "demiryolu" (railway) is no "demir" (iron): "demiryolu balastı" is stone. Rails themselves are named as rails (ray).
        (new(@"(?<!\p{L})demir\s?yol\p{L}*", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "tren yolu"),
        // "demirleme" (mooring, anchoring a ship or a fish cage) is no "demir" (iron): "kafes demirlemesi için ağırlık" asks for a weight.
        (new(@"(?<!\p{L})demirle[mny]\p{L}*", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "bağlama"),
        // "kıl" (hair) folds to "kil" (clay): "sığır kılı" is animal hair (keratin, like feathers).
        (new(@"(?<!\p{L})(?:[kK]ıl(?:ı|lar|ları|ın|dan)?|KIL(?:I|LAR|LARI)?)(?!\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant), "hayvan tüyü"),
        // "by-pass tozu" is a cement kiln's bypass dust: its "pas" is no rust (pas), its "pass" no word of its own.
        (new(@"(?<!\p{L})(?:by[\s-]?pass?|baypas)(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "bypass"),
        // "pasta" (paste, cake) is no rust ("pas" with the locative "-ta").
        (new(@"(?<!\p{L})pasta(?:lar|ları|sı|lık)?(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "macun"),
        // "tüy bırakmayan" (lint-free) says a cloth sheds no lint: no feather (tüy) is named.
        (new(@"(?<!\p{L})t[üu]y\s+b[ıi]rak\p{L}*", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "havsız"),
        // İzmir's districts and places whose names read as content words are places: "Torbalı" is no bag (torba), "Tahtalı" (the dam)
        // no board (tahta), "Çiğli" nothing raw (çiğ), "Gaziemir" no gas, "Balçova" no honey, "Harmandalı" no blend, "Dikili" nothing
        // planted; "Pancar OSB" is no beet and "Tire OSB", "Tire'de" no tyre. Written with a capital, as a place is.
        (new(@"(?<!\p{L})(?:Torbalı|TORBALI|Tahtalı|Çiğli|ÇİĞLİ|Gaziemir|Balçova|Harmandalı|Dikili|Pancar(?=\s+OSB)|Tire(?=\s+OSB|'))(?:'\p{L}+)?(?!\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant), "ilçe"),
        // "pet food" is food for pets (evcil hayvan maması), not PET.
        (new(@"(?<!\p{L})pet[\s-]?foods?(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), "evcil hayvan maması"),
    ];

    /// <summary>The folded words of a text between spaces, so a word or phrase is found whole: “ aritma camuru ”.</summary>
    public static string Padded(string? text) => $" {FoldKey(text)} ";

    /// <summary>
    /// The search key of a text for material words: <see cref="TurkishText.SearchKey"/> after the
    /// words folding would confuse are replaced (“Islak çam talaşı” is wood, not glass; “pet food” is no PET).
    /// </summary>
    public static string FoldKey(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return TurkishText.SearchKey(text);
        }

        foreach (var (pattern, replacement) in s_beforeFolding)
        {
            text = pattern.Replace(text, replacement);
        }

        return TurkishText.SearchKey(text);
    }

    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        // English
        "a", "an", "and", "or", "of", "from", "the", "other", "than", "those", "mentioned", "in", "containing", "contain",
        "waste", "wastes", "with", "for", "not", "otherwise", "specified", "including", "include", "as", "by", "to", "on",
        "which", "its", "their", "use", "used", "is", "are", "be", "this", "class", "also", "includes", "manufacture",
        "production", "product", "products", "nd", "na", "e", "g", "etc", "such", "into", "at", "it", "without", "see",
        "based", "type", "types", "various", "material", "materials", "mixed", "mixture", "separately", "collected",
        "substance", "substances", "hazardous", "dangerous", "non", "process", "processing", "treatment", "plant", "unit",
        // Processes and equipment of the EWC and NACE titles, never materials
        "furnace", "furnaces", "oven", "ovens", "kiln", "washing", "washings", "cleaning", "installation", "installations",
        "operation", "operations", "boiler", "boilers",
        // Turkish (ASCII-folded)
        "ve", "ile", "atik", "atiklar", "atiklari", "atigi", "artik", "artiklari", "veya", "icin", "olan", "diger", "bir",
        "bu", "da", "de", "gibi", "kadar", "cok", "az", "karisik", "malzeme", "ton", "kg", "yil", "ay",
    };

    /// <summary>
    /// Turkish words (folded) that are common in descriptions of offers and needs but name no
    /// particular thing: production, raw material, plant, recovery, need, use, quality, industry.
    /// They never count as a shared specific word.
    /// </summary>
    private static readonly HashSet<string> s_genericWords = WithStems(
    [
        "uretim", "uretimi", "uretiminde", "uretiminden", "hammadde", "hammaddesi", "hammaddeleri", "tesis", "tesisi",
        "tesisleri", "tesisine", "fabrika", "fabrikasi", "fabrikalari", "geri", "kazanim", "kazanimi", "donusum",
        "donusumu", "ihtiyac", "ihtiyaci", "ihtiyacimiz", "kullanim", "kullanimi", "kullanilmis", "amacli", "amaciyla",
        "olarak", "temiz", "yeni", "ikinci", "kalite", "kaliteli", "urun", "urunu", "urunleri", "sanayi", "sanayii",
        "endustri", "endustriyel", "isleme", "islenmis", "islemi", "proses", "hatti", "parca", "parcasi", "parcalari",
        "uygun", "yerine", "katki", "katkisi", "alternatif", "malzemesi", "malzemeleri", "madde", "maddesi", "sistem",
        "sistemi", "orani", "yillik", "aylik", "haftalik", "gunluk", "duzenli", "surekli", "lisansli", "izinli",
        "kabul", "kabulu", "sonrasi", "oncesi", "hurda", "hurdasi", "ham", "ikincil", "tehlikesiz", "tehlikeli",
        "icerikli", "iceren", "karisimi", "fraksiyon", "fraksiyonu", "artigi", "artiklari", "atigi", "tozu", "parcacik",
        "alan", "alani", "alanlari", "aritilmis", "kesim", "kesimi", "bos", "kapasite", "kapasitesi", "hizmet", "hizmeti",
    ]);

    /// <summary>The words and their stems as <see cref="Features(string?)"/> gives them.</summary>
    private static HashSet<string> WithStems(string[] words) => new(words.Concat(words.Select(StemEnglish)), StringComparer.Ordinal);

    /// <summary>
    /// Whether a similarity feature is a specific word: a plain stem (no concept of the lexicon) of at
    /// least four letters that is neither a stop word, nor a common word of descriptions (<c>üretim</c>,
    /// <c>hammadde</c>, <c>alanı</c>), nor a word of the Turkish waste-code and NACE titles, which
    /// classify rather than name. Two streams that share one name the same particular thing
    /// (<c>balata</c>, <c>kartuşu</c>, <c>lanolin</c>); the caller also requires that the English
    /// reference texts do not contain it, so common words of the waste list do not count.
    /// </summary>
    public static bool IsSpecificWord(string feature) =>
        !feature.StartsWith("c:", StringComparison.Ordinal) && feature.Length >= 4 &&
        !s_genericWords.Contains(feature) && !feature.Any(char.IsAsciiDigit) && !ReferenceTitles.IsTitleStem(feature);

    /// <summary>
    /// A word followed by one of these names the process, not a material: EWC titles “wastes from gas
    /// treatment”, “sludges from gas cleaning”, “flue-gas treatment”.
    /// </summary>
    private static readonly Dictionary<string, string[]> s_qualifiesNext = new(StringComparer.Ordinal)
    {
        ["gas"] = ["treatment", "cleaning", "scrubbing", "purification", "desulphurisation"],
        ["gases"] = ["treatment", "cleaning", "scrubbing", "purification", "desulphurisation"],
    };

    /// <summary>A word preceded by one of these names no material: “mother liquors” (EWC 07 0x 01) are reaction solutions, not acids; “flue gas” is the stream being cleaned.</summary>
    private static readonly Dictionary<string, string[]> s_qualifiedByPrevious = new(StringComparer.Ordinal)
    {
        ["liquor"] = ["mother"],
        ["liquors"] = ["mother"],
        ["gas"] = ["flue"],
    };

    private static readonly string[] s_originMarkers = [" from ", " containing ", " contaminated "];

    private static readonly Dictionary<string, string[]> s_turkish = BuildTurkish();
    private static readonly Dictionary<string, string[]> s_english = BuildEnglish();
    private static readonly Lazy<Dictionary<string, List<(string Concept, string[] Ewc, string[] Nace)>>> s_senses = new(LoadSenses);

    /// <summary>Plain word stems of a text (no concept mapping), stop words removed.</summary>
    public static List<string> Stems(string? text)
    {
        var result = new List<string>();
        foreach (var word in FoldKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
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
    public static List<string> Concepts(string? text) => Concepts(text, null);

    /// <summary>Concept keys named in a text, ambiguous words resolved with the stream's context.</summary>
    public static List<string> Concepts(string? text, WordContext? context)
    {
        var result = new List<string>();
        var words = FoldKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var confirmed = UnambiguousConcepts(words);
        for (var i = 0; i < words.Length; i++)
        {
            if (s_stopWords.Contains(words[i]) || QualifiesProcess(words, i))
            {
                continue;
            }

            foreach (var c in Resolve(words[i], ConceptsOfWord(words[i]), confirmed, context))
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
    /// Concepts of the material a code title names. In a title of the waste list the words after
    /// <c>from</c> or <c>containing</c> say where the waste comes from or what it carries, not what
    /// it is (“sludges from treatment of urban waste water” is a sludge, not water): the concepts of
    /// the head before those words count, and the whole title only when the head names none
    /// (“wastes from processed textile fibres”).
    /// </summary>
    public static List<string> TitleConcepts(string? title, WordContext? context)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        var cut = title.Length;
        foreach (var marker in s_originMarkers)
        {
            var i = title.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i > 0 && i < cut)
            {
                cut = i;
            }
        }

        var head = Concepts(title[..cut], context);
        return head.Count > 0 ? head : Concepts(title, context);
    }

    /// <summary>
    /// Features for similarity: <c>c:key</c> for each concept a word names, the word's stem for
    /// words outside the lexicon. Distinct, unordered.
    /// </summary>
    public static HashSet<string> Features(string? text) => Features(text, null);

    /// <summary>Features for similarity, ambiguous words resolved with the stream's context.</summary>
    public static HashSet<string> Features(string? text, WordContext? context)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var words = FoldKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var confirmed = UnambiguousConcepts(words);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 2 || s_stopWords.Contains(word) || word.All(char.IsAsciiDigit) || QualifiesProcess(words, i))
            {
                continue;
            }

            var concepts = Resolve(word, ConceptsOfWord(word), confirmed, context);
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

    /// <summary>True when word <paramref name="i"/> only qualifies a process (“gas” in “gas treatment”).</summary>
    private static bool QualifiesProcess(string[] words, int i) =>
        (i + 1 < words.Length && s_qualifiesNext.TryGetValue(words[i], out var next) && next.Contains(words[i + 1]))
        || (i > 0 && s_qualifiedByPrevious.TryGetValue(words[i], out var previous) && previous.Contains(words[i - 1]));

    /// <summary>Concepts named by words of the text that name exactly one concept.</summary>
    private static HashSet<string> UnambiguousConcepts(string[] words)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            if (!s_stopWords.Contains(words[i]) && !QualifiesProcess(words, i) && ConceptsOfWord(words[i]) is [var only])
            {
                result.Add(only);
            }
        }

        return result;
    }

    /// <summary>
    /// An ambiguous word keeps only the senses another word of the text confirms (<c>talaş</c> is
    /// wood or metal shavings, but in <c>ahşap talaşı</c> only wood); failing that, the senses the
    /// context selects (<see cref="SensesInContext"/>); failing that, all.
    /// </summary>
    private static string[] Resolve(string word, string[] concepts, HashSet<string> confirmedByText, WordContext? context)
    {
        if (concepts.Length < 2)
        {
            return concepts;
        }

        var confirmed = concepts.Where(confirmedByText.Contains).ToArray();
        if (confirmed.Length > 0)
        {
            return confirmed;
        }

        var inContext = SensesInContext(word, context);
        var chosen = concepts.Where(inContext.Contains).ToArray();
        return chosen.Length > 0 ? chosen : concepts;
    }

    /// <summary>
    /// Senses of an ambiguous word that its context selects, from <c>ambiguous_words.csv</c>: the
    /// rows whose EWC prefix matches a code of the context most specifically; else the rows whose
    /// NACE prefix matches the donor's code most specifically; else none.
    /// </summary>
    internal static IReadOnlyList<string> SensesInContext(string word, WordContext? context)
    {
        if (context is null || !s_senses.Value.TryGetValue(BaseOf(word), out var senses))
        {
            return [];
        }

        var codes = context.EwcCodes.Select(c => c.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('*')).ToList();
        var byCode = Best(senses, s => s.Ewc.Where(p => codes.Any(c => c.StartsWith(p, StringComparison.Ordinal))));
        if (byCode.Count > 0)
        {
            return byCode;
        }

        var nace = (context.DonorNace ?? string.Empty).Trim();
        return nace.Length == 0 ? [] : Best(senses, s => s.Nace.Where(p => nace.StartsWith(p, StringComparison.Ordinal)));
    }

    private static List<string> Best(List<(string Concept, string[] Ewc, string[] Nace)> senses, Func<(string Concept, string[] Ewc, string[] Nace), IEnumerable<string>> matches)
    {
        var scored = senses.Select(s => (s.Concept, Length: matches(s).Select(p => p.Length).DefaultIfEmpty(0).Max())).Where(s => s.Length > 0).ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Length);
        return [.. scored.Where(s => s.Length == best).Select(s => s.Concept)];
    }

    /// <summary>The lexicon stem a Turkish word form comes from (<c>talaşı</c> → <c>talas</c>), or the word.</summary>
    private static string BaseOf(string word)
    {
        foreach (var stem in s_senses.Value.Keys)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal) || (Softened(stem) is { } soft && word.StartsWith(soft, StringComparison.Ordinal)))
            {
                return stem;
            }
        }

        return word;
    }

    private static Dictionary<string, List<(string Concept, string[] Ewc, string[] Nace)>> LoadSenses()
    {
        static string[] Split(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new Dictionary<string, List<(string, string[], string[])>>(StringComparer.Ordinal);
        foreach (var row in KnowledgeTable.Read("ambiguous_words.csv"))
        {
            var word = TurkishText.SearchKey(row["word"]);
            if (!result.TryGetValue(word, out var list))
            {
                result[word] = list = [];
            }

            list.Add((row["concept"], Split(row["ewc"]), Split(row["nace"])));
        }

        return result;
    }

    /// <summary>
    /// Softened form of a Turkish stem of several syllables ending in k, t or p (ünsüz yumuşaması,
    /// TDK Yazım Kılavuzu): <c>kabuk</c> → <c>kabug</c> (kabuğu), <c>kepek</c> → <c>kepeg</c>; null otherwise.
    /// </summary>
    internal static string? Softened(string stem)
    {
        if (stem.Length < 4 || stem.Count(ch => "aeiou".Contains(ch, StringComparison.Ordinal)) < 2)
        {
            return null;
        }

        return stem[^1] switch
        {
            'k' => stem[..^1] + "g",
            't' => stem[..^1] + "d",
            'p' => stem[..^1] + "b",
            _ => null,
        };
    }

    /// <summary>Concepts one normalised word names (Turkish stem plus suffix, or English form).</summary>
    internal static string[] ConceptsOfWord(string word)
    {
        if (s_turkish.TryGetValue(word, out var tr))
        {
            return tr;
        }

        if (s_english.TryGetValue(StemEnglish(word), out var en))
        {
            return en;
        }

        // “gases”: the plural -es of a word ending in s, which StemEnglish leaves as “gase”.
        return word.Length > 4 && word.EndsWith("ses", StringComparison.Ordinal) && s_english.TryGetValue(word[..^2], out var es) ? es : [];
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

                if (Softened(s) is { } soft)
                {
                    foreach (var suffix in MaterialLexicon.TurkishSuffixes.Where(x => x.Length > 0 && "aeiou".Contains(x[0], StringComparison.Ordinal)))
                    {
                        Add(map, soft + suffix, concept.Key);
                    }
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
