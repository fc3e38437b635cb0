using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Streams;

/// <summary>Unit of measure of a stream quantity.</summary>
public enum QuantityUnit
{
    /// <summary>Metric tonne.</summary>
    Tonne,

    /// <summary>Kilogram.</summary>
    Kilogram,

    /// <summary>Cubic metre.</summary>
    CubicMetre,

    /// <summary>Litre.</summary>
    Litre,

    /// <summary>Megawatt-hour.</summary>
    MegawattHour,

    /// <summary>Kilowatt-hour.</summary>
    KilowattHour,

    /// <summary>Gigajoule.</summary>
    Gigajoule,

    /// <summary>Pieces (pallets, drums, units).</summary>
    Piece,

    /// <summary>Hours of machine or service time.</summary>
    Hour,

    /// <summary>Square metres of floor or storage area.</summary>
    SquareMetre,
}

/// <summary>The period a quantity is counted over.</summary>
public enum QuantityPeriod
{
    /// <summary>A single lot, not recurring.</summary>
    OneOff,

    /// <summary>Per day.</summary>
    PerDay,

    /// <summary>Per week.</summary>
    PerWeek,

    /// <summary>Per month.</summary>
    PerMonth,

    /// <summary>Per year.</summary>
    PerYear,
}

/// <summary>Physical dimension of a unit; quantities compare only within one dimension.</summary>
public enum Dimension
{
    /// <summary>Mass, base unit tonne.</summary>
    Mass,

    /// <summary>Volume, base unit m³.</summary>
    Volume,

    /// <summary>Energy, base unit MWh.</summary>
    Energy,

    /// <summary>Count, base unit piece.</summary>
    Count,

    /// <summary>Time, base unit hour.</summary>
    Time,

    /// <summary>Area, base unit m².</summary>
    Area,
}

/// <summary>
/// An amount with unit and period. Rules: the amount is positive and has at most three decimals;
/// the unit suits the resource kind (<see cref="IsAllowedFor"/>).
/// </summary>
public sealed record Quantity
{
    /// <summary>Largest accepted amount (well inside the <c>numeric(16, 3)</c> column).</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>Digits of the stored amount in all.</summary>
    public const int AmountPrecision = 16;

    /// <summary>Decimals of the stored amount.</summary>
    public const int AmountScale = 3;

    /// <summary>Creates a quantity, checking the rules.</summary>
    public Quantity(decimal amount, QuantityUnit unit, QuantityPeriod period)
    {
        Guard.Defined(unit, nameof(Unit));
        Guard.Defined(period, nameof(Period));
        if (amount <= 0)
        {
            throw new DomainException("Quantity.Positive", nameof(Amount));
        }

        if (amount > MaxAmount)
        {
            throw new DomainException("Quantity.TooLarge", nameof(Amount), MaxAmount);
        }

        if (decimal.Round(amount, AmountScale) != amount)
        {
            throw new DomainException("Quantity.Precision", nameof(Amount));
        }

        Amount = amount;
        Unit = unit;
        Period = period;
    }

    /// <summary>The amount in <see cref="Unit"/> per <see cref="Period"/>.</summary>
    public decimal Amount { get; }

    /// <summary>Unit of measure.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>Period (or one-off).</summary>
    public QuantityPeriod Period { get; }

    /// <summary>The dimension of a unit.</summary>
    public static Dimension DimensionOf(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Tonne or QuantityUnit.Kilogram => Dimension.Mass,
        QuantityUnit.CubicMetre or QuantityUnit.Litre => Dimension.Volume,
        QuantityUnit.MegawattHour or QuantityUnit.KilowattHour or QuantityUnit.Gigajoule => Dimension.Energy,
        QuantityUnit.Piece => Dimension.Count,
        QuantityUnit.Hour => Dimension.Time,
        QuantityUnit.SquareMetre => Dimension.Area,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>Factor from a unit to its dimension's base unit (t, m³, MWh, piece, h, m²).</summary>
    public static double ToBaseFactor(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Kilogram => 0.001,
        QuantityUnit.Litre => 0.001,
        QuantityUnit.KilowattHour => 0.001,
        QuantityUnit.Gigajoule => 1.0 / 3.6,
        _ => 1.0,
    };

    /// <summary>Occurrences of a period in a year; a one-off lot counts once.</summary>
    public static double PerYearFactor(QuantityPeriod period) => period switch
    {
        QuantityPeriod.PerDay => 365,
        QuantityPeriod.PerWeek => 52,
        QuantityPeriod.PerMonth => 12,
        _ => 1,
    };

    /// <summary>The dimension of this quantity.</summary>
    public Dimension Dimension => DimensionOf(Unit);

    /// <summary>The amount in base units per year (a one-off lot counts as one year's amount).</summary>
    public double AnnualBaseAmount => (double)Amount * ToBaseFactor(Unit) * PerYearFactor(Period);

    /// <summary>Whether a unit may be used for a resource kind.</summary>
    public static bool IsAllowedFor(ResourceKind kind, QuantityUnit unit) => kind switch
    {
        ResourceKind.Material => DimensionOf(unit) is Dimension.Mass or Dimension.Volume or Dimension.Count,
        ResourceKind.Energy => DimensionOf(unit) is Dimension.Energy,
        ResourceKind.Water => DimensionOf(unit) is Dimension.Volume,
        ResourceKind.Capacity => DimensionOf(unit) is Dimension.Time or Dimension.Area or Dimension.Count or Dimension.Mass or Dimension.Volume,
        _ => false,
    };
}
