using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Matching.UnitTests.Latent;

public class DivisionBackoffTests
{
    [Fact]
    public void Probabilities_SameCodeEvidence_OutweighsGlobalFrequency()
    {
        var b = new DivisionBackoff(4);
        b.Add(0, "35", 10);
        b.Add(3, "23", 3);

        var p = b.Probabilities(2);

        Assert.True(p["23"] > p["35"]);
        Assert.Equal(1, p.Values.Sum(), 6);
    }

    [Fact]
    public void Probabilities_NoCloseEvidence_BacksOffToCoarserLevel()
    {
        var b = new DivisionBackoff(4);
        b.Add(0, "35", 1);
        b.Add(1, "01", 4);
        b.Add(0, "20", 1);

        var p = b.Probabilities(2);

        Assert.Equal("01", p.MaxBy(x => x.Value).Key);
        Assert.True(p["35"] > 0 && p["20"] > 0);
    }

    [Fact]
    public void Probabilities_Empty_IsEmpty()
    {
        Assert.Empty(new DivisionBackoff(4).Probabilities(2));
    }
}
