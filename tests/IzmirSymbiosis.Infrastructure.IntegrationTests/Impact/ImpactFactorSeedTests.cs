using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Seeding;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.ReferenceData;

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

    /// <summary>
    /// A match's "Çevresel fayda" and the ledger's forecast rest on one source: for every
    /// indicative waste code of the material profiles, the engine's CO2e saving per tonne equals
    /// the ledger's figure in tonnes for 1,000 t recovered with no transport (same rows, same rule;
    /// 1,000 t so that the ledger's three decimals keep every digit of a kg/t factor).
    /// </summary>
    [Fact]
    public void EngineSavingPerTonne_EqualsTheLedgerFormula_ForEveryProfile()
    {
        var d = ReferenceDataReader.Load();
        var knowledge = new MatchingKnowledge(d.WasteCodes, d.WasteCategories, d.NaceActivities, d.RecoveryOperations, d.MaterialEmissionProfiles, []);
        var checkedCodes = 0;
        var differences = new List<string>();
        foreach (var code in d.MaterialEmissionProfiles.SelectMany(p => p.IndicativeEwcCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct())
        {
            var profile = d.MaterialEmissionProfiles.First(p => p.IndicativeEwcCodes.Split(' ').Contains(code));
            var inputs = new ImpactInputs(ImpactBasis.Verified, 1000m, QuantityUnit.Tonne, QuantityPeriod.OneOff, ResourceKind.Material, code,
                FactorKeys.ProfileKey(profile), ExchangeRoute.WasteRecovery, "R3", TransportMode.None, null);
            var ledger = ImpactCalculator.Calculate(inputs, s_set.Rows.Select(FactorRowUsed.Of)).Figures.Co2eAvoidedTonnes;
            var engine = knowledge.Co2eSavingPerTonne(code, null, fallbackKgPerTonne: -1).KgPerTonne;

            if (ledger is null || Math.Abs((double)ledger.Value - engine) > 1e-6)
            {
                differences.Add($"{code} ({profile.UkMaterial ?? profile.WarmMaterial}): ledger {ledger} t per 1000 t, engine {engine} kg/t");
            }

            checkedCodes++;
        }

        Assert.Empty(differences);
        Assert.True(checkedCodes >= 40, $"only {checkedCodes} codes checked");
    }
}
