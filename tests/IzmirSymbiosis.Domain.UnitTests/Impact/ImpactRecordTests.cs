using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.UnitTests.Impact;

public sealed class ImpactRecordTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static (FactorSet Set, ImpactResult Result) Computed()
    {
        var set = FactorSet.Create("Set", 3, new DateOnly(2026, 1, 1), null, s_now,
        [
            new FactorRow(FactorKeys.Substitution("glass"), 579.6m, "kg CO2e/t", "UK DESNZ 2024", 2024, "derived", "cam: birincil üretim", "Glass: primary production"),
            new FactorRow(FactorKeys.Landfill("glass"), 8.9m, "kg CO2e/t", "UK DESNZ 2024", 2024, null, "cam: düzenli depolama", "Glass: landfill"),
            new FactorRow(FactorKeys.TransportRoad, 0.107m, "kg CO2e/t·km", "UK DESNZ 2024", 2024, "to be checked", "karayolu", "road"),
        ]);
        var inputs = new ImpactInputs(
            ImpactBasis.Verified, 33.333m, QuantityUnit.Tonne, QuantityPeriod.OneOff, ResourceKind.Material, "101112", "glass",
            ExchangeRoute.WasteRecovery, "R5", TransportMode.Road, 41, 0.0123m, 15_000m, null, null, 1);
        return (set, ImpactCalculator.Calculate(inputs, set.Rows.Select(FactorRowUsed.Of)));
    }

    [Fact]
    public void Of_StoresTheSetVersionFormulaAndFigures()
    {
        var (set, result) = Computed();

        var record = ImpactRecord.Of(Guid.NewGuid(), result, set, ImpactRecordReason.Verified, null, s_now);

        Assert.Equal((ImpactBasis.Verified, 3, ImpactCalculator.FormulaVersion), (record.Basis, record.FactorSetVersion, record.FormulaVersion));
        Assert.Equal(result.Figures, record.Figures);
    }

    [Fact]
    public void Result_FromTheStoredJson_IsTheCalculationAsMade()
    {
        var (set, result) = Computed();
        var record = ImpactRecord.Of(Guid.NewGuid(), result, set, ImpactRecordReason.Verified, null, s_now);

        var stored = record.Result();

        Assert.Equal(result.Inputs, stored.Inputs);
        Assert.Equal(result.Rows, stored.Rows);
        Assert.Equal(result.Notes, stored.Notes);
        Assert.Equal(ImpactExplanation.Lines(result, turkish: true), ImpactExplanation.Lines(stored, turkish: true));
    }

    [Fact]
    public void Recompute_FromStoredInputsAndRows_EqualsTheStoredFiguresEvenAfterTheSetChanged()
    {
        var (set, result) = Computed();
        var record = ImpactRecord.Of(Guid.NewGuid(), result, set, ImpactRecordReason.Verified, null, s_now);
        set.ReplaceRow(new FactorRow(FactorKeys.TransportRoad, 0.5m, "kg CO2e/t·km", "UK DESNZ 2024", 2024, null, "karayolu", "road"));

        Assert.Equal(record.Figures, record.Recompute().Figures);
    }
}
