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
            Assert.Contains((r["side"], r["role"]), new[] { ("need", "reuse"), ("offer", "usable"), ("offer", "damaged") });
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
    [InlineData("Kırık cam şişe", false)]
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
}
