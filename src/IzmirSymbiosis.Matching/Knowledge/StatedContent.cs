using System.Globalization;
using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>A content a need's description rules out (“boyasız”, “PVB içermeyen”, “alçı &lt;%1”, “bark-free”).</summary>
/// <param name="Key">The word folded (<see cref="TextAnalyzer.FoldKey"/>), as the offer's words are compared.</param>
/// <param name="Shown">The word as the need wrote it, for the reason line: lower case, but a symbol or an abbreviation as written (Cl, CaCO3, PVB).</param>
/// <param name="Limit">True when the need only caps the content (“alçı &lt;%1”): an offer that states an amount of it is not doubted.</param>
public sealed record ExcludedContent(string Key, string Shown, bool Limit)
{
    /// <summary>The amount of a cap (“alçı &lt;%1”: 1) or of a minimum (“ham protein &gt;%40”: 40), when the need states one.</summary>
    public double? Amount { get; init; }

    /// <summary>True when the amount is a minimum the content must reach (“&gt;”, “≥”, “min”, “en az”), not a cap.</summary>
    public bool Minimum { get; init; }

    /// <summary>True when the amount is a percentage.</summary>
    public bool Percent { get; init; }

    /// <summary>In a conflict: the amount the offer states that breaks the cap or falls short of the minimum.</summary>
    public double? OfferAmount { get; init; }

    /// <summary>For a grain size (<see cref="StatedContent.SizeKey"/>): the high end of the need's range, in mm.</summary>
    public double? High { get; init; }

    /// <summary>For a grain size in a conflict: the high end of the offer's stated sizes, in mm.</summary>
    public double? OfferHigh { get; init; }

    /// <summary>In a conflict: the offer's word (folded) when it names the content by another word (“pvc” for a chlorine cap), else null.</summary>
    public string? OfferWord { get; init; }

    /// <summary>
    /// True when the need caps the content by a word, with no figure (“düşük klorlu”, “low-sulphur”):
    /// <see cref="Amount"/> is then the cap a standard gives that word, and only an offer that states
    /// more, calls its content high or names a kind of it (PVC for chlorine) breaks it.
    /// </summary>
    public bool Qualitative { get; init; }

    /// <summary>
    /// True when the key is a state the offer may describe itself by, not a content: the opposite of a state the need asks
    /// for (“yıkanmamış” against “yıkanmış”, “damgasız” against “damgalı”, “işlemsiz” against “ısıl işlem görmüş”).
    /// </summary>
    public bool State { get; init; }

    /// <summary>
    /// True when the need asks for a measured property inside a window (“pH 6-9”, “OH sayısı 56±2”): <see cref="Amount"/> is its
    /// low end, <see cref="High"/> its high end, and an offer whose stated value lies wholly outside it breaks it.
    /// </summary>
    public bool Range { get; init; }
}

/// <summary>
/// What a need's description says its material must not contain, and whether an offer's
/// description names it. A grade specification is the commonest reason a pair of the same material
/// fails: a billet cast house takes unpainted profile, not painted; a float line takes uncoated
/// cullet, not Low-E or laminated; whey powder needs unsalted whey (EN 643 and EN 15347 grade
/// tables, Regulation (EU) 1179/2012 and 333/2011 end-of-waste criteria all work this way). The
/// scorer cuts the material value of such a pair (<see cref="UseRestrictions.SoftFactor"/>), as it
/// does for an offer a clean grade doubts, and says why. Read from Turkish and English wording:
/// the suffix <c>-sız/-siz/-suz/-süz</c>, “X içermeyen / içermez / olmayan / bulunmayan / yok / hariç”,
/// “X &lt; N”, “X max N”, “no X”, “without X”, “free of X”, “X-free”. A need's stated minimum
/// (“ham protein &gt;%40”, “en az %90 CaCO3”, “min. 5000 kcal/kg”) is read too: when the offer states
/// an amount of the same content in the same kind (per cent or not), a cap it breaks or a minimum it
/// misses cuts the value likewise, and the line says both amounts.
/// </summary>
public static partial class StatedContent
{
    private static readonly CultureInfo s_tr = CultureInfo.GetCultureInfo("tr-TR");

    // Lower-case signs of a stated exclusion; a description without any is read no further.
    private static readonly string[] s_triggers =
        ["sız", "siz", "suz", "süz", "altı", "alti", "üzeri", "uzeri", "üstü", "below", "above", "içerme", "olmaya", "olmama", "bulunma", "yok", "hariç", "barındırma", "<", "≤", "max", "maks", "azami", "no ", "without", "free", ">", "≥", "min", "en az", "asgari", "least", "fazla", "en çok",
         "yeni", "new", "bozar", "bozuyor", "bozmakta", "düşürür", "düşürüyor", "dusurur", "lekel", "tıkar", "tıkıyor", "tikar", "tikiyor", "spoils", "stains", "clogs",
         "edilmez", "edilmiyor", "istenmez", "istemiyoruz", "istemeyiz", "kullanam", "kullanılamaz", "kullanilamaz", "kullanmıyoruz", "kullanmiyoruz", "kullanmayız", "kullanmayiz", "kullanılmaz", "kullanilmaz", "kullanılmadan", "kullanilmadan", "katılmadan", "katilmadan", "eklenmeden", "karışma", "bulaşma", "not accepted", "görme", "gorme", "düşük", "dusuk", "low", "less", "doğal", "dogal", "natural", "°", "mm", "µm", "μm", "mikron", "micron", "mfi", "mfr", "mvr", "melt flow", "eriyik akış", "virgin", "orijinal", "mış", "miş", "muş", "müş", "mis", "mus", "olmasın", "olmasin", "bulunmasın", "içermesin", "icermesin", "karışmasın", "karismasin", "bulaşmasın", "bulasmasin",
         "ed ", "ed,", "ed;", "ed)", "sed", "zed", "ned", "ted", "sağlam", "saglam", "çalışır", "calisir", "intact", "undamaged", "rafine"];

    /// <summary>
    /// The key of a need that asks for natural (quarried) mineral material: “TS EN 12620 doğal agrega”,
    /// “natural sand”. Every offer is a by-product, so the need rules every offer out but one from a
    /// quarry (EN 12620 and EN 13242 keep natural, manufactured and recycled aggregates apart).
    /// </summary>
    public const string VirginKey = "*dogal*";

    /// <summary>
    /// The key of a need that refuses recycled material (“rejenere kabul edilmez”, “no regrind”). Every
    /// offer is a waste or a by-product, so the need rules out every offer but one that says it is
    /// unused primary material (“açılmamış”, “orijinal”, “virgin”): EN 15342–15348 and the end-of-waste
    /// regulations keep recyclates apart from virgin grades, and a buyer who specifies virgin takes none.
    /// </summary>
    public const string RecycledKey = "*ikincil*";

    /// <summary>
    /// The key of the temperature a need's heat must reach (“180 °C doymuş buhar”, “60-70 °C sıcak su”:
    /// its lowest stated temperature). An offer of heat at a stated temperature below it cannot serve it
    /// without a heat pump (EU BREF Energy Efficiency (2009) §3.3 heat recovery and pinch: heat moves
    /// only to a colder sink). A temperature after a cap (“&lt; 40 °C”) is no such demand.
    /// </summary>
    public const string HeatKey = "*sicaklik*";

    // A number as Turkish or English write it: “1.500” and “12.000,5” with Turkish thousands groups (a
    // first group of 1-3 digits not starting with 0, then groups of three after dots), else “0,1”, “0.1”, “4500”.
    // Thousands grouped by dots (“1.500”) or by spaces (“15 000”, the SI and Turkish typesetting way, also with a no-break or thin space).
    private const string Thousands = @"[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:[ \u00a0\u2009\u202f]\d{3})+)(?:,\d+)?";
    private const string Number = Thousands + @"(?![.\d])|\d+(?:[.,]\d+)?";

    [GeneratedRegex(@"(" + Number + @")(?:\s*[-–]\s*(" + Number + @"))?\s*°\s*C", RegexOptions.CultureInvariant)]
    private static partial Regex TemperaturePattern();

    [GeneratedRegex(@"(?<a>" + Number + @")(?:\s*[-–]\s*(?<b>" + Number + @"))?\s*bar(?:g)?(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SteamPressurePattern();

    [GeneratedRegex(@"(?<!\p{L})(?:buhar\p{L}*|steam)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SteamWords();

    /// <summary>Saturation temperature (°C, rounded) of steam at a gauge pressure in bar.</summary>
    private static double Saturation(double gaugeBar) => Math.Round(100 * Math.Pow(Math.Max(0, gaugeBar) + 1, 0.25));

    /// <summary>
    /// The key of the grain sizes a need states (“8-16 mm çakıl”, “0/4 mm kum”, “0,1-1 mm tane”, “d50 2 µm”,
    /// “&lt; 0,063 mm”, “en çok 0,5 mm”). An offer whose stated sizes lie wholly outside that range cannot serve it without
    /// crushing, milling or classifying: EN 13242 and EN 12620 designate an aggregate by its d/D sizes in mm
    /// (EN 933-1 sieving), and a mineral filler or a paper-grade carbonate is sold by its d50. Only a range,
    /// a d50 or a capped size counts: a single size may be a thickness or a length.
    /// </summary>
    public const string SizeKey = "*tane*";

    [GeneratedRegex(@"(?<d50>d50\s*[:=]?\s*)?(?<cap>(?:[<≤]|(?<!\p{L})(?:en\s+(?:çok|cok|fazla|büyük|buyuk)|maks(?:imum)?\.?|max(?:imum)?\.?|at\s+most))\s*)?(?<a>" + Number + @")(?:\s*[-–/]\s*(?<b>" + Number + @"))?\s*(?<unit>mm|µm|μm|um|mikron|micron)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();

    /// <summary>
    /// The key of the melt flow a need states (“MFI 2-4 g/10 dk”, “MFR &lt; 1”, “melt flow index 25”): a plastics grade
    /// is made for one processing window (ISO 1133-1 melt mass-flow rate: film and raffia grades about 0.3–4 g/10 min,
    /// injection moulding 10–60, melt-blown fibre several hundred). An offer whose stated melt flow lies more than
    /// twice outside the need's range cannot run on its line.
    /// </summary>
    public const string MeltFlowKey = "*mfi*";

    /// <summary>
    /// The key of the smallest piece a need states in centimetres or metres (“tek parça en az 110 cm boy”, “en az 20x20 cm”, “≥ 2 m”):
    /// a maker of belts, slabs or beams cuts its product from one piece, so an offer whose stated dimensions all stay below it cannot
    /// serve it. Millimetres are left to grain sizes and thicknesses.
    /// </summary>
    public const string LengthKey = "*boy*";

    [GeneratedRegex(@"(?<!\p{L})(?:en az|min\.?|minimum|asgari|at least|≥|>)\s*(?<a>" + Number + @")(?:\s*[x×]\s*(?<b>" + Number + @"))?\s*(?<unit>cm|m)(?![\p{L}\d²³/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MinimumLengthPattern();

    /// <summary>
    /// The key of the least thickness a need states (“en az 8 cm kalınlık”, “kalınlığı min. 20 mm”, “at least 5 cm thick”): a paving sett,
    /// a kerb or a slab is cut from stone at least as thick as the product (TS EN 1342 setts, TS EN 1341 slabs and TS EN 1343 kerbs
    /// state their thickness classes), a sheet or board for a part likewise. An offer whose stated thicknesses all stay below it
    /// cannot serve it.
    /// </summary>
    public const string ThicknessKey = "*kalinlik*";

    private const string ThicknessWord = @"(?:kalınl\p{L}*|kalinl\p{L}*|thick\p{L}*)";
    private const string AtLeast = @"(?:en az|min\.?|minimum|asgari|at least|≥|>)";

    [GeneratedRegex(@"(?<!\p{L})(?:" + ThicknessWord + @"\s*[:=]?\s*" + AtLeast + @"\s*(?<a>" + Number + @")\s*(?<unit>mm|cm|m)(?!\p{L})|" +
                    AtLeast + @"\s*(?<a>" + Number + @")\s*(?<unit>mm|cm|m)\s*" + ThicknessWord + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MinimumThicknessPattern();

    [GeneratedRegex(@"(?<!\p{L})(?:" + ThicknessWord + @"\s*[:=]?\s*(?<a>" + Number + @")(?:\s*[-–]\s*(?<b>" + Number + @"))?\s*(?<unit>mm|cm|m)(?!\p{L})|" +
                    @"(?<a>" + Number + @")(?:\s*[-–]\s*(?<b>" + Number + @"))?\s*(?<unit>mm|cm|m)\s*(?:\(\s*)?" + ThicknessWord + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThicknessPattern();

    [GeneratedRegex(@"(?<a>" + Number + @")(?:\s*[-–x×]\s*(?<b>" + Number + @"))?\s*(?<unit>cm|m)(?![\p{L}\d²³/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"(?<!\p{L})(?:MFI|MFR|MVR|melt flow(?: index| rate)?|eriyik akış(?: hızı| indeksi)?)\s*(?:\([^)]*\))?\s*[:=]?\s*(?<cap>[<≤>≥]\s*)?(?:[~≈]\s*)?(?<a>" + Number + @")(?:\s*[-–]\s*(?<b>" + Number + @"))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeltFlowPattern();

    /// <summary>
    /// A measured property a need asks for inside a window: a specification states a polyol's hydroxyl number, an isocyanate's
    /// NCO content, an oil's acid number, a carbon black's iodine number, a syrup's Brix, a water's pH as a nominal value with a
    /// tolerance or as a range (ISO 14900 hydroxyl number of polyols, ISO 14896 NCO content, ASTM D1510 iodine adsorption number,
    /// TS 266 and the irrigation-water quality classes of the Atıksu Arıtma Tesisleri Teknik Usuller Tebliği for pH, ISO 48-4 for a
    /// compound's Shore A or Shore D hardness, ISO 2555 and ISO 3219 for the Brookfield or rotational viscosity of an adhesive, a
    /// resin or an ink in mPa·s). The word is
    /// the property's symbol or name, alone (“pH 6-9”) or with its measure (“OH sayısı 56±2”, “acid number 1-3”).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<key>pH|OH|NCO|Brix|Shore[AD]|viskozite|viscosity|(?:asit|acid|iyot|iodine)(?=\s+(?:sayısı|sayisi|number|değeri|degeri|value)))(?:\s+(?:sayısı|sayisi|number|değeri|degeri|value|indeksi|index))?\s*[:=]?\s*(?<pa>%\s*)?(?<a>" + Number + @")\s*(?:±\s*(?<t>" + Number + @")|[-–]\s*(?<b>" + Number + @"))\s*(?<pb>%)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PropertyRangePattern();

    /// <summary>
    /// The text with a Shore hardness scale joined to its name (“Shore A 85-88” → “ShoreA 85-88”), so that the scale is one word whose
    /// value a need's window can test (ISO 48-4 / ISO 868: durometer hardness, Shore A for soft and Shore D for hard compounds; the two
    /// scales are not compared).
    /// </summary>
    private static string WithShoreScales(string description) =>
        description.Contains("shore", StringComparison.OrdinalIgnoreCase) ? ShoreScale().Replace(description, "Shore$1") : description;

    [GeneratedRegex(@"(?<!\p{L})Shore\s*-?\s*([AD])(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShoreScale();

    /// <summary>
    /// The text with İzmir's district Torbalı (capitalised) named as a place, not read as “torbalı” (bagged, a packaging a need may refuse):
    /// “Torbalı salça fabrikası” says where the paste plant is.
    /// </summary>
    private static string WithoutPlaceNames(string description) =>
        description.Contains("Torbal", StringComparison.Ordinal) ? TorbaliDistrict().Replace(description, "İzmir") : description;

    [GeneratedRegex(@"(?<!\p{L})(?:Torbalı|Torbali|TORBALI)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TorbaliDistrict();

    // Words of a need that changes its own water's pH (“pH düşürme”, “nötralizasyon”): a pH range there is its own stream's, not a demand.
    private static readonly string[] s_phAdjustingWords = ["nötr", "notr", "düşür", "dusur", "yükselt", "yukselt", "ayarla", "neutrali", "lower", "raise", "adjust"];

    // How far outside a need's melt-flow range an offer may lie and still be run with an adjusted recipe.
    private const double MeltFlowTolerance = 2;

    // Words just before a size that make it no grain size: a thickness, a diameter, a fibre's or a piece's length.
    private static readonly string[] s_notGrainWords = ["kalınlı", "kalinli", "thick", "çap", "diamet", "lif boy", "uzunluk", "length", "fibre", "fiber", "film"];

    // A need for virgin material only: “yalnız orijinal (virgin)”, “sadece virgin”, “virgin only”, “only virgin”.
    [GeneratedRegex(@"(?<!\p{L})(?:(?:yaln[ıi]z(?:ca)?|sadece)\s+(?:orijinal|virgin)|only\s+virgin|virgin\s+only)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VirginOnlyPattern();

    // Folded stems of words for recycled material that a need may refuse.
    private static readonly string[] s_recycledStems = ["rejenere", "recycl", "regrind", "regranul", "ikincil", "secondary"];

    // Folded words of an offer that say it is unused primary material.
    private static readonly HashSet<string> s_unusedWords = new(StringComparer.Ordinal)
    {
        "virgin", "orijinal", "original", "acilmamis", "unopened", "kullanilmamis", "unused",
    };

    // Folded mineral nouns that “doğal”/“natural” before them make a demand for quarried material.
    private static readonly HashSet<string> s_virginNouns = new(StringComparer.Ordinal)
    {
        "agrega", "agregasi", "agregalar", "kum", "kumu", "cakil", "cakili", "tas", "tasi", "kirmatas", "aggregate", "aggregates", "sand", "gravel", "stone",
    };

    // Folded words after such a phrase that turn it around: “doğal kum yerine” asks for a substitute.
    private static readonly HashSet<string> s_instead = new(StringComparer.Ordinal)
    {
        "yerine", "ikamesi", "ikame", "yerini", "instead", "substitute", "replacement", "replacing",
    };

    // Folded words of an offer that come from a quarry: such an offer is natural material itself.
    private static readonly HashSet<string> s_quarryWords = new(StringComparer.Ordinal) { "ocaktan", "quarry", "dogal", "natural" };

    // Folded words that make the “ocak” after them a quarry (“mermer ocağı”), not a furnace (“ark ocağı”).
    private static readonly HashSet<string> s_quarried = new(StringComparer.Ordinal)
    {
        "tas", "mermer", "maden", "kum", "cakil", "kalker", "granit", "traverten", "andezit", "bazalt", "kirectasi",
    };

    // Folded words that negate the word before them.
    private static readonly HashSet<string> s_negatingNext = new(StringComparer.Ordinal)
    {
        "icermeyen", "icermez", "icermemeli", "icermemelidir", "icermemesi", "olmayan", "olmamali", "olmamalidir",
        "bulunmayan", "bulunmamali", "yok", "haric", "barindirmayan", "istenmez", "istenmiyor", "gormemis", "gormeyen",
        "istemiyoruz", "istemeyiz", "karismamis", "karismamali", "karismayan", "bulasmamis", "bulasmamali",
        "olmayacak", "olmasin", "bulunmayacak", "bulunmasin", "icermeyecek", "icermesin",
        "karismasin", "bulasmasin", "karistirilmasin", // “PC karışmasın”: let no PC get mixed in
        "kullanamiyoruz", "kullanamayiz", "kullanilamaz", "kullanmiyoruz", "kullanmayiz", "kullanilmaz", // “siyah kırık kullanamıyoruz”: we cannot use black
        "kullanilmadan", "katilmadan", "eklenmeden", // “etoksikin kullanılmadan stabilize”: stabilised without ethoxyquin
        "olmamis", "edilmemis", "yapilmamis", // “scorch olmamış”, “hidrolize edilmemiş”: the state before them is absent
        "edilmemeli", "edilmemelidir", "saptanmamali", "saptanmamalidir", "gorulmemeli", // “fekal koliform tespit edilmemeli”
    };

    // Folded participles that say the thing before them was taken out (“kumaş ayrılmış”), and the words after them that make
    // it a requirement (“olmalı”, “şart”).
    private static readonly HashSet<string> s_removedParticiples = new(StringComparer.Ordinal) { "ayrilmis", "ayiklanmis", "sokulmus", "arindirilmis" };

    private static readonly HashSet<string> s_mustWords = new(StringComparer.Ordinal) { "olmali", "olmalidir", "olsun", "olacak", "sart", "gerekir", "gerekli" };

    // Folded words of a need for whole goods, and the words (folded, as shown) of an offer that says it is not whole.
    private static readonly HashSet<string> s_intactWords = new(StringComparer.Ordinal) { "saglam", "hasarsiz", "calisir", "intact", "undamaged" };

    private static readonly (string Key, string Shown)[] s_damageWords =
    [
        ("kirik", "kırık"), ("kirilmis", "kırılmış"), ("catlak", "çatlak"), ("catlamis", "çatlamış"), ("hasarli", "hasarlı"), ("arizali", "arızalı"),
        ("bozuk", "bozuk"), ("ezik", "ezik"), ("ezilmis", "ezilmiş"), ("darbeli", "darbeli"), ("sismis", "şişmiş"), ("calismaz", "çalışmaz"),
        ("calismayan", "çalışmayan"), ("damaged", "damaged"), ("broken", "broken"), ("cracked", "cracked"), ("dented", "dented"), ("defective", "defective"),
        ("faulty", "faulty"),
    ];

    // Folded auxiliary participles that say the state before them was reached (“ısıl işlem görmüş”, “kalsine edilmiş”).
    private static readonly HashSet<string> s_reachedAuxiliaries = new(StringComparer.Ordinal) { "olmus", "edilmis", "yapilmis", "gormus" };

    // Folded auxiliary participles and words that say the thing before them is missing (“ısıl işlem görmemiş”, “analizi yok”).
    private static readonly HashSet<string> s_missingAfter = new(StringComparer.Ordinal) { "olmamis", "edilmemis", "yapilmamis", "gormemis", "yok", "yoktur" };


    // Folded words naming "a trace of" something: the word before them is the content.
    private static readonly HashSet<string> s_fillers = new(StringComparer.Ordinal)
    {
        "kalinti", "kalintisi", "kalintilari", "parca", "parcasi", "parcalari", "madde", "maddesi", "maddeler",
        "icerik", "icerigi", "kirlilik", "kirliligi", "karisimi", "bulasmasi", "izi", "izleri", "katkisi", "orani", "contamination", "residue",
        "residues", "traces",

        // A measure's name after the content is no content of its own: “Cr toplam en çok 500 mg/kg”, “Cl content &lt; 0,1 %”.
        "toplam", "total", "miktari", "degeri", "seviyesi", "content", "level",

        // Nor is a measure's number: “OH sayısı 48 mg KOH/g”, “iodine number 82” state the hydroxyl and iodine numbers.
        "sayisi", "number",

        // Nor is a test's verb: “fekal koliform tespit edilmemeli” rules out coliforms.
        "tespit",

        // Nor is a component or an origin word: “hayvansal kaynaklı bileşen içermeyen” rules out what is of animal origin.
        "bilesen", "bileseni", "bilesenler", "bilesenleri", "kaynakli", "kokenli", "component", "components", "ingredient", "ingredients",

        // A waste's form is no content of its own: “sır artığı kabul edilmez” refuses glaze.
        "artigi", "artiklari", "atigi", "atiklari", "firesi", "fireleri", "hurdasi", "kirpintisi", "kirigi", "tozu", "kabugu", "kabuklari",
    };

    // Folded nouns of no content (“ürün”, “malzeme”) and the relative participles that name one by what it does or holds.
    private static readonly HashSet<string> s_genericThings = new(StringComparer.Ordinal) { "urun", "urunler", "malzeme", "product", "products", "material" };

    private static readonly HashSet<string> s_relativeParticiples = new(StringComparer.Ordinal) { "yapan", "iceren", "olan", "bulunan", "barindiran", "birakan" };

    // Words (folded) that are no content when negated or capped: prices, conditions, units, fillers.
    private static readonly HashSet<string> s_noContent = new(StringComparer.Ordinal)
    {
        "ucret", "bedel", "sinir", "duzen", "sorun", "kosul", "sart", "masraf", "zarar", "km", "ton", "kg", "yil", "en",
        "fazla", "az", "ve", "veya", "ile", "da", "de", "longer", "more", "less", "later", "need", "than", "other", "charge",
        "cost", "fee", "limit", "the", "a", "an", "any", "or", "and", "no", "not", "without", "nakliye", "mesafe", "tasima", "haul", "distance", "transport",
    };

    // Folded words after an amount that continue the clause and name no content: “kükürt ≤%1 olan malzeme” caps sulphur.
    private static readonly HashSet<string> s_clauseWords = new(StringComparer.Ordinal)
    {
        "olan", "olmali", "olmasi", "olacak", "olsun", "kabul", "alinir", "ve", "veya", "ile", "icin", "tercih", "tercihen", "civari", "civarinda", "which", "and", "or", "is", "preferred",
    };

    // Short endings after a short key (≤ 3 letters) that still name it: “tuz” → “tuzlu”, “yağ” → “yağlı”.
    private static readonly string[] s_shortEndings = ["", "lu", "li", "lar", "ler", "u", "i", "yu", "yi", "lari", "leri"];

    [GeneratedRegex(@"\p{L}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*|<|≤|>|≥|%|" + Number + @"|[;:,()\[\]/+]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    // “no X, no Y”: the second “no” opens its own exclusion, not an item of the first one's list.
    [GeneratedRegex(@"(\p{L}+)-free\b|\bfree of (\p{L}+)(?:(?: or| and) (\p{L}+))?|\b(?:no|without) (\p{L}+)(?:(?: or| and|,) (?!no\b|without\b)(\p{L}+))?|\b(colou?r)less\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPattern();

    /// <summary>The contents a need's description rules out (empty when it states none).</summary>
    public static ExcludedContent[] Excluded(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }

        description = WithoutSampleSize(WithToxinNames(WithShoreScales(WithoutPlaceNames(description))));

        // Most descriptions state no exclusion: look for its signs before reading the words.
        var ranges = PropertyRanges(description);
        var months = Months(description);
        if (ranges.Count == 0 && months is null && !Array.Exists(s_triggers, t => description.Contains(t, StringComparison.OrdinalIgnoreCase)) && !HavingAdjective().IsMatch(description))
        {
            return [];
        }

        var text = description.ToLower(s_tr);

        // Words as the need wrote them, so that a symbol keeps its case in the reason line (Cl, Zn, CaCO3, PVB).
        var tokens = TokenPattern().Matches(description).Select(m => m.Value).ToArray();
        var found = new List<ExcludedContent>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var f = TextAnalyzer.FoldKey(t);
            if (IsLetters(t) && !t.Contains('-') && (f.EndsWith("siz", StringComparison.Ordinal) || f.EndsWith("suz", StringComparison.Ordinal)) && f.Length >= 6)
            {
                Add(found, t[..^3], limit: false);
                if (f == "kalintisiz")
                {
                    AddResidues(found, tokens, i);
                }
            }
            else if (f is "siz" or "suz" && i > 0 && IsLetters(tokens[i - 1]))
            {
                // “PVC'siz”, “Cl'suz”: the suffix after an apostrophe is a token of its own.
                Add(found, tokens[i - 1], limit: false);
            }
            else if (IsLetters(t) && s_negatingNext.Contains(f))
            {
                // “boyalı ahşap olmasın”, “halojenli solvent yok”: the adjective is what is absent, not the wood or the solvent.
                AddRefused(found, tokens, i, limit: false);
            }
            else if (IsLetters(t) && s_removedParticiples.Contains(f) && i + 1 < tokens.Length && s_mustWords.Contains(TextAnalyzer.FoldKey(tokens[i + 1])))
            {
                // “kumaş ve ahşap ayrılmış olmalı”: what must have been taken out is ruled out.
                AddBefore(found, tokens, i, limit: false);
            }
            else if (f == "kabul" && i + 1 < tokens.Length && NegationWords.RefusedAfterKabul.Contains(TextAnalyzer.FoldKey(tokens[i + 1])))
            {
                // “Si'li döküm alaşımı kabul edilmez”, “PE kaplı/laminasyonlu karton kabul edilmez”.
                AddRefused(found, tokens, i, limit: false);
            }
            else if (IsLetters(t) && s_spoilingVerbs.Contains(f))
            {
                // “gri grafitli EPS beyaz bloğu lekeliyor”, “SAN ve ABS karışımı hücre yapısını bozar”: what spoils is refused.
                AddSpoilers(found, tokens, i);
            }
            else if (f == "accepted" && i > 1 && TextAnalyzer.FoldKey(tokens[i - 1]) == "not")
            {
                AddBefore(found, tokens, i - 1, limit: false);
            }
            else if (LowCap(tokens, i) is { } low)
            {
                found.Add(low);
            }
            else if (IsNumber(t) && i > 0 && BoundAfter(tokens, i) is { } minimum &&
                     (tokens[i - 1] == "%" ? i - 1 : i) is var at && at > 0 && IsLetters(tokens[at - 1]) && !s_clauseWords.Contains(TextAnalyzer.FoldKey(tokens[at - 1])))
            {
                // “seramik-taş-porselen 20 g/t altı”, “PE %2 altı”: the words before the amount.
                var percent = tokens[i - 1] == "%" || (i + 1 < tokens.Length && tokens[i + 1] == "%");
                var amount = ParseNumber(t);
                if (!percent && IsPpm(tokens, i + 1))
                {
                    (amount, percent) = (amount / PpmPerPercent, true);
                }

                var start = found.Count;
                AddBefore(found, tokens, at, limit: true);
                for (var k = start; k < found.Count; k++)
                {
                    found[k] = found[k] with { Amount = amount, Percent = percent, Minimum = minimum };
                }
            }
            else if (Bound(tokens, i) is { } bound && NumberAfter(tokens, bound.Last) is var n && n > 0)
            {
                // “alçı <%1”, “bark <1%”, “ham protein >%40”: the word before; “(kuru; <%15 nem)”, “en az %90 CaCO3”: the word after the amount.
                var amount = ParseNumber(tokens[n]);
                var percent = (n > 0 && tokens[n - 1] == "%") || (n + 1 < tokens.Length && tokens[n + 1] == "%");
                if (!percent && IsPpm(tokens, n + 1))
                {
                    (amount, percent) = (amount / PpmPerPercent, true);
                }

                var after = n + 1 < tokens.Length && tokens[n + 1] == "%" ? n + 2 : n + 1;
                var start = found.Count;
                if (after < tokens.Length && IsLetters(tokens[after]) && !s_units.Contains(TextAnalyzer.FoldKey(tokens[after])) &&
                    !s_clauseWords.Contains(TextAnalyzer.FoldKey(tokens[after])))
                {
                    Add(found, tokens[after], limit: true);
                }
                else
                {
                    // “renkli cam en çok %1” caps coloured glass, not glass.
                    AddRefused(found, tokens, i, limit: true);
                }

                for (var k = start; k < found.Count; k++)
                {
                    found[k] = found[k] with { Amount = amount, Percent = percent, Minimum = bound.Minimum };
                }
            }
        }

        // A state the need asks for rules out the offer that says it lacks it, and the other way round: “yıkanmış”
        // (washed) rules out “yıkanmamış”, “scorch olmamış” rules out “scorch olmuş” — unless the need only allows it
        // (“yıkanmamış da kabul”).
        for (var i = 0; i < tokens.Length; i++)
        {
            // (A negating participle after a content, “PE karışmamış”, already rules that content out.)
            if (IsLetters(tokens[i]) && !s_auxiliaries.Contains(TextAnalyzer.FoldKey(tokens[i])) && !s_negatingNext.Contains(TextAnalyzer.FoldKey(tokens[i])) &&
                OppositeParticiple(tokens[i]) is { } opposite &&
                !(i + 1 < tokens.Length && s_allowingAfterState.Contains(TextAnalyzer.FoldKey(tokens[i + 1]))))
            {
                found.Add(new ExcludedContent(TextAnalyzer.FoldKey(opposite), opposite, Limit: false) { State = true });
            }
        }

        // A treatment the need asks for with an auxiliary (“ısıl işlem görmüş”, “kalsine edilmiş”) rules out an offer that
        // says it lacks it (“ısıl işlemsiz”, “ısıl işlem görmemiş”; see OfferWords).
        for (var i = 1; i < tokens.Length; i++)
        {
            if (s_reachedAuxiliaries.Contains(TextAnalyzer.FoldKey(tokens[i])) && IsLetters(tokens[i - 1]) &&
                !s_auxiliaries.Contains(TextAnalyzer.FoldKey(tokens[i - 1])) &&
                !(i + 1 < tokens.Length && s_allowingAfterState.Contains(TextAnalyzer.FoldKey(tokens[i + 1]))) &&
                WithoutWord(tokens[i - 1]) is { } lacking)
            {
                found.Add(new ExcludedContent(TextAnalyzer.FoldKey(lacking), lacking, Limit: false) { State = true });
            }
        }

        // An English treatment the need asks for (“washed”, “heat-treated”, “residue analysed”) rules out an offer that says it
        // lacks it (“unwashed”, “not heat treated”; see OfferWords), unless the need names the lack itself (“washed or unwashed”).
        // Not in a need that refuses anything, where the participle may be what it refuses (“treated wood not accepted”).
        for (var i = 0; i < tokens.Length && !RefusesAnything(tokens); i++)
        {
            if (EnglishState(tokens[i]) is { } state && !(i > 0 && TextAnalyzer.FoldKey(tokens[i - 1]) is "not" or "non" or "un") &&
                !TextAnalyzer.FoldKey(tokens[i]).StartsWith("non ", StringComparison.Ordinal) &&
                !Array.Exists(tokens, t => TextAnalyzer.FoldKey(t) == "un" + state))
            {
                found.Add(new ExcludedContent("un" + state, "un" + state, Limit: false) { State = true });
            }
        }

        // A need for whole goods (“sağlam”, “hasarsız”, “çalışır durumda”, “intact”) rules out an offer that says it is broken,
        // cracked, dented or damaged (Directive 2012/19/EU Annex VI: damaged equipment is no product for reuse; EN 15722 and
        // UN packaging rules: a dented or bulged drum is not refilled).
        if (Array.Exists(tokens, t => s_intactWords.Contains(TextAnalyzer.FoldKey(t))))
        {
            foreach (var (key, shown) in s_damageWords)
            {
                // Limit: a damage the offer counts (“40 adet; 5'i ezik”) leaves the rest whole.
                found.Add(new ExcludedContent(key, shown, Limit: true) { State = true });
            }
        }

        // A property the need asks for by -lı/-li/-lu/-lü (“ISPM 15 damgalı”, “analizli”, “sertifikalı”) rules out an offer that
        // says it lacks it with -sız/-siz/-suz/-süz (“damgasız”, “analizsiz”); not in a need that refuses anything, where the
        // -lı word may be what it refuses (“boyalı kabul edilmez”), nor when the need only allows it (“damgalı da olur”).
        if (!RefusesAnything(tokens))
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (IsLetters(tokens[i]) && OppositeAdjective(tokens[i]) is { } lacking &&
                    !(i + 1 < tokens.Length && s_allowingAfterState.Contains(TextAnalyzer.FoldKey(tokens[i + 1]))))
                {
                    found.Add(new ExcludedContent(TextAnalyzer.FoldKey(lacking), lacking, Limit: false) { State = true });
                }
            }
        }

        // A need for refined material (“rafine, kokusuz don yağı”, “USP gliserin, rafine”) rules out one the offer calls raw or crude
        // (“ham gliserin”, “çiğ iç yağ”, “crude glycerol”): refining is the step between them (EU BREF Food, Drink and Milk Industries (2019)
        // §2.2.9 oil and fat refining; EN 16785 and the USP monograph grade refined glycerol). Not a need that refines itself (“rafine edip”).
        for (var i = 0; i < tokens.Length; i++)
        {
            if (TextAnalyzer.FoldKey(tokens[i]) is "rafine" or "refined" && !(i > 0 && TextAnalyzer.FoldKey(tokens[i - 1]) is "un" or "non" or "not") &&
                !(i + 1 < tokens.Length && TextAnalyzer.FoldKey(tokens[i + 1]) is var next && (next.StartsWith("ed", StringComparison.Ordinal) || next.StartsWith("et", StringComparison.Ordinal) || next == "olmayan")))
            {
                found.Add(new ExcludedContent("ham", "ham", Limit: false) { State = true });
                break;
            }
        }

        // A need for a high grade (“yüksek dereceli kart”, “high-grade boards”: EN 50625-5 and the refiners' grading of circuit boards and
        // scrap by precious-metal content) rules out an offer that calls itself low grade.
        if (TextAnalyzer.Padded(description) is var padded && Array.Exists(s_highGradePhrases, p => padded.Contains(p, StringComparison.Ordinal)))
        {
            found.Add(new ExcludedContent(LowGradeKey, "düşük dereceli", Limit: false) { State = true });
        }

        // A need for new material (“yeni genleştirilmiş perlit”, “new 18650 cells”) rules out one the offer calls used
        // (EN 13501 and the filter-aid standards: a spent filter aid carries what it filtered; Directive 2012/19/EU Annex VI).
        if (AsksForNewMaterial(tokens))
        {
            found.Add(new ExcludedContent("kullanilmis", "kullanılmış", Limit: false) { State = true });
        }

        if (AsksForVirginMaterial(tokens) is { } virgin)
        {
            found.Add(new ExcludedContent(VirginKey, virgin, Limit: false));
        }

        foreach (Match m in EnglishPattern().Matches(text))
        {
            for (var g = 1; g < m.Groups.Count; g++)
            {
                if (m.Groups[g].Success)
                {
                    Add(found, m.Groups[g].Value, limit: false);
                }
            }
        }

        if (Temperatures(description, needs: true) is { } heat)
        {
            found.Add(new ExcludedContent(HeatKey, heat.Low.ToString("0.#", s_tr) + " °C", Limit: true) { Amount = heat.Low, Minimum = true });
        }

        if (Sizes(description) is { } size)
        {
            found.Add(new ExcludedContent(SizeKey, string.Empty, Limit: true) { Amount = size.Low, High = size.High });
        }

        if (MeltFlows(description) is { } flow)
        {
            found.Add(new ExcludedContent(MeltFlowKey, string.Empty, Limit: true) { Amount = flow.Low, High = flow.High });
        }

        if (MinimumLength(description) is { } piece)
        {
            found.Add(new ExcludedContent(LengthKey, string.Empty, Limit: true) { Amount = piece, Minimum = true });
        }

        if (MinimumThickness(description) is { } thickness)
        {
            found.Add(new ExcludedContent(ThicknessKey, string.Empty, Limit: true) { Amount = thickness, Minimum = true });
        }

        if (months is { } window)
        {
            found.Add(new ExcludedContent(MonthsKey, string.Empty, Limit: true) { Amount = window });
        }

        // So does a need for virgin material only (“yalnız orijinal (virgin)”, “virgin only”).
        if (VirginOnlyPattern().Match(description) is { Success: true } virginOnly)
        {
            found.Add(new ExcludedContent(RecycledKey, virginOnly.Value, Limit: false));
        }

        found.AddRange(ranges);

        // “kızdırma kaybı en çok %5” caps the loss on ignition: the reason line names it whole, not as “kaybı”.
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].Key == "kaybi" && text.Contains("kızdırma kaybı", StringComparison.Ordinal))
            {
                found[k] = found[k] with { Shown = "kızdırma kaybı" };
            }
            else if (found[k].Key == "kuru" && text.Contains("kuru madde", StringComparison.Ordinal))
            {
                found[k] = found[k] with { Shown = "kuru madde" };
            }
        }

        // A refused recycled grade (“rejenere kabul edilmez”, “no regrind”) rules out every by-product; a cap on it does not.
        for (var k = 0; k < found.Count; k++)
        {
            if (!found[k].Limit && Array.Exists(s_recycledStems, stem => found[k].Key.StartsWith(stem, StringComparison.Ordinal)))
            {
                found[k] = new ExcludedContent(RecycledKey, found[k].Shown, Limit: false);
            }
        }

        // A blend refused by its slash name (“PC/ABS karışmamalı”) is not a refusal of the part the need asks for elsewhere (“PC yolluk kırığı alınır”).
        if (description.Contains('/', StringComparison.Ordinal))
        {
            found.RemoveAll(e => !e.Limit && !e.Key.StartsWith('*') && AskedBesideItsBlend(description, e.Key));
        }

        // Of two exclusions of one content, a stated amount outweighs a word (“düşük küllü … (kül en çok %10)” caps ash at 10 %).
        return [.. found.GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => (g.First().Qualitative ? g.FirstOrDefault(e => e.Amount is not null && !e.Qualitative) : null) ?? g.First())];
    }

    /// <summary>The windows of measured properties a description states (see <see cref="PropertyRangePattern"/>).</summary>
    private static List<ExcludedContent> PropertyRanges(string description)
    {
        var found = new List<ExcludedContent>();
        if (!description.Any(char.IsAsciiDigit))
        {
            return found;
        }

        foreach (Match m in PropertyRangePattern().Matches(description))
        {
            var shown = m.Groups["key"].Value;
            var key = TextAnalyzer.FoldKey(shown);
            if (key == "ph" && Array.Exists(s_phAdjustingWords, w => description.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var a = ParseNumber(m.Groups["a"].Value);
            var (low, high) = m.Groups["t"].Success ? (a - ParseNumber(m.Groups["t"].Value), a + ParseNumber(m.Groups["t"].Value)) : (a, ParseNumber(m.Groups["b"].Value));
            if (high >= low)
            {
                found.Add(new ExcludedContent(key, key == "ph" ? "pH" : key.StartsWith("shore", StringComparison.Ordinal) ? "Shore " + char.ToUpperInvariant(key[^1]) : shown, Limit: true)
                {
                    Amount = low,
                    High = high,
                    Percent = m.Groups["pa"].Success || m.Groups["pb"].Success,
                    Range = true,
                });
            }
        }

        return found;
    }

    /// <summary>The first content the need rules out that the offer's description names (or names by another word of <see cref="s_sameContent"/>), or null.</summary>
    public static ExcludedContent? Conflict(ExcludedContent[] excluded, OfferWord[] offer)
    {
        foreach (var e in excluded)
        {
            if (e.Key == VirginKey)
            {
                if (!FromQuarry(offer))
                {
                    return e;
                }

                continue;
            }

            if (e.Key == SizeKey)
            {
                // The offer's stated sizes and the need's range do not meet.
                foreach (var w in offer)
                {
                    if (w.Key == SizeKey && w.Amount is { } low && w.High is { } high && (high < e.Amount || low > e.High))
                    {
                        return e with { OfferAmount = low, OfferHigh = high };
                    }
                }

                continue;
            }

            if (e.Key == MonthsKey)
            {
                // The months the offer runs in and those the need takes it in do not meet.
                foreach (var w in offer)
                {
                    if (w.Key == MonthsKey && w.Amount is { } runs && e.Amount is { } takes && ((int)runs & (int)takes) == 0)
                    {
                        return e with { OfferAmount = runs };
                    }
                }

                continue;
            }

            if (e.Key == ThicknessKey)
            {
                // Every thickness the offer states is thinner than the need's least.
                foreach (var w in offer)
                {
                    if (w.Key == ThicknessKey && w.High is { } thickest && thickest < e.Amount)
                    {
                        return e with { OfferAmount = w.Amount, OfferHigh = thickest };
                    }
                }

                continue;
            }

            if (e.Key == LengthKey)
            {
                // Every dimension the offer states is shorter than the piece the need must cut.
                foreach (var w in offer)
                {
                    if (w.Key == LengthKey && w.High is { } longest && longest < e.Amount)
                    {
                        return e with { OfferAmount = longest, OfferHigh = longest };
                    }
                }

                continue;
            }

            if (e.Key == MeltFlowKey)
            {
                // The offer's stated melt flow lies more than twice outside the need's range.
                foreach (var w in offer)
                {
                    if (w.Key == MeltFlowKey && w.Amount is { } low && w.High is { } high &&
                        (high * MeltFlowTolerance < e.Amount || low > e.High * MeltFlowTolerance))
                    {
                        return e with { OfferAmount = low, OfferHigh = high };
                    }
                }

                continue;
            }

            if (e.Key == RecycledKey)
            {
                if (!Array.Exists(offer, w => s_unusedWords.Contains(w.Key)))
                {
                    return e;
                }

                continue;
            }

            var keys = s_equivalents.TryGetValue(e.Key, out var same) ? same : [e.Key];

            // An offer that states how much of the content it holds is judged by that amount, not by a bare mention of it
            // (“tuz cürufu … Cl <%0,5” meets a chlorine cap of 0,5 %).
            var amountStated = e.Amount is not null && Array.Exists(offer, w => w.Amount is not null && w.Percent == e.Percent && !Without(w.Key) && Array.Exists(keys, k => Names(w.Key, k)));
            foreach (var w in offer)
            {
                // A bound the offer states of its own content meets only a need that states an amount of it.
                if (w.Bounded && e.Amount is null)
                {
                    continue;
                }

                // A word that says its content is absent (“tuzsuz”, “damgasız”) names no content: it meets only a need
                // that asks for what it lacks (“damgalı” rules out “damgasız”).
                if (Without(w.Key))
                {
                    if (w.Key == e.Key)
                    {
                        return e;
                    }

                    continue;
                }

                if (!Array.Exists(keys, k => Names(w.Key, k)))
                {
                    continue;
                }

                // A window: the offer's stated value (or every value of its range) lies outside it; a bare mention does not.
                if (e.Range)
                {
                    if (w.Amount is { } offerLow && w.Percent == e.Percent && (w.High ?? offerLow) is var offerHigh &&
                        (offerHigh < e.Amount || offerLow > e.High))
                    {
                        return e with { OfferAmount = offerLow, OfferHigh = offerHigh };
                    }

                    continue;
                }

                // A cap written as a word (“düşük klorlu”): a stated percentage above the standard's figure breaks
                // it, as does an offer that calls the content high or names a kind of it (PVC); a bare mention does not.
                if (e.Qualitative)
                {
                    if (w.Amount is { } stated && w.Percent && e.Amount is not null)
                    {
                        var highest = w.High ?? stated;
                        if (highest > e.Amount)
                        {
                            return e with { OfferAmount = highest };
                        }
                    }
                    else if (w.Stressed || IsKind(w.Key, e.Key))
                    {
                        return Names(w.Key, e.Key) ? e : e with { OfferWord = w.Key };
                    }

                    continue;
                }

                // A kind of the content is the content in bulk (cupronickel for a nickel cap): a number beside it
                // (“CuNi 90/10”) is no amount of the content.
                if (!e.Minimum && IsKind(w.Key, e.Key))
                {
                    return e with { OfferWord = w.Key };
                }

                // Both state an amount of it, in the same kind: the amounts decide (of a range, the
                // low end for a minimum, the high end for a cap: the whole range must pass).
                if (e.Amount is { } bound && w.Amount is { } low && w.Percent == e.Percent)
                {
                    var stated = e.Minimum ? low : w.High ?? low;
                    if (e.Minimum ? stated < bound : stated > bound)
                    {
                        return e with { OfferAmount = stated };
                    }

                    continue;
                }

                // A minimum is missed only by a smaller stated amount; a cap by any unstated amount.
                if (!e.Minimum && (!e.Limit || !w.Quantified) && !amountStated)
                {
                    return Names(w.Key, e.Key) ? e : e with { OfferWord = w.Key };
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Words (folded) that name one content in both languages or as its chemistry: a need without
    /// lime rules out an offer with free CaO (EN 12620 volume stability of slag aggregate), an
    /// unsalted grade rules out brine and NaCl, a halogen-free fuel rules out chlorinated solvents
    /// (ATY Tebliği, Cl limits of alternative fuels), a dry fuel rules out a wet offer (EN ISO 17225),
    /// a need without dross rules out aluminium skimmings (Non-Ferrous Metals BREF 2017, dross and skimmings),
    /// a need that refuses alloys rules out brass, bronze and beryllium copper (EN 12861 copper scrap
    /// classes keep unalloyed copper apart), a need for unpacked goods rules out goods in cartons and boxes,
    /// a need for untreated wood (“işlemsiz”) rules out painted, lacquered, impregnated, coated and glued
    /// boards (EN ISO 17225-1 Table 1: chemically untreated wood; glued, painted, coated or impregnated wood is treated),
    /// and an unfaced mineral wool (“yüzeysiz”, EN 13162 facings: foil, kraft paper) rules out foil- or kraft-faced board.
    /// An element is named by its symbol, its oxide or its word in either language: an ash cap (EN ISO 17225-1
    /// ash classes; ASTM D1510 and D1506 carbon black ash) rules out “ash 18%”, a lead cap in ppm rules out
    /// “PbO %24” (Regulation (EU) No 1179/2012 Annex I: lead in glass cullet), copper, chromium and cadmium caps
    /// read “Cu”, “Cr”, “Cd” (EN 1563 and EN 10080 residual elements; Regulation (EU) 2019/1009 PFC limits),
    /// and a volume-expansion cap reads the offer's “genleşme” (EN 1744-1 §19.3 steam test of steel slag); a loss-on-ignition cap
    /// reads the offer's unburnt carbon (EN 450-1 §5.2.2: the loss on ignition of an ash is mostly its unburnt carbon).
    /// A cutting-fluid emulsion is oil and water both (ISO 6743-7 family M: water-miscible metalworking fluids, 2–10 %
    /// oil in water): a moisture or oil cap reads the offer's “%8 emülsiyon” on swarf (EU BREF Smitheries and Foundries (2005):
    /// dry swarf for melting).
    /// </summary>
    private static readonly string[][] s_sameContent =
    [
        ["kirec", "cao", "lime", "quicklime"],
        ["tuz", "nacl", "salamura", "salt", "brine", "tuzluluk", "salinity"],
        ["klorur", "klor", "cl", "chloride", "chlorine", "tuz", "nacl", "salamura", "salt", "brine"],
        ["halojen", "halogen", "klor", "chlorine", "brom", "bromine", "flor", "fluorine"],
        ["yag", "oil", "gres", "grease", "emulsiyon", "emulsiyonlu", "emulsion"],
        ["boya", "paint", "painted", "lak", "vernik", "lacquer"],
        ["kaplama", "coating", "coated", "kapli", "lamine", "laminasyon", "laminasyonlu", "laminated"],
        ["oksit", "oxide", "pas", "rust"],
        ["dross", "skimming", "skimmings", "curuf", "slag"],
        ["nem", "moisture", "islak", "wet", "yas", "nemli", "emulsiyon", "emulsiyonlu", "emulsion"],
        ["ambalaj", "packaging", "packed", "packaged", "kutu", "koli", "carton", "cartons", "tetra", "ambalajli", "poset", "posetli", "torbali", "paketli", "bagged", "wrapped",
         "kavanoz", "kavanozlu", "teneke", "tenekeli", "tub", "tubs", "jar", "jars", "acilmamis", "unopened"],
        ["alci", "gypsum", "alcipan", "plasterboard"],
        ["polyester", "poliester", "pes"],
        ["parafin", "paraffin", "mum", "mumlu", "wax", "waxed"],
        ["sulfat", "sulphate", "sulfate"],
        ["kagit", "paper", "kraft"],
        ["bozunmus", "degraded", "sararmis", "yellowed", "kirilgan", "brittle", "gevrek", "embrittled", "sarilik", "sararma", "yellowness", "yellowing"], // UV-degraded plastics yellow and embrittle (ISO 4892-1, ISO 4582)
        ["hayvansal", "animal", "jelatin", "jelatinli", "gelatin", "gelatine", "domuz", "pork", "porcine", "et", "meat", "kemik", "bone", "kan", "blood", "sakatat", "offal"], // animal-origin ingredients (Regulation (EC) No 1069/2009 Art. 3)
        ["organik", "organic", "kagit", "paper", "karton", "kraft", "kartonlu"], // paper and board are organic matter (EN 15935 loss on ignition; EN 13279-1)
        ["komur", "coal"],
        ["folyo", "folyolu", "foil", "foiled"],
        ["yuzey", "yuzeyli", "facing", "faced"],
        ["elektrolit", "electrolyte"],
        ["cam", "glass"],
        ["tas", "stone", "stones"],
        ["kukurt", "sulphur", "sulfur", "s"],
        ["kukurtlenmis", "kukurtlu", "sulphured", "sulfured", "sulphited", "so2"], // dried fruit treated with sulphur dioxide (Regulation (EC) No 1333/2008 E 220)
        ["fosfor", "phosphorus", "p"],
        ["mangan", "manganese", "mn"],
        ["nitrat", "nitrate", "hno3", "no3"],
        ["florur", "fluoride", "hf"],
        ["toz", "dust", "powder"],
        ["kul", "ash"],
        ["kizdirma", "kaybi", "loi", "yanmamis", "unburnt", "unburned"],
        ["glikol", "glycol"],
        ["viskozite", "viscosity"],
        ["kuru", "km", "ks", "ds", "kurumadde", "drysolids"], // dry matter (kuru madde, KM; dry solids, DS: EN 12880)
        ["kullanilmis", "used", "spent", "tukenmis"],
        ["ham", "cig", "crude", "raw", "unrefined"],
        ["baski", "baskili", "printed", "print"],
        ["kursun", "pb", "pbo", "lead"],
        ["bakir", "cu", "copper"],
        ["krom", "cr", "chromium", "chrome"],
        ["kadmiyum", "cd", "cadmium"],
        ["genlesme", "genlesmesi", "expansion", "swelling"],
        ["galvaniz", "galvanizli", "galvanised", "galvanized", "cinko", "zn", "zinc"],
        ["renk", "renkli", "colour", "color", "coloured", "colored", "siyah", "black", "pigment", "pigmentli", "amber", "kahverengi", "yesil", "indigo", "dye", "dyed", "boyar"],
        ["katman", "katli", "multilayer", "layer", "bariyer", "barrier", "evoh"],
        ["kuf", "kuflu", "mould", "mold", "mouldy", "moldy"],
        ["alasim", "alasimli", "alloy", "alloyed", "pirinc", "brass", "bronz", "bronze", "berilyum", "beryllium", "cube2", "cuzn", "cusn", "zamak"],
        ["islem", "treated", "emprenye", "emprenyeli", "impregnated", "boyali", "painted", "vernikli", "varnished", "lake", "lakeli", "lacquered",
         "kaplamali", "kapli", "coated", "mdf", "sunta", "melamin", "melaminli", "tutkalli", "glued"],
    ];

    /// <summary>
    /// A general content and the particular words that name a kind of it, one way only: a need without
    /// plastic rules out PVC-insulated cable (EN 12861 copper scrap: insulated cable is its own grade),
    /// a chlorine cap rules out PVC (PVC is 57 % chlorine by mass; ATY Tebliği and EN 15359 cap the
    /// chlorine of a waste fuel), a need free of organics rules out resin-backed or bitumen-bound
    /// material (EN 13139 and EN 12620: organic contaminants of mineral fillers), a tin cap rules out bronze (tin bronzes CuSn hold 4–12 % Sn, EN 1982), a nickel cap rules out
    /// cupronickel (CuNi10Fe1Mn and CuNi30Mn1Fe hold 9–33 % Ni, EN 12449) and Monel (about 63 % Ni), a chromium cap rules out
    /// stainless steel (at least 10.5 % Cr, EN 10088-1), a need without citrus rules out orange, lemon, mandarin and grapefruit
    /// peel (Codex Alimentarius: the citrus fruits; d-limonene of the peel harms composting worms), a need without metal
    /// rules out wired glass and nailed wood (Regulation (EU) No 1179/2012 Annex I: ferrous and non-ferrous metals in glass
    /// cullet are limited; EN ISO 17225-1 foreign metals), a need without rubber rules out vulcanised rubber-to-metal parts
    /// (Council Regulation (EU) No 333/2011 Annex I: non-metallic foreign materials such as rubber in steel scrap), a halogen-free
    /// need rules out fluoropolymers (PTFE is 76 % fluorine by mass; EN 15359 and the ATY Tebliği cap the halogens of a waste fuel) and
    /// chlorinated solvents (perchloroethylene is 85 % chlorine by mass; EU BREF Waste Treatment (2018) §2.4.5: halogenated and
    /// non-halogenated solvents are regenerated apart).
    /// A need without PVC does not rule out “plastik”.
    /// </summary>
    private static readonly (string[] General, string[] Kinds)[] s_kindsOf =
    [
        (["plastik", "plastic"], ["pvc", "pe", "pp", "pet", "ps", "abs", "pa", "pa6", "pa66", "polietilen", "polipropilen", "polyethylene", "polypropylene", "poliamid", "polyamide", "naylon", "nylon", "izoleli", "insulated"]),
        (["poliamid", "polyamide"], ["pa", "pa6", "pa66", "pa12", "naylon", "nylon"]), // ISO 1043-1 (PA: polyamide, nylon)
        (["klor", "chlorine", "cl", "halojen", "halogen"], ["pvc", "klorlu", "chlorinated", "perkloretilen", "perchloroethylene", "tetrakloretilen", "tetrachloroethylene", "pce",
                                                     "trikloretilen", "trichloroethylene", "tce", "diklorometan", "dichloromethane", "kloroform", "chloroform"]),
        (["flor", "fluorine", "halojen", "halogen"], ["ptfe", "teflon", "pvdf", "fkm", "viton", "florlu", "fluorinated", "fluoropolymer"]),
        (["organik", "organic"], ["epoksi", "recine", "resin", "polyester", "plastik", "plastic", "bitum", "bitumen"]),
        (["kalay", "sn", "tin"], ["bronz", "bronze", "cusn"]),
        (["sentetik", "synthetic"], ["polyester", "poliester", "pes", "poliamid", "polyamide", "naylon", "nylon", "akrilik", "acrylic", "elastan", "elastane", "spandex", "likra", "lycra", "polipropilen", "polypropylene", "aramid"]), // ISO 2076 (synthetic polymer fibres)
        (["selulozik", "cellulosic", "selulozlu"], ["pamuk", "pamuklu", "cotton", "viskon", "viskoz", "viscose", "rayon", "lyocell", "tencel", "modal", "keten", "linen", "kenevir", "hemp", "jut", "jute"]), // ISO 2076 (man-made cellulosic fibres); EN ISO 1833 (cotton, flax and hemp are cellulose)
        (["nikel", "nickel", "ni"], ["cuni", "kupronikel", "cupronickel", "monel"]),
        (["krom", "cr", "chromium", "chrome"], ["paslanmaz", "stainless", "inox", "nirosta"]),
        (["narenciye", "turuncgil", "citrus"], ["portakal", "limon", "mandalina", "greyfurt", "bergamot", "orange", "oranges", "lemon", "lemons", "grapefruit", "mandarin", "mandarins", "tangerine"]),
        (["metal", "metalik", "metallic"], ["celik", "steel", "demir", "iron", "tel", "telli", "wire", "wired", "aluminyum", "aluminium", "aluminum", "bakir", "copper", "civi", "civili", "nail", "nails"]),
        (["kaucuk", "rubber"], ["lastik", "vulkanize", "vulcanised", "vulcanized", "epdm", "nbr", "sbr"]),
    ];

    private static readonly Dictionary<string, string[]> s_equivalents = s_sameContent
        .SelectMany(group => group.Select(word => (word, group)))
        .Concat(s_kindsOf.SelectMany(k => k.General.Select(word => (word, group: (string[])[word, .. k.Kinds]))))
        .GroupBy(p => p.word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(p => p.group).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>Whether a folded word says its content is absent (“boyarmaddesiz”, “tuzsuz”): it names no content of the offer.</summary>
    private static bool Without(string key) =>
        key.Length >= 6 && (key.EndsWith("siz", StringComparison.Ordinal) || key.EndsWith("suz", StringComparison.Ordinal));

    /// <summary>The words of an offer's description (folded) that name a content, with whether an amount stands next to each.</summary>
    public static OfferWord[] OfferWords(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }

        description = WithToxinNames(WithShoreScales(WithoutPlaceNames(description)));

        // One fold of the whole text (every offer is read): letters and digits, other signs as spaces.
        var tokens = TextAnalyzer.FoldKey(description).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var own = Excluded(description);
        var amounts = StatedAmounts(description);
        var words = new List<OfferWord>(tokens.Length);
        var absentHeads = AbsentCompoundHeads(description);
        for (var i = 0; i < tokens.Length; i++)
        {
            var key = tokens[i];
            if ((key.Length < 2 && !(IsElementSymbol(key) && amounts.ContainsKey(key))) || char.IsAsciiDigit(key[0]) ||
                (absentHeads.Contains(key) && Array.IndexOf(tokens, key) == Array.LastIndexOf(tokens, key)) ||
                Array.Exists(own, e => (e.Key == key && !e.Range) || (e.Qualitative && Names(key, e.Key))) || SaidAbsent(tokens, i))
            {
                continue;
            }

            var quantified = false;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(tokens.Length - 1, i + 2); j++)
            {
                quantified |= char.IsAsciiDigit(tokens[j][0]);
            }

            var amount = amounts.TryGetValue(key, out var a) ? a : default;
            var stressed = (i > 0 && s_highWords.Contains(tokens[i - 1])) || HighAfter(tokens, i);
            words.Add(new OfferWord(key, quantified, amount.Value, amount.Percent) { High = amount.High, Stressed = stressed });
        }

        // A bound the offer states of its own content (“Cl <%0,5”, “Fe toplam >%70”) is its amount, at the bound.
        foreach (var e in own)
        {
            if (e is { Limit: true, Amount: { } bound, Range: false, Qualitative: false, State: false } && !e.Key.StartsWith('*') && !words.Exists(w => w.Key == e.Key))
            {
                words.Add(new OfferWord(e.Key, true, bound, e.Percent) { High = bound, Bounded = true });
            }
        }

        // What the offer says it lacks by an auxiliary or “yok” (“ısıl işlem görmemiş”, “kalıntı analizi yok”) is its
        // -sız word (“işlemsiz”, “analizsiz”), which a need asking for it rules out.
        for (var i = 1; i < tokens.Length; i++)
        {
            if (s_missingAfter.Contains(tokens[i]) && IsLetters(tokens[i - 1]) && !s_auxiliaries.Contains(tokens[i - 1]) &&
                WithoutWord(tokens[i - 1]) is { } without && TextAnalyzer.FoldKey(without) is var lacking && !words.Exists(w => w.Key == lacking))
            {
                words.Add(new OfferWord(lacking, false, null, false));
            }
        }

        // A filter aid's cake (“perlit filtre keki”, “diatomite filter cake”) has been used: it holds what it filtered.
        // So has a part salvaged by dismantling (“gemi söküm”, “bataryadan sökülmüş hücre”, “reclaimed”).
        var padded = $" {string.Join(' ', tokens)} ";
        if ((Array.Exists(s_filterCakePhrases, p => padded.Contains(p, StringComparison.Ordinal)) || Salvaged(tokens)) &&
            !words.Exists(w => w.Key == "kullanilmis"))
        {
            words.Add(new OfferWord("kullanilmis", false, null, false));
        }

        // An offer that calls itself low grade (“düşük dereceli”, “low-grade PCBs”) carries that state.
        if (Array.Exists(s_lowGradePhrases, p => padded.Contains(p, StringComparison.Ordinal)))
        {
            words.Add(new OfferWord(LowGradeKey, false, null, false));
        }

        // An English treatment the offer says it lacks (“not washed”, “not heat treated”, “non-sterilised”, “unwashed”) is its “un-” word.
        for (var i = 0; i < tokens.Length; i++)
        {
            var lacking = tokens[i] is "not" or "non" or "un" or "no"
                ? Enumerable.Range(i + 1, Math.Min(3, tokens.Length - i - 1)).Select(k => EnglishState(tokens[k])).FirstOrDefault(x => x is not null)
                : tokens[i].StartsWith("un", StringComparison.Ordinal) ? EnglishState(tokens[i][2..]) : null;
            if (lacking is not null && !words.Exists(w => w.Key == "un" + lacking))
            {
                words.Add(new OfferWord("un" + lacking, false, null, false));
            }
        }

        // A viscosity stated by its unit (“25.000 mPa·s”, “800 cP”) is the offer's viscosity, for a need's window of it.
        foreach (Match m in description.Contains('P', StringComparison.OrdinalIgnoreCase) ? ViscosityPattern().Matches(description) : Enumerable.Empty<Match>())
        {
            var value = ParseNumber(m.Groups["a"].Value);
            if (!words.Exists(w => w.Key == "viskozite" && w.Amount is not null))
            {
                words.Add(new OfferWord("viskozite", true, value, false) { High = value });
            }
        }

        // A polymer's hyphenated designation (“PE-X boru”) is a content of its own beside its base polymer.
        foreach (Match m in PolymerDesignationIn().Matches(description))
        {
            var joined = TextAnalyzer.FoldKey(m.Value.Replace("-", string.Empty, StringComparison.Ordinal));
            if (!words.Exists(w => w.Key == joined))
            {
                words.Add(new OfferWord(joined, false, null, false));
            }
        }

        // An alloy's designation states its contents: “AlSi12” holds 12 % Si and about 88 % Al, “100Cr6” 1.5 % Cr.
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var (element, percent) in AlloyDesignation.Contents(tokens, i))
            {
                if (!words.Exists(w => w.Key == element && w.Amount is not null))
                {
                    words.Add(new OfferWord(element, true, percent, Percent: true));
                }
            }
        }

        // A stated dry matter is a moisture too: “%25 KM”, “kuru madde %20-25”, “25% DS” hold 75 % water and more.
        if (MoistureFromDryMatter(tokens, amounts) is { } moisture && !words.Exists(w => w.Key == "nem"))
        {
            words.Add(moisture);
        }

        // Heat offered at a stated temperature reaches its highest one.
        if (Temperatures(description, needs: false) is { } heat)
        {
            words.Add(new OfferWord(HeatKey, true, heat.High) { High = heat.High });
        }

        if (Sizes(description) is { } size)
        {
            words.Add(new OfferWord(SizeKey, true, size.Low) { High = size.High });
        }

        if (MeltFlows(description) is { } flow)
        {
            words.Add(new OfferWord(MeltFlowKey, true, flow.Low) { High = flow.High });
        }

        if (LongestDimension(description) is { } longest)
        {
            words.Add(new OfferWord(LengthKey, true, longest) { High = longest });
        }

        if (Thicknesses(description) is { } thick)
        {
            words.Add(new OfferWord(ThicknessKey, true, thick.Low) { High = thick.High });
        }

        if (Months(description) is { } months)
        {
            words.Add(new OfferWord(MonthsKey, true, months));
        }

        return [.. words];
    }

    // Folded abbreviations of dry matter (kuru madde, toplam kuru madde, dry solids), and the nouns that follow “kuru”/“dry” in the long form.
    private static readonly string[] s_dryMatterAbbreviations = ["km", "tkm", "ds", "dm"];
    private static readonly string[] s_dryMatterNouns = ["madde", "maddesi", "matter", "solids"];

    /// <summary>
    /// The moisture an offer states as dry matter (“%25 KM”: 75 %; a range turns around), as the word
    /// “nem” with that amount, or null. Only a percentage counts: “25 km” is a distance.
    /// </summary>
    private static OfferWord? MoistureFromDryMatter(string[] tokens, Dictionary<string, (double? Value, double? High, bool Percent)> amounts)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var named = Array.IndexOf(s_dryMatterAbbreviations, t) >= 0 ||
                        (Array.IndexOf(s_dryMatterNouns, t) >= 0 && i > 0 && tokens[i - 1] is "kuru" or "dry");
            if (named && amounts.TryGetValue(t, out var a) && a.Percent && a.Value is { } low && low is >= 0 and <= 100)
            {
                var high = a.High ?? low;
                return new OfferWord("nem", true, 100 - high, Percent: true) { High = 100 - low };
            }
        }

        return null;
    }

    /// <summary>
    /// The amounts an offer's description gives its words (folded): the number right after a word
    /// (“nem %8”, “CaO %70”, “ham protein %4”), else the number right before it (“%35 nem”, “4200 kcal”).
    /// Only digits make the check run: most descriptions state none.
    /// </summary>
    private static Dictionary<string, (double? Value, double? High, bool Percent)> StatedAmounts(string description)
    {
        var amounts = new Dictionary<string, (double? Value, double? High, bool Percent)>(StringComparer.Ordinal);
        if (!description.Any(char.IsAsciiDigit))
        {
            return amounts;
        }

        var tokens = TokenPattern().Matches(description.ToLower(s_tr)).Select(m => m.Value).ToArray();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsLetters(tokens[i]))
            {
                continue;
            }

            var after = i + 1 < tokens.Length && tokens[i + 1] == "%" ? i + 2 : i + 1;
            var before = i > 0 && tokens[i - 1] == "%" ? i - 2 : i - 1;
            var at = after < tokens.Length && IsNumber(tokens[after]) ? after : before >= 0 && IsNumber(tokens[before]) ? before : -1;

            // “%4-5 hidrolik yağ”: the amount before an adjective is the noun's too.
            if (at < 0 && before == i - 1 && i >= 2 && IsLetters(tokens[i - 1]) && IsNumber(tokens[i - 2]))
            {
                at = i - 2;
            }

            if (at < 0)
            {
                continue;
            }

            // A range (“%4-5”, “0,3-0,8”) is two numbers side by side: its low and high ends.
            var (low, high) = at + 1 < tokens.Length && at == after && IsNumber(tokens[at + 1]) ? (at, at + 1)
                : at > 0 && IsNumber(tokens[at - 1]) ? (at - 1, at)
                : (at, at);
            var percent = (low > 0 && tokens[low - 1] == "%") || (high + 1 < tokens.Length && tokens[high + 1] == "%");
            var scale = !percent && IsPpm(tokens, high + 1) ? PpmPerPercent : 1;
            foreach (var part in tokens[i].Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                amounts.TryAdd(TextAnalyzer.FoldKey(part), (ParseNumber(tokens[low]) / scale, ParseNumber(tokens[high]) / scale, percent || scale > 1));
            }

            // “yanmamış karbon ~%15”, “unburnt carbon 12 %”: the carbon left unburnt is what a loss on ignition measures (EN 450-1 §5.2.2).
            if (TextAnalyzer.FoldKey(tokens[i]) is "karbon" or "carbon" && i > 0 && TextAnalyzer.FoldKey(tokens[i - 1]) is "yanmamis" or "unburnt" or "unburned")
            {
                amounts.TryAdd(TextAnalyzer.FoldKey(tokens[i - 1]), (ParseNumber(tokens[low]) / scale, ParseNumber(tokens[high]) / scale, percent || scale > 1));
            }

            // “yabancı madde ~%8”: the amount of a filler word is its content's, as a need's cap names it (“yabancı madde en çok %2”
            // caps “yabancı”); not “kuru madde”, a dry matter (see MoistureFromDryMatter).
            if (s_fillers.Contains(TextAnalyzer.FoldKey(tokens[i])) && i > 0 && IsLetters(tokens[i - 1]) && TextAnalyzer.FoldKey(tokens[i - 1]) is not ("kuru" or "dry" or "toplam"))
            {
                amounts.TryAdd(TextAnalyzer.FoldKey(tokens[i - 1]), (ParseNumber(tokens[low]) / scale, ParseNumber(tokens[high]) / scale, percent || scale > 1));
            }
        }

        return amounts;
    }

    /// <summary>
    /// The lowest and highest temperatures (°C) a description states, or null. For a need, a temperature
    /// after a cap (“&lt; 40 °C”, “max 35 °C”, “en çok 30 °C”) is left out: it limits, it does not demand.
    /// </summary>
    private static (double Low, double High)? Temperatures(string description, bool needs)
    {
        double? low = null, high = null;

        // Steam stated by its pressure (“6-8 bar doymuş buhar”) is at its saturation temperature: about 100 °C × p^0.25 for
        // p absolute in bar (IAPWS-IF97 saturation line within a few degrees from 0,5 to 20 bar); industry states gauge bar.
        if (SteamWords().IsMatch(description))
        {
            foreach (Match m in SteamPressurePattern().Matches(description))
            {
                var a = Saturation(ParseNumber(m.Groups["a"].Value));
                var b = m.Groups["b"].Success ? Saturation(ParseNumber(m.Groups["b"].Value)) : a;
                low = Math.Min(low ?? a, Math.Min(a, b));
                high = Math.Max(high ?? b, Math.Max(a, b));
            }
        }

        if (!description.Contains('°', StringComparison.Ordinal))
        {
            return low is { } sl && high is { } sh ? (sl, sh) : null;
        }

        foreach (Match m in TemperaturePattern().Matches(description))
        {
            var before = description[Math.Max(0, m.Index - 8)..m.Index].ToLower(s_tr);
            if (needs && (before.Contains('<') || before.Contains('≤') || before.Contains("max", StringComparison.Ordinal) ||
                          before.Contains("maks", StringComparison.Ordinal) || before.Contains("en çok", StringComparison.Ordinal) || before.Contains("azami", StringComparison.Ordinal)))
            {
                continue;
            }

            var a = ParseNumber(m.Groups[1].Value);
            var b = m.Groups[2].Success ? ParseNumber(m.Groups[2].Value) : a;
            low = Math.Min(low ?? a, Math.Min(a, b));
            high = Math.Max(high ?? b, Math.Max(a, b));
        }

        return low is { } l && high is { } h ? (l, h) : null;
    }

    /// <summary>
    /// The smallest and largest grain sizes (mm) a description states, or null: of a range (“8-16 mm”, “0/4 mm”),
    /// a d50 (“d50 15 µm”) or a cap (“&lt; 0,063 mm”: from 0). A single size alone may be a thickness or a length,
    /// and one right after a thickness, diameter or length word is none.
    /// </summary>
    private static (double Low, double High)? Sizes(string description)
    {
        double? low = null, high = null;
        foreach (Match m in SizePattern().Matches(description))
        {
            var range = m.Groups["b"].Success;
            if (!range && !m.Groups["d50"].Success && !m.Groups["cap"].Success)
            {
                continue;
            }

            var before = description[Math.Max(0, m.Index - 12)..m.Index].ToLower(s_tr);
            if (Array.Exists(s_notGrainWords, w => before.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            var scale = m.Groups["unit"].Value.Equals("mm", StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.001;
            var a = ParseNumber(m.Groups["a"].Value) * scale;
            var b = range ? ParseNumber(m.Groups["b"].Value) * scale : a;
            low = Math.Min(low ?? a, m.Groups["cap"].Success ? 0 : Math.Min(a, b));
            high = Math.Max(high ?? b, Math.Max(a, b));
        }

        return low is { } l && high is { } h ? (l, h) : null;
    }

    /// <summary>The smallest piece (cm) a need states as a minimum in centimetres or metres (the smaller side of “20x20 cm”), or null.</summary>
    private static double? MinimumLength(string description)
    {
        double? piece = null;
        foreach (Match m in MinimumLengthPattern().Matches(description))
        {
            // “en az 8 cm kalınlık” is a thickness, no piece (see MinimumThickness).
            if (ThicknessFollows(description, m.Index + m.Length) || ThicknessPrecedes(description, m.Index))
            {
                continue;
            }

            var a = Centimetres(m, "a");
            var side = m.Groups["b"].Success ? Math.Min(a, Centimetres(m, "b")) : a;
            piece = Math.Max(piece ?? side, side);
        }

        return piece;
    }

    /// <summary>Whether the words after <paramref name="at"/> start with a thickness word (“… kalınlık”, “… (thick)”).</summary>
    private static bool ThicknessFollows(string description, int at) => IsThicknessWord(description.AsSpan(at).TrimStart().TrimStart('('));

    /// <summary>Whether the word before <paramref name="at"/> is a thickness word (“kalınlığı en az …”, “thickness: min …”).</summary>
    private static bool ThicknessPrecedes(string description, int at)
    {
        var before = description.AsSpan(0, at).TrimEnd().TrimEnd(":=").TrimEnd();
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return IsThicknessWord(before[start..]);
    }

    private static bool IsThicknessWord(ReadOnlySpan<char> word) =>
        word.StartsWith("kalınl", StringComparison.OrdinalIgnoreCase) || word.StartsWith("kalinl", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("thick", StringComparison.OrdinalIgnoreCase);

    /// <summary>The least thickness (mm) a need states, or null.</summary>
    private static double? MinimumThickness(string description)
    {
        double? least = null;
        foreach (Match m in MinimumThicknessPattern().Matches(description))
        {
            least = Math.Max(least ?? 0, Millimetres(m, "a"));
        }

        return least;
    }

    /// <summary>The thinnest and thickest (mm) an offer states as a thickness (“3 cm kalınlık”, “kalınlık 2-4 mm”, “20 mm thick”), or null.</summary>
    private static (double Low, double High)? Thicknesses(string description)
    {
        (double Low, double High)? found = null;
        foreach (Match m in ThicknessPattern().Matches(description))
        {
            var a = Millimetres(m, "a");
            var b = m.Groups["b"].Success ? Millimetres(m, "b") : a;
            found = (Math.Min(found?.Low ?? a, Math.Min(a, b)), Math.Max(found?.High ?? b, Math.Max(a, b)));
        }

        return found;
    }

    /// <summary>The amount of a thickness match's group in millimetres (its unit is mm, cm or m).</summary>
    private static double Millimetres(Match m, string group) =>
        ParseNumber(m.Groups[group].Value) * m.Groups["unit"].Value.ToLowerInvariant() switch { "m" => 1000.0, "cm" => 10.0, _ => 1.0 };

    /// <summary>A thickness in mm as a reason line says it: in centimetres from 1 cm on (“8 cm”), else in millimetres (“3 mm”).</summary>
    public static string ThicknessText(double mm, CultureInfo culture) =>
        mm >= 10 ? (mm / 10).ToString("0.#", culture) + " cm" : mm.ToString("0.#", culture) + " mm";

    /// <summary>The amount of a length match's group in centimetres (its unit is cm or m).</summary>
    private static double Centimetres(Match m, string group) =>
        ParseNumber(m.Groups[group].Value) * (m.Groups["unit"].Value.Equals("m", StringComparison.OrdinalIgnoreCase) ? 100.0 : 1.0);

    /// <summary>The longest dimension (cm) an offer states in centimetres or metres (“10-30 cm parçalar”, “2-3 m”), or null.</summary>
    private static double? LongestDimension(string description)
    {
        double? longest = null;
        foreach (Match m in LengthPattern().Matches(description))
        {
            var a = Centimetres(m, "a");
            var b = m.Groups["b"].Success ? Centimetres(m, "b") : a;
            longest = Math.Max(longest ?? 0, Math.Max(a, b));
        }

        return longest;
    }

    /// <summary>
    /// The lowest and highest melt flow (g/10 min) a description states, or null: a range (“MFI 2-4”), a value (“MFI ~400”),
    /// a cap (“MFR &lt; 1”: from 0) or a minimum (“MFI ≥ 20”: without an upper end).
    /// </summary>
    private static (double Low, double High)? MeltFlows(string description)
    {
        double? low = null, high = null;
        foreach (Match m in MeltFlowPattern().Matches(description))
        {
            var a = ParseNumber(m.Groups["a"].Value);
            var b = m.Groups["b"].Success ? ParseNumber(m.Groups["b"].Value) : a;
            var cap = m.Groups["cap"].Value.Trim();
            var (l, h) = cap switch
            {
                "<" or "≤" => (0, a),
                ">" or "≥" => (a, double.PositiveInfinity),
                _ => (Math.Min(a, b), Math.Max(a, b)),
            };
            low = Math.Min(low ?? l, l);
            high = Math.Max(high ?? h, h);
        }

        return low is { } lo && high is { } hi ? (lo, hi) : null;
    }

    /// <summary>A melt flow range as a reader writes it, g/10 min (“2–4”, “≤ 1”, “≥ 20”, “400”).</summary>
    public static string MeltFlowText(double low, double high, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        string N(double x) => x.ToString("0.##", culture);
        return double.IsPositiveInfinity(high) ? "≥ " + N(low) : low == 0 ? "≤ " + N(high) : low == high ? N(low) : N(low) + "–" + N(high);
    }

    /// <summary>A grain size as a reader writes it: µm below 0,1 mm, else mm (“0,1–0,6 mm”, “15 µm”, “&lt; 63 µm”).</summary>
    public static string SizeText(double low, double high, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var micro = high < 0.1;
        string N(double x) => (micro ? x * 1000 : x).ToString("0.###", culture);
        var unit = micro ? " µm" : " mm";
        return low == high ? N(low) + unit : low == 0 ? "< " + N(high) + unit : N(low) + "–" + N(high) + unit;
    }

    /// <summary>Whether an offer's word names the content: the word itself, or it with a suffix that is no negation.</summary>
    private static bool Names(string word, string key)
    {
        if (word == key)
        {
            return true;
        }

        if (!word.StartsWith(key, StringComparison.Ordinal))
        {
            // A refused adjective of content names the noun it is made from: “berilyumlu alaşım kabul
            // edilmez” refuses “berilyum bakırı”. Only for a stem of five letters or more: a shorter
            // one (“kaplı”, “yağlı”) may be a different word with the same start.
            if (key.Length >= 7 && (key.EndsWith("li", StringComparison.Ordinal) || key.EndsWith("lu", StringComparison.Ordinal)) &&
                Names(word, key[..^2]))
            {
                return true;
            }

            return string.Equals(TextAnalyzer.StemEnglish(word), TextAnalyzer.StemEnglish(key), StringComparison.Ordinal);
        }

        var rest = word[key.Length..];
        if (rest.StartsWith("siz", StringComparison.Ordinal) || rest.StartsWith("suz", StringComparison.Ordinal))
        {
            return false;
        }

        // A negated participle of the word's verb says the content is absent: “boyanmamış” (not painted) names no paint.
        foreach (var negated in s_negatedParticiples)
        {
            if (word.EndsWith(negated, StringComparison.Ordinal) && word.Length - negated.Length >= key.Length - 2)
            {
                return false;
            }
        }

        return key.Length >= 4 || s_shortEndings.Contains(rest);
    }

    /// <summary>Whether the description names the content both in a slash-joined blend (“PC/ABS”) and on its own (“PC yolluk kırığı”).</summary>
    private static bool AskedBesideItsBlend(string description, string key)
    {
        bool inBlend = false, alone = false;
        foreach (Match m in TokenPattern().Matches(description))
        {
            if (TextAnalyzer.FoldKey(m.Value) != key)
            {
                continue;
            }

            var end = m.Index + m.Length;
            if ((m.Index > 0 && description[m.Index - 1] == '/') || (end < description.Length && description[end] == '/'))
            {
                inBlend = true;
            }
            else
            {
                alone = true;
            }
        }

        return inBlend && alone;
    }

    // Folded endings of a negated participle (-mamış/-memiş, -mayan/-meyen, -madık/-medik): “boyanmamış”, “kaplanmayan”.
    private static readonly string[] s_negatedParticiples = ["mamis", "memis", "mayan", "meyen", "madik", "medik"];

    /// <summary>Whether the offer's words say it comes from a quarry (“mermer ocağı”, “quarry”, “doğal”); “ark ocağı” is a furnace.</summary>
    private static bool FromQuarry(OfferWord[] offer)
    {
        for (var i = 0; i < offer.Length; i++)
        {
            if (s_quarryWords.Contains(offer[i].Key) ||
                (offer[i].Key is "ocak" or "ocagi" && i > 0 && s_quarried.Contains(offer[i - 1].Key)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>“doğal agrega”, “natural sand” as the need wrote it, unless a word such as “yerine” follows within three words; else null.</summary>
    /// <summary>
    /// Whether the need asks for new material: “yeni” or “new” before the word of what it takes. Not “yeni veya az kullanılmış”,
    /// a plant or project that is new (“yeni biyogaz tesisi”), a product it makes or joins (“yeni tuğlaya katılır”, “yeni tozla
    /// harmanlanır”), a substitute (“yeni bentonite ikame”), nor a need that takes used material itself.
    /// </summary>
    private static bool AsksForNewMaterial(string[] tokens)
    {
        var folded = tokens.Select(TextAnalyzer.FoldKey).ToArray();
        if (Array.Exists(folded, f => s_instead.Contains(f) || s_usedWords.Contains(f) || f is "ikinci" or "second" or "kullanilmamis" or "unused"))
        {
            return false;
        }

        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (folded[i] is not ("yeni" or "new") || !(IsLetters(tokens[i + 1]) || tokens[i + 1] == ","))
            {
                continue;
            }

            if (tokens[i + 1] == ",")
            {
                // “yeni, UN 38.3 belgeli hücre alınır”: new is said of what is taken.
                return true;
            }

            var next = folded[i + 1];
            if (!IsConjunction(tokens[i + 1]) && next is not ("ya" or "olarak" or "olan") && !Array.Exists(s_newThingStems, stem => next.StartsWith(stem, StringComparison.Ordinal)) &&
                !Array.Exists(s_joinedEndings, e => next.EndsWith(e, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The description with a toxin's or vitamin's letter joined to its name (“okratoksin A” → “okratoksinA”, “aflatoxin B1” →
    /// “aflatoxinB1”), so that a limit and an offer's amount name the same content (Regulation (EU) 2023/915 Annex I names
    /// aflatoxin B1, ochratoxin A and the other contaminants so).
    /// </summary>
    private static string WithToxinNames(string description) =>
        description.Contains("toks", StringComparison.OrdinalIgnoreCase) || description.Contains("toxin", StringComparison.OrdinalIgnoreCase) ||
        description.Contains("vitamin", StringComparison.OrdinalIgnoreCase)
            ? ToxinNamePattern().Replace(description, "$1$2")
            : description;

    [GeneratedRegex(@"(?<a>" + Number + @")\s*(?:mPa\s*[·.⋅]?\s*s|cP|cps)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ViscosityPattern();

    [GeneratedRegex(@"(?<!\p{L})(okratoksin|ochratoxin|aflatoksin|aflatoxin|vitamin)\s+([A-Z][0-9]?)(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ToxinNamePattern();

    /// <summary>
    /// The description without the sample size of a microbiological criterion (“Salmonella 25 g'da bulunmamalı”, “absent in
    /// 25 g”; Regulation (EC) No 2073/2005 Annex I states each criterion per sample mass), so that the negation reaches the organism.
    /// </summary>
    private static string WithoutSampleSize(string description) => SampleSizePattern().Replace(description, " ");

    [GeneratedRegex(@"(?<![\p{L}\d])\d+\s*(?:g|gr|ml|mL)\s*['’]?\s*(?:da|de|ta|te)(?!\p{L})|(?<!\p{L})in\s+\d+\s*(?:g|ml|mL)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SampleSizePattern();

    /// <summary>
    /// Folded words that open a compound the offer says is absent, written with no sign between (“çelik bilyesiz”: without steel
    /// shot, so no steel is named; “çelik, yağsız” still names steel).
    /// </summary>
    private static HashSet<string> AbsentCompoundHeads(string description)
    {
        if (!Array.Exists(s_withoutSuffixes, x => description.Contains(x, StringComparison.OrdinalIgnoreCase)))
        {
            return s_noHeads;
        }

        var raw = TokenPattern().Matches(description).Select(m => m.Value).ToArray();
        var heads = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k + 1 < raw.Length; k++)
        {
            if (IsLetters(raw[k]) && IsLetters(raw[k + 1]) && TextAnalyzer.FoldKey(raw[k + 1]) is { Length: >= 6 } next &&
                (next.EndsWith("siz", StringComparison.Ordinal) || next.EndsWith("suz", StringComparison.Ordinal)))
            {
                heads.Add(TextAnalyzer.FoldKey(raw[k]));
            }
        }

        return heads;
    }

    private static readonly string[] s_withoutSuffixes = ["sız", "siz", "suz", "süz", "SIZ", "SİZ", "SUZ", "SÜZ"];
    private static readonly HashSet<string> s_noHeads = [];

    /// <summary>Whether folded offer tokens say it was salvaged by dismantling: “söküm(ü)”, “söküntü(sü)”, “X'ten sökülmüş”, “reclaimed”.</summary>
    private static bool Salvaged(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] is "sokum" or "sokumu" or "sokumden" or "sokumunden" or "sokuntu" or "sokuntusu" or "salvaged" or "reclaimed" or "dismantled" ||
                (tokens[i] == "sokulmus" && i > 0 && tokens[i - 1].Length > 4 && (tokens[i - 1].EndsWith("dan", StringComparison.Ordinal) || tokens[i - 1].EndsWith("den", StringComparison.Ordinal) ||
                                                   tokens[i - 1].EndsWith("tan", StringComparison.Ordinal) || tokens[i - 1].EndsWith("ten", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_filterCakePhrases = [" filtre keki ", " filtre kekleri ", " filter cake ", " filtre tortusu "];

    // Folded words an offer calls itself used by.
    private static readonly HashSet<string> s_usedWords = new(StringComparer.Ordinal) { "kullanilmis", "used", "spent", "tukenmis" };

    // Folded stems of things that are new without being the material taken: plants, lines, projects, products, vehicles.
    private static readonly string[] s_newThingStems =
    [
        "tesis", "fabrika", "reaktor", "hat", "yatirim", "proje", "devreye", "kurul", "uret", "urun", "model", "arac", "bina", "yapi", "sezon",
        "plant", "line", "project", "facility", "product", "building", "vehicle", "season", "uasb", "osb", "aat", "biyogaz",
    ];

    // Folded endings of the dative and instrumental (“yeni tuğlaya”, “yeni harmanına”, “yeni tozla”): what the material goes into or with.
    private static readonly string[] s_joinedEndings = ["ya", "ye", "na", "ne", "la", "le"];

    private static string? AsksForVirginMaterial(string[] tokens)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (TextAnalyzer.FoldKey(tokens[i]) is not ("dogal" or "natural") || !s_virginNouns.Contains(TextAnalyzer.FoldKey(tokens[i + 1])))
            {
                continue;
            }

            var turned = false;
            for (var k = i + 2; k < Math.Min(tokens.Length, i + 5); k++)
            {
                turned |= s_instead.Contains(TextAnalyzer.FoldKey(tokens[k]));
            }

            if (!turned && (i == 0 || !s_instead.Contains(TextAnalyzer.FoldKey(tokens[i - 1]))))
            {
                return $"{tokens[i]} {tokens[i + 1]}".ToLower(s_tr);
            }
        }

        return null;
    }

    private static void AddBefore(List<ExcludedContent> found, string[] tokens, int i, bool limit)
    {
        // Filler words before the negation are skipped, two at most: “hayvansal kaynaklı bileşen içermeyen”.
        var j = i - 1;
        for (var k = 0; k < 2 && j >= 0 && s_fillers.Contains(TextAnalyzer.FoldKey(tokens[j])); k++)
        {
            j--;
        }

        // “çökelti yapan ürün kabul edilmez”, “PVC içeren malzeme olmasın”: the product is named by what it does or holds.
        if (j >= 1 && s_genericThings.Contains(TextAnalyzer.FoldKey(tokens[j])) && s_relativeParticiples.Contains(TextAnalyzer.FoldKey(tokens[j - 1])))
        {
            j -= 2;
        }

        // “yabancı madde (cam, plastik) en çok %0,5”: the words the parentheses list are limited too.
        if (j > 0 && tokens[j] == ")" && Array.LastIndexOf(tokens, "(", j - 1, Math.Min(j, 8)) is var open and > 0)
        {
            for (var k = open + 1; k < j; k++)
            {
                if (IsLetters(tokens[k]) && !IsConjunction(tokens[k]))
                {
                    Add(found, tokens[k], limit);
                }
            }

            j = open - 1;
        }

        // “X ve Y içermeyen”, “seramik-taş-porselen < 20”: every word of the list before the negation; commas join
        // the earlier items of a list that ends in a conjunction (“kauçuk, plastik ve yağ içermeyen”), never a list
        // without one (“temiz çelik, yağ içermeyen” rules out oil only), and only a one-word item that opens the clause
        // (“hurda: kauçuk, plastik ve yağ içermeyen”, not the “tek polimer PP” of “tek polimer PP, metal ve elektronik içermeyen”).
        var listed = false;
        for (var k = 0; k < 4 && j >= 0 && IsLetters(tokens[j]); k++)
        {
            // An earlier item names its content before its form as well: “kömür tozu ve organik madde olmayacak” rules out coal.
            if (k > 0 && j > 0 && IsLetters(tokens[j - 1]) && !IsConjunction(tokens[j - 1]) && s_fillers.Contains(TextAnalyzer.FoldKey(tokens[j])))
            {
                j--;
            }

            Add(found, tokens[j], limit);
            if (j >= 3 && IsLetters(tokens[j - 1]) && IsConjunction(tokens[j - 2]))
            {
                // “lateks ve doğal lif içermemeli”: the item before the conjunction, past the adjective of this one.
                j--;
            }

            // (A word with digits before the comma is a specification, no item: “PE boru, PN10, çatlak ve ezik olmasın”.)
            if (j < 2 || !(IsConjunction(tokens[j - 1]) ||
                           (listed && tokens[j - 1] == "," && !tokens[j - 2].Any(char.IsAsciiDigit) && (j < 3 || tokens[j - 3] is ":" or ";" or "," or "("))))
            {
                break;
            }

            listed = true;
            j -= 2;
        }

        // A colour said of the refused thing is refused with it: “siyah ve koyu renk kırık kullanamıyoruz” refuses black and dark.
        for (var k = i - 1; k >= Math.Max(0, i - 6) && tokens[k] is not (";" or ":" or "." or "(" or ")"); k--)
        {
            if (s_colourWords.Contains(TextAnalyzer.FoldKey(tokens[k])))
            {
                Add(found, tokens[k], limit);
            }
        }
    }

    // Folded words of a colour a grade of natural or white material refuses.
    private static readonly HashSet<string> s_colourWords = new(StringComparer.Ordinal) { "siyah", "koyu", "black", "dark", "renkli", "coloured", "colored" };

    /// <summary>
    /// What a spoiling verb at <paramref name="i"/> says spoils the need's product: the words of its clause before the verb.
    /// A Turkish clause puts its object, with the word before it, right before the verb (“… beyaz bloğu lekeliyor”,
    /// “… hücre yapısını bozar”), an English one after it (“graphite EPS stains white blocks”). A word the need also names
    /// outside the clause (“beyaz EPS kırığı alınır; gri grafitli EPS …”) is what it takes, not what spoils it.
    /// </summary>
    private static void AddSpoilers(List<ExcludedContent> found, string[] tokens, int i)
    {
        var start = i - 1;
        while (start >= 0 && tokens[start] is not (":" or ";" or "," or "(" or "." or ")"))
        {
            start--;
        }

        start++;
        var end = IsEnglishSpoilingVerb(TextAnalyzer.FoldKey(tokens[i])) ? i : i - 2;
        var outside = tokens.Where((t, k) => k < start || k > i).Select(TextAnalyzer.FoldKey).ToHashSet(StringComparer.Ordinal);
        for (var k = start; k < end; k++)
        {
            var key = TextAnalyzer.FoldKey(tokens[k]);
            if (IsLetters(tokens[k]) && !IsConjunction(tokens[k]) && !outside.Contains(key) && !found.Exists(e => e.Key == key))
            {
                Add(found, tokens[k], limit: false);
            }
        }
    }

    /// <summary>
    /// What a need wants no residue of: the words before “kalıntısız” (“pestisit kalıntısız”, “imazalil ve tiabendazol kalıntısız”),
    /// and, inside parentheses, the list before it (“(imazalil, tiabendazol kalıntısız)”; Regulation (EC) No 396/2005 sets residue
    /// limits per substance).
    /// </summary>
    private static void AddResidues(List<ExcludedContent> found, string[] tokens, int i)
    {
        var open = Array.LastIndexOf(tokens, "(", i);
        var inParentheses = open >= 0 && !tokens[(open + 1)..i].Any(t => t is ")" or ";" or ":");
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (IsLetters(tokens[k]) && !IsConjunction(tokens[k]))
            {
                Add(found, tokens[k], limit: false);
                if (!(k > 0 && (IsConjunction(tokens[k - 1]) || (inParentheses && tokens[k - 1] == ","))))
                {
                    break;
                }
            }
            else if (!(IsConjunction(tokens[k]) || (inParentheses && tokens[k] == ",")))
            {
                break;
            }
        }
    }

    private static bool IsEnglishSpoilingVerb(string folded) => folded is "spoils" or "stains" or "clogs";

    /// <summary>
    /// What “X Y kabul edilmez” refuses or “X Y en çok %1” caps: when X is an adjective of content (“küflü
    /// balya”, “kaplı/laminasyonlu karton”, “renkli cam”), the adjectives, not the noun (bales are taken,
    /// mouldy ones are not); else the words before.
    /// </summary>
    private static void AddRefused(List<ExcludedContent> found, string[] tokens, int i, bool limit)
    {
        var j = i - 2;
        if (j < 0 || !IsAdjective(tokens[j]) || !IsLetters(tokens[i - 1]))
        {
            AddBefore(found, tokens, i, limit);
            return;
        }

        // A designation after the adjectives is a grade of its own, refused too: “çapraz bağlı PE-X olmasın”.
        if (tokens[i - 1].Count(char.IsUpper) >= 2 && !tokens[i - 1].Any(char.IsLower))
        {
            Add(found, tokens[i - 1], limit);
        }

        while (j >= 0 && IsAdjective(tokens[j]))
        {
            var k = j - 1;

            // The noun of a compound adjective is what is refused: “çelik gövdeli takım” (steel-bodied tools) refuses steel,
            // “kağıt izoleli kablo” paper, not every insulated cable.
            if (k >= 0 && IsLetters(tokens[k]) && !IsConjunction(tokens[k]) && !IsAdjective(tokens[k]) && !s_fillers.Contains(TextAnalyzer.FoldKey(tokens[k])))
            {
                Add(found, tokens[k], limit);
                k--;
            }
            else
            {
                Add(found, tokens[j], limit);
            }

            if (k < 1 || !IsConjunction(tokens[k]))
            {
                break;
            }

            j = k - 1;

            // A plain word joined by a conjunction is refused too: “HSS ve çelik gövdeli takım kabul edilmez”.
            if (IsLetters(tokens[j]) && !IsAdjective(tokens[j]))
            {
                Add(found, tokens[j], limit);
                break;
            }
        }
    }

    // “küflü”, “kaplı”, “laminasyonlu”: a word made an adjective of content by -lı/-li/-lu/-lü.
    private static bool IsAdjective(string token) =>
        IsLetters(token) && TextAnalyzer.FoldKey(token) is var f &&
        ((f.Length >= 5 && (f.EndsWith("li", StringComparison.Ordinal) || f.EndsWith("lu", StringComparison.Ordinal) || s_fibreClasses.Contains(f))) || s_stateAdjectives.Contains(f));

    // Folded plain adjectives of a state: “taze gübre istemiyoruz” refuses fresh manure, not matured manure compost.
    private static readonly HashSet<string> s_stateAdjectives = new(StringComparer.Ordinal) { "taze", "fresh", "bayat", "curuk", "cig" };

    // Folded adjectives of a fibre class (ISO 2076): “selülozik lif en çok %2” caps cellulosic fibre, not fibre.
    private static readonly HashSet<string> s_fibreClasses = new(StringComparer.Ordinal) { "selulozik", "cellulosic", "sentetik", "synthetic" };

    /// <summary>
    /// A word as the reason line shows it: a chemical symbol or an abbreviation keeps its case (“Cl”,
    /// “Zn”, “CaCO3”, “PVB”), any other word is lower case (“Boyasız” at the start of a need: “boya”).
    /// </summary>
    private static string Shown(string word) =>
        word.Skip(1).Any(char.IsUpper) || (word.Length <= 2 && char.IsUpper(word[0])) ? word : word.ToLower(s_tr);

    /// <summary>
    /// A one-letter word that is an element symbol a specification caps: sulphur and phosphorus of a
    /// cast-iron or steel charge (“S &lt;%0,02; P &lt;%0,05”, EN 1563 and EN 10025 chemical composition tables).
    /// Other single letters (units, grades, list marks) name no content.
    /// </summary>
    private static bool IsElementSymbol(string key) => key is "s" or "p";

    /// <summary>Auxiliary participles (“olmuş”, “edilmemiş”): the word before them carries the state.</summary>
    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.Ordinal)
    {
        "olmus", "olmamis", "edilmis", "edilmemis", "yapilmis", "yapilmamis", "gormus", "gormemis", "kalmis", "kalmamis",
    };

    /// <summary>Words after a state that allow it rather than ask for it (“yıkanmamış da kabul”, “kurutulmuş olabilir”).</summary>
    private static readonly HashSet<string> s_allowingAfterState = new(StringComparer.Ordinal)
    {
        "kabul", "olabilir", "olur", "de", "da", "dahil", "accepted", "ok",
    };

    /// <summary>
    /// The opposite of a Turkish participle of state (-mış/-miş/-muş/-müş), by vowel harmony: “yıkanmış” ↔
    /// “yıkanmamış”, “temizlenmiş” ↔ “temizlenmemiş”, “olmamış” ↔ “olmuş”; null for another word or a stem
    /// shorter than three letters.
    /// </summary>
    internal static string? OppositeParticiple(string token)
    {
        var w = token.ToLower(s_tr);
        if ((w.EndsWith("mamış", StringComparison.Ordinal) || w.EndsWith("memiş", StringComparison.Ordinal)) && w.Length >= 7)
        {
            return WithHighVowel(w[..^5], 'm', 'ş');
        }

        if (w.Length >= 6 && w[^3] == 'm' && w[^1] == 'ş' && w[^2] is 'ı' or 'i' or 'u' or 'ü')
        {
            var stem = w[..^3];
            return LastVowel(stem) switch
            {
                'a' or 'ı' or 'o' or 'u' => stem + "mamış",
                'e' or 'i' or 'ö' or 'ü' => stem + "memiş",
                _ => null,
            };
        }

        return AsciiOpposite(w);
    }

    /// <summary>
    /// The same for a participle typed without Turkish letters (“yikanmis”, “yikanmamis”): the negative's
    /// opposite is certain once folded (-mış and -miş both fold to “mis”, -muş and -müş to “mus”); the
    /// positive's only when its last vowel is a or e (an i, o or u may stand for ı/i, o/ö or u/ü), and only
    /// after a stem of four letters or more (“dermis” is no participle).
    /// </summary>
    private static string? AsciiOpposite(string w)
    {
        if (!w.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        if ((w.EndsWith("mamis", StringComparison.Ordinal) || w.EndsWith("memis", StringComparison.Ordinal)) && w.Length >= 7)
        {
            var stem = w[..^5];
            return LastVowel(stem) switch
            {
                'a' or 'e' or 'i' => stem + "mis",
                'o' or 'u' => stem + "mus",
                _ => null,
            };
        }

        if (w.Length >= 7 && (w.EndsWith("mis", StringComparison.Ordinal) || w.EndsWith("mus", StringComparison.Ordinal)))
        {
            var stem = w[..^3];
            return LastVowel(stem) switch
            {
                'a' => stem + "mamis",
                'e' => stem + "memis",
                _ => null,
            };
        }

        return null;
    }

    /// <summary>
    /// The “without” adjective of a “with” adjective (-lı ↔ -sız by vowel harmony: “damgalı” → “damgasız”, “analizli” →
    /// “analizsiz”, “belgeli” → “belgesiz”, “sertifikalı” → “sertifikasız”), or null for another word, a stem shorter than four
    /// letters or a word whose -li is no suffix of having (“ilgili”, “gerekli”, “çeşitli”).
    /// </summary>
    internal static string? OppositeAdjective(string token)
    {
        var w = token.ToLower(s_tr);
        if (w.Length < 6 || s_notHavingAdjectives.Contains(TextAnalyzer.FoldKey(w)))
        {
            return null;
        }

        return w[^2..] switch
        {
            "lı" => w[..^2] + "sız",
            "li" => w[..^2] + "siz",
            "lu" => w[..^2] + "suz",
            "lü" => w[..^2] + "süz",
            _ => null,
        };
    }

    /// <summary>
    /// The -sız word of a noun, by vowel harmony (“işlem” → “işlemsiz”, “analizi” → “analizsiz”: a possessive -(s)ı/-(s)i/-(s)u/-(s)ü
    /// is dropped first), or null for a stem shorter than four letters. Works on Turkish or folded letters alike.
    /// </summary>
    internal static string? WithoutWord(string token)
    {
        var w = token.ToLower(s_tr);
        if (w.Length >= 5 && w[^1] is 'ı' or 'i' or 'u' or 'ü')
        {
            w = w.Length >= 6 && w[^2] == 's' && "aeıioöuü".Contains(w[^3], StringComparison.Ordinal) ? w[..^2] : w[..^1];
        }

        if (w.Length < 4 || !w.All(char.IsLetter))
        {
            return null;
        }

        return WithHighVowel(w, 's', 'z');
    }

    /// <summary>
    /// The stem with a suffix whose vowel follows four-way vowel harmony (ı, i, u, ü after the stem's last vowel): “-mış”
    /// of a participle, “-sız” of lacking; null when the stem has no vowel.
    /// </summary>
    private static string? WithHighVowel(string stem, char before, char after) => LastVowel(stem) switch
    {
        'a' or 'ı' => $"{stem}{before}ı{after}",
        'e' or 'i' => $"{stem}{before}i{after}",
        'o' or 'u' => $"{stem}{before}u{after}",
        'ö' or 'ü' => $"{stem}{before}ü{after}",
        _ => null,
    };

    // Folded English participles of a treatment or a check a need may ask for, each with its other spellings.
    private static readonly Dictionary<string, string> s_englishStates = new(StringComparer.Ordinal)
    {
        ["washed"] = "washed",
        ["cleaned"] = "cleaned",
        ["dried"] = "dried",
        ["sorted"] = "sorted",
        ["treated"] = "treated",
        ["sterilised"] = "sterilised",
        ["sterilized"] = "sterilised",
        ["pasteurised"] = "pasteurised",
        ["pasteurized"] = "pasteurised",
        ["hygienised"] = "hygienised",
        ["hygienized"] = "hygienised",
        ["stabilised"] = "stabilised",
        ["stabilized"] = "stabilised",
        ["tested"] = "tested",
        ["analysed"] = "analysed",
        ["analyzed"] = "analysed",
        ["certified"] = "certified",
        ["stamped"] = "stamped",
        ["screened"] = "screened",
        ["sieved"] = "screened",
        ["dewatered"] = "dewatered",
        ["calcined"] = "calcined",
        ["composted"] = "composted",
        ["digested"] = "digested",
        ["graded"] = "graded",
        ["inspected"] = "inspected",
        ["labelled"] = "labelled",
        ["labeled"] = "labelled",
        ["analysis"] = "analysed",
        ["certificate"] = "certified",
    };

    /// <summary>The English treatment a word names (“heat-treated”: treated, “sterilized”: sterilised), folded, or null.</summary>
    private static string? EnglishState(string token)
    {
        var f = TextAnalyzer.FoldKey(token);
        var last = f[(f.LastIndexOf(' ') + 1)..];
        return s_englishStates.GetValueOrDefault(last);
    }

    private static readonly HashSet<string> s_notHavingAdjectives = new(StringComparer.Ordinal)
    {
        "olmali", "bulunmali", "icermeli", "saglamali", "gelmeli", // verbs of necessity (-malı/-meli), no adjectives
        "ilgili", "gerekli", "cesitli", "farkli", "onemli", "degisik", "muhtelif", "kaliteli", "ozellikli", "sekilli",
        "kanatli", // poultry (“kanatlı yemi”), a noun
    };

    /// <summary>Whether the need refuses or rules out anything in words (“kabul edilmez”, “olmamalı”, “içermeyen”, “hariç”, “no”).</summary>
    private static bool RefusesAnything(string[] tokens) =>
        Array.Exists(tokens, t => TextAnalyzer.FoldKey(t) is var f &&
            (s_negatingNext.Contains(f) || f is "edilmez" or "edilmiyor" or "degil" or "no" or "not" or "without" or "free" or "except" or "disinda" ||
             s_spoilingVerbs.Contains(f)));

    // The state of a low-grade offer, and the folded phrases of a high-grade need and a low-grade offer.
    private const string LowGradeKey = "dusukdereceli";
    private static readonly string[] s_highGradePhrases = [" yuksek dereceli ", " yuksek tenorlu ", " high grade "];
    private static readonly string[] s_lowGradePhrases = [" dusuk dereceli ", " dusuk tenorlu ", " low grade "];

    // Folded verbs that say what the words before them spoil (“gri grafitli EPS beyaz bloğu lekeliyor”, “SAN ve ABS hücre yapısını
    // bozar”, “çiğ hamur değirmeni tıkar”): a need that names them refuses something, so its -lı words are no demand.
    private static readonly HashSet<string> s_spoilingVerbs = new(StringComparer.Ordinal)
    {
        "bozar", "bozuyor", "bozmaktadir", "lekeler", "lekeliyor", "tikar", "tikiyor", "dusurur", "dusuruyor", "spoils", "stains", "clogs",
    };

    private static char LastVowel(string stem)
    {
        for (var k = stem.Length - 1; k >= 0; k--)
        {
            if ("aeıioöuü".Contains(stem[k], StringComparison.Ordinal))
            {
                return stem[k];
            }
        }

        return '\0';
    }

    private static bool IsConjunction(string token) => token is "/" or "+" || TextAnalyzer.FoldKey(token) is "ve" or "veya" or "ile" or "and" or "or";

    private static void Add(List<ExcludedContent> found, string word, bool limit)
    {
        // A polymer's designation with its hyphenated suffix (ISO 1043-1, ISO 15875, ISO 22391: “PE-X”, “PP-R”, “PE-RT”) is one
        // content: a need without PE-X takes PE.
        if (PolymerDesignation().IsMatch(word))
        {
            found.Add(new ExcludedContent(TextAnalyzer.FoldKey(word.Replace("-", string.Empty, StringComparison.Ordinal)), Shown(word), limit));
            return;
        }

        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = TextAnalyzer.FoldKey(part);
            if ((key.Length >= 2 || IsElementSymbol(key)) && !s_noContent.Contains(key) && !s_fillers.Contains(key) && !char.IsAsciiDigit(key[0]) && key != "free")
            {
                found.Add(new ExcludedContent(key, Shown(part), limit));
            }
        }
    }

    /// <summary>Index of the amount right after a cap or minimum (“&lt; 1”, “max 20”, “&gt;%40”), or −1.</summary>
    private static int NumberAfter(string[] tokens, int i)
    {
        for (var j = i + 1; j <= i + 2 && j < tokens.Length; j++)
        {
            if (IsNumber(tokens[j]))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the words from <paramref name="i"/> state a bound: a cap (“&lt;”, “≤”, “max”, “maks”,
    /// “azami”, “en fazla”) or a minimum (“&gt;”, “≥”, “min”, “minimum”, “asgari”, “en az”, “at least”),
    /// and the index of its last word; null when they do not.
    /// </summary>
    private static (bool Minimum, int Last)? Bound(string[] tokens, int i)
    {
        var t = tokens[i];
        var next = i + 1 < tokens.Length ? TextAnalyzer.FoldKey(tokens[i + 1]) : string.Empty;
        return t switch
        {
            "<" or "≤" => (false, i),
            ">" or "≥" => (true, i),
            _ => TextAnalyzer.FoldKey(t) switch
            {
                "max" or "maks" or "maksimum" or "azami" => (false, i),
                "min" or "minimum" or "asgari" => (true, i),
                "en" when next is "fazla" or "cok" => (false, i + 1),
                "en" when next == "az" => (true, i + 1),
                "at" when next == "least" => (true, i + 1),
                "at" when next == "most" => (false, i + 1),
                _ => null,
            },
        };
    }

    private static bool IsNumber(string t) => t.Length > 0 && char.IsAsciiDigit(t[0]);

    /// <summary>
    /// A number as Turkish or English write it (“0,1”, “0.1”, “4500”, Turkish “1.500” and “12.000,5”, English
    /// “2,500” and “12,000”). A comma before three digits that end in 00, after a first group that does not
    /// start with 0, groups thousands: a decimal tail is not written with trailing zeros (“2,5”, not “2,500”),
    /// while “1,125”, “%1,250” and “0,125” stay decimals.
    /// </summary>
    private static double ParseNumber(string t) =>
        double.Parse(
            ThousandsGroups().IsMatch(t) ? string.Concat(t.Where(c => c is not ('.' or ' ' or '\u00a0' or '\u2009' or '\u202f'))).Replace(',', '.')
            : EnglishThousandsGroups().IsMatch(t) ? t.Replace(",", string.Empty, StringComparison.Ordinal)
            : t.Replace(',', '.'),
            NumberStyles.Float,
            CultureInfo.InvariantCulture);

    // A word of four letters or more before -lı/-li/-lu/-lü: a property the need may ask for (see OppositeAdjective).
    private const string PolymerDesignationPattern = @"(?:PE|PP|PB|PVC|PET|PS|PA)-(?:X[abc]?|RT|HD|MD|LD|LLD|R|H|B|G|C|U)";

    [GeneratedRegex("^" + PolymerDesignationPattern + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PolymerDesignation();

    [GeneratedRegex(@"(?<![\p{L}\d])" + PolymerDesignationPattern + @"(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PolymerDesignationIn();

    [GeneratedRegex(@"\p{L}{4,}(?:lı|li|lu|lü)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HavingAdjective();

    [GeneratedRegex(@"^[1-9]\d{0,2}(?:,\d00)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishThousandsGroups();

    [GeneratedRegex("^" + Thousands + "$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsGroups();

    private static readonly HashSet<string> s_units = new(StringComparer.Ordinal)
    {
        "g", "gr", "kg", "mg", "µg", "μg", "ug", "t", "ton", "ppm", "ppb", "mm", "cm", "m", "um", "µm", "mikron", "micron", "km", "l", "lt", "ml", "adet", "w", "kw", "µs", "us", "ms", "s", "sn", "dk",
    };

    private static bool IsLetters(string t) => t.Length > 0 && char.IsLetter(t[0]);

    /// <summary>
    /// Whether a participle of removal follows the word at <paramref name="i"/> within two words: the offer
    /// has had it taken out. A word in the ablative is where something was taken from (“salamuradan
    /// ayıklanmış zeytin” is olives picked out of brine), not what was taken out.
    /// </summary>
    private static bool Removed(string[] tokens, int i) =>
        !(tokens[i].EndsWith("dan", StringComparison.Ordinal) || tokens[i].EndsWith("den", StringComparison.Ordinal) ||
          tokens[i].EndsWith("tan", StringComparison.Ordinal) || tokens[i].EndsWith("ten", StringComparison.Ordinal)) &&
        ((i + 1 < tokens.Length && IsRemoval(tokens[i + 1])) ||
        (i + 2 < tokens.Length && IsRemoval(tokens[i + 2]) && IsLetters(tokens[i + 1])) ||
        (i + 3 < tokens.Length && IsRemoval(tokens[i + 3]) && tokens[i + 1] is "ve" or "veya" or "and" or "or" && IsLetters(tokens[i + 2]))); // “cüruf ve metal ayıklanmış”

    /// <summary>
    /// Whether the offer says the content at <paramref name="i"/> is absent: taken out (<see cref="Removed"/>), found absent
    /// by a test (“asbest analizi negatif”, “katran testi negatif”, “asbestos test negative”; EN ISO 22262-1 asbestos
    /// analysis, EN 13108-8 tar test of reclaimed asphalt), or named by an English “non-” word (“non-halogenated”), like a
    /// Turkish -sız word.
    /// </summary>
    private static bool SaidAbsent(string[] tokens, int i) =>
        Removed(tokens, i) ||
        (i + 1 < tokens.Length && tokens[i + 1] is "negatif" or "negative") ||
        (i + 2 < tokens.Length && tokens[i + 1] is "analizi" or "testi" or "test" or "analysis" or "testing" && tokens[i + 2] is "negatif" or "negative") ||
        (i > 0 && tokens[i - 1] is "non" or "not" or "without") || (i > 1 && tokens[i - 2] is "not" or "without" && tokens[i - 1] is "any" or "a" or "an");

    private static bool IsRemoval(string token) => NegationWords.IsRemoval(token);

    /// <summary>Parts per million in one percent: “Pb &lt;200 ppm” is a cap of 0.02 %, comparable with an offer's “PbO %24”.</summary>
    private const double PpmPerPercent = 10_000;

    /// <summary>Whether the token at <paramref name="i"/> is “ppm” or starts “mg/kg” (mass fractions: 1 mg/kg = 1 ppm).</summary>
    private static bool IsPpm(string[] tokens, int i) =>
        i < tokens.Length && (TextAnalyzer.FoldKey(tokens[i]) == "ppm" ||
                              (i + 2 < tokens.Length && TextAnalyzer.FoldKey(tokens[i]) == "mg" && tokens[i + 1] == "/" && TextAnalyzer.FoldKey(tokens[i + 2]) == "kg") ||
                              (i + 2 < tokens.Length && TextAnalyzer.FoldKey(tokens[i]) is "g" or "gr" && tokens[i + 1] == "/" && TextAnalyzer.FoldKey(tokens[i + 2]) is "t" or "ton"));

    /// <summary>
    /// A bound stated after its amount (“seramik-taş-porselen 20 g/t altı”, “nem %10 üzeri”): whether it is a minimum,
    /// within three words after the number (units and signs between); null when none follows.
    /// </summary>
    private static bool? BoundAfter(string[] tokens, int n)
    {
        for (var j = n + 1; j <= n + 4 && j < tokens.Length; j++)
        {
            var f = TextAnalyzer.FoldKey(tokens[j]);
            if (f is "alti" or "altinda" or "below" or "under")
            {
                return false;
            }

            if (f is "ustu" or "uzeri" or "ustunde" or "uzerinde" or "above")
            {
                return true;
            }

            if (!(tokens[j] is "%" or "/" || s_units.Contains(f)))
            {
                return null;
            }
        }

        return null;
    }

    // Folded stems after “düşük” that name no content: low price, cost, quality, capacity, pressure, temperature, energy, speed.
    private static readonly HashSet<string> s_notContent = new(StringComparer.Ordinal)
    {
        "fiyat", "maliyet", "kalite", "kapasite", "basinc", "sicak", "sicaklik", "enerji", "hiz", "devir", "gerilim", "voltaj",
    };

    // Folded words that call a content high: “yüksek klorlu”, “high chlorine”.
    private static readonly HashSet<string> s_highWords = new(StringComparer.Ordinal) { "yuksek", "high", "zengin" };

    /// <summary>
    /// The cap a standard gives a content called low by a word, in per cent by mass: low-chlorine is at most
    /// 1 % Cl, the limit of EN 15359:2011 Table 1 chlorine class 3 (solid recovered fuel); low-sulphur is at
    /// most 1 % S, the limit of Directive (EU) 2016/802 Art. 3 for heavy fuel oil. Keys are folded words.
    /// </summary>
    private static readonly Dictionary<string, double> s_lowCaps = new(StringComparer.Ordinal)
    {
        ["klor"] = 1,
        ["klorur"] = 1,
        ["cl"] = 1,
        ["chlorine"] = 1,
        ["chloride"] = 1,
        ["kukurt"] = 1,
        ["sulphur"] = 1,
        ["sulfur"] = 1,
    };

    /// <summary>A cap written as a word at token <paramref name="i"/>: “düşük klorlu”, “düşük kükürt”, “low chlorine”, “low-sulphur”; else null.</summary>
    private static ExcludedContent? LowCap(string[] tokens, int i)
    {
        var f = TextAnalyzer.FoldKey(tokens[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length == 0 || f[0] is not ("dusuk" or "low"))
        {
            return null;
        }

        var (word, shown) = f.Length == 2
            ? (f[1], Shown(tokens[i]))
            : f.Length == 1 && i + 1 < tokens.Length && IsLetters(tokens[i + 1]) ? (TextAnalyzer.FoldKey(tokens[i + 1]), Shown(tokens[i]) + " " + Shown(tokens[i + 1])) : (string.Empty, string.Empty);
        // Any other content made an adjective (“düşük jelli”, “düşük küllü”) is capped too, with no figure: only an
        // offer that calls it high breaks the cap. Words of price, quality or operating state name no content.
        var key = s_lowCaps.ContainsKey(word) ? word
            : word.Length > 4 && (word.EndsWith("lu", StringComparison.Ordinal) || word.EndsWith("li", StringComparison.Ordinal)) ? word[..^2]
            : null;
        if (key is null || s_notContent.Contains(key))
        {
            return null;
        }

        return new ExcludedContent(key, shown, Limit: true) { Amount = s_lowCaps.TryGetValue(key, out var cap) ? cap : null, Percent = true, Qualitative = true };
    }

    /// <summary>Whether a word is called high after it, within four words and before any word calling something low: “jel ve fish-eye yüksek”, “chlorine-rich”.</summary>
    private static bool HighAfter(string[] tokens, int i)
    {
        for (var j = i + 1; j < tokens.Length && j <= i + 4; j++)
        {
            if (tokens[j] is "dusuk" or "low" or "az")
            {
                return false;
            }

            if (s_highWords.Contains(tokens[j]) || tokens[j] == "rich")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an offer's word names a kind of the content (“pvc” of chlorine), not the content itself.</summary>
    private static bool IsKind(string word, string key) =>
        Array.Exists(s_kindsOf, k => Array.Exists(k.General, g => g == key) && Array.Exists(k.Kinds, kind => Names(word, kind)));
}

/// <summary>A word of an offer's description (folded), and whether an amount stands within two words of it.</summary>
/// <param name="Key">The folded word.</param>
/// <param name="Quantified">A number stands next to it (“%4 serbest CaO”, “nem %8”).</param>
/// <param name="Amount">The number right beside it (“nem %8”: 8), when there is one.</param>
/// <param name="Percent">Whether that number is a percentage.</param>
public readonly record struct OfferWord(string Key, bool Quantified, double? Amount = null, bool Percent = false)
{
    /// <summary>The high end when the amount is a range (“%4-5”: 5); <see cref="Amount"/> is then its low end.</summary>
    public double? High { get; init; }

    /// <summary>The offer states only a bound of the content (“Cl &lt;%0,5”, “Fe &gt;%70”): it meets a stated amount, not a need without it.</summary>
    public bool Bounded { get; init; }

    /// <summary>The offer calls the content high (“yüksek klorlu”, “high chlorine”, “chlorine-rich”).</summary>
    public bool Stressed { get; init; }
}
