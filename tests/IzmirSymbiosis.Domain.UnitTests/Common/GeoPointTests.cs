using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.UnitTests.Common;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceKmTo_AliagaToKemalpasa_IsAboutSixtyKm()
    {
        var aliaga = new GeoPoint(38.79500, 26.97028);
        var kemalpasa = new GeoPoint(38.42611, 27.41750);

        // Spherical law of cosines as an independent reference for the haversine result.
        static double Rad(double d) => d * Math.PI / 180;
        var reference = GeoPoint.EarthRadiusKm * Math.Acos(
            (Math.Sin(Rad(38.795)) * Math.Sin(Rad(38.42611))) +
            (Math.Cos(Rad(38.795)) * Math.Cos(Rad(38.42611)) * Math.Cos(Rad(27.4175 - 26.97028))));

        Assert.Equal(reference, aliaga.DistanceKmTo(kemalpasa), 3);
        Assert.InRange(aliaga.DistanceKmTo(kemalpasa), 50, 70);
        Assert.Equal(0, aliaga.DistanceKmTo(aliaga), 9);
    }

    [Theory]
    [InlineData(91, 27)]
    [InlineData(38, 181)]
    [InlineData(double.NaN, 27)]
    public void Create_OutOfRange_Throws(double lat, double lon)
    {
        Assert.Throws<DomainException>(() => new GeoPoint(lat, lon));
    }
}
