namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// Zone ids of the reference list (<c>izmir_osb_industrial_zones.csv</c>, ids are the row order)
/// and centres of the districts that have no zone in that list.
/// </summary>
internal static class DemoPlaces
{
    public const int Iaosb = 1;
    public const int Alosbi = 2;
    public const int AliagaIndustrial = 3;
    public const int Kosbi = 4;
    public const int Bagyurdu = 5;
    public const int Torbali = 6;
    public const int TorbaliFurniture = 7;
    public const int Pancar = 8;
    public const int Tire = 9;
    public const int TireDairy = 10;
    public const int MenemenPlastics = 11;
    public const int IzmirFreeZone = 12;
    public const int Bergama = 13;
    public const int Basbas = 14;
    public const int Kinik = 15;
    public const int Odemis = 16;
    public const int Itob = 17;
    public const int Begos = 18;
    public const int Esbas = 19;

    /// <summary>
    /// District centres (WGS84, rounded from the districts' Wikipedia infoboxes) for districts
    /// with no zone; districts with a zone use the zone's coordinates.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (double Latitude, double Longitude)> DistrictCentres =
        new Dictionary<string, (double, double)>(StringComparer.Ordinal)
        {
            ["Bornova"] = (38.4667, 27.2167),
            ["Karşıyaka"] = (38.4561, 27.1100),
            ["Karabağlar"] = (38.3750, 27.1300),
            ["Bayraklı"] = (38.4625, 27.1667),
        };

    /// <summary>Neighbourhood names for street addresses outside zones.</summary>
    public static readonly string[] Neighbourhoods =
    [
        "Atatürk", "Cumhuriyet", "Sanayi", "Yeni", "Fatih", "İnönü", "Gazi", "Işıkkent", "Kazım Dirik",
        "Pınarbaşı", "Çamdibi", "Ulukent", "Yenişehir", "Ata", "Mevlana", "Şehitler", "Çınarlı", "Egemenlik",
    ];
}
