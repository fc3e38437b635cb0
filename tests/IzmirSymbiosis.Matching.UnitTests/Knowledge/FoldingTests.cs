using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Knowledge.Materials;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public sealed class FoldingTests
{
    [Theory]
    [InlineData("Islak çam talaşı", "wood")]
    [InlineData("Çam kabuğu ve talaşı", "wood")]
    [InlineData("Arıtma çamuru", "sludge")]
    [InlineData("Kırık cam şişe", "glass")]
    public void Concepts_PineIsWood_SludgeStaysSludge_GlassStaysGlass(string text, string concept) =>
        Assert.Contains(concept, TextAnalyzer.Concepts(text));

    [Theory]
    [InlineData("Islak çam talaşı")]
    [InlineData("şu an elimizde talaş var")]
    public void Concepts_FoldingDoesNotInventGlassOrWater(string text)
    {
        var concepts = TextAnalyzer.Concepts(text);

        Assert.DoesNotContain("glass", concepts);
        Assert.DoesNotContain("water", concepts);
    }

    [Fact]
    public void MaterialModel_PineSawdust_IsWoodNotGlass()
    {
        var catalog = MaterialCatalog.Default;

        var key = catalog.Get(catalog.Resolve("030105", "Islak çam talaşı", "38.32")).Key;

        Assert.StartsWith("wood", key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("120105", "PVC profil kesim talaşı", "22.23", "polymer.pvc")]
    [InlineData("120103", "Alüminyum talaşı", "25.62", "metal.nonferrous.aluminium")]
    public void MaterialModel_ANamedGradeBeatsAFormWord(string code, string description, string nace, string expected)
    {
        var catalog = MaterialCatalog.Default;

        Assert.Equal(expected, catalog.Get(catalog.Resolve(code, description, nace)).Key);
    }
}
