using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public class MaterialLexiconTests
{
    [Theory]
    [InlineData("UÇUCU KÜL", "uçucu kül")]
    [InlineData("uçucu kül", "fly ash")]
    [InlineData("UÇUCU KÜLLER", "Fly Ashes")]
    [InlineData("ÇELİK CÜRUFU", "steel slag")]
    [InlineData("KİREÇ", "lime")]
    [InlineData("Arıtma ÇAMURU", "sewage sludge")]
    [InlineData("ŞLAM", "sludge")]
    [InlineData("ahşap talaşı", "wood sawdust")]
    [InlineData("HURDA DEMİR", "iron scrap")]
    [InlineData("zeytin prinası", "olive pomace")]
    [InlineData("peynir altı suyu", "whey")]
    [InlineData("atık yağ", "waste oil")]
    [InlineData("ALÇI", "gypsum")]
    [InlineData("cam kırığı", "glass cullet")]
    [InlineData("ömrünü tamamlamış lastik", "end-of-life tyres")]
    public void Concepts_TurkishEnglishAndCase_NameTheSameMaterial(string a, string b)
    {
        var ca = TextAnalyzer.Concepts(a);
        var cb = TextAnalyzer.Concepts(b);

        Assert.NotEmpty(ca);
        Assert.True(ca.Intersect(cb).Any(), $"{a}: {string.Join(',', ca)} vs {b}: {string.Join(',', cb)}");
    }

    [Theory]
    [InlineData("kül", "ash")]
    [InlineData("cüruf", "slag")]
    [InlineData("çamur", "sludge")]
    [InlineData("talaş", "wood")]
    [InlineData("hurda", "metal")]
    [InlineData("prina", "food")]
    [InlineData("peynir altı suyu", "yeast")]
    [InlineData("atık yağ", "oil")]
    [InlineData("alçı", "gypsum")]
    [InlineData("Kağıt", "paper")]
    [InlineData("KAĞIT", "paper")]
    [InlineData("külleri", "ash")]
    [InlineData("gübresi", "manure")]
    public void Concepts_TurkishWord_MapsToConcept(string text, string concept) => Assert.Contains(concept, TextAnalyzer.Concepts(text));

    [Fact]
    public void Concepts_KeysUnique_AndEveryConceptHasTurkishAndEnglishWords()
    {
        Assert.Equal(MaterialLexicon.Concepts.Count, MaterialLexicon.Concepts.Select(c => c.Key).Distinct().Count());
        Assert.All(MaterialLexicon.Concepts, c =>
        {
            Assert.NotEmpty(c.TurkishStems);
            Assert.NotEmpty(c.EnglishForms);
            Assert.NotEmpty(c.SectorWords);
            Assert.All(c.RecoveryOperations, r => Assert.Matches("^R([1-9]|1[0-3])$", r));
        });
    }

    [Fact]
    public void SectorWords_EveryConceptReachesSomeNaceClass()
    {
        var classes = TestData.Knowledge.NaceClasses;

        Assert.All(MaterialLexicon.Concepts, c => Assert.True(
            classes.Any(n => c.SectorWords.Any(w => n.TitleStems.Contains(w) || n.NoteStems.Contains(w))),
            $"no NACE class text names a user of {c.Key}"));
    }

    [Theory]
    [InlineData("R1")]
    [InlineData("R3")]
    [InlineData("R4")]
    [InlineData("R5")]
    [InlineData("R10")]
    public void RecoverySectorWords_MainOperations_NameNaceTitles(string operation)
    {
        var words = MaterialLexicon.RecoverySectorWords(operation);

        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.Contains(TestData.Knowledge.NaceClasses, n => n.TitleStems.Contains(w) || n.NoteStems.Contains(w)));
    }

    [Theory]
    [InlineData("Manufacture of cement", 1.0)]
    [InlineData("Production of electricity", 1.0)]
    [InlineData("Manufacture of fertilisers and nitrogen compounds", 1.0)]
    public void InputFactor_TransformingActivity_One(string title, double expected) => Assert.Equal(expected, SectorRoles.InputFactor(title));

    [Theory]
    [InlineData("Mining of chemical and fertiliser minerals")]
    [InlineData("Manufacture of machinery for paper and paperboard production")]
    [InlineData("Trade of gas through mains")]
    [InlineData("Wholesale of waste and scrap")]
    [InlineData("Support activities for petroleum and natural gas extraction")]
    public void InputFactor_NonUser_Damped(string title) => Assert.InRange(SectorRoles.InputFactor(title), 0.01, 0.5);
}
