namespace IzmirSymbiosis.Domain.Common;

/// <summary>A WGS84 location in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    /// <summary>Creates a point, checking the ranges.</summary>
    public GeoPoint(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90)
        {
            throw new DomainException("Geo.Latitude", nameof(Latitude));
        }

        if (double.IsNaN(longitude) || longitude is < -180 or > 180)
        {
            throw new DomainException("Geo.Longitude", nameof(Longitude));
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude, −90…90.</summary>
    public double Latitude { get; }

    /// <summary>Longitude, −180…180.</summary>
    public double Longitude { get; }

    /// <summary>Mean Earth radius in km (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in km (haversine formula).</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        static double Rad(double d) => d * Math.PI / 180.0;
        var dLat = Rad(other.Latitude - Latitude);
        var dLon = Rad(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Rad(Latitude)) * Math.Cos(Rad(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
