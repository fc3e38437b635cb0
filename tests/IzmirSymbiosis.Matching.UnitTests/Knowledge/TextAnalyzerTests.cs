using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public class TextAnalyzerTests
{
    [Theory]
    [InlineData("uçucu kül", "Fly ash")]
    [InlineData("UÇUCU KÜLÜ", "fly ashes")]
    [InlineData("çelik cürufu", "steel slag")]
    [InlineData("arıtma çamuru", "sludges")]
    [InlineData("AHŞAP TALAŞ", "sawdust")]
    public void Features_TurkishAndEnglish_ShareConcepts(string turkish, string english)
    {
        var tr = TextAnalyzer.Features(turkish);
        var en = TextAnalyzer.Features(english);

        Assert.True(tr.Overlaps(en), $"{string.Join(',', tr)} vs {string.Join(',', en)}");
    }

    [Theory]
    [InlineData("ashes", "ash")]
    [InlineData("sludges", "sludge")]
    [InlineData("batteries", "battery")]
    [InlineData("glass", "glass")]
    [InlineData("gas", "gas")]
    public void StemEnglish_Plural_Singular(string word, string expected) => Assert.Equal(expected, TextAnalyzer.StemEnglish(word));

    [Fact]
    public void Features_StopWordsOnly_Empty() => Assert.Empty(TextAnalyzer.Features("wastes not otherwise specified ve diğer atıklar"));
}
