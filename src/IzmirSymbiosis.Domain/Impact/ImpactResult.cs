using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Impact;

/// <summary>What a step of the calculation computes (its line in "Nasıl hesaplandı?").</summary>
public enum ImpactTerm
{
    /// <summary>The quantity in the base unit (t, m³, MWh).</summary>
    Quantity,

    /// <summary>The quantity per year (forecast).</summary>
    AnnualQuantity,

    /// <summary>Tonnes kept out of landfill or disposal.</summary>
    TonnesDiverted,

    /// <summary>Virgin material the recovered material replaces.</summary>
    VirginMaterial,

    /// <summary>CO2e of the virgin production avoided (UK: primary − closed-loop secondary input).</summary>
    Substitution,

    /// <summary>CO2e of the landfill avoided.</summary>
    AvoidedDisposal,

    /// <summary>CO2e saved by the US EPA WARM net factor (landfill − recovery; includes substitution and disposal).</summary>
    WarmNet,

    /// <summary>CO2e of the grid electricity a delivered energy stream replaces.</summary>
    AvoidedGridElectricity,

    /// <summary>CO2e of transporting it.</summary>
    Transport,

    /// <summary>CO2e of the electricity used to process it.</summary>
    Processing,

    /// <summary>Net CO2e avoided.</summary>
    Co2eAvoided,

    /// <summary>Water reused, m³.</summary>
    Water,

    /// <summary>Energy reused, MWh.</summary>
    Energy,
}

/// <summary>How a step combines its operands.</summary>
public enum StepOperation
{
    /// <summary>The product of the operands (kg CO2e products are shown in t CO2e, i.e. divided by 1000).</summary>
    Product,

    /// <summary>The signed sum of the operands.</summary>
    Sum,

    /// <summary>The single operand, carried over.</summary>
    Same,
}

/// <summary>Remarks the explanation adds: assumptions and what could not be computed.</summary>
public enum ImpactNote
{
    /// <summary>No material profile is known for this waste: no substitution or disposal saving is counted.</summary>
    NoMaterialProfile,

    /// <summary>The WARM net factor already includes the avoided landfill (and virgin production): nothing is added to it.</summary>
    WarmIncludesDisposal,

    /// <summary>A recovered tonne is taken to replace a tonne of virgin material.</summary>
    OneToOneSubstitution,

    /// <summary>Energy recovery (R1) replaces no material: only the avoided landfill is counted.</summary>
    EnergyRecoveryNoSubstitution,

    /// <summary>Combined transport is counted as road transport over the whole distance (the larger factor).</summary>
    CombinedTransportAsRoad,

    /// <summary>No distance given: no transport emission is counted.</summary>
    NoDistance,

    /// <summary>No transport (same site or pipeline): no transport emission is counted.</summary>
    NoTransport,

    /// <summary>Delivered energy is taken to replace grid electricity at Türkiye's average factor.</summary>
    EnergyDisplacesGridElectricity,

    /// <summary>The quantity is not a mass: no tonnes or material CO2e are computed.</summary>
    NotMass,

    /// <summary>A non-waste route: nothing is diverted from disposal.</summary>
    NonWasteRoute,

    /// <summary>A factor the formula needs is missing from the set: its term is 0.</summary>
    FactorMissing,

    /// <summary>Cost savings, revenue, investment or jobs were not given.</summary>
    EconomicNotGiven,

    /// <summary>No saving is known (no material profile or factor): the net CO2e is not computed.</summary>
    Co2eNotComputed,
}

/// <summary>A copy of a factor row as a figure used it (later edits of anything cannot change it).</summary>
/// <param name="Key">Row key.</param>
/// <param name="Value">Value in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Source">Publication.</param>
/// <param name="Year">Year of the publication.</param>
/// <param name="Note">Remarks.</param>
/// <param name="LabelTr">What it is, Turkish.</param>
/// <param name="LabelEn">What it is, English.</param>
public sealed record FactorRowUsed(string Key, decimal Value, string Unit, string Source, int Year, string? Note, string LabelTr, string LabelEn)
{
    /// <summary>A copy of <paramref name="row"/>.</summary>
    public static FactorRowUsed Of(FactorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Key, row.Value, row.Unit, row.Source, row.Year, row.Note, row.LabelTr, row.LabelEn);
    }
}

/// <summary>One operand of a step.</summary>
/// <param name="Value">The number.</param>
/// <param name="Symbol">Its unit symbol (the same in both languages: t, kg, km, m³, MWh, t CO2e, or a factor's unit).</param>
/// <param name="Per">The period it is counted per, when it is a rate.</param>
/// <param name="FactorKey">The factor row it is, when it is one.</param>
/// <param name="PeriodsPerYear">Whether it is the number of <paramref name="Per"/> periods in a year.</param>
/// <param name="Sign">+1 or −1 in a <see cref="StepOperation.Sum"/>.</param>
public sealed record StepOperand(decimal Value, string Symbol, QuantityPeriod? Per = null, string? FactorKey = null, bool PeriodsPerYear = false, int Sign = 1);

/// <summary>One line of the arithmetic.</summary>
/// <param name="Term">What it computes.</param>
/// <param name="Operation">How.</param>
/// <param name="Operands">With what.</param>
/// <param name="Result">The result, rounded to <see cref="ImpactCalculator.Decimals"/> decimals.</param>
/// <param name="ResultSymbol">Unit of the result.</param>
/// <param name="ResultPer">Per year for a forecast.</param>
public sealed record ImpactStep(ImpactTerm Term, StepOperation Operation, IReadOnlyList<StepOperand> Operands, decimal Result, string ResultSymbol, QuantityPeriod? ResultPer);

/// <summary>
/// The figures of one calculation (per year for a forecast, for the measured period when verified).
/// CO2e in tonnes; <see cref="Co2eAvoidedTonnes"/> = substitution + avoided disposal − transport − processing.
/// </summary>
/// <param name="TonnesDiverted">Tonnes kept out of landfill or disposal.</param>
/// <param name="VirginMaterialTonnes">Virgin material substituted, t.</param>
/// <param name="SubstitutionCo2eTonnes">CO2e of the avoided virgin production (or WARM net, or avoided grid electricity), t.</param>
/// <param name="AvoidedDisposalCo2eTonnes">CO2e of the avoided landfill, t.</param>
/// <param name="TransportCo2eTonnes">CO2e of the transport, t.</param>
/// <param name="ProcessingCo2eTonnes">CO2e of the processing electricity, t.</param>
/// <param name="Co2eAvoidedTonnes">Net CO2e avoided, t (negative when transport and processing outweigh the saving); null when no saving is known.</param>
/// <param name="WaterM3">Water reused, m³.</param>
/// <param name="EnergyMWh">Energy reused, MWh.</param>
/// <param name="CostSavingsTry">Cost savings, TRY.</param>
/// <param name="NewRevenueTry">New revenue, TRY.</param>
/// <param name="InvestmentTry">Investment, TRY.</param>
/// <param name="Jobs">Jobs created.</param>
public sealed record ImpactFigures(
    decimal TonnesDiverted,
    decimal VirginMaterialTonnes,
    decimal SubstitutionCo2eTonnes,
    decimal AvoidedDisposalCo2eTonnes,
    decimal TransportCo2eTonnes,
    decimal ProcessingCo2eTonnes,
    decimal? Co2eAvoidedTonnes,
    decimal WaterM3,
    decimal EnergyMWh,
    decimal? CostSavingsTry,
    decimal? NewRevenueTry,
    decimal? InvestmentTry,
    int? Jobs);

/// <summary>A calculation with everything needed to trace and repeat it.</summary>
/// <param name="FormulaVersion">The formula (<see cref="ImpactCalculator.FormulaVersion"/>).</param>
/// <param name="Inputs">The inputs.</param>
/// <param name="Rows">The factor rows used, copied.</param>
/// <param name="Steps">Each arithmetic step, in order.</param>
/// <param name="Notes">Assumptions and gaps.</param>
/// <param name="Figures">The figures.</param>
public sealed record ImpactResult(
    string FormulaVersion,
    ImpactInputs Inputs,
    IReadOnlyList<FactorRowUsed> Rows,
    IReadOnlyList<ImpactStep> Steps,
    IReadOnlyList<ImpactNote> Notes,
    ImpactFigures Figures);
