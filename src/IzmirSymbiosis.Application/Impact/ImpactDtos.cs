using IzmirSymbiosis.Domain.Impact;

namespace IzmirSymbiosis.Application.Impact;

/// <summary>
/// One recorded (or estimated) calculation as the UI shows it: the figures, what made them (inputs,
/// factor set and version, copies of the rows used, formula version) and "Nasıl hesaplandı?" as
/// lines in the reader's language.
/// </summary>
/// <param name="RecordId">The ledger record; null for an estimate that is not recorded.</param>
/// <param name="Basis">Forecast or verified.</param>
/// <param name="Reason">Why it was recorded (null for an estimate).</param>
/// <param name="RecordedAt">When (null for an estimate).</param>
/// <param name="FactorSetId">The factor set.</param>
/// <param name="FactorSetVersion">Its version.</param>
/// <param name="FormulaVersion">The formula.</param>
/// <param name="Figures">The figures.</param>
/// <param name="Inputs">The inputs.</param>
/// <param name="Rows">The factor rows used (value, unit, source, year, note).</param>
/// <param name="Explanation">The arithmetic, one line per step and note.</param>
public sealed record ImpactView(
    Guid? RecordId,
    ImpactBasis Basis,
    ImpactRecordReason? Reason,
    DateTimeOffset? RecordedAt,
    int FactorSetId,
    int FactorSetVersion,
    string FormulaVersion,
    ImpactFigures Figures,
    ImpactInputs Inputs,
    IReadOnlyList<FactorRowUsed> Rows,
    IReadOnlyList<string> Explanation);

/// <summary>An exchange's current forecast and verified figures and every earlier record, newest first.</summary>
/// <param name="ExchangeId">The exchange.</param>
/// <param name="Forecast">The latest forecast record, if any.</param>
/// <param name="Verified">The latest verified record, if any.</param>
/// <param name="History">All records, newest first (recomputes keep the earlier ones).</param>
/// <param name="MayRecompute">Whether the reader may recompute (experts and admins).</param>
public sealed record ExchangeImpact(Guid ExchangeId, ImpactView? Forecast, ImpactView? Verified, IReadOnlyList<ImpactView> History, bool MayRecompute);

/// <summary>
/// What an expert enters beside the quantities when recomputing: the receiver's processing
/// electricity per tonne and the money and jobs (per year for a forecast). All five replace the
/// previous values; null means "not known".
/// </summary>
/// <param name="ProcessingMWhPerTonne">Processing electricity, MWh/t (0–100, three decimals).</param>
/// <param name="CostSavingsTry">Cost savings, TRY (two decimals).</param>
/// <param name="NewRevenueTry">New revenue, TRY (two decimals).</param>
/// <param name="InvestmentTry">Investment, TRY (two decimals).</param>
/// <param name="Jobs">Jobs created (0–100 000).</param>
/// <param name="MaterialProfile">
/// The material profile an expert chose (a key of <see cref="FactorSetService.MaterialProfilesAsync"/>),
/// when the one found from the waste code or description is wrong or missing; null keeps it, an
/// empty string clears it.
/// </param>
public sealed record ImpactAdjustment(decimal? ProcessingMWhPerTonne, decimal? CostSavingsTry, decimal? NewRevenueTry, decimal? InvestmentTry, int? Jobs, string? MaterialProfile = null);

/// <summary>A material profile of a factor set, as an expert picks it.</summary>
/// <param name="Key">Profile key (in the factor rows' keys).</param>
/// <param name="NameTr">Turkish name.</param>
/// <param name="NameEn">English name.</param>
public sealed record MaterialProfileOption(string Key, string NameTr, string NameEn);
