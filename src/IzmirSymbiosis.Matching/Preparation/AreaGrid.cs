namespace IzmirSymbiosis.Matching.Preparation;

/// <summary>
/// Where a firm is, to the precision others may know while it is anonymous: the centre of the
/// 0.1° grid cell its point lies in (about 11 km north–south and 9 km east–west in İzmir). The
/// engine scores and filters on the distance between areas, so no match, score or distance band
/// reveals more than the cells, however often a party moves its own point or changes its own limit.
/// </summary>
internal static class AreaGrid
{
    /// <summary>Cell size, degrees.</summary>
    public const double CellDegrees = 0.1;

    /// <summary>The centre of the cell a coordinate (degrees) lies in, in radians.</summary>
    public static double CentreRad(double degrees) => Math.Round(degrees / CellDegrees, MidpointRounding.AwayFromZero) * CellDegrees * Math.PI / 180.0;
}
