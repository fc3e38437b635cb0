using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.UnitTests.Impact;

/// <summary>Hand-computed cases of formula impact-1 with the values of the seeded set version 1.</summary>
public sealed class ImpactCalculatorTests
{
    private const string Metal = "metal-scrap-metal";
    private const string Aggregates = "construction-aggregates";
    private const string FlyAsh = "fly-ash";

    private static readonly FactorRowUsed[] s_rows =
    [
        new(FactorKeys.Substitution(Metal), 1844.3m, "kg CO2e/t", "UK DESNZ 2024", 2024, null, "metal hurdası: birincil üretim − kapalı döngü ikincil girdi", "Metal: scrap metal: primary production − closed-loop secondary input"),
        new(FactorKeys.Landfill(Metal), 8.9m, "kg CO2e/t", "UK DESNZ 2024", 2024, null, "metal hurdası: düzenli depolama", "Metal: scrap metal: landfill"),
        new(FactorKeys.Warm(Metal), 4862.8m, "kg CO2e/t", "US EPA WARM v16", 2023, null, "karışık metaller: depolama − geri dönüşüm (net)", "Mixed Metals: landfill − recycling (net)"),
        new(FactorKeys.Substitution(Aggregates), 4.6m, "kg CO2e/t", "UK DESNZ 2024", 2024, null, "inşaat agregası: birincil üretim − kapalı döngü ikincil girdi", "Construction: Aggregates: primary production − closed-loop secondary input"),
        new(FactorKeys.Landfill(Aggregates), 1.2m, "kg CO2e/t", "UK DESNZ 2024", 2024, null, "inşaat agregası: düzenli depolama", "Construction: Aggregates: landfill"),
        new(FactorKeys.Warm(FlyAsh), 976.1m, "kg CO2e/t", "US EPA WARM v16", 2023, null, "uçucu kül: depolama − geri dönüşüm (net)", "Fly Ash: landfill − recycling (net)"),
        new(FactorKeys.TransportRoad, 0.107m, "kg CO2e/t·km", "UK DESNZ 2024", 2024, null, "karayolu yük taşıması", "road freight"),
        new(FactorKeys.TransportSea, 0.0035m, "kg CO2e/t·km", "UK DESNZ 2024", 2024, null, "denizyolu yük taşıması", "sea freight"),
        new(FactorKeys.GridTurkiye, 439m, "kg CO2e/MWh", "ETKB EVÇED", 2024, null, "Türkiye elektrik üretimi ortalaması", "Türkiye average electricity generation"),
    ];

    private static ImpactInputs MetalForecast(int? km = 18) => new(
        ImpactBasis.Forecast, 10, QuantityUnit.Tonne, QuantityPeriod.PerMonth, ResourceKind.Material, "120103", Metal,
        ExchangeRoute.WasteRecovery, "R4", TransportMode.Road, km);

    private static ImpactResult Calc(ImpactInputs inputs) => ImpactCalculator.Calculate(inputs, s_rows);

    [Fact]
    public void Calculate_ScrapMetalTenTonnesAMonth_GivesTheHandComputedFiguresPerYear()
    {
        var f = Calc(MetalForecast()).Figures;

        // 10 t/month × 12 = 120 t/year; 120 × 1844.3 / 1000 = 221.316; 120 × 8.9 / 1000 = 1.068;
        // 120 × 18 × 0.107 / 1000 = 0.23112 → 0.231; net 221.316 + 1.068 − 0.231 = 222.153.
        Assert.Equal((120m, 120m, 221.316m, 1.068m, 0.231m, 0m, 222.153m), (f.TonnesDiverted, f.VirginMaterialTonnes, f.SubstitutionCo2eTonnes, f.AvoidedDisposalCo2eTonnes, f.TransportCo2eTonnes, f.ProcessingCo2eTonnes, f.Co2eAvoidedTonnes));
        Assert.Equal((0m, 0m), (f.WaterM3, f.EnergyMWh));
    }

    [Fact]
    public void Calculate_ProfileWithUkAndWarmRows_UsesTheUkPairOnlyAndNeverAddsWarm()
    {
        var result = Calc(MetalForecast());

        Assert.DoesNotContain(result.Steps, s => s.Term == ImpactTerm.WarmNet);
        Assert.DoesNotContain(result.Rows, r => r.Key == FactorKeys.Warm(Metal));
        Assert.Equal(result.Figures.SubstitutionCo2eTonnes + result.Figures.AvoidedDisposalCo2eTonnes - result.Figures.TransportCo2eTonnes, result.Figures.Co2eAvoidedTonnes);
    }

    [Fact]
    public void Calculate_WarmOnlyProfile_CountsTheNetFactorAloneWithoutADisposalTerm()
    {
        // 500 t delivered by sea over 200 km: 500 × 976.1 / 1000 = 488.05; 500 × 200 × 0.0035 / 1000 = 0.35; net 487.7.
        var result = Calc(new ImpactInputs(
            ImpactBasis.Verified, 500, QuantityUnit.Tonne, QuantityPeriod.OneOff, ResourceKind.Material, "100102", FlyAsh,
            ExchangeRoute.ByProduct, null, TransportMode.Sea, 200));

        Assert.Equal((488.05m, 0m, 0.35m, 487.7m), (result.Figures.SubstitutionCo2eTonnes, result.Figures.AvoidedDisposalCo2eTonnes, result.Figures.TransportCo2eTonnes, result.Figures.Co2eAvoidedTonnes));
        Assert.Contains(ImpactNote.WarmIncludesDisposal, result.Notes);
        Assert.DoesNotContain(result.Steps, s => s.Term == ImpactTerm.AvoidedDisposal);
    }

    [Fact]
    public void Calculate_TransportOutweighsTheSaving_GivesANegativeNetAndSaysSo()
    {
        // 100 t of aggregates by road over 500 km: saving 0.46 + 0.12, transport 100 × 500 × 0.107 / 1000 = 5.35; net −4.77.
        var result = Calc(new ImpactInputs(
            ImpactBasis.Verified, 100, QuantityUnit.Tonne, QuantityPeriod.OneOff, ResourceKind.Material, "170504", Aggregates,
            ExchangeRoute.WasteRecovery, "R5", TransportMode.Road, 500));

        Assert.Equal(-4.77m, result.Figures.Co2eAvoidedTonnes);
        Assert.Equal("Net önlenen CO2e: 0,46 + 0,12 − 5,35 = −4,77 t CO2e", ImpactExplanation.Lines(result, turkish: true).Single(l => l.StartsWith("Net", StringComparison.Ordinal)));
    }

    [Fact]
    public void Calculate_OneOffForecast_IsNotAnnualised()
    {
        var result = Calc(MetalForecast() with { Amount = 7.5m, Period = QuantityPeriod.OneOff });

        Assert.Equal(7.5m, result.Figures.TonnesDiverted);
        Assert.DoesNotContain(result.Steps, s => s.Term == ImpactTerm.AnnualQuantity);
    }

    [Fact]
    public void Calculate_NoDistance_CountsNoTransportAndSaysSo()
    {
        var result = Calc(MetalForecast(km: null));

        Assert.Equal(0m, result.Figures.TransportCo2eTonnes);
        Assert.Contains(ImpactNote.NoDistance, result.Notes);
        Assert.DoesNotContain(result.Rows, r => r.Key == FactorKeys.TransportRoad);
    }

    [Theory]
    [InlineData(QuantityUnit.Kilogram, 2500, QuantityPeriod.PerWeek, 130)]      // 2.5 t × 52
    [InlineData(QuantityUnit.Tonne, 0.4, QuantityPeriod.PerDay, 146)]          // 0.4 t × 365
    [InlineData(QuantityUnit.Tonne, 75.25, QuantityPeriod.PerYear, 75.25)]
    public void Calculate_MassUnitsAndPeriods_ConvertToTonnesPerYear(QuantityUnit unit, double amount, QuantityPeriod period, double tonnes)
    {
        var result = Calc(MetalForecast() with { Unit = unit, Amount = (decimal)amount, Period = period });

        Assert.Equal((decimal)tonnes, result.Figures.TonnesDiverted);
    }

    [Fact]
    public void Calculate_EnergyInGigajoules_ConvertsToMWhAndCountsAvoidedGridElectricity()
    {
        // 36 GJ/month × 0.277778 = 10.000008 → 10 MWh; × 12 = 120 MWh/year; 120 × 439 / 1000 = 52.68 t CO2e.
        var result = Calc(new ImpactInputs(
            ImpactBasis.Forecast, 36, QuantityUnit.Gigajoule, QuantityPeriod.PerMonth, ResourceKind.Energy, null, null,
            ExchangeRoute.NonWaste, null, TransportMode.Pipeline, 2));

        Assert.Equal((120m, 52.68m, 52.68m, 0m), (result.Figures.EnergyMWh, result.Figures.SubstitutionCo2eTonnes, result.Figures.Co2eAvoidedTonnes, result.Figures.TonnesDiverted));
        Assert.Contains(ImpactNote.EnergyDisplacesGridElectricity, result.Notes);
    }

    [Fact]
    public void Calculate_WaterInLitres_CountsCubicMetresAndNoCo2e()
    {
        var result = Calc(new ImpactInputs(
            ImpactBasis.Verified, 12500, QuantityUnit.Litre, QuantityPeriod.OneOff, ResourceKind.Water, null, null,
            ExchangeRoute.NonWaste, null, TransportMode.Pipeline, null));

        Assert.Equal((12.5m, (decimal?)null), (result.Figures.WaterM3, result.Figures.Co2eAvoidedTonnes));
    }

    [Fact]
    public void Calculate_EnergyRecoveryR1_CountsOnlyTheAvoidedLandfill()
    {
        var result = Calc(MetalForecast() with { RecoveryOperation = "R1" });

        Assert.Equal((0m, 0m, 1.068m), (result.Figures.VirginMaterialTonnes, result.Figures.SubstitutionCo2eTonnes, result.Figures.AvoidedDisposalCo2eTonnes));
        Assert.Contains(ImpactNote.EnergyRecoveryNoSubstitution, result.Notes);
    }

    [Fact]
    public void Calculate_NoMaterialProfile_KeepsTheTransportButComputesNoNetFigure()
    {
        var result = Calc(MetalForecast() with { MaterialProfile = null });

        Assert.Equal((0m, 0.231m, null), (result.Figures.SubstitutionCo2eTonnes, result.Figures.TransportCo2eTonnes, result.Figures.Co2eAvoidedTonnes));
        Assert.Equal([ImpactNote.OneToOneSubstitution, ImpactNote.NoMaterialProfile, ImpactNote.Co2eNotComputed, ImpactNote.EconomicNotGiven], result.Notes);
        Assert.DoesNotContain(result.Steps, s => s.Term == ImpactTerm.Co2eAvoided);
        Assert.Contains("Net önlenen CO2e hesaplanmadı: bu akış için bilinen bir ikame veya önlenen bertaraf faktörü yok (taşıma emisyonu ayrıca gösterildi).", ImpactExplanation.Lines(result, turkish: true));
    }

    [Fact]
    public void Calculate_ProcessingElectricity_IsSubtracted()
    {
        // 120 t × 0.05 MWh/t × 439 / 1000 = 2.634 t CO2e.
        var result = Calc(MetalForecast() with { ProcessingMWhPerTonne = 0.05m });

        Assert.Equal((2.634m, 222.153m - 2.634m), (result.Figures.ProcessingCo2eTonnes, result.Figures.Co2eAvoidedTonnes));
    }

    [Fact]
    public void Calculate_MoneyAndJobs_AreCarriedOverAsGiven()
    {
        var f = Calc(MetalForecast() with { CostSavingsTry = 480_000m, NewRevenueTry = 120_000.5m, InvestmentTry = 2_000_000m, Jobs = 3 }).Figures;

        Assert.Equal((480_000m, 120_000.5m, 2_000_000m, 3), (f.CostSavingsTry, f.NewRevenueTry, f.InvestmentTry, f.Jobs));
    }

    [Theory]
    [InlineData(0.0005, 0.001)]
    [InlineData(-0.0005, -0.001)]
    [InlineData(0.23112, 0.231)]
    [InlineData(1.0004999, 1)]
    public void Round_ThreeDecimalsMidpointAwayFromZero(double value, double expected) =>
        Assert.Equal((decimal)expected, ImpactCalculator.Round((decimal)value));

    [Fact]
    public void Calculate_FromTheStoredInputsAndRowsOnly_GivesTheSameFiguresAndSteps()
    {
        var first = Calc(MetalForecast() with { ProcessingMWhPerTonne = 0.013m, Amount = 3.333m });

        var again = ImpactCalculator.Calculate(first.Inputs, first.Rows);

        Assert.Equal(first.Figures, again.Figures);
        Assert.Equal(first.Rows, again.Rows);
        Assert.Equal(first.Steps.Select(s => (s.Term, s.Result)), again.Steps.Select(s => (s.Term, s.Result)));
        Assert.Equal(ImpactCalculator.FormulaVersion, again.FormulaVersion);
    }

    [Fact]
    public void Explanation_Turkish_ShowsTheArithmeticWithSourcesInTurkishNumberFormat()
    {
        var lines = ImpactExplanation.Lines(Calc(MetalForecast()), turkish: true);

        Assert.Equal(
            [
                "Yıllık miktar: 10 t/ay × 12 ay/yıl = 120 t/yıl",
                "Depolama veya bertaraftan kurtarılan: 120 t/yıl",
                "Yerine geçtiği birincil hammadde: 120 t/yıl",
                "Önlenen birincil üretim: 120 t/yıl × 1.844,3 kg CO2e/t (UK DESNZ 2024, metal hurdası: birincil üretim − kapalı döngü ikincil girdi) = 221,316 t CO2e/yıl",
                "Önlenen depolama: 120 t/yıl × 8,9 kg CO2e/t (UK DESNZ 2024, metal hurdası: düzenli depolama) = 1,068 t CO2e/yıl",
                "Taşıma: 120 t/yıl × 18 km × 0,107 kg CO2e/t·km (UK DESNZ 2024, karayolu yük taşıması) = 0,231 t CO2e/yıl",
                "Net önlenen CO2e: 221,316 + 1,068 − 0,231 = 222,153 t CO2e/yıl",
                "Geri kazanılan her ton bir ton birincil hammaddenin yerine geçer varsayıldı.",
                "Maliyet tasarrufu, yeni gelir, yatırım ve istihdam girilmedi.",
            ],
            lines);
    }

    [Fact]
    public void Explanation_English_ShowsTheSameArithmeticInEnglishNumberFormat()
    {
        var lines = ImpactExplanation.Lines(Calc(MetalForecast()), turkish: false);

        Assert.Equal("Quantity per year: 10 t/month × 12 months/year = 120 t/year", lines[0]);
        Assert.Equal("Avoided primary production: 120 t/year × 1,844.3 kg CO2e/t (UK DESNZ 2024, Metal: scrap metal: primary production − closed-loop secondary input) = 221.316 t CO2e/year", lines[3]);
        Assert.Equal("Net CO2e avoided: 221.316 + 1.068 − 0.231 = 222.153 t CO2e/year", lines[6]);
    }

    [Theory]
    [InlineData(1234567.891, true, "1.234.567,891")]
    [InlineData(1234567.891, false, "1,234,567.891")]
    [InlineData(-0.5, true, "−0,5")]
    [InlineData(120, true, "120")]
    public void Number_GroupsThousandsAndShowsUpToThreeDecimals(double value, bool turkish, string expected) =>
        Assert.Equal(expected, ImpactExplanation.Number((decimal)value, turkish));

    [Fact]
    public void Explanation_SourceWithoutItsYear_GetsTheRowsYear()
    {
        var lines = ImpactExplanation.Lines(Calc(MetalForecast() with { ProcessingMWhPerTonne = 0.05m }), turkish: true);

        Assert.Contains("İşleme elektriği: 120 t/yıl × 0,05 MWh/t × 439 kg CO2e/MWh (ETKB EVÇED 2024, Türkiye elektrik üretimi ortalaması) = 2,634 t CO2e/yıl", lines);
    }
}
