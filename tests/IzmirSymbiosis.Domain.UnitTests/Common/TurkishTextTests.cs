using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.UnitTests.Common;

public sealed class TurkishTextTests
{
    [Theory]
    [InlineData("İZMİR", "izmir")]
    [InlineData("izmir", "izmir")]
    [InlineData("ISLAK", "islak")]
    [InlineData("ıslak", "islak")]
    [InlineData("Çiğli Ödemiş Şükrü Ğ", "cigli odemis sukru g")]
    [InlineData("  Ege   Döküm, A.Ş. ", "ege dokum a s")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void SearchKey_FoldsTurkishLettersAndPunctuation(string? text, string expected)
    {
        Assert.Equal(expected, TurkishText.SearchKey(text));
    }

    [Fact]
    public void SearchKey_QueryAndStoredNameMatchAcrossCase()
    {
        Assert.Contains(TurkishText.SearchKey("izmir"), TurkishText.SearchKey("İZMİR DÖKÜM"), StringComparison.Ordinal);
        Assert.Contains(TurkishText.SearchKey("ıslak"), TurkishText.SearchKey("ISLAK TALAŞ"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("istanbul", "İSTANBUL")]
    [InlineData("ılık", "ILIK")]
    public void ToUpper_UsesTurkishDottedAndDotlessI(string lower, string upper)
    {
        Assert.Equal(upper, TurkishText.ToUpper(lower));
        Assert.Equal(lower, TurkishText.ToLower(upper));
    }

    [Theory]
    [InlineData("KÜL", "kül")]
    [InlineData("Uçucu Kömür Külü", "uçucu kömür külü")]
    [InlineData("KULLANILMIŞ İZMİR", "kullanılmış izmir")]
    [InlineData("kâğıt, karton", "kağıt karton")]
    [InlineData(null, "")]
    public void LowerKey_KeepsTurkishLettersAndDropsOtherMarks(string? text, string expected)
    {
        Assert.Equal(expected, TurkishText.LowerKey(text));
    }

    [Fact]
    public void WordKey_HoldsEachWordInTurkishAndAsciiSpelling()
    {
        Assert.Equal("100102 uçucu ucucu kömür komur külü kulu coal fly ash", TurkishText.WordKey("100102", "Uçucu kömür külü", "Coal fly ash"));
    }
}
