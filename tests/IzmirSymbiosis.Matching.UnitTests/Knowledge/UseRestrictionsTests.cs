using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Knowledge.Tables;
using IzmirSymbiosis.Matching.Scoring;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

/// <summary>
/// Uses the law closes (feed: EC 767/2009 Annex III, 1069/2009, 2002/32/EC) or a standard doubts
/// (clean grades: EN 15347, EN 643): table integrity, the need's words, each kind of offer row, and
/// their effect on a pair (dropped, or the material value cut with the reason in the line).
/// </summary>
public class UseRestrictionsTests
{
    private static readonly PairChecker s_checker = new(TestData.KnowledgeWithoutLibrary(), new MatchingOptions());

    private static int UseIndex(string use) => UseRestrictions.Uses.ToList().IndexOf(use);

    /// <summary>The pair is dropped by a restriction of <paramref name="use"/>.</summary>
    private static void AssertDroppedFor(PairVerdict v, string use)
    {
        Assert.Equal(PairFilter.UseRestricted, v.Filter);
        Assert.Equal(UseIndex(use), v.Restriction!.Use);
    }

    /// <summary>Asserts that a hard use restriction dropped the pair.</summary>
    private static void AssertDropped(PairVerdict v, string offer)
    {
        Assert.Equal(PairFilter.UseRestricted, v.Filter);
        Assert.True(v.Restriction is { Hard: true }, offer);
    }

    private static PairVerdict Check(string? offerCode, string offer, string need, string needNace = "10.91") =>
        s_checker.Check(new PairQuery(offerCode, offer, "10.39", null, need, needNace, 20));

    [Fact]
    public void Table_EveryUseHasItsOwnBit_AndTheLastUseClosesNoNeedOfTheFirst()
    {
        // A use is one bit of a 64-bit mask: with 32-bit masks the 33rd use shared the first use's bit.
        Assert.InRange(UseRestrictions.Uses.Count, 1, UseRestrictions.MaxUses);
        var last = UseRestrictions.Uses.Count - 1;
        Assert.NotEqual(1UL, 1UL << last);
        var feedOnly = UseRestrictions.NeedUses("Broiler çiftliği: büyütme yemi alınır");
        Assert.Equal(1UL << UseRestrictions.Uses.ToList().IndexOf("feed"), feedOnly);
    }

    [Fact]
    public void Table_EveryRowIsComplete_AndItsCodesExist()
    {
        var codes = ReferenceDataReader.Load().WasteCodes.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        var rows = KnowledgeTable.Read("use_restrictions.csv");
        Assert.NotEmpty(rows);
        foreach (var r in rows)
        {
            var row = string.Join(",", r.Values);
            Assert.Contains(r["side"], new[] { "need", "offer" });
            Assert.False(string.IsNullOrWhiteSpace(r["use"]), row);
            Assert.False(string.IsNullOrWhiteSpace(r["source"]), row);
            var match = r["match"];
            if (r["side"] == "need")
            {
                AssertNeedConditions(match);
                continue;
            }

            foreach (var condition in match.Split('&'))
            {
                Assert.Matches("^!?(word:.+|ewc:[0-9]{2,6}|title:.+|hazardous|material:[a-z.]+( [a-z.]+)*)$", condition);
                var test = condition.TrimStart('!');
                if (test.StartsWith("ewc:", StringComparison.Ordinal))
                {
                    Assert.Contains(codes, c => c.StartsWith(test[4..], StringComparison.Ordinal));
                }

                AssertMaterialKeys(test);
            }

            if (r["side"] == "offer")
            {
                Assert.Contains(r["effect"], new[] { "hard", "soft" });
                Assert.False(string.IsNullOrWhiteSpace(r["reason_tr"]), row);
                Assert.False(string.IsNullOrWhiteSpace(r["reason_en"]), row);
                Assert.False(string.IsNullOrWhiteSpace(r["cite"]), row);
                Assert.DoesNotContain(r["reason_en"], c => "çğıöşüÇĞİÖŞÜ".Contains(c, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>A need row's conditions: words, NACE class prefixes and material keys that exist (or none).</summary>
    private static void AssertNeedConditions(string match)
    {
        foreach (var condition in match.Split('&'))
        {
            Assert.Matches("^!?(word:.+|nace:[0-9]{2}(\\.[0-9]{1,2})?( [0-9]{2}(\\.[0-9]{1,2})?)*|material:[a-z.]+( [a-z.]+)*)$", condition);
            AssertMaterialKeys(condition.TrimStart('!'));
        }
    }

    /// <summary>A <c>material:</c> condition names keys of <c>materials.csv</c> (or none).</summary>
    private static void AssertMaterialKeys(string condition)
    {
        var materials = MaterialCatalog.Default.Materials.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        if (condition.StartsWith("material:", StringComparison.Ordinal))
        {
            Assert.All(condition[9..].Split(' '), k => Assert.True(k == "none" || materials.Contains(k), k));
        }
    }

    [Theory]
    [InlineData("Süt sığırı yemi mineral katkısı", "feed", "ruminant")]
    [InlineData("Hayvan yemi için protein kaynağı", "feed")]
    [InlineData("Yem fabrikası hammaddesi", "feed")]
    [InlineData("Temiz HDPE regrind", "clean", "recycling")]
    [InlineData("Gıda ambalajı için LDPE", "clean", "foodcontact")]
    [InlineData("Renk ayrılmış cam kırığı", "clean")]
    [InlineData("Kazan için kuru biyokütle (nem <%15)", "dry")]
    [InlineData("Dry wood chips for the boiler", "dry")]
    [InlineData("Buğday tarlasına doğrudan serilecek organik gübre", "land")]
    [InlineData("İncir reçeli için gıda sınıfı incir", "food", "foodcontact", "foodgrade")]
    [InlineData("Un değirmeni: ekmeklik buğday", "food")]
    [InlineData("Bebek formülü üretimi için laktoz", "food")]
    [InlineData("Dondurma kovası: gıda temaslı PP", "clean", "foodcontact")]
    [InlineData("Food-contact rPET for trays", "clean", "foodcontact")]
    [InlineData("Kaplamasız DKP sac kırpıntısı", "bare")]
    [InlineData("Tabaklama için taze ham deri", "fresh")]
    [InlineData("Koyun ve keçi besisi için kaba yem", "feed", "ruminant")]
    [InlineData("Rations for dairy cows", "feed", "ruminant")] // a ration is an animal's daily feed
    [InlineData("Süt ineği rasyonu: by-pass protein katkısı", "feed", "ruminant")]
    [InlineData("Dana besisi için kaba yem", "feed", "ruminant")]
    [InlineData("Balık çiftliği: kendi yemimize enerji kaynağı olarak yağ", "feed")] // “yemimize”: our feed
    [InlineData("Rebond köpük için post-endüstriyel PU kırpıntısı", "preconsumer")]
    [InlineData("Pre-consumer PET for fibre", "preconsumer")]
    [InlineData("PP rafya hattı: dolgusuz homopolimer PP", "unfilled")]
    [InlineData("Zeytinlik gübrelemesi: yalnız stabilize ve hijyenize çamur kabul edilir", "stabilised")]
    public void NeedUses_TheWordsOfAUse(string need, params string[] uses)
    {
        var mask = UseRestrictions.NeedUses(need);

        Assert.Equal(uses.Aggregate(0UL, (m, u) => m | (1UL << UseRestrictions.Uses.ToList().IndexOf(u))), mask);
    }

    [Theory]
    [InlineData("Beyaz peynir üretimi için çiğ süt", "10.51", null, true)] // a dairy's need for milk is food
    [InlineData("Tatlı imalathanesi: ekonomik kırık ceviz içi", "10.71", "biomass.food", true)]
    [InlineData("Balık işleme: taze fileto", "10.20", "biomass.abp.fish", true)] // a grade of a listed material
    [InlineData("Kazan için katı yakıt", "10.51", "fuel", false)] // a food firm's fuel is no food
    [InlineData("Karma yem için eski ekmek", "10.91", "biomass.food", false)] // animal feed is 10.9, not food
    [InlineData("Biyogaz için gıda artığı", "35.21", "biomass.food", false)]
    [InlineData("Tesisimizin biyogaz reaktörü için gıda artığı", "10.51", "biomass.food", false)] // a food firm's own biogas plant
    [InlineData("Meyve posası (kompost için)", "10.32", "biomass.food", false)]
    public void NeedUses_AFoodManufacturersNeedForAFoodMaterialIsFood(string need, string nace, string? material, bool food)
    {
        var bit = 1UL << UseRestrictions.Uses.ToList().IndexOf("food");

        Assert.Equal(food, (UseRestrictions.NeedUses(need, nace, material) & bit) != 0);
        Assert.Equal(0UL, UseRestrictions.NeedUses(need) & bit); // the words alone do not name food
    }

    [Theory]
    [InlineData("Yemeklik yağ hammaddesi")] // edible oil: food, not feed
    [InlineData("Çimento fırını için ek yakıt")]
    [InlineData("")]
    [InlineData("Teknik yağ eritme tesisi (yem ve gıda dışı): sabun ve biyodizel yağı")] // uses it says are not its own
    [InlineData("Sabun hammaddesi, gıda hariç")]
    [InlineData("Kurutma tesisi: 60-70 °C temiz sıcak hava (gıdaya temassız eşanjörle)")] // air made clean by the exchanger asks no clean offer
    public void NeedUses_NoneWhereNoneIsNamed(string need) => Assert.Equal(0UL, UseRestrictions.NeedUses(need));

    [Theory]
    [InlineData("100102", "Uçucu kül")] // combustion ash: 2002/32/EC
    [InlineData("030399", "Kazan külü")] // ash by the word
    [InlineData("190805", "Kentsel arıtma çamuru")] // waste water treatment: Annex III(5)
    [InlineData("020305", "Meyve suyu fabrikası arıtma çamuru")] // by the code's title (on-site effluent treatment)
    [InlineData("200108", "Yemekhane artıkları")] // catering waste: 1069/2009 Art. 11
    [InlineData("020106", "Büyükbaş gübresi")] // manure: Annex III(1)
    [InlineData("020202", "Kanatlı kesimhanesi bağırsak içeriği (sindirim kanalı içeriği)")] // category 2: 1069/2009 Art. 9(a)
    [InlineData("040108", "Kromlu deri tıraş talaşı")] // tanned hide: Annex III(2)
    [InlineData("040199", "Kromsuz (glutaraldehit) wet-white tıraş talaşı")] // tanned without chrome is tanned all the same
    [InlineData("040199", "Wet-blue trimmings")]
    [InlineData("020102", "Ölü hayvan (çiftlik)")] // fallen stock: 1069/2009
    [InlineData("020304", "Aflatoksinli incir ayıklama artığı")] // 2002/32/EC Annex I
    [InlineData("150101", "Karton ambalaj")] // packaging: Annex III(7)
    [InlineData("020304", "Tütün sap ve toz karışımı")] // nicotine: feed must be safe (767/2009 Art. 4)
    [InlineData("020399", "Tobacco dust from leaf threshing")]
    [InlineData("020103", "Patates ayıklama ıskartası (yeşillenmiş, filizlenmiş; solanin yüksek)")] // EFSA 2020 glycoalkaloids
    [InlineData("020202", "Balık çiftliği telef olmuş levrek (Kategori 2)")] // 1069/2009 Art. 9
    [InlineData("020202", "Mortalities from a sea-cage farm")]
    [InlineData("020501", "Antibiyotik testi pozitif tank sütü (soğutulmuş)")] // category 2: 1069/2009 Art. 9(d)
    [InlineData("020501", "Raw milk, antibiotic-positive at intake")]
    [InlineData("070514", "Kırık parasetamol tabletleri (laktoz + nişasta)")] // a human medicine: 767/2009 Art. 4
    [InlineData("020202", "Kesimhaneye ölü gelen (DOA) piliçler")] // category 2: 1069/2009 Art. 9(f)
    [InlineData("020202", "Broilers dead on arrival at the slaughter line")]
    [InlineData("020202", "30 aydan büyük sığırların omurgası (omurilik dahil)")] // specified risk material, category 1: 999/2001 Annex V
    public void FeedNeed_ClosedToTheOffersTheLawExcludes(string code, string offer)
    {
        var v = Check(code, offer, "Süt sığırı yemi mineral katkısı");

        Assert.Equal(PairFilter.UseRestricted, v.Filter);
        Assert.Equal(0, v.Score);
        Assert.True(v.Restriction is { Hard: true }, offer);
    }

    [Theory]
    [InlineData("Sera: ToBRFV tespit edilen bölmenin domates bitki sökümü", "Sebze fidesi serası: kompost için sera bitki artığı alınır", "01.30", true)] // EU 2020/1191
    [InlineData("Kestane budama dalları (dal kanseri, Cryphonectria bulaşık)", "Kestane fidanlığı: malç için odun yongası", "01.30", true)]
    [InlineData("Esca nedeniyle sökülen asma kütükleri", "Bağ: sıra arası malç için yongalanmış bağ artığı", "01.21", true)]
    [InlineData("Sera: ToBRFV tespit edilen bölmenin domates bitki sökümü", "Biyogaz tesisi: bitkisel ko-substrat alınır", "35.21", false)] // a digester grows no plants
    [InlineData("Sağlıklı asma budama dalları", "Bağ: sıra arası malç için yongalanmış bağ artığı", "01.21", false)]
    public void PlantGrowingNeed_ClosedToInfectedPlantDebris(string offer, string need, string needNace, bool closed) =>
        Assert.Equal(closed, Check("020103", offer, need, needNace) is { Filter: PairFilter.UseRestricted, Restriction.Hard: true });

    [Theory]
    [InlineData("Buzağı büyütme: sütle besleme için çiğ süt alınır")]
    [InlineData("Calf feeding: surplus whole milk wanted")]
    public void FeedNeed_FeedingAnimalsNamesTheFeedUse(string need) =>
        Assert.Equal(PairFilter.UseRestricted, Check("020501", "Antibiyotikli süt (tedavi dönemi)", need, "01.41").Filter);

    [Fact]
    public void FeedNeed_OpenToAFeedMaterial()
    {
        var v = Check("020304", "Domates posası (kabuk ve çekirdek)", "Hayvan yemi için yaş posa");

        Assert.NotEqual(PairFilter.UseRestricted, v.Filter);
        Assert.Null(v.Restriction);
    }

    [Theory]
    [InlineData("Kesimhane bağırsağı, Kategori 3 olarak ayrılmış", "Doğal kılıf üretimi: gıdaya uygun ham bağırsak (taze)", true)] // 1069/2009 Art. 3(1)
    [InlineData("Fish heads and frames (Category 3)", "Soup kitchen: fish heads fit for human consumption", true)]
    [InlineData("Kesimhane bağırsağı, Kategori 3 olarak ayrılmış", "Jelatin ve kemik yağı üretimi için Kategori 3 hammadde", false)] // a Category 3 use is open
    public void FoodGradeNeed_ClosedToADeclaredAnimalByProduct(string offer, string need, bool closed) =>
        Assert.Equal(closed, Check("020202", offer, need, "10.13").Filter == PairFilter.UseRestricted);

    [Theory]
    [InlineData("Kompost tesisi off-spec kompost (karışık evsel atıktan)", "Organik sertifikalı bağ: toprak düzenleyici", true)] // EU 2021/1165 Annex II
    [InlineData("Kompost (kaynağında ayrılmış yeşil atıktan)", "Organik sertifikalı bağ: toprak düzenleyici", false)]
    [InlineData("Kompost tesisi off-spec kompost (karışık evsel atıktan)", "Peyzaj: dolgu toprağı düzenleyici", false)]
    public void OrganicFarmingNeed_ClosedToCompostOfMixedHouseholdWaste(string offer, string need, bool closed) =>
        Assert.Equal(closed, Check("190503", offer, need, "01.21").Filter == PairFilter.UseRestricted);

    [Theory]
    [InlineData("Boyahane haşıl sökme suyu (PVA haşıl ~%2; KOİ 12.000 mg/L)", true)] // Textiles BREF 2003 §2.7.4
    [InlineData("Nişasta haşıl sökme suyu (KOİ 12.000 mg/L)", false)]
    public void ReadilyBiodegradableNeed_ClosedToPvaSize(string offer, bool closed) =>
        Assert.Equal(closed, Check("040216", offer, "Kentsel AAT denitrifikasyon: kolay ayrışır harici karbon kaynağı", "37.00").Restriction is { Hard: true });

    [Theory]
    [InlineData("Bitter çikolata ıskartası (%70 kakao)", "Kedi ve köpek maması üreticisi: eski gıda enerji kaynağı", true)] // FEDIAF: theobromine
    [InlineData("Kuru üzüm ayıklama ıskartası", "Dog food maker: former foodstuffs wanted", true)] // FEDIAF: grapes and raisins
    [InlineData("Bitter çikolata ıskartası (%70 kakao)", "Domuz besisi için eski gıda (former foodstuff) alınır", false)] // no pet food
    [InlineData("Kuru üzüm ayıklama ıskartası", "Bebek maması değil; kompost için meyve artığı", false)]
    public void PetFoodNeed_ClosedToWhatIsToxicToCatsAndDogs(string offer, string need, bool closed) =>
        Assert.Equal(closed, Check("020304", offer, need, "10.92").Filter == PairFilter.UseRestricted);

    [Theory]
    [InlineData("020202", "Çipura fileto artığı (kafa, kılçık; Kategori 3)", "Çipura-levrek yemi üretiyoruz: balık unu için balık artığı", true)] // EC 1069/2009 Art. 11(1)(c)
    [InlineData("020202", "Levrek işleme artığı (Kategori 3)", "Çipura ve levrek yemi: balık unu hammaddesi", true)]
    [InlineData("020202", "Alabalık iç organ ve kafa (Kategori 3)", "Trout feed mill: fish by-products for fishmeal", true)]
    [InlineData("020202", "Tavuk kesimhanesi sakatat ve kemik (Kategori 3)", "Broiler karma yemi için hayvansal protein", true)] // Art. 11(1)(b)
    [InlineData("020202", "Kanatlı unu (Kategori 3 PAP; %65 HP)", "Çipura-levrek yemi: kanatlı PAP kabul", false)] // another species
    [InlineData("020202", "Çipura fileto artığı (kafa, kılçık; Kategori 3)", "Broiler karma yemi için hayvansal protein", false)]
    [InlineData("020202", "Çipura balık yağı (filetodan)", "Çipura-levrek yemi: balık yağı alınır", false)] // an oil is no processed animal protein
    [InlineData("020202", "Tavuk yağı (Kategori 3; rafine)", "Broiler yemi enerji kaynağı: hayvansal yağ", false)]
    public void FeedNeed_ProteinOfTheSameSpecies_Dropped(string code, string offer, string need, bool dropped) =>
        Assert.Equal(dropped, Check(code, offer, need, "10.91").Filter == PairFilter.UseRestricted);

    [Theory]
    [InlineData("Aflatoksinli kuru incir ıskartası (AFB1 > 50 µg/kg)", true)] // EU 2023/915 Annex I
    [InlineData("Kuru incir ayıklama kırığı (aflatoksin analizli, limit altı)", false)]
    public void FoodNeed_AflatoxinContaminatedProduce_Dropped(string offer, bool dropped) =>
        Assert.Equal(dropped, Check("020304", offer, "İncir pekmezi üreticisi: ikinci kalite kuru incir alınır (gıda)", "10.39").Filter == PairFilter.UseRestricted);

    [Theory]
    [InlineData("Kırık mısır (aflatoksin B1 3 µg/kg analizli; nem %13)", false)] // an analysed lot is judged by the need's stated limit
    [InlineData("Kırık mısır (fumonisin 18 mg/kg; aflatoksin B1 4 µg/kg; nem %13)", false)] // a measured content is an analysis
    [InlineData("Kırık mısır (aflatoksinli parti)", true)] // Directive 2002/32/EC Annex I
    [InlineData("Pul biber eleme tozu (aflatoksin analizli değil)", true)]
    public void FeedNeed_AflatoxinUnlessAnalysed_Dropped(string offer, bool dropped) =>
        Assert.Equal(dropped, Check("020304", offer, "Besi yemi fabrikası: kırık mısır alınır, aflatoksin B1 en çok 20 µg/kg", "10.91").Filter == PairFilter.UseRestricted);

    [Theory]
    [InlineData("050116", "Rafineri off-spec kükürt (granül kırığı)", "Bağcılar için toz kükürt (ruhsatlı bitki koruma ürünü olarak)")]
    [InlineData("020399", "Tütün harman tozu (nikotin %2; kuru)", "Organik bağcılık: izinli listede olan doğal bitkisel insektisit")]
    public void PlantProtectionNeed_AWasteIsNoRegisteredProduct_Dropped(string code, string offer, string need) =>
        AssertDropped(Check(code, offer, need, "01.21"), offer);

    [Fact]
    public void PlantProtectionNeed_ARegisteredProductInStock_NotDropped()
    {
        var v = Check("020108", "Stok fazlası ruhsatlı kükürtlü fungisit (açılmamış; miadında)", "Bağcılar için toz kükürt (ruhsatlı bitki koruma ürünü olarak)", "01.21");

        Assert.Null(v.Restriction);
    }

    [Theory]
    [InlineData("020103", "Kesme çiçek serası fungisitli ıskarta karanfil ve sap (taze)")]
    [InlineData("020103", "Greenhouse tomato haulm, fungicide-treated")]
    public void FeedNeed_PlantsSprayedWithPesticides_Doubted(string code, string offer)
    {
        var sprayed = Check(code, offer, "Keçi çiftliği: yeşil yem olarak taze bitkisel artık alınır", "01.45");
        var compost = Check(code, offer, "Kompost tesisi: bitkisel atık alınır", "38.21");

        Assert.True(sprayed.Restriction is { Hard: false }, offer);
        Assert.Contains("396/2005", sprayed.Restriction!.Source, StringComparison.Ordinal);
        Assert.Null(compost.Restriction); // residues are no bar to composting
    }

    [Theory]
    [InlineData("Biyogaz tesisi: bozulmuş tahıl ve yem ko-substrat olarak alınır")]
    [InlineData("Compost site: spoilt feed and silage accepted")]
    public void BiogasOrCompostNeed_TakingSpoiltFeed_IsNoFeedUse(string need)
    {
        Assert.Equal(0UL, UseRestrictions.NeedUses(need) & (1UL << UseIndex("feed")));

        var v = Check("020304", "Silo dibi küflü mısır (aflatoksin B1 ~60 µg/kg)", need, "35.21");
        Assert.NotEqual(PairFilter.UseRestricted, v.Filter);
    }

    [Fact]
    public void JuiceNeed_ConcentrateThatStartedToFerment_Dropped_VinegarMakerNot()
    {
        // Directive 2001/112/EC Annex I: juice and concentrate are unfermented; a vinegar maker ferments them on purpose.
        const string offer = "Rejected sour-cherry concentrate (65 °Brix; fermentation started, 0.8 % ethanol)";
        AssertDroppedFor(Check("020304", offer, "Meyve suyu ve nektar dolumu: gıda sınıfı konsantre alınır", "10.32"), "unfermented");

        var vinegar = Check("020304", offer, "Sirke üreticisi: fermente olmuş veya olmaya başlamış meyve şırası ve konsantre alınır", "10.84");
        Assert.NotEqual(PairFilter.UseRestricted, vinegar.Filter);
    }

    [Theory]
    [InlineData("160116", "Hurda araçlardan sökülmüş LPG tankları (degaz belgesi yok)")]
    [InlineData("160505", "Miadı dolmuş çelik gaz tüpleri, dolu tüpler")]
    [InlineData("160116", "LPG tanks from end-of-life cars, not degassed")]
    public void MetalMelterNeed_UndegassedPressureVessel_Dropped_DegassedOrRefillerNot(string code, string offer)
    {
        // EU steel scrap specification: every grade free of closed or pressurised containers; ÖTA Yönetmeliği Ek-2: LPG tanks degassed first.
        AssertDroppedFor(Check(code, offer, "EAF şarjı için ağır ergitme hurdası", "24.10"), "degassed");

        var degassed = Check("160116", "Hurda araçlardan sökülmüş LPG tankları (degaze edilmiş, kesilmiş)", "EAF şarjı için ağır ergitme hurdası", "24.10");
        Assert.NotEqual(PairFilter.UseRestricted, degassed.Filter);
        var refiller = Check(code, offer, "Yangın tüpü dolum ve test firması: tüp alınır", "33.12");
        Assert.False(refiller.Filter == PairFilter.UseRestricted && refiller.Restriction!.Use == UseIndex("degassed"), offer);
    }

    [Theory]
    [InlineData("200125", "Otel mutfağı atık kızartma yağı (süzülmüş)", "Sabun imalathanesi: bitkisel atık yağ alınır (atık lisansımız yok)")]
    [InlineData("160103", "Hurda binek lastikleri", "Kauçuk parke üretimi için lastik alırız; no waste licence")]
    public void NeedWithoutAWasteLicence_WastesOnlyLicensedFacilitiesTake_Dropped_ALicensedReceiverNot(string code, string offer, string need)
    {
        // Bitkisel Atık Yağların Kontrolü Yönetmeliği md. 9; ÖTL Yönetmeliği: only licensed facilities take these wastes.
        AssertDroppedFor(Check(code, offer, need, "20.41"), "nolicence");

        var licensed = Check(code, offer, need.Replace("(atık lisansımız yok)", "(lisanslı tesis)").Replace("; no waste licence", "; lisanslıyız"), "20.41");
        Assert.False(licensed.Filter == PairFilter.UseRestricted && licensed.Restriction!.Use == UseIndex("nolicence"), need);
    }

    [Fact]
    public void FoodDryerInDirectContact_FlueGas_Dropped_HeatThroughAnExchangerNot()
    {
        // Regulation (EC) No 852/2004 Annex II: a flue gas may not touch food; its heat serves through an exchanger.
        AssertDroppedFor(Check("101299", "Karo fırını baca gazı (180 °C; HF ve SO2 içerir)", "İncir kurutma için doğrudan temaslı sıcak hava (gıda ile temas)", "10.39"), "foodcontact");

        var exchanger = Check("101399", "Kireç fırını baca gazı (250 °C; eşanjörle sıcak suya aktarılabilir)", "Biber kurutma: gıda ile temas eden sıcak hava", "10.39");
        Assert.NotEqual(PairFilter.UseRestricted, exchanger.Filter);
        var noContact = Check("101299", "Karo fırını baca gazı (180 °C)", "Biber kurutma tesisi: gıdaya temas etmeyen, eşanjörle ısıtılmış sıcak hava", "10.39");
        Assert.NotEqual(PairFilter.UseRestricted, noContact.Filter);
    }

    [Theory]
    [InlineData("020103", "Tohumluk patates ıskartası (fludioksonil ile ilaçlı, boyalı)", "Besi sığırı: yaş yem olarak patates ıskartası alınır", "01.42", "feed")] // EC 1107/2009 Art. 49
    [InlineData("070699", "Biyodizel soapstock ve asit yağ (atık kızartma yağı kökenli)", "Karma yem fabrikası: yem yağı (asit yağ) alınır", "10.91", "feed")] // EC 1069/2009 Art. 11
    [InlineData("020304", "Dry extruded cat and dog food fines (contains poultry meal 25 %)", "Süt sığırı karma yemi: eski yem alınır", "10.91", "ruminant")] // EC 999/2001 Annex IV
    [InlineData("020304", "Broiler büyütme yemi iadesi (monensin sodyum koksidiyostatlı)", "Yumurta tavuğu işletmesi: kanatlı yemi alınır", "01.47", "layers")] // 2009/8/EC
    public void FeedLaw_ClosesTheNeedToTheOffer(string code, string offer, string need, string nace, string use) =>
        AssertDroppedFor(Check(code, offer, need, nace), use);

    [Fact]
    public void BroilerFeed_WithACoccidiostat_NotClosedForBroilers()
    {
        var v = Check("020304", "Broiler büyütme yemi iadesi (monensin sodyum koksidiyostatlı)", "Broiler çiftliği: büyütme yemi alınır", "01.47");
        Assert.False(v.Filter == PairFilter.UseRestricted && v.Restriction!.Use == UseIndex("layers"));
    }

    [Fact]
    public void OtherNeed_NotClosedByTheFeedRules()
    {
        // Fly ash is closed to feed, not to a cement kiln.
        var v = Check("100102", "Uçucu kül", "Klinker için alternatif hammadde", "23.51");

        Assert.NotEqual(PairFilter.UseRestricted, v.Filter);
    }

    [Theory]
    [InlineData("150102", "Otel plaj şezlongu kırığı (PP)", "Gıda saklama kabı enjeksiyonu: gıda temasına uygun PP regrind")]
    [InlineData("150101", "Pigment hammaddesi kolisi (sağlam)", "Kuru meyve paketleme: gıda ambalajı olarak ikinci el koli")]
    [InlineData("150102", "PET bottle bales (detergent and water bottles; 40 % non-food)", "Şişeden şişeye rPET: gıda şişesi kaynaklı PET")]
    [InlineData("150104", "Gıda dışı kullanılmış çelik varil", "Turşu işletmesi: gıdaya uygun ikinci el varil")]
    public void FoodContactNeed_PackagingMaterialOfNoStatedFoodOrigin_Doubted(string code, string offer, string need)
    {
        var v = Check(code, offer, need, "22.22");

        Assert.True(v.Restriction is { Hard: false }, offer);
        Assert.Equal(UseIndex("foodcontact"), v.Restriction!.Use);
    }

    [Theory]
    [InlineData("150102", "Used 220 L HDPE drums from table-olive brine (food grade, rinsed)", "Turşu işletmesi: gıdaya uygun ikinci el HDPE varil")]
    [InlineData("150104", "Aseptik salça varili (çelik 220 L; temiz)", "Turşu işletmesi: gıdaya uygun ikinci el varil")]
    [InlineData("150102", "Otel plaj şezlongu kırığı (PP)", "Bahçe mobilyası enjeksiyonu: PP regrind")] // no food-contact use
    [InlineData("020304", "Kuru incir ayıklama kırığı (aflatoksin analizli)", "İncir ezmesi: gıda sınıfı incir")] // food, not a food-contact material
    public void FoodContactNeed_FoodOriginStatedOrNoFoodContactMaterial_NotDoubtedForIt(string code, string offer, string need)
    {
        var v = Check(code, offer, need, "22.22");

        Assert.False(v.Restriction is { } r && r.Use == UseIndex("foodcontact"), offer);
    }

    [Fact]
    public void CleanHotAirNeed_FlueGasHeatThroughAnExchanger_NotDoubted_RawFlueGasDoubted()
    {
        // BREF Energy Efficiency §3.3.1: heat taken through an air-to-air exchanger reaches the user as clean air.
        const string need = "Flaks kurutma fırını için 150-200 °C temiz sıcak hava";
        var exchanger = Check("100299", "Tav fırını baca gazı atık ısısı (450 °C; eşanjör çıkışı 180 °C temiz hava)", need, "25.61");
        var raw = Check("100299", "Tav fırını baca gazı atık ısısı (450 °C)", need, "25.61");

        Assert.Null(exchanger.Restriction);
        Assert.True(raw.Restriction is { Hard: false });
        Assert.True(raw.Score < exchanger.Score, $"{raw.Score} < {exchanger.Score}");
    }

    [Fact]
    public void CleanNeed_SoiledOffer_MaterialValueCutWithTheReason()
    {
        var clean = Check("150102", "PE film kırpıntısı", "Temiz PE regrind", "22.22");
        var soiled = Check("150102", "Topraklı PE film kırpıntısı", "Temiz PE regrind", "22.22");

        Assert.Equal(PairFilter.None, soiled.Filter);
        Assert.True(soiled.Restriction is { Hard: false });
        Assert.Equal(clean.Material["factor"] * UseRestrictions.SoftFactor, soiled.Material["factor"], 6);
        Assert.True(soiled.Score < clean.Score, $"{soiled.Score} < {clean.Score}");
    }

    [Theory]
    [InlineData("PVC film dolgu söküntüsü (kireç kabuklu, biyofilmli)", "Sert PVC profil: temiz öğütülmüş PVC")]
    [InlineData("Ahşap palet (asit dökülmüş; lekeli)", "İhracat: temiz ve kuru ahşap palet")]
    [InlineData("Stained, oily PE film offcuts", "Clean PE film regrind")]
    public void CleanNeed_StainedScaledOrSpiltOffer_Doubted(string offer, string need)
    {
        var v = Check("150102", offer, need, "22.22");

        Assert.True(v.Restriction is { Hard: false, Use: var use } && use == UseIndex("clean"), offer);
    }

    [Theory]
    [InlineData("Kullanılmış kedi kumu (bentonit; dışkılı)")]
    [InlineData("Used cat litter with faeces")]
    public void CleanNeed_FaecalOffer_Doubted(string offer)
    {
        var v = Check("200199", offer, "Döküm kumu için temiz sodyum bentonit", "24.51");

        Assert.True(v.Restriction is { Hard: false }, offer);
    }

    [Fact]
    public void CleanNeed_HazardousOffer_Dropped()
    {
        // A licensed recycler (the permit is assumed) still cannot make a clean grade of soiled drums.
        var v = Check("150110", "Kimyasal bulaşıklı HDPE bidon", "Lisanslı tesis: temiz HDPE regrind", "22.22");

        Assert.Equal(PairFilter.UseRestricted, v.Filter);
    }

    [Theory]
    [InlineData("Yaş domates posası (%78 nem)")]
    [InlineData("Islak talaş")]
    [InlineData("Biyogaz digestatı (sıvı faz)")]
    [InlineData("Wet brewers' grains")]
    public void DryNeed_WetOffer_MaterialValueCutWithTheReason(string offer)
    {
        var dry = Check("020304", "Domates posası", "Buhar kazanı için kuru biyokütle yakıt", "35.30");
        var wet = Check("020304", offer, "Buhar kazanı için kuru biyokütle yakıt", "35.30");

        Assert.True(wet.Restriction is { Hard: false }, offer);
        Assert.Equal(UseIndex("dry"), wet.Restriction!.Use);
        Assert.Equal(dry.Material["factor"] * UseRestrictions.SoftFactor, wet.Material["factor"], 6);
    }

    [Fact]
    public void WetOffer_NotDoubtedByANeedThatAsksNothingDry()
    {
        var v = Check("020304", "Yaş domates posası", "Biyogaz tesisi için organik atık", "35.21");

        Assert.Null(v.Restriction);
    }

    [Fact]
    public void LandNeed_UnprocessedAnimalTissueDropped_ManureNot()
    {
        const string need = "Buğday tarlasına doğrudan serilecek organik gübre";
        var tissue = Check("020202", "Tavuk kesimhanesi iç organ ve kemik", need, "01.11");
        var manure = Check("020106", "Büyükbaş gübresi", need, "01.11");

        Assert.Equal(PairFilter.UseRestricted, tissue.Filter);
        Assert.True(tissue.Restriction is { Hard: true });
        Assert.Null(manure.Restriction);
    }

    [Theory]
    [InlineData("020102", "Hindi kümesi ölü hayvanlar (Kategori 2)", "Biyogaz tesisi: yalnız Kategori 3 hayvansal yan ürün")] // 1069/2009 Art. 9
    [InlineData("020202", "Keçi kafası (12 aydan büyük; beyin ve gözleri ile)", "Mama fabrikası: kategori 3 kafa eti")] // SRM, 999/2001 Annex V
    [InlineData("200108", "Galley waste from an international voyage", "Kompost tesisi: mutfak artığı")] // 1069/2009 Art. 8(f)
    [InlineData("200108", "Uluslararası sefer yapan feribot mutfak atığı", "Biyogaz tesisi: gıda atığı")]
    public void AnimalByProducts_CategoryTheReceiverCannotTake_Dropped(string code, string offer, string need) =>
        AssertDropped(Check(code, offer, need, "38.21"), offer);

    [Theory]
    [InlineData("020102", "Yumurta tavuğu işletmesi günlük ölü tavuk (soğuk odada)", "Açık yığın kompost tesisi: hayvansal ve bitkisel organik atık alınır")]
    [InlineData("020102", "Broiler farm fallen stock, ~300 kg/day", "Farm biogas plant: animal and plant residues accepted")]
    public void CompostOrBiogasNeed_RawFallenStock_DroppedForCategory2(string code, string offer, string need) =>
        AssertDroppedFor(Check(code, offer, need, "38.21"), "cat2sterilised"); // 1069/2009 Art. 13(e): pressure sterilisation first

    [Theory]
    [InlineData("Ölü tavuk (soğuk odada)", "Kategori 2 işleme tesisi: basınçlı sterilizasyon sonrası biyogaz")] // the plant processes Category 2
    [InlineData("Ölü hayvan unu (yöntem 1, 133 °C / 3 bar sterilize)", "Kompost tesisi: hayvansal organik atık alınır")] // already processed
    [InlineData("Sığır gübresi (Kategori 2)", "Kompost tesisi: hayvansal organik atık alınır")] // manure needs no processing
    public void CompostOrBiogasNeed_ProcessedOrNotFallenStock_NotClosedForCategory2(string offer, string need)
    {
        var v = Check("020102", offer, need, "38.21");

        Assert.False(v.Filter == PairFilter.UseRestricted && v.Restriction!.Use == UseIndex("cat2sterilised"), offer);
    }

    [Theory]
    [InlineData("040108", "Kromlu deri tıraş talaşı", "Köpek çiğneme kemiği üretimi için deri")] // dogchews are pet food: 142/2011 Annex I(19)
    [InlineData("020304", "Acı kayısı çekirdeği (amigdalinli)", "Çerezlik gıda sınıfı kayısı çekirdeği")] // HCN: EU 2017/1237
    [InlineData("200108", "Restoran tabak artığı ve servis edilmiş yemek", "Gıda bankası: bağış gıda")] // 2017/C 361/01 §5.2
    public void PetFoodOrFoodNeed_WhatTheLawKeepsOut_Dropped(string code, string offer, string need) =>
        AssertDropped(Check(code, offer, need, "10.89"), offer);

    [Theory]
    [InlineData("040221", "Merinos yün noil (tarama döküntüsü)", "Worsted iplik için uzun lifli yün tops")] // IWTO: noil is combed out of tops
    [InlineData("040222", "Pamuk linter (kısa lif)", "Nonwoven için uzun lifli pamuk; lif boyu >20 mm")]
    [InlineData("040222", "Pamuk/elastan denim kırpıntısı (%98/2)", "Açma iplik: %100 pamuk kırpıntı")] // EU 1007/2011 Art. 7
    public void FibreNeed_FibreTheOfferCannotGive_Dropped(string code, string offer, string need) =>
        AssertDropped(Check(code, offer, need, "13.10"), offer);

    [Fact]
    public void FibreNeed_LongCleanCottonOffcuts_Open()
    {
        var v = Check("040222", "Ağartılmış %100 pamuk dokuma kumaş kesim kırpıntısı", "Açma iplik: %100 pamuk kırpıntı", "13.10");

        Assert.Null(v.Restriction);
    }

    [Fact]
    public void CleanPaperNeed_SackWithCementResidue_Doubted()
    {
        var v = Check("150101", "Kraft çimento torbası (çimento tozlu)", "Temiz kağıt kırpıntısı", "17.12");

        Assert.True(v.Restriction is { Hard: false });
    }

    [Theory]
    [InlineData("010413", "Mermer kesim çamuru (gri; %25 nem)", "Boya dolgusu için kalsit; beyazlık >%92")] // ISO 2470-2
    [InlineData("170504", "Plastik kil hafriyatı (ıslak)", "Alt temel için granüler dolgu, plastik olmayan (NP)")] // EN 13242, KGM 402
    [InlineData("101112", "Pencere camı kırığı (float)", "Cam elyaf fırını için alkalisiz E-cam hammaddesi")] // ASTM D578
    [InlineData("160103", "Masif forklift lastiği (aşınmış)", "Retread atölyesi: kamyon lastiği karkası")] // UN ECE R109
    [InlineData("020304", "Yanık fındık ezmesi partisi", "Çikolata üretimi için gıda sınıfı fındık ezmesi")] // EC 178/2002 Art. 14
    [InlineData("161002", "Tuzlu reaktif boya banyosu", "Kazan besi suyu (yumuşatılmış)")] // EN 12953-10
    [InlineData("070299", "S-PVC reaktör topağı (yanık, sarı-kahve)", "Beyaz pencere profili için S-PVC, renk sapması olmayan")] // EN 12608-1 colour
    public void StatedUse_OfferThatCannotServeIt_Dropped(string code, string offer, string need) =>
        AssertDropped(Check(code, offer, need, "23.99"), offer);

    [Theory]
    [InlineData("010413", "Beyaz mermer tozu (Afyon kalsit; kuru)", "Boya dolgusu için kalsit; beyazlık >%92")]
    [InlineData("101112", "E-cam elyaf fırını iç firesi (kesik elyaf)", "Cam elyaf fırını için alkalisiz E-cam hammaddesi")]
    [InlineData("160103", "Kamyon dış lastiği (sağlam)", "Retread atölyesi: kamyon lastiği karkası")]
    [InlineData("070299", "Off-spec S-PVC reçine (beyaz toz)", "Beyaz pencere profili için S-PVC, renk sapması olmayan")]
    public void StatedUse_OfferThatServesIt_Open(string code, string offer, string need) =>
        Assert.Null(Check(code, offer, need, "23.99").Restriction);

    [Fact]
    public void FoodBank_UnservedFoodWithinItsDate_Open()
    {
        var v = Check("200108", "Servis edilmemiş paket sandviç (SKT'si 2 gün var)", "Gıda bankası: bağış gıda", "88.99");

        Assert.Null(v.Restriction);
    }

    [Fact]
    public void AnimalByProducts_Category3ToACategory3Plant_Open()
    {
        var v = Check("020202", "Tavuk kesimhanesi kan ve tüy (Kategori 3)", "Biyogaz tesisi: yalnız Kategori 3 hayvansal yan ürün", "35.21");

        Assert.Null(v.Restriction);
    }

    [Fact]
    public void FoodNeed_RawFlueGas_Dropped_ButFermentationCo2Open()
    {
        const string need = "İçecek dolumu için gıda sınıfı CO2";
        var flue = Check("100199", "Kazan baca gazı (CO2 %12; SO2 ve toz)", need, "11.07");
        var fermentation = Check("020799", "Bira fermantasyonu CO2 (geri kazanılmış; %99,9)", need, "11.07");

        Assert.True(flue.Restriction is { Hard: true });
        Assert.Null(fermentation.Restriction);
    }

    [Theory]
    [InlineData("020304", "Kuru incir ayıklama ıskartası (böcekli, ekşimiş)", "İncir pekmezi için gıda sınıfı kuru incir")]
    [InlineData("020304", "Spoiled wheat from a ship's hold (wet, sprouted, mouldy)", "Un değirmeni: ekmeklik buğday")]
    [InlineData("020202", "Koyun derisi (tuzlanmamış; kokuşmaya başlamış)", "Tabaklama için taze veya tuzlu ham deri")]
    public void FoodOrFreshNeed_SpoiledOffer_Dropped(string code, string offer, string need) =>
        AssertDropped(Check(code, offer, need, "10.61"), offer);

    [Fact]
    public void SpoiledOffer_StillServesCompost()
    {
        var v = Check("020304", "Küflü ve çürümüş meyve ıskartası", "Kompost tesisi için organik atık", "38.21");

        Assert.Null(v.Restriction);
        Assert.NotEqual(PairFilter.UseRestricted, v.Filter);
    }

    [Theory]
    [InlineData("020202", "Balık unu (%65 protein)")]
    [InlineData("020304", "Fish-feed pellet fines (40% fishmeal)")]
    [InlineData("020202", "Et kemik unu (Kategori 3, işlenmiş)")]
    [InlineData("020202", "Tüy unu (hidrolize)")]
    [InlineData("020203", "Market iadesi sucuk ve salam (SKT geçmiş)")] // former foodstuffs with meat: EC 142/2011 Annex X
    [InlineData("020203", "Returned sausages, past best-before")]
    public void RuminantFeed_ClosedToAnimalProtein(string code, string offer)
    {
        var v = Check(code, offer, "Süt sığırı karma yemi için protein kaynağı");

        Assert.Equal(PairFilter.UseRestricted, v.Filter);
        Assert.True(v.Restriction is { Hard: true }, offer);
        Assert.Equal(UseIndex("ruminant"), v.Restriction!.Use);
    }

    [Fact]
    public void PoultryFeed_OpenToFishmeal()
    {
        // The feed ban of EC 999/2001 Annex IV closes fishmeal to ruminants only.
        var v = Check("020202", "Balık unu (%65 protein)", "Broiler karma yemi için protein kaynağı");

        Assert.Null(v.Restriction);
        Assert.NotEqual(PairFilter.UseRestricted, v.Filter);
    }

    [Fact]
    public void PreConsumerNeed_PostConsumerOffer_MaterialValueCutWithTheReason()
    {
        const string need = "Rebond köpük için post-endüstriyel PU köpük kırpıntısı";
        var offcut = Check("070213", "PU sünger kesim kırpıntısı", need, "22.29");
        var used = Check("200307", "Ömrünü tamamlamış PU sünger (yatak)", need, "22.29");

        Assert.Null(offcut.Restriction);
        Assert.True(used.Restriction is { Hard: false });
        Assert.Equal(UseIndex("preconsumer"), used.Restriction!.Use);
        Assert.True(used.Score < offcut.Score, $"{used.Score} < {offcut.Score}");
    }

    [Theory]
    [InlineData("020202", "Tavuk kesimhanesi tüy ve sakatat")]
    [InlineData("020502", "Mandıra arıtma çamuru")]
    [InlineData("020399", "Sucuk baharat artığı (et suyu emmiş, Kategori 3)")]
    public void PlantOnlyCompost_ClosedToAnimalByProducts(string code, string offer)
    {
        // Animal by-products are composted only in plants approved for them (EC 1069/2009 Art. 24).
        var v = Check(code, offer, "Belediye kompost tesisi: yalnız bitkisel atık", "38.21");

        AssertDroppedFor(v, "plantonly");
    }

    [Fact]
    public void PlantOnlyCompost_OpenToPlantWaste_AndApprovedCompostOpenToAnimalByProducts()
    {
        var plant = Check("020103", "Sera domates sap ve yaprak artığı", "Belediye kompost tesisi: yalnız bitkisel atık", "38.21");
        var approved = Check("020202", "Tavuk kesimhanesi tüy ve sakatat", "Kompost tesisi (HYY onaylı) organik atık", "38.21");

        Assert.Null(plant.Restriction);
        Assert.Null(approved.Restriction);
    }

    [Theory]
    [InlineData("180104", "Sterilize edilmiş tıbbi atık (plastik ağırlıklı)", "PP/PE rejenere granül üretimi", "38.32")]
    [InlineData("180104", "Tıbbi atık, otoklavlanmış", "Geri dönüşüm tesisi: karışık plastik", "38.32")]
    [InlineData("180101", "Kullanılmış enjektör (otoklavlanmış)", "Plastic regrind for injection moulding", "22.29")]
    public void MaterialRecycling_ClosedToMedicalWaste(string code, string offer, string need, string nace)
    {
        var v = Check(code, offer, need, nace);

        AssertDroppedFor(v, "recycling");
    }

    [Fact]
    public void LicensedMercuryRecovery_OpenToDentalAmalgam()
    {
        var v = Check("180110", "Diş hekimliği amalgam separatör çamuru", "Lisanslı cıva geri kazanım tesisi", "38.22");

        Assert.Null(v.Restriction);
    }

    [Fact]
    public void PetFood_IsFeed_AndClosedToLimedFleshings()
    {
        // Pet food is feed (EC 767/2009 Art. 3); limed tannery residue is outside EC 1069/2009 Art. 35(a)(i).
        var v = Check("040101", "Tabakhane etleme artığı (kireçli)", "Mama fabrikası: et ve sakatat (Kategori 3)", "10.92");

        AssertDroppedFor(v, "feed");
    }

    [Fact]
    public void FreshNeed_UnchilledOffer_MaterialValueCut()
    {
        const string need = "Need: fresh chilled blood for plasma";
        var stale = Check("020202", "Kesimhane kanı (3 gün bekletilmiş, soğutmasız)", need);
        var chilled = Check("020202", "Kesimhane kanı (soğutulmuş, günlük)", need);

        Assert.True(stale.Restriction is { Hard: false });
        Assert.Null(chilled.Restriction);
    }

    [Fact]
    public void ColdChainNeed_IsFresh_AndDoubtsAnUnchilledOffer()
    {
        // Category 3 material for feed or raw pet food is kept chilled or frozen (EU 142/2011 Annex VIII Ch. III).
        const string need = "Evcil hayvan maması: soğuk zincirde Kategori 3 süt ürünü";
        var unchilled = Check("020501", "Sütlü tatlı firesi (2 gün soğutmasız bekletilmiş)", need, "10.92");
        var chilled = Check("020501", "Sütlü tatlı firesi (günlük, +4 °C)", need, "10.92");

        Assert.True(unchilled.Restriction is { Hard: false });
        Assert.Equal(UseIndex("fresh"), unchilled.Restriction!.Use);
        Assert.Null(chilled.Restriction);
    }

    [Theory]
    [InlineData("Farin için silisli hammadde; yalnız tehlikesiz atık kabul")]
    [InlineData("Silica for raw meal, non-hazardous only")]
    [InlineData("Tuğla harmanı için ince mineral; sadece tehlikesiz")]
    public void NonHazardousOnlyNeed_ClosedToAHazardousOffer_OpenToANonHazardousOne(string need)
    {
        // A facility takes only the wastes its permit lists (Atık Yönetimi Yönetmeliği md. 9; 2008/98/EC Art. 23).
        var hazardous = Check("101007*", "Pirinç dökümhanesi kalıp kumu (Pb ~2.000 mg/kg)", need, "23.51");
        var clean = Check("101008", "Pik döküm kalıp kumu", need, "23.51");

        AssertDroppedFor(hazardous, "nonhazardous");
        Assert.Null(clean.Restriction);
    }

    [Theory]
    [InlineData("Soğutma devresinden boşaltılan propilen glikol-su karışımı (%30 MPG, korozyon inhibitörlü)")] // EU 231/2012 purity criteria
    [InlineData("Technical grade monopropylene glycol, off-spec drums")]
    public void FoodGradeNeed_ClosedToATechnicalOrInhibitedProduct(string offer)
    {
        const string need = "Aroma üretimi: çözücü olarak gıda sınıfı propilen glikol (E1520) alınır";

        AssertDroppedFor(Check("160115", offer, need, "10.89"), "foodgrade");
        Assert.Null(Check("070199", "Spesifikasyon dışı USP/gıda sınıfı propilen glikol (%99,8)", need, "10.89").Restriction);
    }

    [Theory]
    [InlineData("020501", "Antibiyotik testi pozitif tank sütü", "Peynir üretimi: gıda sınıfı çiğ süt")] // EC 853/2004 Annex III Section IX
    [InlineData("020501", "Whey powder, sold as feed grade", "Gıda sınıfı peynir altı suyu tozu")] // EC 178/2002 Art. 2-3: feed is no food
    [InlineData("020304", "Kuru incir ıskartası (insan tüketimine uygun değil)", "Bebek maması üretimi için kuru meyve")]
    public void FoodNeed_ClosedToAnOfferThatIsNoFood(string code, string offer, string need)
    {
        AssertDroppedFor(Check(code, offer, need, "10.51"), "food");
        Assert.Null(Check(code, "Günlük soğutulmuş ürün, gıda sınıfı", need, "10.51").Restriction);
    }

    [Theory]
    [InlineData("Şantiye boş boya kovası (PP)")]
    [InlineData("Empty PP chemical drums, triple-rinsed")]
    [InlineData("Tarım ilacı PP bidonu (çalkalanmış)")]
    public void FoodContactNeed_ClosedToPlasticFromNonFoodPackaging(string offer)
    {
        // Recycled plastic for food contact comes from food-contact input through an authorised process (EU 2022/1616 Art. 6).
        const string need = "Dondurma kovası enjeksiyonu: gıda temaslı PP";
        AssertDroppedFor(Check("150102", offer, need, "22.22"), "foodcontact");
        Assert.Null(Check("150102", "Yoğurt kovası üretim firesi (PP; temiz)", need, "22.22").Restriction);
        Assert.Null(Check("150102", offer, "Bahçe saksısı için PP rejenere", "22.22").Restriction);
    }

    [Theory]
    [InlineData("170401", "Krom kaplı bakır kalıp tüpü hurdası", "Soyulmuş parlak bakır tel", "Filmaşin için millberry bakır")] // EN 12861: bare bright copper
    [InlineData("170401", "Tinned copper wire scrap", "Stripped copper wire", "Bare bright copper wire for rod casting")]
    [InlineData("170405", "Galvanizli sac kırpıntısı", "DKP sac kırpıntısı", "Özel çelik için kaplamasız DKP sac hurdası")]
    [InlineData("040222", "Softshell kumaş kırpıntısı (PES, PU membran laminasyonlu)", "Polyester kumaş kırpıntısı", "100 % polyester cuttings, no laminates, for fibre")]
    public void BareMetalNeed_ClosedToACoatedOffer(string code, string coated, string bare, string need) =>
        AssertClosedToOneOnly(code, "24.44", need, "bare", coated, bare);

    // The need's use drops the first offer and leaves the second one unfiltered and undoubted.
    private static void AssertClosedToOneOnly(string code, string nace, string need, string use, string closed, string open)
    {
        AssertDroppedFor(Check(code, closed, need, nace), use);
        var v = Check(code, open, need, nace);
        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Null(v.Restriction);
    }

    [Theory]
    [InlineData("Çamaşır makinesi kazanı ıskartası (PP + %30 talk)")]
    [InlineData("PP rafya kırpıntısı (%3 CaCO3 masterbatch)")]
    [InlineData("PP-GF30 glass-filled housing regrind")]
    public void UnfilledPolymerNeed_ClosedToAFilledOffer(string offer)
    {
        // ISO 1043-2 fillers (talc, calcium carbonate, glass fibre); raffia and BOPP lines take unfilled PP.
        AssertClosedToOneOnly("070213", "22.22", "BOPP film hattı: dolgusuz PP rejenere", "unfilled", offer, "BOPP film kenar kesimi (PP homopolimer)");
    }

    [Fact]
    public void StabilisedSludgeNeed_ClosedToRawSludge()
    {
        // Only stabilised sewage sludge may go to soil (Çamurların Toprakta Kullanılması Yönetmeliği; 86/278/EEC).
        const string need = "Zeytinlik gübrelemesi: yalnız stabilize ve hijyenize arıtma çamuru kabul edilir";
        AssertDroppedFor(Check("190805", "AAT belt-pres çıkışı ham çamur (stabilizasyonsuz; %20 KM)", need, "37.00"), "stabilised");
        Assert.Null(Check("190805", "Anaerobik çürütülmüş ve kireçle stabilize arıtma çamuru", need, "37.00").Restriction);
    }

    [Theory]
    [InlineData("PVC yer karosu söküntüsü (1978; asbest analizi yapılmadı)")]
    [InlineData("PVC floor tiles from a 1970s ship, not tested for asbestos")]
    public void AsbestosFreeNeed_ClosedToAnOfferNotShownFreeOfAsbestos(string offer)
    {
        // Asbestos and articles holding it may not be placed on the market (REACH Annex XVII entry 6).
        const string need = "LVT alt katmanı için PVC yer kaplaması söküntüsü; asbest analizi negatif olmalı";
        AssertDroppedFor(Check("170203", offer, need, "22.23"), "asbestosfree");
        var tested = Check("170203", "PVC yer karosu söküntüsü (2015; asbest analizi negatif)", need, "22.23");
        Assert.Equal(PairFilter.None, tested.Filter);
    }

    [Fact]
    public void NeedThatTakesBothKinds_IsNoNonHazardousOnlyNeed()
    {
        var v = Check("101007*", "Pirinç dökümhanesi kalıp kumu", "Lisanslı tesis: tehlikeli ve tehlikesiz döküm kumu kabul", "23.51");

        Assert.NotEqual(PairFilter.UseRestricted, v.Filter);
    }

    [Fact]
    public void En450Need_ClosedToBiomassAsh_OpenToCoalAsh()
    {
        // EN 450-1 fly ash comes from pulverised coal; ash of biomass alone is outside its scope.
        const string need = "Hazır beton için EN 450-1 uçucu kül";
        var biomass = Check("100103", "Pirina kazanı külü (biyokütle)", need, "23.63");
        var coal = Check("100102", "Linyit santrali uçucu külü", need, "23.63");

        AssertDroppedFor(biomass, "en450");
        Assert.Null(coal.Restriction);
        Assert.NotEqual(PairFilter.UseRestricted, coal.Filter);
    }

    [Theory]
    [InlineData("190703", "Düzenli depolama sahası ham sızıntı suyu (KOİ 15.000 mg/L)")]
    [InlineData("190703", "Landfill leachate after biological pre-treatment")]
    public void IrrigationNeed_ClosedToLeachate(string code, string offer)
    {
        // Regulation (EU) 2020/741: reclaimed irrigation water is treated urban waste water only.
        var v = Check(code, offer, "Narenciye bahçesi damla sulaması için su", "01.23");

        AssertDroppedFor(v, "irrigation");
    }

    [Theory]
    [InlineData("Deniz suyu arıtma tesisi ters ozmoz konsantresi (TDS 60.000 mg/L)")]
    [InlineData("Arıtılmamış mutfak gri suyu")]
    public void IrrigationNeed_SalineOrUntreatedWater_Doubted(string offer)
    {
        var v = Check("190899", offer, "Zeytinlik sulaması için ek su kaynağı", "01.26");

        Assert.True(v.Restriction is { Hard: false }, v.Restriction?.ReasonEn ?? "no restriction");
        Assert.Equal(UseIndex("irrigation"), v.Restriction!.Use);
    }

    [Fact]
    public void IrrigationNeed_TreatedEffluent_NotRestricted_AndReadAsWater()
    {
        var v = Check("190899", "Kentsel AAT ileri arıtılmış ve UV ile dezenfekte edilmiş çıkış suyu", "Park ve refüj sulaması", "81.30");

        Assert.Null(v.Restriction);
        Assert.Equal("water", v.OfferMaterial.Key);
        Assert.Equal("water", v.NeedMaterial.Key);
        Assert.NotEqual(PairFilter.MaterialTooWeak, v.Filter);
    }

    [Theory]
    [InlineData("Kullanılmış mantar kompostu (üç hasat sonrası)")]
    [InlineData("Spent coffee grounds from the roastery")]
    public void FreshNeed_UsedOrSpentOffer_MaterialValueCut(string offer)
    {
        var v = Check("020199", offer, "Mantar yetiştiriciliği için taze kompost", "01.13");

        Assert.True(v.Restriction is { Hard: false }, v.Restriction?.ReasonEn ?? "no restriction");
        Assert.Equal(UseIndex("fresh"), v.Restriction!.Use);
    }

    [Fact]
    public void DrinkingWaterNeed_BlowdownWithBiocides_Doubted_CondensateNot()
    {
        const string need = "Kasa yıkama için içme suyu kalitesinde su";
        var blowdown = Check("161002", "Soğutma kulesi blöf suyu (biyosit ve inhibitör katkılı)", need, "10.51");
        var condensate = Check("161002", "Buhar kondensi (temiz, 60 °C)", need, "10.51");

        Assert.True(blowdown.Restriction is { Hard: false }, blowdown.Restriction?.ReasonEn ?? "no restriction");
        Assert.Equal(UseIndex("clean"), blowdown.Restriction!.Use);
        Assert.Null(condensate.Restriction);
    }
}
