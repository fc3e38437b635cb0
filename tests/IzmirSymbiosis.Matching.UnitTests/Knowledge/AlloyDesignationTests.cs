using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

/// <summary>Alloy designations read as contents (EN 573-3, EN 1706, EN 1412, EN 1982, EN 1774, EN 10027-1).</summary>
public class AlloyDesignationTests
{
    private static string Read(string text)
    {
        var words = TextAnalyzer.FoldKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", Enumerable.Range(0, words.Length).SelectMany(i => AlloyDesignation.Contents(words, i))
            .Select(c => $"{c.Element}={c.Percent.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}"));
    }

    [Theory]
    [InlineData("AlSi12 talaşı", "al=88 si=12")]
    [InlineData("AlSi9Cu3(Fe) yolluk", "al=88 si=9 cu=3")]
    [InlineData("CuZn39Pb3 pirinç çubuk", "cu=58 zn=39 pb=3")]
    [InlineData("CuSn12 bronz burç", "cu=88 sn=12")]
    [InlineData("ZnAl4Cu1 (Zamak 5)", "zn=95 al=4 cu=1")]
    [InlineData("100Cr6 rulman çeliği", "cr=1.5")]
    [InlineData("42CrMo4 mil", "cr=1")]
    [InlineData("16MnCr5 dişli", "mn=1.25")]
    [InlineData("X5CrNi18-10 paslanmaz sac", "cr=18 ni=10")]
    [InlineData("Al2O3 toz, 25 mm, 50 kg torba, 20ppm", "")]
    [InlineData("Alüminyum profil hurdası", "")]
    public void Contents_FromTheDesignation(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("Alüminyum pres döküm talaşı AlSi12", "Çelikhane deoksidan alüminyum: Al en az %98", "Al")]
    [InlineData("Rulman bileziği talaşı (100Cr6)", "Alaşımsız inşaat demiri için hurda; Cr en çok %0,15", "Cr")]
    [InlineData("Paslanmaz sac kırpıntısı X5CrNi18-10", "Paslanmaz ergitme için hurda; Ni en az %8", null)]
    public void Conflict_ADesignationThatBreaksTheNeedsLimit(string offer, string need, string? shown) =>
        Assert.Equal(shown, StatedContent.Conflict(StatedContent.Excluded(need), StatedContent.OfferWords(offer))?.Shown);
}
