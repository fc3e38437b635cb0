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

    /// <summary>Cell size, radians.</summary>
    public const double CellRad = CellDegrees * Math.PI / 180.0;

    /// <summary>The key of a stream without a location: after every cell.</summary>
    public const int NoCell = int.MaxValue;

    private const int LonBits = 12;
    private const int LonOffset = 2048;
    private const int LatOffset = 1024;

    /// <summary>The centre of the cell a coordinate (degrees) lies in, in radians.</summary>
    public static double CentreRad(double degrees) => CentreRad(Index(degrees));

    /// <summary>The centre of cell number <paramref name="index"/>, in radians (the one formula for every caller).</summary>
    public static double CentreRad(int index) => index * CellDegrees * Math.PI / 180.0;

    /// <summary>The cell number of a coordinate (degrees): its centre is the number × <see cref="CellDegrees"/>.</summary>
    public static int Index(double degrees) => (int)Math.Round(degrees / CellDegrees, MidpointRounding.AwayFromZero);

    /// <summary>
    /// One sortable key per cell, row by row (latitude, then longitude): the cells of one row
    /// between two longitudes are one run of keys.
    /// </summary>
    public static int Key(int latIndex, int lonIndex) => ((latIndex + LatOffset) << LonBits) | (lonIndex + LonOffset);

    /// <summary>The latitude cell number of a key.</summary>
    public static int LatIndex(int key) => (key >> LonBits) - LatOffset;

    /// <summary>The longitude cell number of a key.</summary>
    public static int LonIndex(int key) => (key & ((1 << LonBits) - 1)) - LonOffset;
}
