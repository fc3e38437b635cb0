using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Companies;

/// <summary>
/// The one rule for a firm's location when its record is edited: the point lies in İzmir province,
/// comes with both coordinates, and does not outlive a change of district (the old point would put
/// the firm in the wrong place and every distance of its matches with it).
/// </summary>
public static class CompanyLocation
{
    /// <summary>İzmir province's bounding box with a small margin (Karaburun to Kiraz, Bergama to Selçuk).</summary>
    public const double MinLatitude = 37.6, MaxLatitude = 39.5, MinLongitude = 26.0, MaxLongitude = 28.7;

    /// <summary>The location after an edit.</summary>
    /// <exception cref="DomainException">
    /// At the coordinate at fault: one given without the other, not a number, or outside İzmir.
    /// </exception>
    public static GeoPoint? After(GeoPoint? current, double? latitude, double? longitude, bool districtChanged)
    {
        if (latitude is null && longitude is null)
        {
            return districtChanged ? null : current;
        }

        Check(latitude, MinLatitude, MaxLatitude, "Latitude");
        Check(longitude, MinLongitude, MaxLongitude, "Longitude");
        return latitude is { } lat && longitude is { } lon
            ? new GeoPoint(lat, lon)
            : throw new DomainException("Company.LocationIncomplete", latitude is null ? "Latitude" : "Longitude");
    }

    private static void Check(double? value, double min, double max, string field)
    {
        if (value is not { } v)
        {
            return;
        }

        if (!double.IsFinite(v))
        {
            throw new DomainException($"Geo.{field}", field);
        }

        if (v < min || v > max)
        {
            throw new DomainException("Company.LocationOutsideIzmir", field);
        }
    }
}
