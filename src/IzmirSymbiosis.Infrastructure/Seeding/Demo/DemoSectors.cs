using IzmirSymbiosis.Domain.Streams;
using static IzmirSymbiosis.Domain.Streams.PhysicalState;
using static IzmirSymbiosis.Domain.Streams.QuantityPeriod;
using static IzmirSymbiosis.Domain.Streams.QuantityUnit;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.StreamTemplate;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// The demo region's industries (one file per group of sectors) and the streams any firm may
/// declare besides its sector's own. Order matters for determinism: append, do not reorder.
/// </summary>
internal static partial class DemoSectors
{
    private const StreamDirection Supply = StreamDirection.Offer;
    private const StreamDirection Demand = StreamDirection.Need;

    /// <summary>Every sector, in a fixed order.</summary>
    public static readonly IReadOnlyList<DemoSector> All =
    [
        .. Metals(),
        .. Process(),
        .. Minerals(),
        .. Food(),
        .. Light(),
    ];

    /// <summary>Streams of any workshop: packaging, used oil, spare floor space, idle vehicles.</summary>
    public static readonly IReadOnlyList<StreamTemplate> Common =
    [
        Offer("15 01 01", "Karton ve kağıt ambalaj atığı", 5, 100, priceMin: 1500, priceMax: 3500),
        Offer("15 01 02", "Plastik ambalaj atığı (karışık)", 5, 80, priceMin: 1000, priceMax: 4000),
        Offer("15 01 03", "Ahşap palet", 100, 2000, priceMin: 20, priceMax: 80, unit: Piece),
        Offer("13 02 05", "Atık motor ve hidrolik yağı", 1, 20, Liquid, 2000, 6000,
            "Klor içermez; rejenerasyon tesisine uygun."),
        Offer("15 01 10", "Kontamine ambalaj (boya ve kimyasal bidonları)", 1, 20, Solid, -3000, -1000),
        Offer("16 06 01", "Atık kurşun-asit akü", 1, 5, Solid, 10000, 20000),
        Capacity(Supply, "Boş depo alanı", SquareMetre, OneOff, 100, 2000, 50, 150,
            "Kapalı, forklift erişimli; kısa ve orta süreli kiralama."),
        Capacity(Supply, "Kamyon ve forklift atıl kapasitesi", Hour, PerMonth, 20, 160, 500, 1200),
    ];
}
