using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

/// <summary>
/// Ambiguous Turkish words read in the context of the stream: its EWC code (chapter, sub-chapter)
/// and the donor's NACE code (<c>Tables/ambiguous_words.csv</c>); words of the code titles that
/// name processes never become materials.
/// </summary>
public class TurkishAmbiguityTests
{
    [Theory]
    // talaş: wood shavings in wood processing, metal turnings in metal shaping
    [InlineData("talaş", "030105", null, "wood", "metal")]
    [InlineData("TALAŞ", "120101", null, "metal", "wood")]
    [InlineData("talaşları", "120103", null, "metal", "wood")]
    [InlineData("talaş", null, "16.10", "wood", "metal")]
    [InlineData("talaş", null, "31.01", "wood", "metal")]
    [InlineData("talaş", null, "24.10", "metal", "wood")]
    [InlineData("talaş", null, "25.62", "metal", "wood")]
    [InlineData("talaş", null, "28.41", "metal", "wood")]
    [InlineData("talaş", null, "29.32", "metal", "wood")]
    [InlineData("talaş", "120101", "16.10", "metal", "wood")] // the code is closer to the material than the sector
    [InlineData("ahşap talaşı", "120101", null, "wood", "metal")] // the text itself decides first
    // kırpıntı: textile, leather, paper or metal trimmings
    [InlineData("kırpıntı", "040209", null, "textile", "leather")]
    [InlineData("kırpıntılar", "040108", null, "leather", "textile")]
    [InlineData("kırpıntı", "030308", null, "paper", "textile")]
    [InlineData("kırpıntı", "120101", null, "metal", "textile")]
    [InlineData("kırpıntı", null, "13.20", "textile", "paper")]
    [InlineData("kırpıntı", null, "14.13", "textile", "leather")]
    [InlineData("kırpıntı", null, "15.11", "leather", "textile")]
    [InlineData("kırpıntısı", null, "17.21", "paper", "textile")]
    [InlineData("tekstil kırpıntısı", "120101", null, "textile", "metal")]
    // kabuk: bark in forestry and wood, peel and shells in food
    [InlineData("kabuk", "030101", null, "wood", "food")]
    [InlineData("kabuğu", "030301", null, "wood", "food")]
    [InlineData("kabuk", "020103", null, "food", "wood")]
    [InlineData("kabukları", null, "10.39", "food", "wood")]
    [InlineData("kabuk", null, "02.20", "wood", "food")]
    [InlineData("ağaç kabuğu", null, null, "wood", "food")]
    [InlineData("fındık kabuğu", null, null, "food", "wood")]
    public void Concepts_AmbiguousWord_SenseChosenByContext(string text, string? ewc, string? nace, string expected, string excluded)
    {
        var concepts = TextAnalyzer.Concepts(text, WordContext.Of(ewc, nace));

        Assert.Contains(expected, concepts);
        Assert.DoesNotContain(excluded, concepts);
    }

    [Theory]
    [InlineData("talaş", "wood", "metal")]
    [InlineData("kırpıntı", "textile", "paper")]
    [InlineData("kabuk", "wood", "food")]
    public void Concepts_AmbiguousWordWithoutContext_KeepsAllSenses(string text, string a, string b)
    {
        Assert.Equal(TextAnalyzer.Concepts(text), TextAnalyzer.Concepts(text, WordContext.None));
        Assert.Contains(a, TextAnalyzer.Concepts(text));
        Assert.Contains(b, TextAnalyzer.Concepts(text));
    }

    [Theory]
    [InlineData("furnace")]
    [InlineData("oven")]
    [InlineData("washing")]
    [InlineData("washings")]
    [InlineData("cleaning")]
    [InlineData("process")]
    [InlineData("plant")]
    [InlineData("installation")]
    [InlineData("wastes from gas treatment")]
    [InlineData("solid wastes from gas treatment")]
    [InlineData("solid wastes from gas cleaning")]
    [InlineData("wastes from flue-gas treatment")]
    [InlineData("aqueous washing liquids and mother liquors")]
    [InlineData("wastes from washing, cleaning and mechanical reduction of raw materials")]
    public void Concepts_ProcessWordsOfCodeTitles_AreNoMaterial(string text)
    {
        Assert.Empty(TextAnalyzer.Concepts(text));
        Assert.DoesNotContain(TextAnalyzer.Features(text), f => f.StartsWith("c:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sludges from washing and cleaning", "sludge")]
    [InlineData("coke oven gas", "gas")]
    [InlineData("blast furnace slag", "slag")]
    [InlineData("gases in pressure containers", "gas")]
    [InlineData("waste pickling liquor", "acid")]
    public void Concepts_ProcessWordsBesideAMaterial_LeaveTheMaterial(string text, string expected)
    {
        var concepts = TextAnalyzer.Concepts(text);

        Assert.Contains(expected, concepts);
        Assert.DoesNotContain("ash", concepts);
    }

    [Theory]
    [InlineData("pirina", null, null)]
    [InlineData("zeytin prinası", null, null)]
    [InlineData("meyve posası", null, null)]
    [InlineData("buğday kepeği", null, null)]
    [InlineData("kepek", null, null)]
    [InlineData("fındık kabuğu", null, null)]
    [InlineData("kabuk", null, "10.39")]
    [InlineData("ayçiçek küspesi", null, null)]
    public void MaterialGroupOf_FoodResidue_IsFood(string text, string? ewc, string? nace) =>
        Assert.Equal("organic/food", TestData.KnowledgeWithoutLibrary().MaterialGroupOf(ewc, text, nace));

    [Theory]
    [InlineData("120101", null, "metal", "wood")]
    [InlineData("030105", null, "wood", "metal")]
    [InlineData("", "25.62", "metal", "wood")]
    [InlineData("", "31.01", "wood", "metal")]
    public void Knowledge_LibraryExchange_ReadInTheContextOfItsCodeAndDonor(string ewc, string? donor, string expected, string excluded)
    {
        var d = ReferenceDataReader.Load();
        var exchange = new KnownExchange { ExchangeId = "x", CaseId = "c", MaterialDescription = "talaş", EwcCodes = ewc, DonorNace = donor, ReceiverNace = "23.51" };

        var info = new MatchingKnowledge(d.WasteCodes, d.WasteCategories, d.NaceActivities, d.RecoveryOperations, d.MaterialEmissionProfiles, [exchange]).Exchanges.Single();

        Assert.Contains(expected, info.Concepts);
        Assert.DoesNotContain(excluded, info.Concepts);
        Assert.Contains("c:" + expected, info.Features);
        Assert.DoesNotContain("c:" + excluded, info.Features);
    }

    [Theory]
    [InlineData("kabuk", "kabug")]
    [InlineData("kepek", "kepeg")]
    [InlineData("kagit", "kagid")]
    [InlineData("kok", null)]
    [InlineData("sut", null)]
    [InlineData("talas", null)]
    public void Softened_MultiSyllableStemEndingInKTP_Softens(string stem, string? expected) => Assert.Equal(expected, TextAnalyzer.Softened(stem));
}
