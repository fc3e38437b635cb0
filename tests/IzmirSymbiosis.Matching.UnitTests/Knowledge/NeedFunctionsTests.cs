using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

/// <summary>
/// Needs stated by function (<c>need_functions.csv</c>): a raw-meal corrective, a carbon source of
/// denitrification, an animal bedding … are read as the function, whose accept rules name the offers it
/// takes; a need that names a material the function takes keeps it; offers are never read as a function.
/// </summary>
public class NeedFunctionsTests
{
    private static MaterialCatalog Catalog => MaterialCatalog.Default;

    private static string? NeedKey(string description) =>
        Catalog.ResolveNeed(null, description, null) is var id and > 0 ? Catalog.Get(id).Key : null;

    [Theory]
    [InlineData("Klinker üretimi için demir düzeltici hammadde", "use.rawmeal.iron")]
    [InlineData("Zemin iyileştirme (stabilizasyon): killi toprağa karıştırılacak bağlayıcı çimento veya kireç alınır", "use.soilstabilisation")] // the clay is what it acts on (EN 14227-11)
    [InlineData("Road works: lime for subgrade soil stabilisation", "use.soilstabilisation")]
    [InlineData("Balık çiftliği: kafes demirlemesi için ağırlık bloku, tanesi en az 1 t", "use.deadweight")] // the cage is what it holds
    [InlineData("Mooring blocks for a marina pontoon", "use.deadweight")]
    [InlineData("AAT koku kontrolü: biyofiltre dolgu malzemesi (iri, yapısal organik)", "use.biofilter")]
    [InlineData("Kimya tesisi: solvent tanklarının inertlenmesi için azot", "use.inerting")] // the solvent is what it protects (EN 1127-1)
    [InlineData("Endüstriyel çamaşırhane: kullanım suyu ön ısıtması (60 °C)", "use.heat")] // the water is what is heated
    [InlineData("Kompost sahası: azotça zengin, nemli girdi alınır", "use.compost.nitrogen")]
    [InlineData("Boyahane alkali atıksuyu (pH 11): pH'ı 8'e düşürecek asit lazım", "use.neutralise.alkaline")]
    [InlineData("Farin için kalsiyum kaynağı, kalker yerine", "use.rawmeal.calcium")] // what it replaces is not what it asks for
    [InlineData("Denitrification: external carbon source instead of methanol", "use.carbon.denitrification")]
    [InlineData("Çimento farini için demir düzeltici; yağ en çok %1", "use.rawmeal.iron")] // “demir” of the function is no iron scrap
    [InlineData("Farine alümina düzeltici, boksit yerine", "use.rawmeal.alumina")]
    [InlineData("Klinker farini silisli düzeltici (SiO2 >%80)", "use.rawmeal.silica")]
    [InlineData("Klinker farini için silis ve demir sağlayan alternatif hammadde", "use.rawmeal")] // two correctives: any corrective
    [InlineData("Klinker farini için demir sağlayan alternatif hammadde", "use.rawmeal.iron")] // “sağlayan”: providing, at a kiln
    [InlineData("Klinker farinine demir ve kalsiyum düzeltici alternatif hammadde", "use.rawmeal.iron")] // a coordinated item before the head
    [InlineData("Farin için alümina veya demir düzeltici mineral atık", "use.rawmeal")]
    [InlineData("Çimento fabrikası farin düzeltici alternatif hammadde arıyor", "use.rawmeal")]
    [InlineData("Tuğla harmanı için gözenek yapıcı organik katkı", "use.brick.poreformer")]
    [InlineData("Isı yalıtımlı tuğla harmanı için gözenek yapıcı katkı", "use.brick.poreformer")] // “yalıtımlı” describes the product, no insulation need
    [InlineData("Clay block plant: pore-forming additive for the body", "use.brick.poreformer")]
    [InlineData("Duvar karosu bünyesi: ergitici etkili ince katkı", "use.brick.flux")]
    [InlineData("Tuğla bünyesi için öğütülmüş şamot", "use.brick.grog")]
    [InlineData("OSB ortak AAT: asidik proses atıksularını nötralize edecek tehlikesiz madde", "use.neutralise.acidic")]
    [InlineData("Galvaniz hattı atıksuyu: pH yükseltme için ucuz baz", "use.neutralise.acidic")]
    [InlineData("Akü geri kazanım tesisi: asit elektrolitini nötralize edip alçı çöktürmek için ucuz kireç", "use.neutralise.acidic")] // battery acid is an acidic stream
    [InlineData("Tuğla fabrikası: fazla plastik kil harmanını yağsızlaştırmak için plastik olmayan ince mineral katkı", "use.brick.leaning")] // Ceramics BREF §2.2.1
    [InlineData("Denim yıkama atıksuyu (pH 11,5): pH düşürme için kaynak arıyoruz", "use.neutralise.alkaline")]
    [InlineData("Need: neutralising agent for our alkaline effluent", "use.neutralise.alkaline")]
    [InlineData("Arıtma çamuru hijyenizasyonu ve stabilizasyonu için kireç", "use.stabilisation.sludge")]
    [InlineData("Cüruf işleme: cüruf soğutma ve toz bastırma suyu", "use.water.dust")]
    [InlineData("Düzenli depolama sahası günlük örtü malzemesi", "use.landfill.cover")]
    [InlineData("Klinker farini: CaO ve SiO2 sağlayan alternatif hammadde", "use.rawmeal.silica")]
    [InlineData("AAT: denitrifikasyon için dış karbon kaynağı, sıvı", "use.carbon.denitrification")]
    [InlineData("Need: oil absorbent pads, raw material wanted", "use.absorbent")]
    [InlineData("Çamur kompostu için yapılandırıcı malzeme", "use.bulking")]
    [InlineData("Broiler kümesi altlığı: kuru ve tozsuz", "use.bedding")]
    [InlineData("Süt sığırı altlığı olarak kullanılacak malzeme", "use.bedding")]
    [InlineData("Need: dry, absorbent, low-dust litter for our broiler houses", "use.bedding")] // EFSA AHAW (2023) litter
    [InlineData("Sera ısıtma için ısı kaynağı", "use.heat")]
    [InlineData("Otel kapalı havuz suyu ısıtması (eşanjörle)", "use.heat")] // the pool water is what is heated, not what is wanted
    [InlineData("Asfalt plenti için mineral filler, kuru", "use.filler.asphalt")]
    [InlineData("PP kompaund için mineral dolgu", "use.filler.compound")] // without asphalt, a filler of plastics
    [InlineData("Ark ocağı: enjeksiyon kömürü yerine karbon taşıyıcı", "use.carbon.slagfoaming")]
    [InlineData("EAF köpük cüruf: karbon enjeksiyon malzemesi (sabit C >%75)", "use.carbon.slagfoaming")]
    [InlineData("Tufal briketleme bağlayıcısı", "use.binder.briquetting")]
    [InlineData("İçme suyu arıtma tesisi için koagülant", "use.coagulant")]
    [InlineData("Mangal kömürü briketi: pres bağlayıcısı arıyoruz", "use.binder.briquetting")] // a binder where briquettes are made
    [InlineData("Kauçuk conta karışımı için beyaz inorganik dolgu", "use.filler.compound")]
    [InlineData("Üflemeli selüloz ısı yalıtımı üretimi için hammadde", "use.insulation")]
    [InlineData("Klinker farini için silis kaynağı, ince", "use.rawmeal.silica")] // “silis kaynağı” at a kiln
    [InlineData("Farin: kalker yerine kalsiyum kaynağı", "use.rawmeal.calcium")]
    [InlineData("Need: iron source for the raw meal of our clinker line", "use.rawmeal.iron")]
    [InlineData("Tavuk gübresi kompostu: azotu dengelemek için kuru karbon kaynağı arıyoruz", "use.bulking")] // a C-rich amendment of compost
    [InlineData("Atölye: yağ ve kimyasal döküntüsü emmek için bitkisel emici granül alınır", "use.absorbent")]
    [InlineData("Atıksu arıtma: denitrifikasyon için dış karbon kaynağı", "use.carbon.denitrification")] // compost's carbon source only where compost is named
    [InlineData("Komşu kasa ve palet yıkama tesisi: yıkama suyunu 45 °C'ye ön ısıtmak için ısı kaynağı (eşanjörle)", "use.heat")] // the pallets are what the plant washes
    [InlineData("Heyelan bölgesi yol dolgusu: yükü azaltmak için hafif dolgu malzemesi arıyoruz", "use.fill.lightweight")] // ASTM D6270
    [InlineData("Karayolu: killi yol tabanı iyileştirmesi için kireç (CaO) etkili malzeme alınır", "use.soilstabilisation")] // EN 14227-11
    [InlineData("Kentsel AAT: arıtma çamurunu kireçle hijyenize ediyoruz (pH 12 üzeri)", "use.stabilisation.sludge")]
    public void ResolveNeed_FunctionNamed_IsTheFunction(string need, string expected) =>
        Assert.Equal(expected, NeedKey(need));

    [Theory]
    [InlineData("Kümes altlığı için temiz ahşap yongası", "wood.clean")] // wood shavings are bedding: the named material stays
    [InlineData("Farin demir düzeltici olarak tufal", "ironoxide.millscale")]
    [InlineData("Asfalt için kalker mineral filler", "mineral.limestone")]
    [InlineData("Sera ısıtma kazanı için kuru tarımsal biyokütle", "biomass.green")] // a fuel for the heating boiler
    [InlineData("Isıtma kazanı için odun yongası", "wood.clean")]
    [InlineData("Karayolu heyelan bölgesi: hafif dolgu malzemesi (lastik parçası, TDA) arıyoruz", "rubber.tyre")]
    public void ResolveNeed_NamesAMaterialTheFunctionTakes_KeepsIt(string need, string expected) =>
        Assert.Equal(expected, NeedKey(need));

    [Theory]
    [InlineData("Cüruf köpürtme ve MgO doygunluğu için dolomit")] // slag foaming with dolomite names no carbon
    [InlineData("Parke altlığı üretimi için PE köpük kırpıntısı")] // a floor underlay, no animal bedding
    [InlineData("Need: bedding and backfill sand for pipe trenches")] // pipe bedding
    [InlineData("Hayvan yemi için enerji kaynağı")]
    [InlineData("Gaz beton için gözenek yapıcı alüminyum tozu")] // aerated concrete: no brick or ceramic body
    [InlineData("Lehim için ergitici (flux) pasta")]
    [InlineData("Kireçli bağ toprağı için pH düşürücü toprak düzenleyici")] // a soil's pH: no waste water to neutralise
    [InlineData("Cam ergitme için silis kaynağı, SiO2 >%99")] // glass sand, no raw-meal corrective: “silis kaynağı” names one only at a kiln
    [InlineData("Yumurta tavuğu yemi: kalsiyum kaynağı")]
    [InlineData("Briket mangal kömürü üretimi (nişasta bağlayıcılı pres)")] // “bağlayıcılı” describes the press, the need is charcoal
    [InlineData("Biyogaz tesisi: yağlı ko-substrat arıyoruz (yağ tutucu içeriği olur)")] // a kitchen grease trap, no oil absorbent
    public void ResolveNeed_NoFunction_IsTheMaterial(string need) =>
        Assert.Equal(Catalog.Resolve(null, need, null), Catalog.ResolveNeed(null, need, null));

    [Theory]
    [InlineData("Çimento fabrikasında demir düzeltici olarak kullanılan tufal")]
    [InlineData("Kümes altlığı olarak kullanılabilecek çeltik kavuzu")]
    [InlineData("Denitrifikasyonda dış karbon kaynağı olabilecek ham gliserin")]
    [InlineData("Kümes altlığı")]
    public void Resolve_OfferWithFunctionWords_IsNeverAFunction(string offer) =>
        Assert.NotEqual(MaterialCatalog.FunctionFamily, Catalog.Get(Catalog.Resolve(null, offer, null)).Family);

    [Theory]
    [InlineData("120117", "Kullanılmış bakır cürufu kumlama gridi", "Farin demir düzeltici", MaterialRelationKind.Accepted)]
    [InlineData("100210", "Haddehane tufalı", "Klinker için demir düzeltici", MaterialRelationKind.Accepted)]
    [InlineData("120102", "AISI 304 paslanmaz taşlama tozu", "Farin demir düzeltici", MaterialRelationKind.Hard)] // Cr(VI) in clinker
    [InlineData("191204", "PE kırığı", "Farin demir düzeltici", MaterialRelationKind.Different)]
    [InlineData("070699", "Ham gliserin", "Denitrifikasyon için dış karbon kaynağı", MaterialRelationKind.Accepted)]
    [InlineData("200101", "Kırpılmış ofis kağıdı", "Buzağı altlığı", MaterialRelationKind.Accepted)]
    [InlineData("190805", "Biyolojik arıtma çamuru", "Buzağı altlığı", MaterialRelationKind.Different)]
    [InlineData("040222", "Meltblown PP kenar kesimi", "Yağ emici ped üretimi için hammadde", MaterialRelationKind.Accepted)]
    [InlineData("161002", "Kompresör ısı geri kazanım suyu (70 °C)", "Kümes ısıtması için ısı kaynağı", MaterialRelationKind.Accepted)]
    [InlineData("030399", "Kağıt makinesi kurutma kondensi", "Haşlama ön ısıtması için ısı kaynağı", MaterialRelationKind.Accepted)] // BREF Energy Efficiency §3.2.14
    [InlineData("110105*", "Galvaniz asitleme atık HCl (FeCl2 yüklü)", "Atıksu arıtma koagülantı", MaterialRelationKind.Accepted)]
    [InlineData("100210", "Haddehane tufalı", "Farin için silis ve demir sağlayan hammadde", MaterialRelationKind.Accepted)] // either corrective serves
    [InlineData("030311", "Kağıt fabrikası lifli arıtma çamuru", "Tuğla harmanı için gözenek yapıcı katkı", MaterialRelationKind.Accepted)]
    [InlineData("101112", "Öğütülmüş cam tozu", "Tuğla bünyesi için ergitici katkı", MaterialRelationKind.Accepted)]
    [InlineData("030305", "Kağıt fabrikası mürekkep giderme çamuru (%50 KM)", "Klinker farini için kalsiyum kaynağı", MaterialRelationKind.Accepted)] // BREF CLM §1.2.4.1
    [InlineData("191204", "PE kırığı", "Tuğla harmanı için gözenek yapıcı katkı", MaterialRelationKind.Different)]
    [InlineData("020304", "Tütün harman tozu (kuru)", "Tuğla harmanı için gözenek yapıcı katkı", MaterialRelationKind.Accepted)] // BREF Ceramics: organic substances
    [InlineData("010408", "Mermer blok kenar kırpıntısı (1-3 t)", "Kafes demirlemesi için ağırlık bloku", MaterialRelationKind.Accepted)]
    [InlineData("191204", "PE kırığı", "Kafes demirlemesi için ağırlık bloku", MaterialRelationKind.Different)]
    [InlineData("030101", "Kereste fabrikası çam kabuğu (iri)", "Koku giderme biyofiltresi için dolgu malzemesi", MaterialRelationKind.Accepted)] // VDI 3477
    [InlineData("191204", "PE kırığı", "Koku giderme biyofiltresi için dolgu malzemesi", MaterialRelationKind.Different)]
    [InlineData("030311", "Kağıt fabrikası biyolojik fazla çamuru (C/N ~8)", "Kompost sahası: azotça zengin girdi alınır", MaterialRelationKind.Accepted)] // Kompost Tebliği Ek-1
    [InlineData("100299", "Azot jeneratörü fazla N2 gazı (%99,5)", "Kompost tesisi: C/N dengesi için azot kaynağı", MaterialRelationKind.Different)] // nitrogen gas is no compost nitrogen
    [InlineData("060205*", "Eloksal hattı atık kostik (NaOH %8)", "Asidik atıksu nötralizasyonu için madde", MaterialRelationKind.Accepted)]
    [InlineData("101304", "Kireç fabrikası sönmemiş kireç elek altı", "Asidik atıksu nötralizasyonu için madde", MaterialRelationKind.Accepted)]
    [InlineData("110105*", "Galvaniz asitleme atık HCl", "Alkali atıksu nötralizasyonu için madde", MaterialRelationKind.Accepted)]
    [InlineData("110105*", "Galvaniz asitleme atık HCl", "Asidik atıksu nötralizasyonu için madde", MaterialRelationKind.Different)]
    [InlineData("161002", "Soğutma kulesi blöf suyu", "Stok sahası toz bastırma için su kaynağı", MaterialRelationKind.Accepted)]
    [InlineData("161002", "Soğutma kulesi blöf suyu", "Stok sahası toz bastırma suyu", MaterialRelationKind.Same)] // the need names water: it keeps it
    [InlineData("170504", "Temiz kazı toprağı", "Düzenli depolama ara örtü malzemesi", MaterialRelationKind.Accepted)]
    [InlineData("150102", "PE film", "Düzenli depolama ara örtü malzemesi", MaterialRelationKind.Different)]
    [InlineData("191204", "PE kırığı", "Farin için silis ve demir sağlayan hammadde", MaterialRelationKind.Different)]
    [InlineData("200101", "Rendelenmiş baskılı kağıt", "Kompost: kuru karbon kaynağı", MaterialRelationKind.Accepted)]
    [InlineData("020304", "Kahve kavurma kabuğu (kuru)", "Kompost: kuru karbon kaynağı", MaterialRelationKind.Accepted)] // Kompost Tebliği Ek-1
    [InlineData("101304", "Kireç fabrikası sönmüş kireç elek altı", "Yol zemini stabilizasyonu için bağlayıcı", MaterialRelationKind.Accepted)] // EN 14227-11
    [InlineData("101306", "Çimento silosu filtre tozu (CEM I)", "Zemin iyileştirme (stabilizasyon) bağlayıcısı", MaterialRelationKind.Accepted)] // EN 14227-15
    [InlineData("191204", "PE kırığı", "Zemin iyileştirme (stabilizasyon) bağlayıcısı", MaterialRelationKind.Different)]
    [InlineData("020106", "Tavuk gübresi", "Kompost: kuru karbon kaynağı", MaterialRelationKind.Different)] // manure is the nitrogen side
    [InlineData("020103", "Öğütülmüş mısır koçanı", "Döküntü emici granül", MaterialRelationKind.Accepted)]
    [InlineData("101399", "Topaklanmış çimento (CEM II; nemlenmiş)", "Köy yolu zemin stabilizasyonu: çimento alınır, topak kırılıp serilir", MaterialRelationKind.Accepted)] // EN 14227-10
    [InlineData("160103", "Ömrünü tamamlamış lastik parçası (chips 50-300 mm)", "Yol dolgusu için hafif dolgu malzemesi", MaterialRelationKind.Accepted)]
    [InlineData("100202", "EAF cürufu 0-31,5 mm", "Yol dolgusu için hafif dolgu malzemesi", MaterialRelationKind.Different)] // steel slag is a heavy aggregate
    [InlineData("191204", "ÖTL granülü 1-4 mm (telsiz, tekstilsiz)", "Yüzer şap altı darbe sesi yalıtım şiltesi üretimi için granül", MaterialRelationKind.Accepted)] // EN 29052-1
    [InlineData("191204", "ÖTL kauçuk granülü 0,8-2,5 mm (SBR/NR; 8 PAH 12 mg/kg)", "Futbol sahası: suni çim için performans dolgu granülü lazım", MaterialRelationKind.Accepted)] // EN 15330-1
    [InlineData("101304", "Kireç fabrikası sönmüş kireç elek altı", "Futbol sahası: suni çim için performans dolgu granülü lazım", MaterialRelationKind.Different)]
    [InlineData("101306", "Çimento fırını bypass tozu (KCl ~%18, serbest kireç ~%15)", "Galvaniz AAT: asitli durulama suyu nötralizasyonu için alkali (kireç ikamesi)", MaterialRelationKind.Accepted)] // CKD holds free lime
    [InlineData("020305", "Karasu buharlaştırma havuzu dip çamuru (kurumuş)", "Kompost: gübre ile ko-kompost için karbonca zengin organik atık", MaterialRelationKind.Accepted)] // alperujo co-composting
    public void Relation_OfferToAFunction_ExpectedKind(string offerCode, string offer, string need, MaterialRelationKind expected) =>
        Assert.Equal(expected, Catalog.Relation(Catalog.Resolve(offerCode, offer, null), Catalog.ResolveNeed(null, need, null)).Kind);

    [Fact]
    public void Table_EveryFunctionHasNamesWordsASourceAndAnAcceptRule()
    {
        var rows = KnowledgeTable.Read("need_functions.csv");
        Assert.NotEmpty(rows);
        var materials = KnowledgeTable.Read("materials.csv").Select(r => r["key"]).ToHashSet(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var key = r["key"];
            Assert.StartsWith(MaterialCatalog.FunctionFamily + ".", key, StringComparison.Ordinal);
            Assert.DoesNotContain(key, materials);
            Assert.Equal(MaterialCatalog.FunctionFamily, Catalog.Get(Catalog.IdOf(key)).Family);
            foreach (var column in new[] { "name_tr", "name_en", "words", "source" })
            {
                Assert.False(string.IsNullOrWhiteSpace(r[column]), $"{key}: {column}");
            }

            // Its own accept rule, or those of its narrower functions (an accept rule serves a more generic need).
            Assert.Contains(Catalog.Rules, rule => (rule.Need == key || rule.Need.StartsWith(key + ".", StringComparison.Ordinal)) && rule.Effect == MaterialRuleEffect.Accept);
        }

        // A function's rows share its names: the catalog names it once.
        Assert.All(rows.GroupBy(r => r["key"]), g => Assert.Single(g.Select(r => (r["name_tr"], r["name_en"])).Distinct()));
    }

    [Fact]
    public void Catalog_FunctionKeyNotOfTheUseFamily_IsRefused()
    {
        var function = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["key"] = "corrective.iron",
            ["name_tr"] = "x",
            ["name_en"] = "x",
            ["words"] = "demir düzeltici",
            ["source"] = "x",
        };

        Assert.Throws<InvalidOperationException>(() => new MaterialCatalog(KnowledgeTable.Read("materials.csv"), [], null, [function]));
    }
}
