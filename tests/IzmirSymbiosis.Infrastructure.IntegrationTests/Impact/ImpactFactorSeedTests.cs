using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Infrastructure.Seeding;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Impact;

/// <summary>The first factor set as built from the shipped files (no database).</summary>
public sealed class ImpactFactorSeedTests
{
    private static readonly FactorSet s_set = ImpactFactorSeed.Version1(DateTimeOffset.UnixEpoch);

    [Fact]
    public void Version1_EveryRow_NamesItsPublicationYearAndBothLabels() =>
        Assert.All(s_set.Rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.InRange(r.Year, 2020, 2026);
            Assert.False(string.IsNullOrWhiteSpace(r.LabelTr));
            Assert.False(string.IsNullOrWhiteSpace(r.LabelEn));
        });

    [Fact]
    public void Version1_ScrapMetal_HasTheUkAndWarmRowsOfTheCompactTable()
    {
        var profile = FactorKeys.ProfileKey("Metal: scrap metal");

        Assert.Equal(1844.3m, s_set.Row(FactorKeys.Substitution(profile))!.Value);
        Assert.Equal(8.9m, s_set.Row(FactorKeys.Landfill(profile))!.Value);
        Assert.Equal(4862.8m, s_set.Row(FactorKeys.Warm(profile))!.Value);
        Assert.Equal("Metal hurdası: birincil üretim − kapalı döngü ikincil girdi", s_set.Row(FactorKeys.Substitution(profile))!.LabelTr, ignoreCase: true);
    }

    [Fact]
    public void Version1_TurkiyeAndTransport_AreThereAndUncheckedValuesSaySo()
    {
        Assert.Equal(439m, s_set.Row(FactorKeys.GridTurkiye)!.Value);
        Assert.StartsWith("ETKB", s_set.Row(FactorKeys.GridTurkiye)!.Source, StringComparison.Ordinal);
        foreach (var key in new[] { FactorKeys.TransportRoad, FactorKeys.TransportRail, FactorKeys.TransportSea })
        {
            var row = s_set.Row(key)!;
            Assert.Equal("kg CO2e/t·km", row.Unit);
            Assert.Contains("to be checked", row.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version1_WarmRows_SayTheyAreNeverAddedToTheUkRows() =>
        Assert.All(s_set.Rows.Where(r => r.Key.EndsWith("/warm-net", StringComparison.Ordinal)), r =>
            Assert.Contains("never added to the UK rows", r.Note, StringComparison.Ordinal));
}
