using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

/// <summary>
/// A pairs file states no transport limits, but a description may: such a limit drops a pair whose
/// distance exceeds it, and nothing else is read as one.
/// </summary>
public class StatedHaulLimitTests
{
    private static readonly PairChecker s_checker = new(TestData.KnowledgeWithoutLibrary(), new MatchingOptions());

    [Theory]
    [InlineData("Lokal yol dolgusu için kırma taş (en çok 40 km nakliye)", 40)]
    [InlineData("Dolgu malzemesi, en fazla 25 km", 25)]
    [InlineData("Azami 60 km mesafeden agrega", 60)]
    [InlineData("Tesise 30 km içinde kompost hammaddesi", 30)]
    [InlineData("Crushed stone, within 50 km", 50)]
    [InlineData("Max. 80 km haul", 80)]
    public void StatedLimit_IsRead(string description, double km) =>
        Assert.Equal(km, PairChecker.StatedHaulLimitKm(description));

    [Theory]
    [InlineData("Çimento fırını için ek yakıt")]
    [InlineData("0-31.5 mm kırma agrega, 40 km uzaklıkta ocak")] // a distance, not a limit
    [InlineData("")]
    [InlineData(null)]
    public void NoStatedLimit_IsNull(string? description) => Assert.Null(PairChecker.StatedHaulLimitKm(description));

    [Fact]
    public void PairBeyondTheStatedLimit_IsDropped_AndWithinItScored()
    {
        const string need = "Yol dolgusu için kırma taş (en çok 40 km nakliye)";
        var far = s_checker.Check(new PairQuery("010413", "Mermer moloz ve kırık", "23.70", null, need, "42.11", 120));
        var near = s_checker.Check(new PairQuery("010413", "Mermer moloz ve kırık", "23.70", null, need, "42.11", 30));

        Assert.Equal(PairFilter.BeyondTransportLimit, far.Filter);
        Assert.Equal(0, far.Score);
        Assert.Equal(PairFilter.None, near.Filter);
        Assert.True(near.Score > 0);
    }
}
