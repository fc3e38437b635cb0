using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public sealed class ReferenceTitlesTests
{
    [Theory]
    [InlineData("100102", "Uçucu kömür külü")]
    [InlineData("10 01 02", "Uçucu kömür külü")]
    [InlineData("10 01 02*", "Uçucu kömür külü")]
    [InlineData("1001", "Enerji Santrallerinden ve Diğer Yakma Tesislerinden Kaynaklanan Atıklar (19 Hariç)")]
    public void WasteTr_FindsEntriesAndSubChaptersInAnyCommonForm(string code, string expected) =>
        Assert.Equal(expected, ReferenceTitles.WasteTr(code));

    [Fact]
    public void NaceTr_IsTurkish()
    {
        Assert.Equal("Çimento imalatı", ReferenceTitles.NaceTr("23.51"));
        Assert.Null(ReferenceTitles.NaceTr("99.99"));
    }
}
