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
    /// <exception cref="DomainException">One coordinate without the other, or a point outside İzmir.</exception>
    public static GeoPoint? After(GeoPoint? current, double? latitude, double? longitude, bool districtChanged)
    {
        if (latitude is null && longitude is null)
        {
            return districtChanged ? null : current;
        }

        if (latitude is not { } lat || longitude is not { } lon)
        {
            throw new DomainException("Company.LocationIncomplete", "Latitude");
        }

        var point = new GeoPoint(lat, lon);
        if (lat is < MinLatitude or > MaxLatitude || lon is < MinLongitude or > MaxLongitude)
        {
            throw new DomainException("Company.LocationOutsideIzmir", "Latitude");
        }

        return point;
    }
}
