using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public class StatedContentTests
{
    [Theory]
    [InlineData("Billet döküm için temiz boyasız profil hurdası", "boya")]
    [InlineData("Peyniraltı suyu tozu için tatlı peyniraltı suyu (tuzsuz)", "tuz")]
    [InlineData("Float cam için düz cam kırığı (kaplamasız; PVB içermeyen)", "kaplama pvb")]
    [InlineData("Kuzu besi yemi: ambalaj kalıntısı içermeyen eski gıda", "ambalaj")]
    [InlineData("Tip A geri dönüştürülmüş agrega (alçı <%1)", "alci")]
    [InlineData("Fırına hazır cam kırığı (seramik-taş-porselen <20 g/ton)", "seramik tas porselen")]
    [InlineData("Biyokütle kazanı yakıtı (kuru; <%15 nem)", "nem")]
    [InlineData("Need: dry untreated wood chips for MDF fibre (bark <1%)", "bark")]
    [InlineData("Need: clean bare extrusion scrap (no oxides or dross)", "oxides dross")]
    [InlineData("Need: chlorine-free solvent for our kiln", "chlorine")]
    [InlineData("Yağ ve boya içermeyen çelik talaşı", "yag boya")]
    [InlineData("Çimento fırını için alternatif yakıt", "")]
    [InlineData("Ücretsiz teslim edilecek hurda demir", "")]
    [InlineData("Boiler feed water (conductivity <50 µS/cm)", "conductivity")]
    public void Excluded_ReadsWhatTheNeedRulesOut(string need, string expected)
    {
        var keys = StatedContent.Excluded(need).Select(e => e.Key).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), keys);
    }

    [Theory]
    [InlineData("Isı yalıtımlı alüminyum profil hurdası (boyalı)", "Billet döküm için boyasız profil hurdası", "boya")]
    [InlineData("Lamine ve Low-E kaplamalı cam firesi (PVB folyolu)", "Düz cam kırığı (kaplamasız; PVB içermeyen)", "kaplama")]
    [InlineData("Karışık yıkıntı (beton-tuğla; alçı ve ahşap parçalı)", "Geri dönüştürülmüş agrega (alçı <%1)", "alçı")]
    [InlineData("Pine bark (sawmill; fresh)", "Wood chips for MDF fibre (bark <1%)", "bark")]
    [InlineData("Salamura peyniraltı suyu (tuzlu)", "Tatlı peyniraltı suyu (tuzsuz)", "tuz")]
    [InlineData("Temiz boyasız 6063 profil hurdası", "Billet döküm için boyasız profil hurdası", null)] // the offer rules it out too
    [InlineData("Kuru talaş (nem %8)", "Pelet için kuru biyokütle (nem <%12)", null)] // an amount is stated: the cap may hold
    [InlineData("Yağlı çelik talaşı", "Çelik talaşı (yağsız)", "yağ")]
    [InlineData("Yaprak ve dal budama atığı", "Kompost için yeşil atık (plastik içermeyen)", null)]
    // The same content by another word: chemistry, the other language, a form of it.
    [InlineData("EAF cürufu (serbest CaO; yaşlandırılmamış)", "Beton agregası (serbest kireç içermeyen)", "kireç")]
    [InlineData("Salamura peyniraltı suyu (NaCl)", "Tatlı peyniraltı suyu (tuzsuz)", "tuz")]
    [InlineData("Tuzlu dip taraması silt-kum", "Beton için ince agrega (klorür <%0.01)", "klorür")]
    [InlineData("Klorlu solvent karışımı", "Halojensiz sıvı ek yakıt", "halojen")]
    [InlineData("Wet olive pomace", "Kuru biyokütle yakıt (nem <%15)", "nem")]
    [InlineData("Aluminium skimmings (metallic content ~40%)", "Clean bare extrusion scrap (no oxides or dross)", "dross")]
    [InlineData("Paslanmaz çelik talaşı", "Çelik talaşı (pas içermeyen)", null)] // paslanmaz is stainless, not rust
    public void Conflict_WhenTheOfferNamesWhatTheNeedRulesOut(string offer, string need, string? shown)
    {
        var conflict = StatedContent.Conflict(StatedContent.Excluded(need), StatedContent.OfferWords(offer));

        Assert.Equal(shown, conflict?.Shown);
    }

    [Fact]
    public void Check_AnOfferWithWhatTheNeedRulesOut_HalvesTheMaterialValueAndSaysWhy()
    {
        var checker = new PairChecker(TestData.Knowledge, new MatchingOptions());
        PairVerdict Check(string offer) => checker.Check(new PairQuery("170402", offer, "41.20", null, "Billet döküm için boyasız alüminyum profil hurdası", "24.42", 30));

        var clean = Check("Alüminyum profil hurdası (boyasız)");
        var painted = Check("Alüminyum profil hurdası (boyalı)");

        Assert.Equal(clean.Material["factor"] * UseRestrictions.SoftFactor, painted.Material["factor"], 6);
        Assert.True(painted.Score < clean.Score, $"{painted.Score} < {clean.Score}");
        Assert.Equal("boya", painted.ContentDoubt?.Shown);
        Assert.Null(clean.ContentDoubt);
    }
}
