using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class GreatCircleBoundTests
{
    [Fact]
    public void LowerBound_NeverAboveTheDistance_AndCloseForRegionalDistances()
    {
        var rng = new Random(5);
        for (var i = 0; i < 20_000; i++)
        {
            // Half anywhere on Earth (up to antipodes), half within a few degrees of İzmir.
            var wide = i % 2 == 0;
            var lat1 = wide ? (rng.NextDouble() * 180) - 90 : 38 + (rng.NextDouble() * 3);
            var lon1 = wide ? (rng.NextDouble() * 360) - 180 : 26 + (rng.NextDouble() * 3);
            var lat2 = wide ? (rng.NextDouble() * 180) - 90 : 38 + (rng.NextDouble() * 3);
            var lon2 = wide ? (rng.NextDouble() * 360) - 180 : 26 + (rng.NextDouble() * 3);
            double R(double d) => d * Math.PI / 180;
            var exact = PreparedCompany.GreatCircleKm(R(lat1), R(lon1), Math.Cos(R(lat1)), R(lat2), R(lon2), Math.Cos(R(lat2)));
            var low = PreparedCompany.GreatCircleKmLowerBound(R(lat1), R(lon1), Math.Cos(R(lat1)), R(lat2), R(lon2), Math.Cos(R(lat2)));
            Assert.True(low <= exact, $"{lat1},{lon1} → {lat2},{lon2}: bound {low} over {exact}");
            if (!wide)
            {
                Assert.True(low >= exact * 0.999, $"{lat1},{lon1} → {lat2},{lon2}: bound {low} far under {exact}");
            }
        }
    }
}
