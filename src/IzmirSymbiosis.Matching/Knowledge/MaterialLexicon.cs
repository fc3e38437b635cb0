namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// One material concept of the bilingual lexicon: its Turkish stems and English forms, the
/// emission-profile material group it belongs to, the recovery operations (Directive 2008/98/EC
/// Annex II R-codes) that usually apply, and words that name the sectors which take such material
/// as an input (matched against NACE titles and explanatory notes, never against a list of codes).
/// </summary>
/// <param name="Key">Stable concept key, e.g. <c>ash</c>.</param>
/// <param name="NameTr">Turkish name for reasons.</param>
/// <param name="NameEn">English name for reasons.</param>
/// <param name="TurkishStems">ASCII-folded Turkish stems; common case and plural suffixes are accepted.</param>
/// <param name="EnglishForms">English words (singular; plurals are stemmed).</param>
/// <param name="MaterialGroup">Material group of the emission profiles, if any.</param>
/// <param name="RecoveryOperations">Usual R-codes.</param>
/// <param name="SectorWords">Words of NACE texts naming receiving activities.</param>
public sealed record MaterialConcept(
    string Key,
    string NameTr,
    string NameEn,
    string[] TurkishStems,
    string[] EnglishForms,
    string? MaterialGroup,
    string[] RecoveryOperations,
    string[] SectorWords);

/// <summary>
/// The hand-written Turkish/English material lexicon. It encodes general materials knowledge
/// (what a material is called and which kinds of plant can use it), not answers for particular
/// codes: the sector words are resolved against the NACE texts at run time. Every word occurs in a
/// reference text (EWC, NACE or R/D operation texts, English or Turkish) or stands, with a source,
/// for a word that does (a Turkish dictionary word, a US spelling, an ISO polymer symbol); the
/// test <c>LexiconSourcesTests</c> holds that list. Words found in no reference text but in exactly
/// one synergy-library exchange were removed: they could only serve to hit that row.
/// </summary>
public static class MaterialLexicon
{
    /// <summary>Turkish case and plural suffixes accepted after a stem (ASCII-folded).</summary>
    internal static readonly string[] TurkishSuffixes =
    [
        "", "u", "i", "ler", "lar", "leri", "lari", "si", "su", "ri", "ru", "in", "un", "nin", "nun", "li", "lu", "lik", "luk", "den", "dan",
    ];

    /// <summary>All concepts.</summary>
    public static IReadOnlyList<MaterialConcept> Concepts { get; } =
    [
        new("ash", "kül", "ash", ["kul", "ucucu"], ["ash", "fly", "flying", "cinder"], "ash", ["R5"], ["cement", "clinker", "concrete", "brick", "block", "road", "plaster"]),
        new("slag", "cüruf", "slag", ["curuf"], ["slag", "dross", "skimming"], null, ["R4", "R5"], ["cement", "clinker", "concrete", "road", "iron"]),
        new("sludge", "çamur", "sludge", ["camur", "slam"], ["sludge", "mud", "slurry", "sediment"], null, ["R3", "R10", "R1"], ["fertiliser", "soil", "cement", "brick"]),
        new("gypsum", "alçı", "gypsum", ["alci", "jips"], ["gypsum", "desulphurisation", "desulfurization", "plasterboard"], "construction aggregates", ["R5"], ["plaster", "cement", "board", "fertiliser"]),
        new("lime", "kireç", "lime", ["kirec", "kalsiyum", "karbonat", "kalker", "yumurta"], ["lime", "limestone", "calcium", "carbonate", "chalk", "eggshell"], null, ["R5", "R10"], ["cement", "lime", "iron", "fertiliser", "sugar", "paper"]),
        new("wood", "ahşap", "wood", ["ahsap", "agac", "odun", "talas", "yonga", "kereste", "kabuk", "palet"], ["wood", "sawdust", "shaving", "chip", "bark", "timber", "plywood", "pallet", "board"], "wood", ["R1", "R3"], ["particle", "board", "panel", "pellet", "pulp", "charcoal", "electricity", "heat", "steam", "fuel"]),
        new("paper", "kağıt", "paper", ["kagit", "kagid", "karton", "mukavva", "kirpinti"], ["paper", "cardboard", "paperboard", "newspaper", "carton", "fibre"], "paper", ["R3"], ["paper", "pulp", "paperboard", "insulation", "packaging"]),
        new("plastic", "plastik", "plastic", ["plastik", "naylon", "polietilen", "pvc", "pet"], ["plastic", "polyethylene", "polypropylene", "polymer", "pvc", "pet", "hdpe", "ldpe", "foil", "film"], "plastics", ["R3", "R1"], ["plastic", "polymer", "pipe", "film", "cement", "fuel"]),
        new("metal", "metal hurda", "scrap metal", ["hurda", "metal", "demir", "celik", "bakir", "aluminyum", "cinko", "pirinc", "talas", "kirpinti"], ["scrap", "metal", "iron", "steel", "copper", "aluminium", "aluminum", "zinc", "brass", "ferrous", "filing", "turning"], "metals", ["R4"], ["iron", "steel", "casting", "foundry", "copper", "aluminium", "metal", "smelting"]),
        new("glass", "cam", "glass", ["cam"], ["glass", "cullet"], "glass", ["R5"], ["glass", "fibre", "insulation", "wool", "container"]),
        new("rubber", "lastik", "rubber", ["lastik", "kaucuk"], ["tyre", "tire", "rubber"], "tyres/rubber", ["R1", "R3"], ["rubber", "cement", "clinker", "fuel", "steel"]),
        new("food", "gıda artığı", "food residue", ["gida", "yemek", "organik", "posa", "kuspe", "pirina", "prina", "zeytin", "biyokutle", "kompost", "pancar", "cekirdek", "findik", "sap", "kemik", "tuy", "kan", "mezbaha", "bagirsak", "kabuk", "saman", "kepek", "meyve", "sebze", "hamur", "ekmek", "melas", "vinas", "bitkisel", "hayvansal"], ["food", "organic", "biomass", "residue", "pulp", "husk", "straw", "bran", "peel", "grain", "molasses", "vinasse", "stillage", "pastry", "fruit", "vegetable", "coffee", "seaweed", "animal", "tissue", "biodegradable", "green", "kitchen", "canteen", "crop", "olive", "compost", "beet", "stalk", "cob", "kernel", "shell", "hazelnut", "bone", "feather", "blood", "slaughter", "offal", "rice", "paddy", "grounds"], "organic/food", ["R3", "R1", "R10"], ["feed", "fertiliser", "compost", "biogas", "gas", "animal", "farm", "raising", "crop", "growing"]),
        new("manure", "gübre", "manure", ["gubre", "tezek"], ["manure", "slurry", "dung", "excrement", "faece", "urine"], "organic/food", ["R3", "R10"], ["biogas", "gas", "fertiliser", "crop", "growing"]),
        new("yeast", "maya", "yeast", ["maya", "sarap", "bira", "peynir", "peyniralti", "sut"], ["yeast", "distiller", "brewer", "spent", "fermentation", "dregs", "lees", "whey", "dairy", "milk"], "organic/food", ["R3"], ["feed", "animal", "farm", "raising", "biogas", "gas"]),
        new("oil", "atık yağ", "waste oil", ["yag", "madeni", "motor", "kizartma"], ["oil", "lubricant", "lubricating", "grease", "hydraulic", "fat"], null, ["R9", "R1"], ["refined", "petroleum", "refinery", "fuel", "electricity", "cement"]),
        new("solvent", "çözücü", "solvent", ["cozucu", "solvent", "tiner", "alkol", "aseton", "etanol"], ["solvent", "alcohol", "methanol", "thinner", "organic"], null, ["R2", "R1"], ["chemical", "organic", "solvent", "cement", "paint", "alcohol"]),
        new("acid", "asit", "acid", ["asit", "sulfurik", "hidroklorik"], ["acid", "sulphuric", "sulfuric", "hydrochloric", "nitric", "pickling", "liquor"], null, ["R6"], ["inorganic", "chemical", "fertiliser", "treatment", "coating", "metal", "nickel"]),
        new("alkali", "baz", "alkali", ["kostik", "soda", "hidroksit", "baz"], ["hydroxide", "caustic", "alkali", "alkaline", "soda", "lye"], null, ["R6"], ["chemical", "inorganic", "pulp", "paper", "treatment", "electricity"]),
        new("sulphur", "kükürt", "sulphur", ["kukurt", "sulfat", "sulfur"], ["sulphur", "sulphate"], null, ["R5"], ["fertiliser", "inorganic", "acid", "chemical", "nickel", "metal"]),
        new("nitrogen", "azot", "nitrogen", ["amonyak", "amonyum", "azot", "nitrat"], ["ammonia", "ammonium", "nitrogen", "nitrate", "urea", "ammoniacal"], null, ["R3", "R10"], ["fertiliser", "nitrogen", "inorganic", "chemical"]),
        new("heat", "atık ısı", "waste heat", ["isi", "buhar", "sicak"], ["heat", "steam", "thermal", "hot", "blowdown", "condensate"], null, ["R1"], ["steam", "heat", "air", "greenhouse", "drying", "electricity"]),
        new("gas", "gaz", "gas", ["gaz", "hidrojen", "biyogaz", "metan", "karbondioksit"], ["gas", "hydrogen", "methane", "biogas", "co2", "dioxide", "coke", "sour"], null, ["R1"], ["gas", "industrial", "ammonia", "electricity", "inorganic", "fuel"]),
        new("textile", "tekstil", "textile", ["tekstil", "kumas", "iplik", "elyaf", "pamuk", "kirpinti", "yun"], ["textile", "fabric", "yarn", "fibre", "fiber", "cotton", "wool", "cutting", "sack", "clothing"], "textiles", ["R3"], ["textile", "yarn", "felt", "spinning", "toy", "padding", "insulation"]),
        new("catalyst", "katalizör", "catalyst", ["katalizor"], ["catalyst", "catalytic"], null, ["R8"], ["precious", "metal", "cement", "refining"]),
        new("mineral", "mineral", "mineral", ["kum", "tas", "toprak", "kil", "agrega", "moloz", "mermer", "granit", "cakil", "kaya", "pasa"], ["sand", "stone", "soil", "clay", "gravel", "rubble", "overburden", "marble", "granite", "rock", "shale", "tailing", "silica", "quartz", "kaolin", "talc"], "construction aggregates", ["R5"], ["construction", "road", "brick", "cement", "concrete", "building", "landscape", "clay"]),
        new("concrete", "beton", "concrete", ["beton", "tugla", "kiremit", "seramik", "yikinti", "insaat"], ["concrete", "brick", "tile", "ceramic", "demolition", "construction", "plasterboard", "asphalt", "bitumen"], "construction aggregates", ["R5"], ["road", "concrete", "construction", "building", "cement"]),
        new("water", "su", "water", ["su", "atiksu"], ["water", "wastewater", "effluent", "leachate", "brine"], null, ["R10"], ["water", "irrigation", "crop", "treatment"]),
        new("refractory", "refrakter", "refractory", ["refrakter", "astar"], ["refractory", "lining", "cell", "pot"], null, ["R5"], ["cement", "clinker", "refractory", "construction"]),
        new("carbon", "karbon", "carbon", ["kok", "komur", "karbon", "grafit", "biyokomur"], ["coke", "coal", "carbon", "biochar", "graphite", "soot", "fines", "carbonaceous", "anode", "electrode"], null, ["R1", "R5"], ["iron", "steel", "cement", "electricity", "fuel", "soil"]),
        new("electronic", "elektronik", "electronic", ["elektronik", "devre", "kart"], ["electronic", "electrical", "circuit", "pcb", "printed", "board", "cable", "wire"], "WEEE", ["R4"], ["copper", "precious", "metal", "refining", "smelting"]),
        new("battery", "akü", "battery", ["aku", "pil", "batarya"], ["battery", "accumulator", "lead"], null, ["R4"], ["lead", "zinc", "tin", "metal", "smelting"]),
        new("red-mud", "kırmızı çamur", "red mud", ["boksit"], ["bauxite", "red", "alumina"], null, ["R5"], ["cement", "iron", "brick", "alumina", "water"]),
        new("salt", "tuz", "salt", ["tuz", "klorur"], ["salt", "chloride", "brine"], null, ["R5"], ["chemical", "inorganic", "salt", "tanning"]),
        new("paint", "boya", "paint", ["boya", "vernik", "murekkep", "tutkal", "yapistirici"], ["paint", "varnish", "ink", "adhesive", "glue", "sealant", "resin"], null, ["R1", "R3"], ["paint", "cement", "adhesive", "fuel"]),
        new("packaging", "ambalaj", "packaging", ["ambalaj", "varil", "bidon"], ["packaging", "container", "drum", "bag"], null, ["R3"], ["packaging", "plastic", "paper", "pulp"]),
        new("leather", "deri", "leather", ["deri", "kirpinti"], ["leather", "hide", "skin", "tanning", "fleshing"], null, ["R3"], ["leather", "gelatine", "glue", "feed", "fertiliser"]),
    ];

    /// <summary>
    /// Words of NACE titles naming the plants that usually carry out a recovery operation of
    /// Directive 2008/98/EC Annex II: R1 (fuel) power, steam and kilns; R3 (organic recycling)
    /// fertiliser, compost, biogas and feed; R4 smelters; R5 building materials; R10 farming.
    /// </summary>
    public static IReadOnlyList<string> RecoverySectorWords(string operation) => operation switch
    {
        "R1" => ["electricity", "steam"],
        "R2" => ["solvent", "organic", "chemical"],
        "R3" => ["fertiliser", "compost", "gas", "feed"],
        "R4" => ["iron", "steel", "metal", "smelting", "casting"],
        "R5" => ["cement", "brick", "concrete", "construction", "glass"],
        "R6" => ["inorganic", "chemical"],
        "R8" => ["precious", "metal"],
        "R9" => ["refined", "petroleum"],
        "R10" => ["crop", "growing", "soil"],
        _ => [],
    };

    /// <summary>Looks a concept up by key.</summary>
    public static MaterialConcept? Find(string key) => Concepts.FirstOrDefault(c => c.Key == key);
}
