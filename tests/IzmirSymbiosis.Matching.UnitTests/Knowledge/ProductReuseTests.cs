using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Tables;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

/// <summary>
/// Goods for reuse (<c>reuse_terms.csv</c>; Directive 2008/98/EC Art. 3(13), Directive 2012/19/EU
/// Annex VI, Regulation (EU) 2023/1542 Art. 73): which needs take them, which offers are usable
/// goods, and what the pair gets.
/// </summary>
public class ProductReuseTests
{
    private static readonly PairChecker s_checker = new(TestData.KnowledgeWithoutLibrary(), new MatchingOptions());

    [Fact]
    public void Table_EveryRowHasAKnownSideRoleWordsAndASource()
    {
        var rows = KnowledgeTable.Read("reuse_terms.csv");
        Assert.NotEmpty(rows);
        foreach (var r in rows)
        {
            var row = string.Join(",", r.Values);
            Assert.True(
                (r["side"], r["role"]) is ("need", "reuse") or ("offer", "usable") or ("offer", "damaged") ||
                (r["side"] == "both" && r["role"].StartsWith("goods.", StringComparison.Ordinal) && r["role"].Length > "goods.".Length),
                row);
            Assert.False(string.IsNullOrWhiteSpace(r["words"]), row);
            Assert.False(string.IsNullOrWhiteSpace(r["source"]), row);
        }
    }

    [Theory]
    [InlineData("İkinci el forklift alınır", true)]
    [InlineData("Yeniden kullanılacak ahşap kasa", true)]
    [InlineData("Wanted: second-hand office furniture for resale", true)]
    [InlineData("İkinci ömür enerji depolama için batarya modülü", true)]
    [InlineData("Beton parke için ikinci kalite pigment", true)]
    [InlineData("Telefon yenileme (refurbishment) atölyesi", true)]
    [InlineData("Medikal gaz dolum: test sonrası tüpler yeniden doldurulur", true)]
    [InlineData("Kompresör üreticisi: tepsiler geri alınır (döngüsel ambalaj)", true)]
    [InlineData("Bira dolum hattı: sağlam iade şişe alınır", true)] // a returnable bottle (return system)
    [InlineData("Depozitolu cam şişe toplanır", true)]
    [InlineData("Yenileme (remanufacturing) atölyesi: alternatör karkası", true)] // BS 8887-2 remanufacture takes the used product whole
    [InlineData("Mobilya-dekor atölyesi: eski fıçı (upcycling) arıyoruz", true)] // repurposing
    [InlineData("Sera konstrüksiyonu: galvaniz boru ve profil (yeniden montaj)", true)]
    [InlineData("Çimento fırını için alternatif yakıt", false)]
    [InlineData("Kağıt fabrikası: ikinci hamur için OCC", false)]
    public void ReuseNeed_ReadFromTheDescription(string need, bool expected) =>
        Assert.Equal(expected, ProductReuse.IsReuseNeed(need));

    [Theory]
    [InlineData("Söküm jeneratörü (çalışır durumda)", true)]
    [InlineData("Sınıf dışı seramik karo, sağlam, kutulu", true)]
    [InlineData("EV battery modules, undamaged", true)]
    [InlineData("Açılmamış bidonlarda su bazlı tutkal", true)]
    [InlineData("Ayıklanan eski kitaplar (ciltli; iyi durumda)", true)]
    [InlineData("Renk ve koku sapmalı sıvı sabun, bidonlarda", true)]
    [InlineData("Office chairs in good condition", true)]
    [InlineData("Boş oksijen tüpleri (hidrostatik test tarihi geçmiş; valfli)", true)] // re-tested, not scrapped
    [InlineData("Şişmiş ve darbeli Li-ion batarya (SoH bilinmiyor)", false)]
    [InlineData("Çalışır/çalışmaz karışık cep telefonu", false)]
    [InlineData("Broken pallets, unused nails", false)]
    [InlineData("Kullanılmış ESD tepsi (çatlaksız)", true)]
    [InlineData("Kırık cam şişe", false)]
    [InlineData("Sökülmüş marş motoru (test edilmiş)", true)] // EN 50614 functional test
    [InlineData("Bakımlı CNC torna tezgahı", true)]
    [InlineData("Çelik talaşı", false)]
    public void UsableOffer_StatesUsableGoodsAndNoDamage(string offer, bool expected) =>
        Assert.Equal(expected, ProductReuse.IsUsableOffer(offer));

    [Fact]
    public void ReuseNeed_UsableGoods_PassWithTheReuseValue()
    {
        var v = s_checker.Check(new PairQuery("160122", "Gemi söküm yardımcı dizel jeneratör (çalışır durumda; sökülmüş)", "38.31", null, "İkinci el makine ve yedek parça ticareti", "46.69", 20));

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Equal(ProductReuse.Accept, v.Material["model"]);
        Assert.InRange(v.Score, 50, 70);
    }

    [Fact]
    public void ReuseNeed_DamagedGoods_GetNothingFromIt()
    {
        var v = s_checker.Check(new PairQuery("160122", "Gemi söküm dizel jeneratör (arızalı, yanmış sargı)", "38.31", null, "İkinci el makine ve yedek parça ticareti", "46.69", 20));

        Assert.Equal(0, v.Material.GetValueOrDefault("model"));
        Assert.Equal(0, v.Score);
    }

    [Fact]
    public void OtherNeed_UsableGoods_GetNothingFromIt()
    {
        var v = s_checker.Check(new PairQuery("160122", "Gemi söküm yardımcı dizel jeneratör (çalışır durumda)", "38.31", null, "Makine parçası ve yedek parça ticareti", "46.69", 20));

        Assert.Equal(0, v.Material.GetValueOrDefault("model"));
    }

    [Fact]
    public void ReuseNeed_UsableGoodsOfAnotherKnownMaterial_GetNothingFromIt()
    {
        // Unused ceramic tiles are no second-hand textile: two known materials that differ stay apart.
        var v = s_checker.Check(new PairQuery("101208", "Sınıf dışı seramik karo (sağlam, kutulu)", "23.31", null, "İkinci el pamuklu kumaş top alınır", "46.41", 20));

        Assert.Equal(0, v.Material.GetValueOrDefault("model"));
    }

    [Theory]
    [InlineData("Gübre fabrikası çok turlu big bag (sağlam)", "fibc")]
    [InlineData("Jumbo torbalar, temiz", "fibc")]
    [InlineData("1000 L IBC tankları", "ibc")]
    [InlineData("Euro paletler (EPAL)", "pallet")]
    [InlineData("Used wooden pallets", "pallet")]
    [InlineData("Karton bobin göbeği (76 mm)", "core")]
    [InlineData("Soğuk zincir jel buz aküsü", "cold_pack")]
    [InlineData("Kablo makarası (ahşap)", "cable_drum")]
    [InlineData("Boş LPG tüpleri", "cylinder")]
    [InlineData("Returnable 50 cl amber beer bottles", "bottle")]
    [InlineData("7 inç SMD makarası (iletken PS)", "reel")] // IEC 60286-3 component reels
    [InlineData("Working 600 kW wind turbines (nacelle, blades, tower)", "turbine")]
    [InlineData("İkinci el rüzgar türbini alım-satımı", "turbine")]
    [InlineData("Gitterbox kasa (galvanizli, 1.240x835)", "meshbox")] // UIC 435-3 box pallet
    [InlineData("ESD tepsi (iletken PS)", "tray")]
    [InlineData("Söküm trafosu 630 kVA", "transformer")]
    [InlineData("Used distribution transformers", "transformer")]
    [InlineData("ÖTA alternatörleri", "alternator")]
    [InlineData("Gemi söküm dizel jeneratör", "generator")]
    [InlineData("Paslanmaz santrifüj pompalar", "pump")]
    [InlineData("Vidalı kompresör (55 kW)", "compressor")]
    [InlineData("İskele borusu ve kelepçe", "scaffold")]
    [InlineData("İkinci el takım tezgahı", "machine_tool")]
    [InlineData("Otel mutfak ekipmanı (fırın, ocak)", "kitchen")]
    [InlineData("Gemi mutfağı paslanmaz ekipman (fritöz, tezgah)", "kitchen")] // EN 60335-2-37 commercial fryers
    [InlineData("Second-hand commercial kitchen equipment", "kitchen")]
    [InlineData("Second-choice porcelain tiles (boxed)", "tile")] // EN 14411
    [InlineData("İkinci el yapı malzemesi: sağlam karo", "tile")]
    [InlineData("Banyo yenilemesi: sökülmemiş fayans kutuları", "tile")]
    [InlineData("Karoser tamiri boya çamuru", null)] // a car body is no tile
    [InlineData("Medikal gaz dolum: test sonrası tüpler yeniden doldurulur", "cylinder")]
    [InlineData("Eski tip toprak kiremit (yeniden kullanım)", "rooftile")]
    [InlineData("Reclaimed solid bricks from old houses", "brick")]
    [InlineData("Sağlam eski masif meşe parke", "parquet")]
    [InlineData("Decommissioned manual hospital beds", "bed")]
    [InlineData("Mağaza plastik elbise askısı", "hanger")]
    [InlineData("Sökülmüş vitrifiye lavabo ve klozet (çatlaksız)", "sanitary")] // EN 14688, EN 997
    [InlineData("İkinci el yapı malzemesi dükkânı: sağlam vitrifiye alınır", "sanitary")]
    [InlineData("Eski rapier dokuma tezgahları (çalışır)", "textile_machine")]
    [InlineData("Second-hand knitting machines wanted", "textile_machine")]
    [InlineData("Çelik talaşı", null)]
    [InlineData("Ahşap kasa", null)] // “kasa” alone is also a cabinet, a car body or a till
    public void Goods_NamedInEitherLanguage(string description, string? expected) =>
        Assert.Equal(expected, ProductReuse.GoodsName(ProductReuse.Goods(description)));

    [Fact]
    public void ReuseNeed_SameGoodsOfAnotherMaterial_ThePairIsTheGoods()
    {
        // The bag will carry sand: the need's words name aggregate, the offer's a fertiliser plant; both name a big bag.
        var v = s_checker.Check(new PairQuery("150102", "Gübre fabrikası çok turlu big bag (sağlam; kuru)", "20.15", null, "Şantiye: kum ve agrega taşıma için ikinci el big bag", "41.20", 20));

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Equal("fibc", v.SameGoods);
        Assert.Equal(ProductReuse.SameGoods, v.Material["model"]);
        Assert.True(v.Score >= 70, $"{v.Score}");
    }

    [Fact]
    public void ReuseNeed_SameGoods_NoHardRuleOfTheMaterials()
    {
        // A paper core back to a stretch-film maker: the film maker's words name PE, which takes no paper as a regrind.
        var v = s_checker.Check(new PairQuery("150101", "Karton bobin göbeği (76 mm; sağlam)", "52.10", null, "Streç film üreticisi: sağlam 76 mm karton göbek geri alınır (yeniden kullanım)", "22.22", 20));

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Equal("core", v.SameGoods);
        Assert.True(v.Score >= 70, $"{v.Score}");
    }

    [Theory]
    [InlineData("Gübre fabrikası big bag (yırtık, hasarlı)", "Şantiye: kum taşıma için ikinci el big bag")] // damaged
    [InlineData("Gübre fabrikası big bag (sağlam)", "Şantiye: ikinci el ahşap palet")] // other goods
    [InlineData("Gübre fabrikası big bag (sağlam)", "Big bag içinde kuru kum ve agrega alınır")] // no reuse need: the bag is the packaging
    public void SameGoods_OnlyForTheSameUsableGoodsToAReuseNeed(string offer, string need)
    {
        var v = s_checker.Check(new PairQuery("150102", offer, "20.15", null, need, "41.20", 20));

        Assert.Null(v.SameGoods);
        Assert.NotEqual(ProductReuse.SameGoods, v.Material.GetValueOrDefault("model"));
    }
}
