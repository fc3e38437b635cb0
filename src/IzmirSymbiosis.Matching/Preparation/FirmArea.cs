namespace IzmirSymbiosis.Matching.Preparation;

/// <summary>
/// Where a firm may be shown to someone who reads it anonymised: the centre of the 0.1° cell of
/// <see cref="AreaGrid"/> that its point lies in (about 11 km × 9 km in İzmir), the same precision the
/// engine scores anonymised distances with. No exact coordinate of an anonymous firm leaves the server.
/// </summary>
public static class FirmArea
{
    /// <summary>The centre of the cell of a point, in degrees (latitude, longitude), rounded to the cell's precision.</summary>
    /// <param name="latitude">The firm's latitude, degrees.</param>
    /// <param name="longitude">The firm's longitude, degrees.</param>
    public static (double Latitude, double Longitude) CentreOf(double latitude, double longitude) =>
        (Centre(latitude), Centre(longitude));

    // The cell number times the cell size, rounded so that 38.300000000000004 reads 38.3.
    private static double Centre(double degrees) => Math.Round(AreaGrid.Index(degrees) * AreaGrid.CellDegrees, 1);
}
