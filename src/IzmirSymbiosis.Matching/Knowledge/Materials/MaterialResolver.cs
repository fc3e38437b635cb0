using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Matching.Knowledge.Materials;

/// <summary>
/// Reads a stream's material from its EWC code, its description and its firm's NACE class (see
/// <see cref="MaterialCatalog.Resolve"/>). Words are compared after Turkish folding; a keyword word
/// of five letters or more matches as a prefix (Turkish suffixes: <c>alüminyumlu</c>), a
/// four-letter one with up to four more letters (an English one with English endings only:
/// <c>zinc</c> is not <c>zincir</c>), a shorter one alone or with a case or plural
/// suffix (<c>cam</c>, <c>camlar</c>, not <c>çamur</c>).
/// </summary>
internal sealed class MaterialResolver
{
    private static readonly HashSet<string> s_shortSuffixes = new(StringComparer.Ordinal)
    {
        "", "s", "es", "i", "u", "a", "e", "in", "un", "nin", "nun", "yi", "yu", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "lar", "ler", "li", "lu", "si", "su",
        "ni", "nu", "la", "le", "yla", "yle", "lari", "leri", "larin", "lerin", "nda", "nde", "ndan", "nden", "daki", "deki", "ndaki", "ndeki",
    };

    private static readonly HashSet<string> s_englishEndings = new(["", "s", "es", "ed", "ing", "er", "ers", "y"], StringComparer.Ordinal);

    private readonly MaterialCatalog _catalog;
    private readonly Dictionary<string, List<Keyword>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byCode = new(StringComparer.Ordinal);
    private readonly string[][] _naceHints;
    private readonly string[][] _codeHints;

    public MaterialResolver(MaterialCatalog catalog, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        _catalog = catalog;
        _naceHints = new string[catalog.Count][];
        _codeHints = new string[catalog.Count][];
        Array.Fill(_naceHints, []);
        Array.Fill(_codeHints, []);
        foreach (var row in rows)
        {
            var id = catalog.IdOf(row["key"]);
            // “+191204”: a code whose title names this material beside another (“plastic and rubber”) confirms it without naming it.
            var entries = Split(row["ewc"], ' ');
            _codeHints[id] = [.. entries.Select(c => c.TrimStart('+'))];
            _naceHints[id] = Split(row["nace"], ' ');
            foreach (var code in entries.Where(c => !c.StartsWith('+')))
            {
                if (!_byCode.TryAdd(code, id))
                {
                    throw new InvalidOperationException($"materials.csv: EWC {code} names both {catalog.Get(_byCode[code]).Key} and {row["key"]}");
                }
            }

            var turkish = Split(row["keywords_tr"], ';');
            foreach (var (phrase, english) in turkish.Select(p => (p, false)).Concat(Split(row["keywords_en"], ';').Select(p => (p, !turkish.Contains(p, StringComparer.OrdinalIgnoreCase)))))
            {
                // “~ko-substrat”: a role word, which names the material only when nothing else is named.
                var role = phrase.StartsWith('~');
                var words = TurkishText.SearchKey(role ? phrase[1..] : phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                var keyword = new Keyword(id, words, words.Sum(w => w.Length) + words.Length - 1, role, english);
                foreach (var first in Softened(words[0]) is { } soft ? [words[0], soft] : new[] { words[0] })
                {
                    if (!_byFirstWord.TryGetValue(first, out var list))
                    {
                        _byFirstWord[first] = list = [];
                    }

                    if (!list.Any(k => k.Id == id && k.Words.SequenceEqual(words)))
                    {
                        list.Add(keyword);
                    }
                }
            }
        }
    }

    /// <summary>The material of the EWC code, its sub-chapter or chapter (0: none).</summary>
    public int FromCode(string? code) => FromCodeWithLevel(code).Id;

    /// <summary>The material of the code and the length of the code, sub-chapter or chapter that named it.</summary>
    private (int Id, int Length) FromCodeWithLevel(string? code)
    {
        if (code is null)
        {
            return (0, 0);
        }

        for (var len = code.Length; len >= 2; len -= 2)
        {
            if (_byCode.TryGetValue(code[..len], out var id))
            {
                return (id, len);
            }
        }

        return (0, 0);
    }

    /// <summary>
    /// The stream's material: the description's when it names one, refined by the code's when that
    /// is a grade of it. When the two name different families, a word of the description that
    /// neither the code nor the firm's sector confirms is taken as an attribute (“asit” of acid
    /// whey under 02 05 01), so a code whose own six-digit title names a material keeps it. A
    /// sub-chapter or chapter names only a range (02 04 holds beet soil as well as beet pulp) and
    /// yields to the description.
    /// </summary>
    public int Resolve(string? ewcCode, string? description, string? nace) =>
        WithThermalPower(WithHeat(WithOrganicLoad(ResolveNamed(ewcCode, description, nace), ewcCode, description, nace), description), description);

    private static readonly System.Text.RegularExpressions.Regex s_thermalPower = new(
        @"\d\s*(?:MW|kW)\s*(?:th|t|termal|ısıl|isil|thermal)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A stream stated by its thermal power (“~1,5 MWth”, “800 kW ısıl”) is heat (<c>energy.heat</c>): a flue gas, a chilled-water
    /// return or a cooling circuit offered with its heat flow is offered for that heat (EU BREF Energy Efficiency (2009) §3.3 heat
    /// recovery). Hot water stays hot water, itself a heat source.
    /// </summary>
    private int WithThermalPower(int id, string? description)
    {
        var heat = _catalog.IdOf("energy.heat");
        return heat != 0 && description is not null && (id == 0 || _catalog.Get(id).Key != "water.hot") && s_thermalPower.IsMatch(description) ? heat : id;
    }

    /// <summary>
    /// Scrap named by its generic word alone (“hurda”, “talaş”) at a firm of NACE division 24 is of the metal its
    /// class names (NACE Rev. 2 division 24 classes are by metal: 24.10 iron and steel, 24.42 aluminium, 24.51 casting
    /// of iron …): scrap a steel works offers or asks for is ferrous. One level only (ferrous or non-ferrous), only for
    /// a description that names no other material and a code no more precise than a sub-chapter, and only in division 24: a machining shop's (25.62) “talaş” may be of any metal, and the materials' sector lists of other
    /// families name users as well as producers (a tannery uses raw hide and makes tanned leather).
    /// </summary>
    private int WithSector(int id, string? nace)
    {
        var naceDigits = nace is null ? string.Empty : string.Concat(nace.Where(char.IsAsciiDigit));
        if (id == 0 || naceDigits.Length < 4 || !naceDigits.StartsWith("24", StringComparison.Ordinal) || _catalog.Get(id).Key != "metal")
        {
            return id;
        }

        var grade = 0;
        for (var child = 1; child < _catalog.Count; child++)
        {
            if (_catalog.Get(child).ParentId == id && _naceHints[child].Any(n => naceDigits.StartsWith(n, StringComparison.Ordinal)))
            {
                if (grade != 0)
                {
                    return id;
                }

                grade = child;
            }
        }

        return grade == 0 ? id : grade;
    }

    // A steel named by its EN 10027-1 designation: low-alloy steels by carbon content and alloying elements (§6.3.2:
    // “42CrMo4”, “16MnCr5”, “51CrV4”, “100Cr6”, “11SMnPb30”), high-alloy ones after an X (§6.3.3: “X5CrNi18-10”,
    // “X153CrMoV12”). The elements must include a two-letter symbol, so that an engine oil's “10W40” is no steel.
    private static readonly System.Text.RegularExpressions.Regex s_steelDesignation = new(
        @"^x?\d{1,3}(?:cr|mn|ni|mo|si|al|cu|ti|nb|pb|co|v|b|s|w)*(?:cr|mn|ni|mo|si|al|cu|ti|nb|pb|co)(?:cr|mn|ni|mo|si|al|cu|ti|nb|pb|co|v|b|s|w)*\d+(?:-\d+)*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A copper alloy named by its EN 1412 / EN 1982 designation: brass by zinc (“CuZn39Pb3”, “CuZn37”), the others
    // (bronzes “CuSn12”, “CuAl10Fe5Ni5”, cupronickel “CuNi10Fe1Mn”, “CuBe2”) by their first alloying element; a
    // designation of symbols only names the alloy without its contents (“CuCrZr”, CW106C of EN 12163).
    private static readonly System.Text.RegularExpressions.Regex s_brassDesignation = new(
        @"^cuzn\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex s_copperDesignation = new(
        @"^cu(?:sn|al|ni|be|cr|zr|ag|si|mn|pb|co|fe)(?:\d|(?:sn|al|ni|be|cr|zr|ag|si|mn|pb|co|fe)+$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The material the folded word at <paramref name="i"/> names as an alloy designation (steel, brass, other copper
    /// alloys), or null. A high-alloy steel of at least 10.5 % chromium and at most 1.2 % carbon is stainless (EN 10088-1 §3.2:
    /// “X5CrNi18-10” is, the tool steel “X153CrMoV12” is not), and so is a steel numbered 1.40xx–1.45xx.
    /// </summary>
    private static string? DesignatedAlloy(string[] words, int i)
    {
        var word = words[i];

        // A steel's material number (EN 10027-2: “1.4462”, folded to “1 4462”): group 1 is steel, and its groups 40–45
        // are the stainless steels.
        if (word == "1" && i + 1 < words.Length && words[i + 1] is { Length: 4 } number && number.All(char.IsAsciiDigit))
        {
            return number[0] == '4' && number[1] <= '5' ? "metal.ferrous.stainless" : "metal.ferrous";
        }

        if (s_steelDesignation.IsMatch(word))
        {
            var carbon = word[0] == 'x' ? int.Parse(string.Concat(word.Skip(1).TakeWhile(char.IsAsciiDigit)), System.Globalization.CultureInfo.InvariantCulture) / 100.0 : double.NaN;
            var chromium = AlloyDesignation.Contents(words, i).Where(c => c.Element == "cr").Select(c => c.Percent).DefaultIfEmpty(0).Max();
            return carbon <= 1.2 && chromium >= 10.5 ? "metal.ferrous.stainless" : "metal.ferrous";
        }

        return s_brassDesignation.IsMatch(word) ? "metal.nonferrous.copper.brass"
            : s_copperDesignation.IsMatch(word) ? "metal.nonferrous.copper"
            : null;
    }

    // Water from which heat is worth recovering through an exchanger (EU BREF Energy Efficiency (2009) §3.3: waste
    // water of 40 °C and more feeds heat pumps and pre-heats process water).
    private const double HotWaterCelsius = 40;

    // A stated temperature: “55-65°C”, “70 °C”, “60 derece”.
    private static readonly System.Text.RegularExpressions.Regex s_temperature = new(
        @"(\d{2,3})(?:\s*[-–]\s*(\d{2,3}))?\s*(?:°\s*C|℃|derece)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // An exhaust or flue gas hot enough to feed a heat exchanger or a dryer (EU BREF Energy Efficiency (2009) §3.3.1:
    // flue-gas and process off-gas heat recovery, economisers and air pre-heaters above about 100 °C).
    private const double HotGasCelsius = 100;

    // Folded words of an exhaust or off-gas, each after a space (a word's start).
    private static readonly string[] s_gasWords = [.. new[] { "baca gazi", "egzoz", "atik gaz", "cikis gazi", "cikis havasi", "atik hava", "flue gas", "exhaust", "off gas", "offgas", "stack gas" }.Select(g => $" {g}")];

    /// <summary>
    /// Water the text says is 40 °C or hotter is hot waste water (<c>water.hot</c>): water still, and a heat source. An exhaust or flue gas
    /// it says is 100 °C or hotter is heat (<c>energy.heat</c>) whatever the process it leaves names (“boyahane RTO çıkış gazı ~280 °C”,
    /// “ram makinesi baca gazı 150-170 °C, yağ buharlı”), unless the text offers its carbon dioxide.
    /// </summary>
    private int WithHeat(int id, string? description)
    {
        if (description is null)
        {
            return id;
        }

        var hottest = 0.0;
        foreach (System.Text.RegularExpressions.Match m in s_temperature.Matches(description))
        {
            hottest = Math.Max(hottest, double.Parse(m.Groups[m.Groups[2].Success ? 2 : 1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var heat = _catalog.IdOf("energy.heat");
        if (heat != 0 && hottest >= HotGasCelsius && (id == 0 || !_catalog.Get(id).Key.StartsWith("chemical.co2", StringComparison.Ordinal)))
        {
            var folded = $" {TextAnalyzer.FoldKey(description)} ";
            if (Array.Exists(s_gasWords, g => folded.Contains(g, StringComparison.Ordinal)))
            {
                return heat;
            }
        }

        var hot = _catalog.IdOf("water.hot");
        return hot != 0 && id != 0 && _catalog.Get(id).Key == "water" && hottest >= HotWaterCelsius ? hot : id;
    }

    // Words that say a food or drink plant's water carries product: sugar, syrup, milk, cheese, protein, fat, fruit,
    // an oxygen demand or an organic load (EU BREF Food Drink and Milk Industries (2019) §2.3.2: product losses make the
    // high-strength effluents). Folded; a word matches when it starts with one of the stems or equals one of the measures.
    private static readonly string[] s_organicLoadStems = ["seker", "surup", "sut", "peynir", "protein", "yag", "meyve", "melas", "laktoz", "nisasta", "organik"];
    private static readonly HashSet<string> s_organicLoadMeasures = new(StringComparer.Ordinal) { "koi", "boi", "cod", "bod", "bod5", "boi5" };
    private static readonly string[] s_notOrganicLoad = ["yagmur", "yagis", "sutun"];

    // Folded stems of dissolved carbohydrates (sugar, syrup, molasses, starch, dextrin, glucose).
    private static readonly string[] s_carbohydrateStems = ["seker", "surup", "melas", "nisasta", "dekstrin", "glukoz", "sugar", "syrup", "molasses", "starch", "dextrin", "glucose"];

    /// <summary>Whether a water's description names a dissolved carbohydrate it carries (not the plant it comes from).</summary>
    private static bool CarriesCarbohydrate(string description)
    {
        var words = TextAnalyzer.FoldKey(description).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (Array.Exists(s_carbohydrateStems, m => words[i].StartsWith(m, StringComparison.Ordinal)) && !NamesOrigin(words, i + 1) && !NamesOrigin(words, i + 2))
            {
                return true;
            }
        }

        return false;
    }

    // Treated effluent is water again: “arıtılmış atıksu” of a dairy plant irrigates (Atıksu Arıtma Tesisleri Teknik Usuller Tebliği).
    private static readonly HashSet<string> s_treatedWords = new(StringComparer.Ordinal) { "aritilmis", "treated", "cikis", "cikisi" };

    // Words that say a water was clarified or treated (folded; “arıtma çıkışı” is a plant's outlet, its effluent): the stream is the water, not what was removed from it.
    private static readonly HashSet<string> s_clarifiedWords = new(StringComparer.Ordinal) { "berrak", "duru", "aritilmis", "cokturulmus", "cikisi", "clear", "clarified", "treated", "decanted", "supernatant", "effluent" };

    private static bool Clarified(string? description) => NamesAny(description, s_clarifiedWords);

    private static bool Treated(string? description) => NamesAny(description, s_treatedWords);

    /// <summary>Whether one of the folded <paramref name="words"/> stands whole in the description.</summary>
    private static bool NamesAny(string? description, HashSet<string> words) =>
        TextAnalyzer.FoldKey(description).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(words.Contains);

    // COD (mg/L) from which a food plant's effluent is high-strength (EU BREF Food Drink and Milk Industries (2019) §2.3.2:
    // dairy, sugar and fruit effluents of several thousand mg/L are treated anaerobically).
    private const double HighStrengthCod = 2000;

    // A stated oxygen demand in mg/L: “KOİ 25.000 mg/L”, “COD: 3000 mg/l” (a dot groups thousands in Turkish).
    private static readonly System.Text.RegularExpressions.Regex s_oxygenDemand = new(
        @"(?<!\p{L})(?:KO[İI]|BO[İI]5?|COD|BOD5?)\s*[:=~≈>]?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d,])\s*(mg|g)\s*/",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The oxygen demand a description states, in mg/L (“KOİ 25.000 mg/L”, “COD ~35 g/L”), or null.</summary>
    private static double? StatedCod(string description)
    {
        var stated = s_oxygenDemand.Match(description);
        return stated.Success
            ? double.Parse(stated.Groups[1].Value.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) * (stated.Groups[2].Value.Equals("g", StringComparison.OrdinalIgnoreCase) ? 1000 : 1)
            : null;
    }

    /// <summary>
    /// Water of a food or drink plant (EWC chapter 02, or a donor of NACE 10 or 11) that the text says carries
    /// product or an organic load is organic-laden liquid waste (<c>biomass.liquid</c>): a first CIP rinse, syrup tank
    /// wash water, fish-meal stickwater is a liquid substrate of biogas and fermentation, not water to reuse as such.
    /// </summary>
    private int WithOrganicLoad(int id, string? ewcCode, string? description, string? nace)
    {
        var organic = _catalog.IdOf("biomass.liquid");

        // Water of any plant that states a high-strength oxygen demand (“KOİ ~35 g/L”) carries an organic load whatever its sector.
        if (organic != 0 && id != 0 && _catalog.Get(id).Key == "water" && description is not null && StatedCod(description) >= HighStrengthCod && !Treated(description))
        {
            return organic;
        }

        // So does water of any plant that carries sugar or starch (“nişasta bazlı tutkal hattı yıkama suyu”): carbohydrates are
        // readily digested (EU BREF Textiles Industry (2023) §2.7.4: starch sizes are readily biodegradable; EU BREF Food Drink
        // and Milk Industries (2019) §2.3.2).
        if (organic != 0 && id != 0 && _catalog.Get(id).Key == "water" && description is not null && !Treated(description) && CarriesCarbohydrate(description))
        {
            return organic;
        }

        var naceDigits = nace is null ? string.Empty : string.Concat(nace.Where(char.IsAsciiDigit));
        if (organic == 0 || id == 0 || _catalog.Get(id).Key != "water" ||
            !((ewcCode?.StartsWith("02", StringComparison.Ordinal) ?? false) ||
              (naceDigits.Length > 0 && _naceHints[organic].Any(n => naceDigits.StartsWith(n, StringComparison.Ordinal)))))
        {
            return id;
        }

        if (Treated(description))
        {
            return id;
        }

        var words = TextAnalyzer.FoldKey(description).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (s_organicLoadMeasures.Contains(w))
            {
                // “KOİ 800 mg/L” is a wash water, not a substrate: a stated oxygen demand counts from a high-strength level.
                if (StatedCod(description!) is not { } cod || cod >= HighStrengthCod)
                {
                    return organic;
                }
            }
            else if (s_organicLoadStems.Any(m => w.StartsWith(m, StringComparison.Ordinal)) && !s_notOrganicLoad.Any(x => w.StartsWith(x, StringComparison.Ordinal)) &&
                     !NamesOrigin(words, i + 1) && !NamesOrigin(words, i + 2))
            {
                // “süt fabrikası”, “süt dolum hattı” name where the water comes from, not what it carries.
                return organic;
            }
        }

        return id;
    }

    private int ResolveNamed(string? ewcCode, string? description, string? nace)
    {
        var (fromCode, codeLength) = FromCodeWithLevel(ewcCode);
        var fromText = FromText(description, ewcCode, nace, out var several, out var originOnly, out _);
        if (fromText == 0)
        {
            return fromCode;
        }

        // A text that names only where the stream comes from (“zeytinyağı dolum hattı kırık şişe”) leaves the material
        // to a six-digit code (15 01 07 glass packaging).
        if (originOnly && codeLength == 6)
        {
            return fromCode;
        }

        if (!several && codeLength < 6)
        {
            fromText = WithSector(fromText, nace);
        }

        if (fromCode == 0)
        {
            return fromText;
        }

        if (_catalog.IsUnder(fromCode, fromText))
        {
            return fromCode;
        }

        // A waste code classifies substances, never energy: a stream its description calls heat (hot air of a
        // clinker cooler, geothermal fluid at 95 °C) is heat whatever code the firm filed it under. Nor is a clarified
        // water the solids it was settled from: “çöktürme havuzu berrak suyu” filed under 01 04 13 is water, nor a
        // felled tree's trunk the leaves of a plant-tissue code: “çınar gövdesi” filed under 20 02 01 is stemwood.
        return codeLength == 6 && _catalog.Get(fromCode).Family != _catalog.Get(fromText).Family && !Confirmed(fromText, ewcCode, nace) &&
               _catalog.Get(fromText).Family != "energy" && !(_catalog.Get(fromText).Family == "water" && Clarified(description)) &&
               !(_catalog.Get(fromCode).Family == "biomass" && _catalog.IsUnder(fromText, _catalog.IdOf("wood.clean.log")))
            ? fromCode
            : fromText;
    }

    // Folded words that name a residue by its form, and the words that say a metal is in it.
    private static readonly HashSet<string> s_residueForms = new(StringComparer.Ordinal)
    {
        "camur", "camuru", "camurlar", "banyo", "banyosu", "banyolar", "cozelti", "cozeltisi", "cozeltiler", "cokelti", "kul", "kulu", "curuf", "curufu",
        "toz", "tozu", "atik", "atiklar", "supuruntu", "hammadde", "sludge", "sludges", "slag", "ash", "dust", "residue", "residues", "solution", "solutions", "waste", "bath", "baths",
    };

    private static readonly HashSet<string> s_bearingWords = new(StringComparer.Ordinal) { "icerikli", "iceren", "bearing", "containing" };

    /// <summary>
    /// A need for a residue that bears a named non-ferrous metal (“kalay içerikli banyo ve çamur alınır”, “silver-bearing
    /// sludge”) asks for that metal: a refiner takes the sludge, bath or ash for the metal in it (EU BREF Non-Ferrous Metals
    /// Industries (2017) §2.3 secondary raw materials: residues are charged for their metal content). 0 when it names none.
    /// </summary>
    public int MetalBearingResidue(string? description, string? nace)
    {
        var words = TextAnalyzer.FoldKey(description).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (!s_bearingWords.Contains(words[i + 1]) || !words.Skip(i + 2).Take(3).Any(s_residueForms.Contains))
            {
                continue;
            }

            // The metal with its bearing word may be the name (“altın içerikli”: a lone “altın” is also “under”).
            var id = FromText(words[i], null, nace) is var alone and > 0 ? alone : FromText($"{words[i]} {words[i + 1]}", null, nace);
            if (id > 0 && _catalog.Get(id).Key.StartsWith("metal.nonferrous.", StringComparison.Ordinal))
            {
                return id;
            }
        }

        return 0;
    }

    /// <summary>The material the description names (0: none).</summary>
    public int FromText(string? description, string? ewcCode, string? nace) => FromText(description, ewcCode, nace, out _, out _, out _);

    /// <summary>
    /// Whether every material the description names is where it comes from or who does the work (“palet yıkama tesisi”) or
    /// stands in the purpose (“yıkama suyunu ön ısıtmak için”): it names no material of its own.
    /// </summary>
    public bool NamesOnlyAsides(string? description)
    {
        FromText(description, null, null, out _, out _, out var asidesOnly);
        return asidesOnly;
    }

    /// <summary>
    /// The material the description names (0: none); <paramref name="several"/>: whether it named several grades or families;
    /// <paramref name="originOnly"/>: whether every material it named is the origin of the stream (“… fabrikası”, “… dolum hattı”)
    /// or soils or describes it (“yağ bulaşık”); <paramref name="asidesOnly"/>: whether every material it named is an origin or
    /// stands in a purpose.
    /// </summary>
    private int FromText(string? description, string? ewcCode, string? nace, out bool several, out bool originOnly, out bool asidesOnly)
    {
        several = false;
        originOnly = false;
        asidesOnly = false;
        var words = TextAnalyzer.FoldKey(description).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return 0;
        }

        var found = new List<(int Id, int Length, int Position, bool Modifier, int End)>();
        var origins = new HashSet<int>();

        // A content the text caps or rules out (“bakır &lt;%0,5”, “PVC içermeyen”) is an impurity, not the material.
        // A stated minimum (“bakır oranı &gt;%30”, “en az %90 CaCO3”) names what the material must hold: it is no absence.
        var absent = StatedContent.Excluded(description).Where(e => !e.Minimum).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            // Keywords starting at word i (the first word may carry a suffix only when it is the last word of the phrase).
            var candidates = new List<Keyword>();
            var w = words[i];
            for (var len = Math.Min(w.Length, 40); len >= 1; len--)
            {
                if (_byFirstWord.TryGetValue(w[..len], out var list))
                {
                    candidates.AddRange(list.Where(k => Matches(k, words, i)));
                }
            }

            if (candidates.Count == 0)
            {
                if (DesignatedAlloy(words, i) is { } alloy)
                {
                    found.Add((_catalog.IdOf(alloy), 1, i, false, i + 1));
                }

                continue;
            }

            var longest = candidates.Max(k => k.Length);
            var keyword = candidates.First(k => k.Length == longest);
            var matched = keyword.Words;
            var end = i + matched.Length;
            if (matched.Length == 1 && absent.Contains(w))
            {
                continue;
            }

            // Ash or water stated as a share of the material (“kül %6”, “ash 6%”, “su %40”) is a property of
            // it (EN ISO 18122 ash content, EN ISO 18134 moisture of solid biofuels), not the material. (An oil share,
            // “yağ ~%25”, still says the material is oil-bearing.)
            if (matched.Length == 1 && s_propertyStems.Contains(matched[0]) && StatedShare(description!, matched[0]))
            {
                continue;
            }

            // So is one the need only tolerates: “kül kabul”, “su olabilir” (the fuel may leave ash, the sludge may be wet).
            if (matched.Length == 1 && s_propertyStems.Contains(matched[0]) && end < words.Length && words[end] is "kabul" or "olabilir" or "tolere" or "accepted" or "ok" &&
                !Refused(words, end))
            {
                continue;
            }

            if (matched.Length == 1 && matched[0] == "pet" && end < words.Length && s_petProducts.Contains(words[end]))
            {
                continue;
            }

            // A material in the instrumental case is a reagent or a tool, not the material: “asitle çözündürme”
            // (dissolving with acid), “kireçle stabilizasyon” (stabilising with lime).
            // With a possessive first: “hayvan gübresiyle ko-kompost” (co-composting with manure) asks for no manure.
            var ending = words[end - 1].Length > matched[^1].Length ? words[end - 1][matched[^1].Length..] : string.Empty;
            if ((ending is "le" or "la" || ending.EndsWith("yle", StringComparison.Ordinal) || ending.EndsWith("yla", StringComparison.Ordinal)) && end < words.Length)
            {
                continue;
            }

            // The postposition too, before co- or together: “gübre ile ko-kompost” (co-composting with the manure the plant has).
            // (“PE ile PP” is “PE and PP”: “ile” before a material is a conjunction.)
            if (end + 1 < words.Length && words[end] == "ile" && Array.Exists(s_instrumentalProcesses, p => words[end + 1].StartsWith(p, StringComparison.Ordinal)))
            {
                i = end;
                continue;
            }

            // Removed: “yağı alınmış pirina” (de-oiled pomace), “çekirdeği ayrılmış posa” (pulp with the stones taken
            // out), “et suyu ayrılmış” (a keyword already in the possessive) name what was taken away, not the material (the possessive -ı/-i/-u/-ü/-sı names what the verb acts on).
            if (end < words.Length && NegationWords.RemovedParticiples.Contains(words[end]) &&
                (ending is "i" or "u" or "si" or "su" || (ending.Length == 0 && matched[^1][^1] is 'i' or 'u')))
            {
                i = end;
                continue;
            }

            // Negated: "PVC içermez", "PVC içermeyen", "PVC hariç", "PVC-free", "PVC'siz", "PE karışmamış", "çelik kalıntısız" name a material that is absent,
            // and so does the first of two joined before a -sız: “boya ve mürekkepsiz” is free of paint and ink.
            var last = words[end - 1];
            if (Refused(words, end) || (end < words.Length && (words[end] is "icermez" or "icermeyen" or "icermemeli" or "olmayan" or "bulunmayan" or "haric" or "free" or "disinda" or "gormemis" or "gormeyen" or
                                         "karismamis" or "karismayan" or "bulasmamis" or "kalintisiz" or "katkisiz" or "bulasiksiz" or "parcasiz")) ||
                last.EndsWith("siz", StringComparison.Ordinal) || last.EndsWith("suz", StringComparison.Ordinal) ||
                (end + 1 < words.Length && words[end] is "ve" or "veya" && words[end + 1].Length >= 6 &&
                 (words[end + 1].EndsWith("siz", StringComparison.Ordinal) || words[end + 1].EndsWith("suz", StringComparison.Ordinal))))
            {
                i = end - 1;
                continue;
            }

            // "yağlı bez", "plastikli karton": a material in an adjective (-li, -lu) describes another one.
            // A keyword that is itself such an adjective (emprenyeli, pamuklu) names a grade.
            // So does a material said to be contained or left on it: “protein ve yağ içerikli sıvı” is a liquid holding fat, not an oil,
            // “yapıştırıcı kalıntılı halı karo” carpet tiles with adhesive left on them,
            // “yıkama solventi (mürekkep katısı ~%10)” a solvent holding ink solids, “kırma kum (kil az)” a sand with little clay,
            // or to be the base: “bitkisel yağ bazlı mürekkep” is an ink, “su bazlı boya” a paint, or the binder:
            // “PU bağlı kauçuk kaplama” is rubber bound with polyurethane, “çimento bağlı yonga levha” a board (EN 634).
            // So does a soil or an oil said to soil it or a metal said to coat it (“toprak bulaşık tel”, “yağ bulaşıklı varil”,
            // “nikel kaplı sac”), and what a container holds (“yağ varili”, “boya kutusu”, “çimento torbası”: the possessive
            // container word names the drum, can or bag; a container's own material keeps it: “çelik varili”, “plastik bidonu”).
            // A similative adjective too: “odunsu” (woody), “camsı” (glassy) after a final consonant (after a vowel, -sı is a possessive: “boyası”).
            // A material in the ablative is what the stream was made from: “zeytin çekirdeğinden aktif karbon” is activated carbon.
            // The -li/-lu must be the suffix: “külü” (the ash of, kül + ü) is no adjective.
            // An English participle of a material is an adjective as well: “UV-varnished board”, “painted steel”, “waxed carton”.
            var modifier = keyword.Role || IsAblative(ending) || ending.EndsWith("li", StringComparison.Ordinal) || ending.EndsWith("lu", StringComparison.Ordinal) ||
                           (keyword.English && ending is "ed" or "d") ||
                           (ending is "si" or "su" && !IsVowel(matched[^1][^1])) ||
                           (end < words.Length && (words[end].StartsWith("icerik", StringComparison.Ordinal) || words[end] is "iceren" or "containing" or "bazli" or "esasli" or "based" or "bagli" or "bonded" or "katisi" or "az" or "kalintili" or "katkili" ||
                                                   words[end].StartsWith("bulas", StringComparison.Ordinal) || words[end] is "kontamine" or "contaminated" or "kapli" or "kaplamali" or "coated" ||
                                                   Array.Exists(s_processFollowers, f => words[end].StartsWith(f, StringComparison.Ordinal)))) ||
                           (end + 1 < words.Length && s_soilingForms.Contains(words[end]) && words[end + 1].StartsWith("bulas", StringComparison.Ordinal)) ||
                           (HoldsContent(words, end) && !s_containerFamilies.Contains(_catalog.Get(keyword.Id).Family)) ||
                           Removed(words, end, _catalog.Get(keyword.Id).Family == "metal");
            var senses = candidates.Where(k => k.Length == longest).Select(k => k.Id).Distinct().ToList();
            if (senses.Count > 1)
            {
                // A word with several senses (talaş: wood or metal) keeps the senses its code or firm confirms.
                senses = [.. senses.Where(id => Confirmed(id, ewcCode, nace))];
            }

            if (senses.Count == 1)
            {
                found.Add((senses[0], longest, i, modifier, end));

                // “çelikhane”, “dökümhane”: a material word made a “-hane” word is the workplace, an origin like “çelik fabrikası”.
                if (NamesOrigin(words, end) || ending.Contains("hane", StringComparison.Ordinal) ||
                    (end < words.Length && s_boilerWords.Contains(words[end]) && _catalog.Get(senses[0]).Family is "water" or "energy") ||
                    (end < words.Length && s_heatedPlaces.Contains(words[end]) && _catalog.Get(senses[0]).Family == "energy"))
                {
                    origins.Add(i);
                }
            }

            // The phrase's words are used: "gübre" of "organik gübre" names no manure of its own.
            i = end - 1;
        }

        if (found.Count == 0)
        {
            return 0;
        }

        // An animal named before a feed word eats the feed: “çipura-levrek yemi: kanatlı PAP kabul” asks for poultry
        // protein for sea bream and bass, “kedi maması için kanatlı yağı” for poultry fat (Regulation (EC) No 767/2009
        // Art. 3: the feed is what the animal is given). When the text names another material, the animal is none.
        var eaters = new HashSet<int>();
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if ((found[k].End < words.Length && s_feedWords.Contains(words[found[k].End])) ||
                (k + 1 < found.Count && eaters.Contains(k + 1) && found[k + 1].Position == found[k].End))
            {
                eaters.Add(k);
            }
        }

        if (eaters.Count > 0 && eaters.Count < found.Count)
        {
            found = [.. found.Where((_, k) => !eaters.Contains(k))];
        }

        // A material said to be the only one taken is the material: “yalnız polistiren (GPPS/EPS) kırığı; SAN ve ABS karışımı
        // hücre yapısını bozar” asks for polystyrene; the others named after it are what must stay out (its grades still refine
        // it). Named before it, the material is what the “only” describes: “odun külü (yalnız meşe)” is ash of oak alone.
        var onlyAt = found.FindIndex(f => f.Position > 0 && s_onlyWords.Contains(words[f.Position - 1]) && !f.Modifier);
        if (onlyAt >= 0)
        {
            var (only, at) = (found[onlyAt].Id, found[onlyAt].Position);
            found = [.. found.Where(f => f.Position <= at || _catalog.IsUnder(f.Id, only) || _catalog.IsUnder(only, f.Id))];
        }

        // A form word right after a material of another family is that material's form: “tekstil kırpıntısı”,
        // “plastik hurdası”, “PVC çapağı”, “ahşap talaşı” (trimmings, scrap, flash and shavings of it, the
        // metal sense of these words only when no other material stands before them: EWC 12 01 01 “talaşlar”
        // and 04 02 22 “işlenmiş tekstil lif atıkları” name the form with the material).
        for (var k = found.Count - 1; k >= 1; k--)
        {
            if (found[k].End - found[k].Position == 1 && found[k - 1].End == found[k].Position &&
                Array.Exists(s_formWords, f => words[found[k].Position].StartsWith(f, StringComparison.Ordinal)) &&
                _catalog.Get(found[k].Id).Family != _catalog.Get(found[k - 1].Id).Family)
            {
                origins.Remove(found[k].Position);
                found.RemoveAt(k);
            }
        }

        // A metal named right before a copper alloy names what the alloy holds: “alüminyum bronz”,
        // “nikel-alüminyum bronz” (CuAl10Ni5Fe4) and “kurşunlu pirinç” are copper alloys (EN 1412 and
        // EN 1982 copper alloy designations), not aluminium or lead.
        // The alloy's phrase grows to the left as its metals are taken in (“nikel-alüminyum bronz”).
        var copper = _catalog.IdOf("metal.nonferrous.copper");
        for (var k = found.Count - 2; k >= 0; k--)
        {
            if (copper != 0 && found[k].End == found[k + 1].Position && _catalog.IsUnder(found[k + 1].Id, copper) &&
                _catalog.Get(found[k].Id).Family == _catalog.Get(found[k + 1].Id).Family && !_catalog.IsUnder(found[k].Id, copper))
            {
                found[k + 1] = found[k + 1] with { Position = found[k].Position };
                found.RemoveAt(k);
            }
        }

        // What a stream is the by-product of is its origin: “titanyum dioksit/çelik asitleme yan ürünü demir(II) sülfat” is ferrous
        // sulphate, whatever processes before “yan ürünü” name, when the text names a material after it.
        var byProduct = Array.FindIndex(words, 0, Math.Max(0, words.Length - 1), w => w == "yan");
        while (byProduct >= 0 && !words[byProduct + 1].StartsWith("urun", StringComparison.Ordinal))
        {
            byProduct = Array.FindIndex(words, byProduct + 1, words.Length - 2 - byProduct, w => w == "yan");
        }

        if (byProduct >= 0 && found.Exists(f => f.Position > byProduct + 1))
        {
            foreach (var f in found.Where(f => f.Position < byProduct))
            {
                origins.Add(f.Position);
            }
        }

        // Materials of one family named right before an origin share it: “levrek-çipura kuluçkahanesi” is a bass and bream hatchery.
        // A material whose word carries a possessive closes its own phrase: “vişne çekirdeği (meyve suyu tesisi)” is the stones of a juice plant.
        for (var k = found.Count - 2; k >= 0; k--)
        {
            if (found[k].End == found[k + 1].Position && origins.Contains(found[k + 1].Position) &&
                !EndsInPossessive(words[found[k].End - 1]) &&
                _catalog.Get(found[k].Id).Family == _catalog.Get(found[k + 1].Id).Family)
            {
                origins.Add(found[k].Position);
            }
        }

        // A purpose is no material: "cüruf köpürtme için dolomit" asks for dolomite, "turnings for
        // smelting" for turnings. Words before the last "için" (Turkish puts the purpose first) or after
        // the first "for" name what the material is for: a material named there yields to one of
        // another family named outside it (one of the same family still refines it: "şişe camı
        // fırını için cam kırığı" is container glass).
        // An origin is no material either: “akü kırma tesisi PP kasa kırığı” is PP, “kağıt fabrikası kazan
        // külü” is ash. A material named before a plant word (fabrikası, tesisi, hattı, sistemi, plant, mill) yields
        // the same way to one of another family named elsewhere.
        // A material of the purpose refines the main one only when one is a grade of the other:
        // "cüruf köpürtme için dolomit" is dolomite, not "some mineral".
        var (purposeFrom, purposeTo) = PurposeSpan(words);
        bool IsMain((int Id, int Length, int Position, bool Modifier, int End) f) =>
            (f.Position < purposeFrom || f.Position >= purposeTo) && !origins.Contains(f.Position);
        // A soiling or adjective material outside the origin does not bring back the origin's material:
        // “mermer katrak çelik bıçağı (mermer çamuru bulaşık)” is a steel blade.
        var mainIds = found.Where(f => IsMain(f) && !f.Modifier).Select(f => f.Id).ToList();
        originOnly = found.Any(f => origins.Contains(f.Position)) && found.All(f => origins.Contains(f.Position) || f.Modifier);
        asidesOnly = found.Any(f => origins.Contains(f.Position)) && !found.Any(IsMain);
        if (mainIds.Count == 0)
        {
            mainIds = [.. found.Where(IsMain).Select(f => f.Id)];
        }

        if (mainIds.Count > 0)
        {
            // Against the most specific main materials: “nikel kaynağı olarak ostenitik hurda” is austenitic scrap, the nickel
            // of the purpose no grade of it (the generic “hurda” beside it refines nothing).
            var mainLeaves = mainIds.Where(a => !mainIds.Exists(b => b != a && _catalog.IsUnder(b, a))).ToList();
            found = [.. found.Where(f => IsMain(f) || mainLeaves.Any(m => _catalog.IsUnder(f.Id, m) || _catalog.IsUnder(m, f.Id)))];
        }

        // An adjective counts when nothing else is named, or when it refines a named material (pamuklu kumaş is cotton).
        var named = found.Where(f => !f.Modifier).Select(f => f.Id).ToList();
        if (named.Count > 0)
        {
            found = [.. found.Where(f => !f.Modifier || named.Any(n => _catalog.IsUnder(f.Id, n)))];
        }

        // Drop a material when a grade of it is also named ("plastik ... PE" is PE), unless the material is joined to its grade as
        // a list (“kauçuk ve lastik parçası”: rubber of any kind, tyres among it).
        var ids = found.Select(f => f.Id).Distinct().ToList();
        for (var k = 0; k + 1 < found.Count; k++)
        {
            var (a, b) = (found[k], found[k + 1]);
            if (!a.Modifier && !b.Modifier && b.Position == a.End + 1 && words[a.End] is "ve" or "veya" or "and" or "or" && a.Id != b.Id &&
                _catalog.IsUnder(b.Id, a.Id) && found.All(f => f.Modifier || f.Id == a.Id || _catalog.IsUnder(f.Id, a.Id)))
            {
                return a.Id;
            }
        }

        var leaves = ids.Where(a => !ids.Any(b => b != a && _catalog.IsUnder(b, a))).ToList();
        several = leaves.Count > 1;
        if (leaves.Count == 1)
        {
            return leaves[0];
        }

        // A wash or process water named with a food residue carries it: “şurup tankı yıkama suyu” is the syrup's
        // organic-laden liquid (EU BREF Food Drink and Milk Industries (2019) §2.3.2), unless it was treated. A bare
        // “suyu” is no such water: “meyve suyu presi” is a juice press.
        var liquid = _catalog.IdOf("biomass.liquid");
        var water = _catalog.IdOf("water");
        if (liquid != 0 && leaves.Count == 2 && leaves.Contains(water) && leaves.Any(id => _catalog.Get(id).Family == "biomass") &&
            found.Any(f => f.Id == water && (f.End - f.Position >= 2 || words[f.Position].StartsWith("atiksu", StringComparison.Ordinal))) &&
            !Treated(description))
        {
            return liquid;
        }

        // Laminated glass named before its PVB interlayer is glass: the interlayer is separated and the glass goes to
        // cullet (EU BREF Manufacture of Glass (2013) §2.4 flat glass; laminated glass recycling). Named first, the PVB is
        // the stream (“PVB interlayer separated from laminated windscreens”).
        var pvb = _catalog.IdOf("polymer.pvb");
        if (pvb != 0 && leaves.Count == 2 && leaves.Contains(pvb) && leaves.Any(id => _catalog.Get(id).Family == "glass") &&
            found.First(f => leaves.Contains(f.Id)).Id != pvb)
        {
            return leaves.First(id => _catalog.Get(id).Family == "glass");
        }

        // A sludge named with an unnamed polymer holds it as its conditioning agent: “DAF çamuru (FeCl3 ve polimer)” is
        // sludge dewatered with a polyelectrolyte (EU BREF Common Waste Water and Waste Gas Treatment (2016) §3.3.12.2
        // sludge conditioning with ferric salts and polymers), not a plastic.
        var polymer = _catalog.IdOf("polymer");
        if (leaves.Contains(polymer) && leaves.Any(id => _catalog.Get(id).Family == "sludge"))
        {
            leaves.Remove(polymer);
            found = [.. found.Where(f => f.Id != polymer)];
            if (leaves.Count == 1)
            {
                return leaves[0];
            }
        }

        // Peat or compost named with the perlite or pumice mixed into it is a growing medium: “torf-perlit harcı”, “torf ve perlit”
        // (EN 13652: growing media are organic and mineral constituents mixed).
        var media = _catalog.IdOf("biomass.growingmedia");
        if (media != 0 && leaves.Count == 2 && leaves.Contains(media) && leaves.Any(id => _catalog.Get(id).Key is "mineral.perlite" or "mineral.aggregate.lightweight.pumice" or "mineral.pozzolana"))
        {
            return media;
        }

        // A paint named with the resin of its binder is paint: “toz boya (epoksi-polyester hibrit)”, “polyester toz boya” is a
        // powder coating whose binder is polyester (EN ISO 4618: the binder is part of the coating material), no fibre or plastic.
        var paint = _catalog.IdOf("chemical.paint");
        if (paint != 0 && leaves.Count == 2 && leaves.Contains(paint) && leaves.Any(id => _catalog.Get(id).Family is "polymer" || _catalog.Get(id).Key == "textile.synthetic"))
        {
            return paint;
        }

        var families = leaves.Select(id => _catalog.Get(id).Family).Distinct(StringComparer.Ordinal).ToList();

        // An ash named with the biomass that was burnt is biomass ash: “pirina yakan kazan külü”, “odun kazanı
        // dip külü” (EWC 10 01 03 ash of untreated wood; EN ISO 17225 fuels): its potash and lime, not a coal ash's silica.
        // Not of treated wood: the ash of MDF, chipboard or impregnated wood is no EWC 10 01 03 ash of untreated wood
        // (its binders, coatings and preservatives stay in it; EN ISO 17225-1 and the Waste Wood Ordinance keep them apart).
        var biomassAsh = _catalog.IdOf("mineral.ash.biomass");
        var ash = _catalog.IdOf("mineral.ash");
        var treatedWood = _catalog.IdOf("wood.treated");
        if (biomassAsh != 0 && families.Count == 2 && families.Contains("mineral") && (families.Contains("biomass") || families.Contains("wood")) &&
            leaves.Any(id => _catalog.IsUnder(id, ash)) &&
            leaves.All(id => _catalog.IsUnder(id, ash) || _catalog.Get(id).Family is "biomass" or "wood"))
        {
            return leaves.Any(id => treatedWood != 0 && _catalog.IsUnder(id, treatedWood)) ? ash : biomassAsh;
        }

        // A sludge named with an unnamed polymer holds it as its conditioning agent: “DAF çamuru (FeCl3 ve polimer)” is
        // sludge dewatered with a polyelectrolyte (EU BREF Common Waste Water and Waste Gas Treatment (2016) §3.3.12.2
        // sludge conditioning with ferric salts and polymers), not a plastic.
        // A product made of several materials, named with two or more of the materials it holds, is that product: “AEEE
        // işleme: değerli metal ve plastik ayrıştırma” is a WEEE recycler, “PV panels (broken glass; Al frame)”
        // are WEEE (AEEE Yönetmeliği Ek-1: the equipment is the waste; its metals, plastics and glass are what treatment separates).
        // A grade of one family named with it is what the product part is (“HIPS/ABS granül, beyaz eşya parçası kalitesi” is HIPS).
        var products = leaves.Where(id => s_productFamilies.Contains(_catalog.Get(id).Family)).ToList();
        var parts = leaves.Where(id => products.Count == 1 && id != products[0]).ToList();
        if (parts.Count > 0 && parts.All(id => s_constituentFamilies.Contains(_catalog.Get(id).Family)) &&
            (families.Count > 2 || parts.All(id => _catalog.Get(id).Depth == 1)))
        {
            return products[0];
        }

        if (families.Count == 1)
        {
            // Several grades of one family, one of them the firm's own (its sector confirms it: “tütün
            // yaprak damarı ve sapı” from a tobacco plant is tobacco, whatever the code's sub-chapter says): that one.
            var own = leaves.Where(id => Confirmed(id, null, nace)).ToList();
            if (own.Count == 1)
            {
                return own[0];
            }

            // Several grades of one family: the grade they share ("HDPE/LDPE" is PE), else the
            // family's mixed grade when there is one ("PET ve PP"), else the family itself.
            var common = CommonAncestor(leaves);
            var mixed = _catalog.IdOf(families[0] + ".mixed");
            return _catalog.Get(common).Depth > 1 || mixed == 0 ? common : mixed;
        }

        // A need that says which of the materials it names it takes (“dolgu malzemesi (Al/Fe çamuru kabul)”,
        // “PE kırpıntı alınır”) takes that one; the others name its use.
        // A list before the word is taken whole (“tekstil, kağıt, plastik kabul”, “kauçuk-tekstil kabul”, “PP lif ve iplik kabul”), and so is a
        // possessive compound (“deniz ürünü kabuğu alınır”): then no one material is singled out.
        var taken = new List<int>();
        for (var k = 0; k < found.Count; k++)
        {
            // An adjective is no material taken: “yüksek asitli kabul” takes high-acidity oil.
            var adjective = words[found[k].End - 1].EndsWith("li", StringComparison.Ordinal) || words[found[k].End - 1].EndsWith("lu", StringComparison.Ordinal);
            if (!found[k].Modifier && !adjective && leaves.Contains(found[k].Id) && Taken(words, found[k].End))
            {
                taken.Add(found[k].Id);
                for (var b = k - 1; b >= 0 && (found[b].End == found[b + 1].Position ||
                                               (found[b + 1].Position - found[b].End <= 2 && words[found[b].End..found[b + 1].Position].Any(s_listWords.Contains))); b--)
                {
                    taken.Add(found[b].Id);
                }
            }
        }

        taken = [.. taken.Distinct()];
        if (taken.Count == 1)
        {
            return taken[0];
        }

        // Three families or more (“ahşap, alçı, plastik, beton”) name a mixture, no one material: the code
        // decides when it names one of them (17 09 04 mixed C&D waste), else nothing does. A code of a
        // family the text does not name (fibre-optic cable of glass, aramid and PE under 17 04 11) is overruled as before.
        // When the text names one grade of the code's material, that grade is the stream (“su sayacı hurdası: pirinç gövde, plastik
        // mekanizma ve cam” under 20 01 40 metals is brass).
        if (families.Count >= 3 && FromCode(ewcCode) is var coded and not 0 && families.Contains(_catalog.Get(coded).Family))
        {
            var graded = leaves.Where(id => _catalog.IsUnder(id, coded)).ToList();
            return graded.Count == 1 ? graded[0] : 0;
        }

        // Different families: the most specific material (a named grade such as PVC beats a form word
        // such as talaş or hurda, which only says "some metal"), then the longest phrase, then the first mentioned.
        return found.Where(f => leaves.Contains(f.Id))
            .OrderByDescending(f => _catalog.Get(f.Id).Depth).ThenByDescending(f => f.Length).ThenBy(f => f.Position).First().Id;
    }

    // Folded feed words after the animal that eats the feed: “balık yemi”, “kedi maması”, “poultry feed”.
    private static readonly HashSet<string> s_feedWords = new(StringComparer.Ordinal)
    {
        "yemi", "yemine", "yeminde", "yemleri", "yemlerine", "mamasi", "mamasina", "mamalari", "feed", "feeds",
    };

    // Folded conjunctions that join the items of a list.
    // Folded keyword words that also name a content measured as a share of a material.
    private static readonly HashSet<string> s_propertyStems = new(StringComparer.Ordinal) { "kul", "ash", "water", "su" };

    /// <summary>Whether the description states the content as a percentage right beside its word (“kül %6”, “%6 kül”, “ash: 6 %”).</summary>
    private static bool StatedShare(string description, string stem)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(TextAnalyzer.FoldKey(description.Replace("%", " yuzde ", StringComparison.Ordinal)), @"\S+")
            .Select(m => m.Value).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].StartsWith(stem, StringComparison.Ordinal) || words[i].Length > stem.Length + 2)
            {
                continue;
            }

            // After: “kül %6”, “kül içeriği %6”, “ash 6 %”; before: “%6 kül”.
            var after = string.Join(' ', words.Skip(i + 1).Take(3));
            var before = string.Join(' ', words.Skip(Math.Max(0, i - 2)).Take(i - Math.Max(0, i - 2)));
            if (s_shareAfter.IsMatch(after) || s_shareBefore.IsMatch(before))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex s_shareAfter = new(@"^(?:(?:icerigi|orani|content|miktari) )?(?:yuzde \d|\d+ yuzde)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex s_shareBefore = new(@"(?:yuzde \d+|\d+ yuzde)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly HashSet<string> s_listWords = new(StringComparer.Ordinal) { "ve", "veya", "ya", "da", "ile", "and", "or" };

    // Folded words by which a need says it takes what stands right before them.
    private static readonly HashSet<string> s_takenWords = new(StringComparer.Ordinal) { "alinir", "aliriz", "aliyoruz", "alinacak", "accepted" };

    /// <summary>
    /// Whether the need says it takes the phrase ending at <paramref name="end"/> (“… kabul”, “… alınır”, not “… kabul edilmez”),
    /// also past a grade or form word or two (“PP blok kopolimer alınır”, “HDPE granül kabul”).
    /// </summary>
    private static bool Taken(string[] words, int end)
    {
        for (var k = end; k < words.Length && k <= end + 2; k++)
        {
            if (s_takenWords.Contains(words[k]) || (words[k] == "kabul" && !(k + 1 < words.Length && NegationWords.RefusedAfterKabul.Contains(words[k + 1]))))
            {
                return true;
            }

            if (!s_gradeWords.Contains(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    // Folded words of a polymer's grade or a scrap's form that may stand between a material and “alınır”.
    private static readonly HashSet<string> s_gradeWords = new(StringComparer.Ordinal)
    {
        "blok", "random", "kopolimer", "homopolimer", "granul", "granulu", "regrind", "rejenere", "kirigi", "kirpintisi", "hurdasi", "copolymer", "homopolymer",
    };

    // Folded words that refuse what comes before them: “Cu-pirinç karışık istemiyoruz”, “PE kabul edilmez”.
    private static readonly HashSet<string> s_refusals = new(StringComparer.Ordinal)
    {
        "istenmez", "istenmiyor", "istemiyoruz", "istemeyiz", "yok", "olmasin", "olmamali", "olmayacak",
    };

    /// <summary>Whether a refusal follows the phrase ending at <paramref name="end"/>, right after it or after one more word (“karışık istemiyoruz”).</summary>
    private static bool Refused(string[] words, int end)
    {
        for (var k = end; k <= end + 1 && k < words.Length; k++)
        {
            if (s_refusals.Contains(words[k]) || (words[k] == "kabul" && k + 1 < words.Length && NegationWords.RefusedAfterKabul.Contains(words[k + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Folded words that say the material after them is the only one taken.
    private static readonly HashSet<string> s_onlyWords = new(StringComparer.Ordinal) { "yalniz", "sadece", "yalnizca", "only", "solely", "exclusively" };

    /// <summary>
    /// Whether the part named by the phrase ending at <paramref name="end"/> is said to be taken off (<see cref="NegationWords.IsRemoval"/>:
    /// “metal insert sökülmüş”, “steel straps cut off”, “kurşun yakası ayrılmış”), so that it is no material of the stream: right after it,
    /// or, for a metal <paramref name="part"/> (straps, inserts, weights), after the part's noun. Taken off “from” something, it is the
    /// stream (“separated from glass”).
    /// </summary>
    private static bool Removed(string[] words, int end, bool part)
    {
        // A list joined by “ve” before the participle is removed whole: “alüminyum profil ve macun ayrılmış”.
        var reach = part ? end + 1 : end;
        for (var c = end; c <= reach && c < words.Length; c++)
        {
            if (words[c] is "ve" or "and")
            {
                reach = c + 2;
                break;
            }
        }

        for (var k = end; k <= reach && k < words.Length; k++)
        {
            var next = k + 1 < words.Length ? words[k + 1] : string.Empty;
            if ((NegationWords.IsRemoval(words[k]) || (words[k] is "cut" or "taken" && next == "off")) && next != "from")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word positions [from, to) of a purpose phrase (none: an empty span).</summary>
    private static (int From, int To) PurposeSpan(string[] words)
    {
        var icin = Array.LastIndexOf(words, "icin");
        if (icin > 0)
        {
            return (0, icin);
        }

        // “nikel kaynağı olarak ostenitik hurda” (austenitic scrap as a nickel source): the role before “olarak” is a purpose too.
        var olarak = Array.LastIndexOf(words, "olarak");
        if (olarak > 0 && olarak + 1 < words.Length)
        {
            return (0, olarak);
        }

        var forAt = Array.IndexOf(words, "for");
        return forAt >= 0 ? (forAt + 1, words.Length) : (0, 0);
    }

    // Words after “ile” that make its material a partner the firm already has (folded stems): “gübre ile ko-kompost”, “X ile birlikte”,
    // “budama ile karıştırıyoruz” (we mix it with the prunings we have).
    // (“kireç + uçucu kül ile stabilizasyon” asks for the ash: a process alone says what the need uses.)
    private static readonly string[] s_instrumentalProcesses = ["ko", "birlikte", "beraber", "karistir", "harmanl"];

    // Possessive container words (folded): “yağ varili”, “boya kutusu”, “çimento torbası” hold what is named before them,
    // and so do a pipe and a hose (“içme suyu borusu” is a pipe for drinking water).
    private static readonly string[] s_possessiveContainers = ["varili", "varilleri", "bidonu", "bidonlari", "kutusu", "kutulari", "torbasi", "torbalari", "cuvali", "cuvallari", "kovasi", "kovalari", "tenekesi", "tenekeleri", "ambalaji", "ambalajlari",
                                                                "borusu", "borulari", "hortumu", "hortumlari"];

    // Families containers are made of: “çelik varili” is a steel drum, not steel held in a drum.
    private static readonly HashSet<string> s_containerFamilies = new(StringComparer.Ordinal) { "metal", "polymer", "glass", "paper", "wood", "textile" };

    // Words that make the material before them a process or a figure, not a stream: “CO2 prosesi” (a core-making
    // process), “CO2 salımı”, “CO2 emission”, “karbon ayak izi”.
    // So do the processes a material undergoes: “cüruf soğutma suyu” is water for cooling slag, “toz bastırma” binds dust.
    // So does a filtration: “şarap filtrasyonu perlit keki” is the perlite cake of filtering wine, and a separation the receiver
    // does: “ham ayçiçek mumu (yağ ve perlit ayırma bizde)” asks for wax and will take the oil and perlite out itself.
    // So does a step named by what it passes through: “aktif karbon sonrası” (after the activated-carbon filter), “kum filtre öncesi”,
    // and a reclamation of what is reclaimed: “sodik toprak ıslahı için jips” asks for gypsum.
    private static readonly string[] s_processFollowers = ["prosesi", "process", "salim", "emisyon", "emission", "tasarruf", "azaltim", "saving", "reduction", "footprint", "ayak",
                                                           "sogutma", "bastirma", "sonrasi", "oncesi", "filtrasyon", "filtration", "ayirma", "islah",
                                                           "hamurlastirma", "pulping", "pulper"];

    // “pet treat”, “pet maması”: the English pet is an animal kept at home, not PET (“PET food trays” are PET: food is not read).
    private static readonly HashSet<string> s_petProducts = new(StringComparer.Ordinal) { "treat", "treats", "shop", "mamasi", "mamalari", "mama" };

    /// <summary>Whether a folded word ends in a possessive after a softened or buffer consonant (“çekirdeği”, “kabuğu”, “tozu”: -ği, -ğu, -sı, -su).</summary>
    private static bool EndsInPossessive(string word) =>
        word.Length > 4 && (word.EndsWith("gi", StringComparison.Ordinal) || word.EndsWith("gu", StringComparison.Ordinal) ||
                            word.EndsWith("si", StringComparison.Ordinal) || word.EndsWith("su", StringComparison.Ordinal));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Whether a keyword's suffix is the ablative (-den, -dan, -ten, -tan; after a possessive -nden, -ndan).</summary>
    private static bool IsAblative(string ending) =>
        ending.Length >= 3 && (ending.EndsWith("den", StringComparison.Ordinal) || ending.EndsWith("dan", StringComparison.Ordinal) ||
                               ending.EndsWith("ten", StringComparison.Ordinal) || ending.EndsWith("tan", StringComparison.Ordinal));

    /// <summary>Whether a possessive container word follows the phrase ending at <paramref name="end"/>, right after it or after the container's material (“yağ çelik varili”).</summary>
    private static bool HoldsContent(string[] words, int end) =>
        (end < words.Length && Array.IndexOf(s_possessiveContainers, words[end]) >= 0) ||
        (end + 1 < words.Length && Array.IndexOf(s_possessiveContainers, words[end + 1]) >= 0);

    // Families of products made of several materials, and the families of what they are made of.
    private static readonly HashSet<string> s_productFamilies = new(StringComparer.Ordinal) { "weee", "battery" };
    private static readonly HashSet<string> s_constituentFamilies = new(StringComparer.Ordinal) { "metal", "polymer", "glass", "rubber" };

    // Folded words that make the words before them a plant or a line, not a material (AAT: atıksu arıtma tesisi, a WWTP; a dealer:
    // “gübre bayisi” sells fertiliser, its stock is what it names;
    // katrak: the gang saw of a marble works, so “mermer katrak bıçağı” is a saw blade; a kiln: “kireç fırını baca gazı” is flue gas).
    private static readonly string[] s_originWords = ["fabrika", "tesis", "aat", "wwtp", "hatti", "hattin", "santral", "atolye", "isletme", "sistem", "katrak", "rafineri", "uretici", "uretiyor", "imalatci", "bayi", "unite", "firini", "firinlari", "plant", "unit", "kiln", "furnace", "mill", "factory", "works", "system", "refinery", "producer", "manufacturer", "dealer"];

    // Folded forms of “kazan” (boiler), whole words only (“kazanılmış” is recovered): “sıcak su kazanı” and “buhar kazanı”
    // burn what they ask for, so the hot water or steam before them is the plant, not the material (EN 12952-1 water-tube
    // boilers). A fuel before it stays: the ash of an “odun kazanı” is wood ash.
    private static readonly HashSet<string> s_boilerWords = new(StringComparer.Ordinal) { "kazani", "kazaninda", "kazanina", "kazanlari", "kazanlarinda", "boiler", "boilers" };

    // Folded words of a place a heat source warms: “jeotermal sera” is a greenhouse heated by geothermal water, where the stream
    // comes from, not the heat itself.
    private static readonly HashSet<string> s_heatedPlaces = new(StringComparer.Ordinal) { "sera", "serasi", "seralar", "seralari", "seralarinda", "serada", "greenhouse", "greenhouses" };

    // Folded stems of form words that name no material of their own after another material: trimmings, flash, shavings, scrap,
    // and a core (“PE çekirdek” of a composite panel is its polyethylene core; after a fruit, “kayısı çekirdeği” is its stone).
    private static readonly string[] s_formWords = ["kirpinti", "capak", "talas", "hurda", "cekirde"];

    // Folded form words of a soiling material: “mermer çamuru bulaşık bıçak” is a blade soiled with marble sludge.
    private static readonly HashSet<string> s_soilingForms = new(StringComparer.Ordinal) { "camuru", "tozu", "yagi", "kalintisi", "artigi" };

    // Folded process words that may stand between a material and its plant word: “akü kırma tesisi”, “zeytinyağı dolum hattı”,
    // “alüminyum kokil dökümhanesi” (kokil: gravity die casting, EN 1706).
    private static readonly HashSet<string> s_processWords = new(StringComparer.Ordinal) { "kirma", "isleme", "uretim", "dokum", "kokil", "dolum", "geri", "aritma", "rejenerasyon", "regeneration", "recycling", "processing", "treatment", "filling", "bottling", "fosfatlama", "kaplama", "boyama", "yikama", "asitleme", "coating", "plating", "pickling", "enjeksiyon", "injection", "ekstruzyon", "extrusion" };

    /// <summary>Whether a plant word follows the phrase ending at <paramref name="end"/>: right after it (“kağıt fabrikası”, “paper mill”) or after a process word (“akü kırma tesisi”).</summary>
    private static bool NamesOrigin(string[] words, int end)
    {
        // A “-hane” word is a house of work: boyahane (dyehouse), kesimhane (slaughterhouse), kuluçkahane (hatchery).
        static bool IsPlant(string word) => Array.Exists(s_originWords, o => word.StartsWith(o, StringComparison.Ordinal)) || word.Contains("hane", StringComparison.Ordinal);
        // The first of two products joined before the plant word is made there too: “seramik yapıştırıcısı ve ince sıva üretiyoruz”.
        return end < words.Length && (IsPlant(words[end]) || (s_processWords.Contains(words[end]) && end + 1 < words.Length && IsPlant(words[end + 1])) ||
                                      (words[end] is "ve" or "veya" or "and" && end + 2 < words.Length && (IsPlant(words[end + 2]) || (end + 3 < words.Length && IsPlant(words[end + 3])))));
    }

    private static bool Matches(Keyword k, string[] words, int start)
    {
        if (start + k.Words.Length > words.Length)
        {
            return false;
        }

        for (var j = 0; j < k.Words.Length; j++)
        {
            if (!WordMatches(k.Words[j], words[start + j], k.English))
            {
                return false;
            }
        }

        return true;
    }

    // Whole words that only look like a short keyword with a suffix: “pasta” and “paste” are no “pas” (rust).
    // So are a glued or varnished thing (“tutkallı levha”: the board, not its glue) and whatever starts like a keyword but is another
    // word: “Salmonella” is no salmon, “buharlaştırma” (evaporation) no steam.
    private static readonly HashSet<string> s_otherWords = new(StringComparer.Ordinal)
    {
        "pasta", "paste", "pastasi", "pastalar", "pastane", "tutkalli", "yapistiricili", "vernikli", "tufalli", "killi",
    };

    // “su perdesi” (water curtain) is no softened PE-RT; “traşlama” (shaving leather) no trass.
    private static readonly string[] s_otherWordStems = ["salmonel", "buharlas", "perde", "traslam", "traslan"];

    private static bool WordMatches(string keyword, string word, bool english)
    {
        if (s_otherWords.Contains(word) || Array.Exists(s_otherWordStems, stem => word.StartsWith(stem, StringComparison.Ordinal)))
        {
            return false;
        }

        if (english && keyword.Length == 4)
        {
            // An English four-letter word takes English endings only: zinc is not the Turkish
            // zincir (chain: “soğuk zincir”), coke not çökelti (precipitate).
            return word.StartsWith(keyword, StringComparison.Ordinal) && s_englishEndings.Contains(word[keyword.Length..]);
        }

        if (!word.StartsWith(keyword, StringComparison.Ordinal))
        {
            // Turkish softens a final k, t, p before a vowel: plastik → plastiği, kağıt → kağıdı.
            return Softened(keyword) is { } soft && word.Length > soft.Length && word.StartsWith(soft, StringComparison.Ordinal) &&
                   "aeiou".Contains(word[soft.Length], StringComparison.Ordinal);
        }

        var rest = word.Length - keyword.Length;
        return keyword.Length switch
        {
            >= 5 => true,
            // No Turkish suffix starts with b, f, h, j, o, p, v or z: “koliform” is no “koli” (carton). (A designation's letters
            // are no suffix: S235JR is an S235.)
            4 => rest <= 4 && (rest == 0 || !keyword.All(char.IsAsciiLetter) || !"bfhjopvz".Contains(word[keyword.Length], StringComparison.Ordinal)),
            <= 2 => rest == 0,
            _ => s_shortSuffixes.Contains(word[keyword.Length..]),
        };
    }

    /// <summary>The word with its final k, t or p softened to ğ, d or b (folded: g, d, b), for words of four letters or more; else null.</summary>
    private static string? Softened(string word) => word.Length < 4 ? null : word[^1] switch
    {
        'k' => word[..^1] + "g",
        't' => word[..^1] + "d",
        'p' => word[..^1] + "b",
        _ => null,
    };

    /// <summary>Whether the code or the firm's NACE class is one the material (or a material it is a grade of) is known by.</summary>
    private bool Confirmed(int id, string? ewcCode, string? nace)
    {
        var naceDigits = nace is null ? string.Empty : string.Concat(nace.Where(char.IsAsciiDigit));
        for (var x = id; x != 0; x = _catalog.Get(x).ParentId)
        {
            if (ewcCode is not null && _codeHints[x].Any(c => ewcCode.StartsWith(c, StringComparison.Ordinal)))
            {
                return true;
            }

            if (naceDigits.Length > 0 && _naceHints[x].Any(n => naceDigits.StartsWith(n, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private int CommonAncestor(List<int> ids)
    {
        for (var x = ids[0]; x != 0; x = _catalog.Get(x).ParentId)
        {
            if (ids.All(id => _catalog.IsUnder(id, x)))
            {
                return x;
            }
        }

        return 0;
    }

    private static string[] Split(string? text, char separator) =>
        text is null ? [] : text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record Keyword(int Id, string[] Words, int Length, bool Role, bool English);
}
