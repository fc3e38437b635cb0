namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// Where a firm is, to the precision others may know while it is anonymous: the centre of the
/// 0.1° grid cell its point lies in (about 11 km north–south and 9 km east–west in İzmir). The
/// anonymised view's distance and the transport-limit filter use the distance between areas, so
/// neither a distance band nor whether a match exists at a given limit reveals more than the cells,
/// however often a party moves its own point or changes its own limit.
/// </summary>
internal static class AreaGrid
{
    /// <summary>Cell size, degrees.</summary>
    public const double CellDegrees = 0.1;

    /// <summary>
    /// Largest difference between a great-circle distance and the one between the two points'
    /// areas, km: each point is at most half a cell diagonal (≤ 7.9 km) from its area's centre.
    /// </summary>
    public const double MaxShiftKm = 2 * 7.9;

    /// <summary>Road km between the areas of two points given in radians (with the road factor applied).</summary>
    public static double RoadKm(double latRad1, double lonRad1, double latRad2, double lonRad2, double roadFactor)
    {
        var la1 = Snap(latRad1);
        var la2 = Snap(latRad2);
        return PreparedCompany.GreatCircleKm(la1, Snap(lonRad1), Math.Cos(la1), la2, Snap(lonRad2), Math.Cos(la2)) * roadFactor;
    }

    private static double Snap(double rad) => Math.Round(rad * 180.0 / Math.PI / CellDegrees) * CellDegrees * Math.PI / 180.0;
}
