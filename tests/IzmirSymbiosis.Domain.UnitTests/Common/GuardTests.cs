using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.UnitTests.Common;

public sealed class GuardTests
{
    [Fact]
    public void Defined_UndefinedValue_ThrowsWithTheAllowedNames()
    {
        var e = Assert.Throws<DomainException>(() => Guard.Defined((SizeBand)42, "SizeBand"));

        Assert.Equal("Value.Undefined", e.Code);
        Assert.Equal("SizeBand", e.Field);
        Assert.Equal(["Micro, Small, Medium, Large"], e.Args);
    }

    [Fact]
    public void Entities_UndefinedEnum_RefusedAtTheField()
    {
        var company = new Company("Ege Metal", "1234567890", "24.10", "Çiğli", SizeBand.Small);
        var stream = new ResourceStream(Guid.NewGuid(), StreamDirection.Offer, ResourceKind.Material, "Kül", new Quantity(1, QuantityUnit.Tonne, QuantityPeriod.OneOff));

        Assert.Equal("SizeBand", Assert.Throws<DomainException>(() => company.SetSize((SizeBand)42)).Field);
        Assert.Equal("Unit", Assert.Throws<DomainException>(() => new Quantity(1, (QuantityUnit)99, QuantityPeriod.OneOff)).Field);
        Assert.Equal("Period", Assert.Throws<DomainException>(() => new Quantity(1, QuantityUnit.Tonne, (QuantityPeriod)99)).Field);
        Assert.Equal("Direction", Assert.Throws<DomainException>(() => new ResourceStream(Guid.NewGuid(), (StreamDirection)7, ResourceKind.Material, "Kül", new Quantity(1, QuantityUnit.Tonne, QuantityPeriod.OneOff))).Field);
        Assert.Equal("Status", Assert.Throws<DomainException>(() => stream.SetStatus((StreamStatus)42)).Field);
        Assert.Equal("Visibility", Assert.Throws<DomainException>(() => stream.SetVisibility((StreamVisibility)9)).Field);
        Assert.Equal("PhysicalState", Assert.Throws<DomainException>(() => stream.SetPhysical((PhysicalState)9, null)).Field);
        Assert.Equal(SizeBand.Small, company.SizeBand);
        Assert.Equal(StreamStatus.Draft, stream.Status);
    }
}
