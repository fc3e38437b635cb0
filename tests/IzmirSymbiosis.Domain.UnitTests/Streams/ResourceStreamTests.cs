using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.UnitTests.Streams;

public sealed class ResourceStreamTests
{
    private static ResourceStream Material() =>
        new(Guid.NewGuid(), StreamDirection.Offer, ResourceKind.Material, "Uçucu kül", new Quantity(1200, QuantityUnit.Tonne, QuantityPeriod.PerYear));

    [Theory]
    [InlineData("10 01 02", "100102")]
    [InlineData("100102", "100102")]
    [InlineData("13 02 05*", "130205")]
    public void Describe_EwcInAnyForm_StoresSixDigits(string input, string stored)
    {
        var s = Material();
        s.Describe("Kül", input);
        Assert.Equal(stored, s.EwcCode);
    }

    [Theory]
    [InlineData("10 01")]
    [InlineData("1001023")]
    [InlineData("AB0102")]
    public void Describe_MalformedEwc_Throws(string input)
    {
        var e = Assert.Throws<DomainException>(() => Material().Describe("Kül", input));
        Assert.Equal("Stream.EwcFormat", e.Code);
    }

    [Theory]
    [InlineData("10 01", null, "1001")]
    [InlineData("10", null, "10")]
    [InlineData("10 01 02", "100102", null)]
    public void Describe_NeedAcceptsCodeSubChapterOrChapter(string input, string? code, string? prefix)
    {
        var s = new ResourceStream(Guid.NewGuid(), StreamDirection.Need, ResourceKind.Material, "Çimento katkısı için kül", new Quantity(5000, QuantityUnit.Tonne, QuantityPeriod.PerYear));

        s.Describe("Her türlü 10 01 külü", input);

        Assert.Equal((code, prefix), (s.EwcCode, s.EwcPrefix));
        Assert.Equal(code ?? prefix, s.EwcScope);
    }

    [Theory]
    [InlineData("100")]
    [InlineData("10 01 0")]
    [InlineData("1A")]
    public void Describe_NeedMalformedScope_Throws(string input)
    {
        var s = new ResourceStream(Guid.NewGuid(), StreamDirection.Need, ResourceKind.Material, "Kül", new Quantity(5000, QuantityUnit.Tonne, QuantityPeriod.PerYear));

        var e = Assert.Throws<DomainException>(() => s.Describe("Kül", input));

        Assert.Equal("Stream.EwcNeedFormat", e.Code);
        Assert.Null(s.EwcScope);
    }

    [Fact]
    public void Describe_PrefixReplacedByCode_ClearsPrefix()
    {
        var s = new ResourceStream(Guid.NewGuid(), StreamDirection.Need, ResourceKind.Material, "Kül", new Quantity(5000, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        s.Describe("Kül", "10 01");

        s.Describe("Kül", "10 01 02");

        Assert.Equal(("100102", (string?)null), (s.EwcCode, s.EwcPrefix));
    }

    [Fact]
    public void Describe_EwcOnEnergyStream_Throws()
    {
        var s = new ResourceStream(Guid.NewGuid(), StreamDirection.Offer, ResourceKind.Energy, "Atık buhar", new Quantity(500, QuantityUnit.MegawattHour, QuantityPeriod.PerYear));
        var e = Assert.Throws<DomainException>(() => s.Describe("Atık buhar", "100102"));
        Assert.Equal("Stream.EwcOnlyForMaterial", e.Code);
    }

    [Fact]
    public void Create_UnitNotForKind_Throws()
    {
        var e = Assert.Throws<DomainException>(() => new ResourceStream(Guid.NewGuid(), StreamDirection.Need, ResourceKind.Water, "Proses suyu", new Quantity(5, QuantityUnit.Tonne, QuantityPeriod.PerDay)));
        Assert.Equal("Quantity.UnitNotForKind", e.Code);
    }

    [Theory]
    [InlineData("1000000000000", "Stream.PriceRange")]
    [InlineData("-1000000000000", "Stream.PriceRange")]
    [InlineData("12.345", "Stream.PricePrecision")]
    public void SetTerms_PriceTheColumnCannotHold_ThrowsAtPrice(string price, string key)
    {
        var s = Material();

        var e = Assert.Throws<DomainException>(() => s.SetTerms(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), null));

        Assert.Equal((key, "PricePerUnit"), (e.Code, e.Field));
        Assert.Null(s.PricePerUnit);
    }

    [Fact]
    public void SetTerms_LargestPrices_Accepted()
    {
        var s = Material();

        s.SetTerms(-ResourceStream.MaxPricePerUnit, null);
        s.SetTerms(ResourceStream.MaxPricePerUnit, ResourceStream.MaxTransportKmLimit);

        Assert.Equal(999_999_999_999.99m, s.PricePerUnit);
    }

    [Fact]
    public void SetAvailability_EndBeforeStart_Throws()
    {
        var e = Assert.Throws<DomainException>(() => Material().SetAvailability(new DateOnly(2027, 5, 1), new DateOnly(2027, 4, 30)));
        Assert.Equal("Stream.WindowOrder", e.Code);
    }

    [Fact]
    public void SetStatus_ReopenClosed_Throws()
    {
        var s = Material();
        s.SetStatus(StreamStatus.Closed);
        Assert.Throws<DomainException>(() => s.SetStatus(StreamStatus.Active));
    }

    [Fact]
    public void Describe_TurkishText_BuildsFoldedSearchKey()
    {
        var s = Material();
        s.Describe("ISLAK Çamur", "190814");
        Assert.Equal("islak camur 190814", s.SearchKey);
    }
}
