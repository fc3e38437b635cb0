using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

/// <summary>
/// Every word of the material lexicon comes from a reference text (EWC, NACE, R/D operations,
/// English and Turkish; see <see cref="ReferenceWords"/>) or from this small allow-list, where each
/// word names the reference word it stands for and the source of that equivalence. A word that
/// exists only to hit a row of the synergy library fails here.
/// </summary>
public class LexiconSourcesTests
{
    private const string Tdk = "TDK Güncel Türkçe Sözlük";
    private const string Iso1043 = "EN ISO 1043-1 plastics symbols";
    private const string UsSpelling = "US spelling of the EWC word";
    private const string Oed = "Oxford English Dictionary";

    /// <summary>Lexicon word → a word of the reference texts it stands for, and the source of the equivalence.</summary>
    private static readonly Dictionary<string, (string Equivalent, string Source)> s_allowed = new(StringComparer.Ordinal)
    {
        // Turkish words of everyday industrial use that the Turkish EWC/NACE titles do not contain.
        ["slam"] = ("sludge", Tdk + ": şlam"),
        ["jips"] = ("gypsum", Tdk + ": jips"),
        ["kalker"] = ("lime", Tdk + ": kalker (kireç taşı)"),
        ["palet"] = ("wooden", Tdk + ": palet (yük tablası), EWC 15 01 03 wooden packaging"),
        ["naylon"] = ("plastic", Tdk + ": naylon"),
        ["polietilen"] = ("plastic", Tdk + ": polietilen"),
        ["pvc"] = ("plastic", Iso1043 + ": PVC poly(vinyl chloride)"),
        ["kuspe"] = ("oil", Tdk + ": küspe (yağı alınmış tohum artığı)"),
        ["pirina"] = ("oil", Tdk + ": pirina (zeytinyağı çıkarıldıktan sonra kalan posa)"),
        ["prina"] = ("oil", Tdk + ": prina, pirina'nın yazım çeşidi"),
        ["zeytin"] = ("oil", Tdk + ": zeytin; EWC 02 03 edible oils"),
        ["biyokutle"] = ("biodegradable", "Directive (EU) 2018/2001 Art. 2(24): biomass = biodegradable fraction"),
        ["findik"] = ("nut", Tdk + ": fındık"),
        ["kemik"] = ("bone", Tdk + ": kemik"),
        ["tuy"] = ("feather", Tdk + ": tüy"),
        ["mezbaha"] = ("slaughterhouse", Tdk + ": mezbaha"),
        ["bagirsak"] = ("offal", Tdk + ": bağırsak"),
        ["kepek"] = ("bran", Tdk + ": kepek"),
        ["vinas"] = ("distillation", "vinas (vinasse): residue of molasses distillation, EWC 02 07 02 spirits distillation"),
        ["peyniralti"] = ("whey", Tdk + ": peyniraltı suyu"),
        ["kizartma"] = ("edible", Tdk + ": kızartma yağı; EWC 20 01 25 edible oil and fat"),
        ["tiner"] = ("thinner", Tdk + ": tiner"),
        ["aseton"] = ("solvent", Tdk + ": aseton, an organic solvent"),
        ["etanol"] = ("alcohol", Tdk + ": etanol (etil alkol)"),
        ["kostik"] = ("hydroxide", Tdk + ": kostik (sodyum hidroksit)"),
        ["amonyak"] = ("ammonia", Tdk + ": amonyak"),
        ["biyogaz"] = ("biogas", Tdk + ": biyogaz"),
        ["metan"] = ("gas", Tdk + ": metan"),
        ["karbondioksit"] = ("dioxide", Tdk + ": karbondioksit"),
        ["iplik"] = ("yarn", Tdk + ": iplik"),
        ["pamuk"] = ("cotton", Tdk + ": pamuk"),
        ["yun"] = ("wool", Tdk + ": yün"),
        ["agrega"] = ("gravel", Tdk + ": agrega (kum, çakıl, kırma taş)"),
        ["moloz"] = ("demolition", Tdk + ": moloz"),
        ["pasa"] = ("overburden", Tdk + ": pasa (maden artığı)"),
        ["yikinti"] = ("demolition", Tdk + ": yıkıntı"),
        ["grafit"] = ("graphite", Tdk + ": grafit"),
        ["biyokomur"] = ("charcoal", "biyokömür (biochar): charcoal made from biomass"),
        ["aku"] = ("battery", Tdk + ": akü"),
        ["batarya"] = ("battery", Tdk + ": batarya"),
        ["boksit"] = ("bauxite", Tdk + ": boksit"),
        ["bidon"] = ("container", Tdk + ": bidon"),

        // English words and spellings the EWC/NACE texts do not use.
        ["cinder"] = ("ash", Oed + ": cinder, a residue of burnt coal or wood"),
        ["sediment"] = ("sludge", Oed + ": sediment; EWC 17 05 dredging spoil"),
        ["desulfurization"] = ("desulphurisation", UsSpelling),
        ["plasterboard"] = ("gypsum", "EWC 17 08 gypsum-based construction material"),
        ["eggshell"] = ("calcium", Oed + ": eggshell, mostly calcium carbonate"),
        ["carton"] = ("cardboard", Oed + ": carton, a cardboard box"),
        ["polyethylene"] = ("plastic", Iso1043 + ": PE"),
        ["hdpe"] = ("plastic", Iso1043 + ": PE-HD"),
        ["ldpe"] = ("plastic", Iso1043 + ": PE-LD"),
        ["aluminum"] = ("aluminium", UsSpelling),
        ["cullet"] = ("glass", Oed + ": cullet, broken glass for remelting"),
        ["tire"] = ("tyre", UsSpelling),
        ["biomass"] = ("biodegradable", "Directive (EU) 2018/2001 Art. 2(24)"),
        ["husk"] = ("cereal", Oed + ": husk, the outer covering of a seed or grain"),
        ["vinasse"] = ("distillation", "residue of molasses distillation, EWC 02 07 02"),
        ["stillage"] = ("distillation", "residue of spirits distillation, EWC 02 07 02"),
        ["stalk"] = ("tissue", "EWC 02 01 03 plant-tissue waste"),
        ["cob"] = ("tissue", "EWC 02 01 03 plant-tissue waste"),
        ["shell"] = ("tissue", "EWC 02 01 03 plant-tissue waste (nut shells)"),
        ["paddy"] = ("rice", Oed + ": paddy, rice in the husk; NACE 01.12 growing of rice"),
        ["dung"] = ("faece", "EWC 02 01 06 animal faeces"),
        ["excrement"] = ("faece", "EWC 02 01 06 animal faeces"),
        ["distiller"] = ("distillation", "EWC 02 07 02 wastes from spirits distillation"),
        ["brewer"] = ("beer", "NACE 11.05 manufacture of beer"),
        ["dregs"] = ("wine", Oed + ": dregs, lees of wine; NACE 11.02"),
        ["lees"] = ("wine", Oed + ": lees, sediment of wine; NACE 11.02"),
        ["sulfuric"] = ("sulphuric", UsSpelling),
        ["caustic"] = ("hydroxide", "caustic soda = sodium hydroxide"),
        ["ammoniacal"] = ("ammonia", Oed),
        ["blowdown"] = ("boiler", "boiler blowdown water, EWC 10 01 boiler wastes"),
        ["methane"] = ("gas", "main constituent of natural gas and biogas"),
        ["co2"] = ("dioxide", "carbon dioxide"),
        ["silica"] = ("sand", Oed + ": silica, occurring as quartz sand"),
        ["biochar"] = ("charcoal", "charcoal made from biomass"),
        ["carbonaceous"] = ("carbon", Oed),
    };

    public static TheoryData<string, string, string> LexiconWords()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in MaterialLexicon.Concepts)
        {
            foreach (var w in c.TurkishStems)
            {
                data.Add(c.Key, "tr", w);
            }

            foreach (var w in c.EnglishForms)
            {
                data.Add(c.Key, "en", w);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LexiconWords))]
    public void MaterialWord_OccursInAReferenceText_OrIsAllowedWithASource(string concept, string language, string word)
    {
        if (InReferenceText(language, word))
        {
            return;
        }

        Assert.True(s_allowed.ContainsKey(word), $"'{word}' ({concept}) occurs in no EWC, NACE or R/D text and is not in the allow-list");
    }

    [Fact]
    public void AllowList_EachEntryStandsForAReferenceWord_AndIsStillNeeded()
    {
        var lexicon = MaterialLexicon.Concepts.SelectMany(c => c.TurkishStems.Concat(c.EnglishForms)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (word, (equivalent, source)) in s_allowed)
        {
            if (!lexicon.Contains(word) || string.IsNullOrWhiteSpace(source))
            {
                problems.Add($"'{word}' is not a lexicon word or has no source");
            }

            if (!ReferenceWords.HasEnglishForm(ReferenceWords.Ewc, equivalent) && !ReferenceWords.HasEnglishForm(ReferenceWords.Nace, equivalent))
            {
                problems.Add($"the equivalent of '{word}', '{equivalent}', is in no EWC or NACE text");
            }

            if (MaterialLexicon.Concepts.All(c => (!c.TurkishStems.Contains(word) || InReferenceText("tr", word)) && (!c.EnglishForms.Contains(word) || InReferenceText("en", word))))
            {
                problems.Add($"'{word}' occurs in a reference text; drop it from the allow-list");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static bool InReferenceText(string language, string word)
    {
        bool Has(IReadOnlySet<string> words) => language == "tr" ? ReferenceWords.HasTurkishStem(words, word) : ReferenceWords.HasEnglishForm(words, word);
        return Has(ReferenceWords.Ewc) || Has(ReferenceWords.Nace) || Has(ReferenceWords.Operations);
    }

    [Fact]
    public void SectorWords_OccurInNaceTexts()
    {
        Assert.All(MaterialLexicon.Concepts.SelectMany(c => c.SectorWords.Select(w => (c.Key, w))), x =>
            Assert.True(ReferenceWords.HasEnglishForm(ReferenceWords.Nace, x.w), $"sector word '{x.w}' of {x.Key} is in no NACE text, so it reaches no class"));
    }
}
