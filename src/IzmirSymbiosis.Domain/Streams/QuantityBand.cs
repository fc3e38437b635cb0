namespace IzmirSymbiosis.Domain.Streams;

/// <summary>
/// A rough quantity: the power-of-ten band of a yearly amount in base units, never the exact
/// figure. This is all another firm sees of a stream's amount until the two firms are introduced.
/// </summary>
/// <param name="From">Lower bound (inclusive).</param>
/// <param name="To">Upper bound (exclusive); null for "and more".</param>
/// <param name="Dimension">What is counted (t, m³, MWh…).</param>
public sealed record QuantityBand(double From, double? To, Dimension Dimension)
{
    /// <summary>Lower bound of the last band ("and more").</summary>
    public const double Top = 100_000;

    /// <summary>The band of a stream's quantity.</summary>
    public static QuantityBand Of(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return OfAnnual(quantity.AnnualBaseAmount, quantity.Dimension);
    }

    /// <summary>The band of a yearly amount in base units.</summary>
    public static QuantityBand OfAnnual(double yearly, Dimension dimension)
    {
        if (yearly < 10)
        {
            return new QuantityBand(0, 10, dimension);
        }

        if (yearly >= Top)
        {
            return new QuantityBand(Top, null, dimension);
        }

        var from = Math.Pow(10, Math.Floor(Math.Log10(yearly)));
        return new QuantityBand(from, from * 10, dimension);
    }

    /// <summary>
    /// A representative amount of the band (its geometric middle; √10 for the first band and
    /// √10 × <see cref="Top"/> for the last), used wherever an estimate may only know the band.
    /// </summary>
    public double Middle => From <= 0 ? Math.Sqrt(10) : From * Math.Sqrt(10);
}
