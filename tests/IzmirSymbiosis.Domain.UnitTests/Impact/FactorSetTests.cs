using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Impact;

namespace IzmirSymbiosis.Domain.UnitTests.Impact;

public sealed class FactorSetTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static FactorRow Row(string key, decimal value = 0.107m) =>
        new(key, value, "kg CO2e/t·km", "UK DESNZ 2024", 2024, null, "karayolu", "road");

    [Fact]
    public void Create_ValidRows_KeepsThemByKey()
    {
        var set = FactorSet.Create(" Etki faktörleri ", 2, new DateOnly(2026, 11, 30), null, s_now, [Row(FactorKeys.TransportRoad), Row(FactorKeys.TransportRail, 0.0278m)]);

        Assert.Equal(("Etki faktörleri", 2, false), (set.Name, set.Version, set.IsInUse));
        Assert.Equal(0.0278m, set.Row(FactorKeys.TransportRail)!.Value);
        Assert.Null(set.Row("missing"));
    }

    [Fact]
    public void Create_DuplicateKey_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => FactorSet.Create("Set", 1, new DateOnly(2026, 1, 1), null, s_now, [Row("a"), Row("a")]));

        Assert.Equal("Impact.FactorKeyDuplicate", e.Code);
    }

    [Theory]
    [InlineData("", 1, "Impact.FactorSetNameRequired")]
    [InlineData("Set", 0, "Impact.FactorSetVersionPositive")]
    public void Create_BadNameOrVersion_IsRefused(string name, int version, string code)
    {
        var e = Assert.Throws<DomainException>(() => FactorSet.Create(name, version, new DateOnly(2026, 1, 1), null, s_now, [Row("a")]));

        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void Create_NoRows_IsRefused() =>
        Assert.Equal("Impact.FactorSetEmpty", Assert.Throws<DomainException>(() => FactorSet.Create("Set", 1, new DateOnly(2026, 1, 1), null, s_now, [])).Code);

    [Fact]
    public void Row_WithoutSource_IsRefused() =>
        Assert.Equal("Impact.FactorFieldRequired", Assert.Throws<DomainException>(() => new FactorRow("k", 1, "t", " ", 2024, null, "a", "b")).Code);

    [Fact]
    public void ReplaceRow_UnusedSet_ChangesTheValue()
    {
        var set = FactorSet.Create("Set", 1, new DateOnly(2026, 1, 1), null, s_now, [Row(FactorKeys.TransportRoad)]);

        set.ReplaceRow(Row(FactorKeys.TransportRoad, 0.2m));

        Assert.Equal(0.2m, set.Row(FactorKeys.TransportRoad)!.Value);
    }

    [Fact]
    public void ReplaceRow_SetInUse_IsRefusedAndChangesNothing()
    {
        var set = FactorSet.Create("Set", 1, new DateOnly(2026, 1, 1), null, s_now, [Row(FactorKeys.TransportRoad)]);
        set.MarkInUse(s_now);

        var e = Assert.Throws<DomainException>(() => set.ReplaceRow(Row(FactorKeys.TransportRoad, 0.2m)));
        var rename = Assert.Throws<DomainException>(() => set.Rename("Other"));

        Assert.Equal(("Impact.FactorSetInUse", "Impact.FactorSetInUse"), (e.Code, rename.Code));
        Assert.Equal((0.107m, "Set"), (set.Row(FactorKeys.TransportRoad)!.Value, set.Name));
    }

    [Fact]
    public void MarkInUse_Twice_KeepsTheFirstTime()
    {
        var set = FactorSet.Create("Set", 1, new DateOnly(2026, 1, 1), null, s_now, [Row("a")]);

        set.MarkInUse(s_now);
        set.MarkInUse(s_now.AddDays(1));

        Assert.Equal(s_now, set.InUseSince);
    }

    [Fact]
    public void ProfileKey_MaterialName_IsLowerCaseWordsJoinedByDashes() =>
        Assert.Equal("metal-aluminium-cans-and-foil-excl-forming", FactorKeys.ProfileKey("Metal: aluminium cans and foil (excl. forming)"));
}
