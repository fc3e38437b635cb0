using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// One industry of the demo region: its NACE classes, how many firms, where they sit, the words
/// their names use, their size mix and the streams such firms typically declare.
/// </summary>
/// <param name="Key">Stable key, used in tests and reports.</param>
/// <param name="NaceCodes">NACE Rev.2 classes (dotted); firms cycle through them.</param>
/// <param name="FirmCount">Number of firms; at least the number of placements.</param>
/// <param name="Placements">Where firms sit; firms are shared out by weight, at least one per placement.</param>
/// <param name="NameWords">Sector words for trade names ("Döküm", "Ambalaj").</param>
/// <param name="SizeWeights">Relative weights of Micro, Small, Medium, Large.</param>
/// <param name="Streams">Typical offers and needs of the sector.</param>
internal sealed record DemoSector(
    string Key,
    string[] NaceCodes,
    int FirmCount,
    DemoPlacement[] Placements,
    string[] NameWords,
    int[] SizeWeights,
    StreamTemplate[] Streams);

/// <summary>A zone (district comes from the zone) or a district outside any zone.</summary>
internal readonly record struct DemoPlacement(int? ZoneId, string? District, int Weight)
{
    public static DemoPlacement Zone(int zoneId, int weight = 1) => new(zoneId, null, weight);

    public static DemoPlacement Town(string district, int weight = 1) => new(null, district, weight);
}

/// <summary>
/// A typical stream of a sector. Amounts are for a medium-sized firm and scale with the size
/// band; prices are TRY per unit (negative: the giver pays a gate fee).
/// </summary>
internal sealed record StreamTemplate(
    StreamDirection Direction,
    ResourceKind Kind,
    string? Ewc,
    string Description,
    QuantityUnit Unit,
    QuantityPeriod Period,
    decimal MinAmount,
    decimal MaxAmount,
    PhysicalState State,
    decimal? MinPrice,
    decimal? MaxPrice,
    string? Notes)
{
    public static StreamTemplate Offer(
        string ewc, string description, decimal min, decimal max, PhysicalState state = PhysicalState.Solid,
        decimal? priceMin = null, decimal? priceMax = null, string? notes = null,
        QuantityUnit unit = QuantityUnit.Tonne, QuantityPeriod period = QuantityPeriod.PerYear) =>
        new(StreamDirection.Offer, ResourceKind.Material, ewc, description, unit, period, min, max, state, priceMin, priceMax, notes);

    public static StreamTemplate Need(
        string? ewc, string description, decimal min, decimal max, PhysicalState state = PhysicalState.Solid,
        decimal? priceMin = null, decimal? priceMax = null, string? notes = null,
        QuantityUnit unit = QuantityUnit.Tonne, QuantityPeriod period = QuantityPeriod.PerYear) =>
        new(StreamDirection.Need, ResourceKind.Material, ewc, description, unit, period, min, max, state, priceMin, priceMax, notes);

    /// <summary>Heat, steam or power in MWh per year; never an EWC code.</summary>
    public static StreamTemplate Energy(
        StreamDirection direction, string description, decimal min, decimal max,
        decimal? priceMin = null, decimal? priceMax = null, string? notes = null) =>
        new(direction, ResourceKind.Energy, null, description, QuantityUnit.MegawattHour, QuantityPeriod.PerYear,
            min, max, PhysicalState.NotApplicable, priceMin, priceMax, notes);

    /// <summary>Water in m³ per month.</summary>
    public static StreamTemplate Water(
        StreamDirection direction, string description, decimal min, decimal max,
        decimal? priceMin = null, decimal? priceMax = null, string? notes = null) =>
        new(direction, ResourceKind.Water, null, description, QuantityUnit.CubicMetre, QuantityPeriod.PerMonth,
            min, max, PhysicalState.Liquid, priceMin, priceMax, notes);

    /// <summary>Idle capacity or a service: floor area, machine hours, vehicles.</summary>
    public static StreamTemplate Capacity(
        StreamDirection direction, string description, QuantityUnit unit, QuantityPeriod period, decimal min, decimal max,
        decimal? priceMin = null, decimal? priceMax = null, string? notes = null) =>
        new(direction, ResourceKind.Capacity, null, description, unit, period, min, max,
            PhysicalState.NotApplicable, priceMin, priceMax, notes);
}
