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

    [Theory]
    [InlineData("Kül\u0000")]
    [InlineData("\u001b[31mKırmızı")]
    [InlineData("zil\u0007")]
    [InlineData("C1 \u0085 satır")]
    public void PlainText_ControlCharacter_ThrowsAtField(string text)
    {
        var e = Assert.Throws<DomainException>(() => Guard.PlainText(text, "Description", multiLine: true));

        Assert.Equal(("Text.ControlCharacters", "Description"), (e.Code, e.Field));
    }

    [Fact]
    public void PlainText_HalfSurrogatePair_ThrowsAtField()
    {
        // Not as InlineData: test-case serialisation would replace half pairs with U+FFFD.
        foreach (var text in new[] { "yarım \ud800 vekil", "ters \udc00", "sonda yarım \ud83c", "\udc00\ud800" })
        {
            var e = Assert.Throws<DomainException>(() => Guard.PlainText(text, "Description", multiLine: true));
            Assert.Equal(("Text.ControlCharacters", "Description"), (e.Code, e.Field));
        }
    }

    [Fact]
    public void PlainText_TabsAndLineBreaks_OnlyInMultiLineText()
    {
        const string text = "satır 1\r\nsatır 2\tsekme";

        Guard.PlainText(text, "QualityNotes", multiLine: true);
        Assert.Throws<DomainException>(() => Guard.PlainText(text, "LegalName"));
    }

    [Theory]
    [InlineData("İzmir, Çiğli — %5 nem")]
    [InlineData("Uçucu kül 🌍 (emoji: a surrogate pair)")]
    [InlineData("")]
    [InlineData(null)]
    public void PlainText_PrintableText_Accepted(string? text) =>
        Guard.PlainText(text, "LegalName");
}
