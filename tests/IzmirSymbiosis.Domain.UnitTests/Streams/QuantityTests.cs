using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.UnitTests.Streams;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(0, "Quantity.Positive")]
    [InlineData(-5, "Quantity.Positive")]
    [InlineData(1.2345, "Quantity.Precision")]
    [InlineData(2_000_000_000, "Quantity.TooLarge")]
    public void Create_InvalidAmount_Throws(decimal amount, string key)
    {
        var e = Assert.Throws<DomainException>(() => new Quantity(amount, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        Assert.Equal(key, e.Code);
        Assert.Equal("Amount", e.Field);
    }

    [Theory]
    [InlineData(10, QuantityUnit.Tonne, QuantityPeriod.PerMonth, 120)]
    [InlineData(500, QuantityUnit.Kilogram, QuantityPeriod.PerDay, 182.5)]
    [InlineData(2, QuantityUnit.Tonne, QuantityPeriod.PerWeek, 104)]
    [InlineData(40, QuantityUnit.Tonne, QuantityPeriod.OneOff, 40)]
    [InlineData(1000, QuantityUnit.Litre, QuantityPeriod.PerYear, 1)]
    [InlineData(3600, QuantityUnit.Gigajoule, QuantityPeriod.PerYear, 1000)]
    [InlineData(5000, QuantityUnit.KilowattHour, QuantityPeriod.PerMonth, 60)]
    public void AnnualBaseAmount_NormalisesUnitAndPeriod(decimal amount, QuantityUnit unit, QuantityPeriod period, double expected)
    {
        var q = new Quantity(amount, unit, period);

        Assert.Equal(expected, q.AnnualBaseAmount, 6);
    }

    [Theory]
    [InlineData(ResourceKind.Material, QuantityUnit.Tonne, true)]
    [InlineData(ResourceKind.Material, QuantityUnit.CubicMetre, true)]
    [InlineData(ResourceKind.Material, QuantityUnit.MegawattHour, false)]
    [InlineData(ResourceKind.Energy, QuantityUnit.MegawattHour, true)]
    [InlineData(ResourceKind.Energy, QuantityUnit.Tonne, false)]
    [InlineData(ResourceKind.Water, QuantityUnit.CubicMetre, true)]
    [InlineData(ResourceKind.Water, QuantityUnit.Kilogram, false)]
    [InlineData(ResourceKind.Capacity, QuantityUnit.SquareMetre, true)]
    [InlineData(ResourceKind.Capacity, QuantityUnit.Gigajoule, false)]
    public void IsAllowedFor_UnitAndKind(ResourceKind kind, QuantityUnit unit, bool allowed)
    {
        Assert.Equal(allowed, Quantity.IsAllowedFor(kind, unit));
    }

    [Fact]
    public void Dimension_MassAndVolume_AreDifferent()
    {
        Assert.NotEqual(Quantity.DimensionOf(QuantityUnit.Tonne), Quantity.DimensionOf(QuantityUnit.CubicMetre));
        Assert.Equal(Quantity.DimensionOf(QuantityUnit.Tonne), Quantity.DimensionOf(QuantityUnit.Kilogram));
    }
}
