using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

public class PairScorerTests
{
    [Theory]
    [InlineData(100, 100, false, false, 1.0, false)]
    [InlineData(100, 400, false, false, 0.5, false)]
    [InlineData(400, 100, false, false, 0.5, false)]
    [InlineData(0, 100, false, false, 0.0, false)]
    [InlineData(100, 0, false, false, 0.0, false)]
    [InlineData(100, 100, true, false, 0.8, true)]
    [InlineData(100, 100, true, true, 1.0, false)]
    public void QuantityFit_Amounts_ExpectedFit(double offer, double need, bool offerOneOff, bool needOneOff, double expected, bool mismatch)
    {
        var (fit, periodMismatch) = PairScorer.QuantityFit(offer, need, offerOneOff, needOneOff);

        Assert.Equal(expected, fit, 3);
        Assert.Equal(mismatch, periodMismatch);
    }

    [Theory]
    [InlineData(1200, 600, 0, 1.0)]
    [InlineData(1200, 600, 900, 0.5)]
    [InlineData(1200, 600, 5000, 0.0)]
    [InlineData(0, 0, 100, 0.0)]
    public void EconomicsFit_BenefitAndTransport_ExpectedFit(double disposal, double purchase, double transport, double expected) =>
        Assert.Equal(expected, PairScorer.EconomicsFit(disposal, purchase, transport), 3);

    [Theory]
    [InlineData(250, 250, 0.5)]
    [InlineData(0, 250, 0.0)]
    [InlineData(-40, 250, 0.0)]
    [InlineData(750, 250, 0.75)]
    public void EnvironmentFit_NetSaving_ExpectedFit(double net, double half, double expected) =>
        Assert.Equal(expected, PairScorer.EnvironmentFit(net, half), 3);

    [Theory]
    [InlineData(new long[] { 1, 2, 3 }, new long[] { 1, 2, 3 }, 1.0)]
    [InlineData(new long[] { 1, 2 }, new long[] { 2, 3 }, 1.0 / 3)]
    [InlineData(new long[] { }, new long[] { 2, 3 }, 0.0)]
    [InlineData(new long[] { 1 }, new long[] { 2 }, 0.0)]
    public void Jaccard_SortedKeys_ExpectedSimilarity(long[] a, long[] b, double expected) =>
        Assert.Equal(expected, PairScorer.Jaccard(a, b), 6);
}
