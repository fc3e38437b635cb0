using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;

namespace IzmirSymbiosis.Domain.UnitTests.Companies;

public sealed class HazardousWastePermitTests
{
    // Hazardous entries of the List of Waste used here: waste oils (13 02 05*, 13 02 08*), fly ash
    // from co-incineration (10 01 16*) and lead batteries (16 06 01*).
    private static readonly IReadOnlySet<string> s_hazardous = new HashSet<string> { "130205", "130208", "100116", "160601" };
    private static readonly DateOnly s_until = new(2028, 6, 30);

    private static Company NewCompany() => new("Ege Geri Kazanım A.Ş.", "1234567890", "38.32", "Aliağa", SizeBand.Medium);

    [Fact]
    public void AddPermit_ValidFields_NormalisesCodesAndOperations()
    {
        var c = NewCompany();

        var p = c.AddPermit(" İzmir Çevre İl Müdürlüğü ", " TAL-2024/117 ", s_until, ["13 02 08*", "130205", "16 06"], ["r9", "R1", "D10", "R1"], s_hazardous);

        Assert.Equal("İzmir Çevre İl Müdürlüğü", p.Authority);
        Assert.Equal("TAL-2024/117", p.Number);
        Assert.Equal(["130205", "130208", "1606"], p.WasteCodes);
        Assert.Equal(["R1", "R9", "D10"], p.Operations);
        Assert.Single(c.Permits);
    }

    [Theory]
    [InlineData("", "TAL-1", "130205", "R9", "Permit.AuthorityRequired", "Authority")]
    [InlineData("Bakanlık", " ", "130205", "R9", "Permit.NumberRequired", "Number")]
    [InlineData("Bakanlık", "TAL-1", "", "R9", "Permit.CodesRequired", "WasteCodes")]
    [InlineData("Bakanlık", "TAL-1", "1302", "", "Permit.OperationsRequired", "Operations")]
    [InlineData("Bakanlık", "TAL-1", "13 02 0", "R9", "Permit.CodeFormat", "WasteCodes")]
    [InlineData("Bakanlık", "TAL-1", "100101", "R9", "Permit.CodeNotHazardous", "WasteCodes")]
    [InlineData("Bakanlık", "TAL-1", "1002", "R9", "Permit.PrefixNotHazardous", "WasteCodes")]
    [InlineData("Bakanlık", "TAL-1", "130205", "R14", "Permit.OperationUnknown", "Operations")]
    [InlineData("Bakanlık", "TAL-1", "130205", "D16", "Permit.OperationUnknown", "Operations")]
    [InlineData("Bakanlık", "TAL-1", "130205", "R0", "Permit.OperationUnknown", "Operations")]
    [InlineData("Bakanlık", "TAL\u00001", "130205", "R9", "Text.ControlCharacters", "Number")]
    public void AddPermit_BrokenRule_ThrowsAtFieldAndAddsNothing(string authority, string number, string code, string op, string key, string field)
    {
        var c = NewCompany();

        var e = Assert.Throws<DomainException>(() => c.AddPermit(authority, number, s_until, code.Length == 0 ? [] : [code], op.Length == 0 ? [] : [op], s_hazardous));

        Assert.Equal(key, e.Code);
        Assert.Equal(field, e.Field);
        Assert.Empty(c.Permits);
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2100, 1, 1)]
    public void AddPermit_ValidUntilOutOfRange_Throws(int year, int month, int day)
    {
        var e = Assert.Throws<DomainException>(() => NewCompany().AddPermit("Bakanlık", "TAL-1", new DateOnly(year, month, day), ["130205"], ["R9"], s_hazardous));

        Assert.Equal("Permit.ValidUntilRange", e.Code);
    }

    [Fact]
    public void AddPermit_SameNumberTwice_Throws()
    {
        var c = NewCompany();
        c.AddPermit("Bakanlık", "TAL-1", s_until, ["130205"], ["R9"], s_hazardous);

        var e = Assert.Throws<DomainException>(() => c.AddPermit("İl Müdürlüğü", "tal-1", s_until, ["160601"], ["R4"], s_hazardous));

        Assert.Equal("Permit.NumberDuplicate", e.Code);
        Assert.Single(c.Permits);
    }

    [Fact]
    public void UpdatePermit_BrokenRule_KeepsEveryOldValue()
    {
        var c = NewCompany();
        var p = c.AddPermit("Bakanlık", "TAL-1", s_until, ["130205"], ["R9"], s_hazardous);

        Assert.Throws<DomainException>(() => c.UpdatePermit(p.Id, "İl Müdürlüğü", "TAL-2", s_until.AddYears(1), ["100101"], ["R1"], s_hazardous));

        Assert.Equal(("Bakanlık", "TAL-1", s_until), (p.Authority, p.Number, p.ValidUntil));
        Assert.Equal(["130205"], p.WasteCodes);
        Assert.Equal(["R9"], p.Operations);
    }

    [Fact]
    public void UpdateAndRemovePermit_UnknownId_ThrowsNotFound()
    {
        var c = NewCompany();

        Assert.Equal("Permit.NotFound", Assert.Throws<DomainException>(() => c.RemovePermit(Guid.NewGuid())).Code);
        Assert.Equal("Permit.NotFound", Assert.Throws<DomainException>(() => c.UpdatePermit(Guid.NewGuid(), "B", "N", s_until, ["130205"], ["R9"], s_hazardous)).Code);
    }

    [Fact]
    public void RemovePermit_Known_RemovesIt()
    {
        var c = NewCompany();
        var p = c.AddPermit("Bakanlık", "TAL-1", s_until, ["130205"], ["R9"], s_hazardous);

        c.RemovePermit(p.Id);

        Assert.Empty(c.Permits);
    }

    [Fact]
    public void PermitsValidOn_IncludesTheLastDayOnly()
    {
        var c = NewCompany();
        c.AddPermit("Bakanlık", "TAL-1", s_until, ["130205"], ["R9"], s_hazardous);

        Assert.Single(c.PermitsValidOn(s_until));
        Assert.Empty(c.PermitsValidOn(s_until.AddDays(1)));
    }

    [Theory]
    [InlineData("1302", "130205", true)]
    [InlineData("13", "130899", true)]
    [InlineData("130205", "130205", true)]
    [InlineData("130205", "130208", false)]
    [InlineData("1302", "1302", false)]
    public void Covers_CodeOrPrefix(string permitted, string offered, bool expected)
    {
        var p = NewCompany().AddPermit("Bakanlık", "TAL-1", s_until, [permitted], ["R9"], s_hazardous);

        Assert.Equal(expected, p.Covers(offered));
    }
}
