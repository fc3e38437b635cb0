using IzmirSymbiosis.Domain.Matches;

namespace IzmirSymbiosis.Domain.UnitTests.Matches;

/// <summary>A match stores its exact km as shown (0.1 km) and its areas' km; both known or neither.</summary>
public sealed class MatchDistanceTests
{
    private static Match Latent(double? roadKm, double? areaKm) =>
        new(MatchKind.Latent, Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), "23.51", 70, 70, 70, "{}", "test", DateTimeOffset.UnixEpoch, roadKm, areaKm);

    [Fact]
    public void ExactKm_IsRoundedAsShown_AreaKmKept()
    {
        var m = Latent(21.94, 28.87);

        Assert.Equal(21.9, m.RoadKm);
        Assert.Equal(28.87, m.AreaRoadKm);
    }

    [Fact]
    public void Update_ReplacesTheDistances_AnUnlocatedFirmClearsThem()
    {
        var m = Latent(21.9, 28.9);

        m.Update(70, 70, 70, "{}", "test", DateTimeOffset.UnixEpoch, null, null);

        Assert.Null(m.RoadKm);
        Assert.Null(m.AreaRoadKm);
    }

    [Theory]
    [InlineData(5.0, null)]
    [InlineData(null, 5.0)]
    [InlineData(-1.0, 0.0)]
    public void OneKnownWithoutTheOther_OrNegative_IsRefused(double? roadKm, double? areaKm) =>
        Assert.Throws<ArgumentException>(() => Latent(roadKm, areaKm));
}
