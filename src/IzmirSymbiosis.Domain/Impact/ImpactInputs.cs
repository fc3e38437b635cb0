using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.Impact;

/// <summary>Which figures of an exchange a record holds.</summary>
public enum ImpactBasis
{
    /// <summary>Expected figures per year, from the agreed quantity (recorded when it is proposed; also a match's estimate).</summary>
    Forecast,

    /// <summary>Measured figures, from the delivered quantity the expert verified.</summary>
    Verified,
}

/// <summary>
/// Everything the impact calculation reads besides the factor rows. Stored with each figure, so a
/// recompute from the stored inputs and rows gives the same numbers.
/// </summary>
/// <param name="Basis">Forecast (the quantity is annualised) or verified (the quantity is what was delivered).</param>
/// <param name="Amount">The quantity in <paramref name="Unit"/> per <paramref name="Period"/>.</param>
/// <param name="Unit">Unit of the quantity.</param>
/// <param name="Period">Period of the quantity (one-off for a delivered quantity).</param>
/// <param name="Kind">Material, energy, water or capacity.</param>
/// <param name="EwcCode">The offer's six-digit waste code, when it has one.</param>
/// <param name="MaterialProfile">Key of the material profile whose factors apply (<see cref="FactorKeys"/>), null when none is known.</param>
/// <param name="Route">Legal route of the exchange.</param>
/// <param name="RecoveryOperation">R1…R13 for a waste recovery route.</param>
/// <param name="TransportMode">How it travels.</param>
/// <param name="DistanceKm">Transport distance, km (null: not known, no transport counted).</param>
/// <param name="ProcessingMWhPerTonne">Electricity the receiver uses to process a tonne, MWh/t (null: not given).</param>
/// <param name="CostSavingsTry">Cost savings of the parties, TRY (per year for a forecast).</param>
/// <param name="NewRevenueTry">New revenue, TRY (per year for a forecast).</param>
/// <param name="InvestmentTry">Investment needed, TRY.</param>
/// <param name="Jobs">Jobs created.</param>
public sealed record ImpactInputs(
    ImpactBasis Basis,
    decimal Amount,
    QuantityUnit Unit,
    QuantityPeriod Period,
    ResourceKind Kind,
    string? EwcCode,
    string? MaterialProfile,
    ExchangeRoute Route,
    string? RecoveryOperation,
    TransportMode TransportMode,
    int? DistanceKm,
    decimal? ProcessingMWhPerTonne = null,
    decimal? CostSavingsTry = null,
    decimal? NewRevenueTry = null,
    decimal? InvestmentTry = null,
    int? Jobs = null);
