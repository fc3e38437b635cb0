using System.Text.Json;
using System.Text.Json.Serialization;

namespace IzmirSymbiosis.Domain.Impact;

/// <summary>Why a ledger record was written.</summary>
public enum ImpactRecordReason
{
    /// <summary>The exchange was proposed: forecast from the agreed quantity.</summary>
    Proposed,

    /// <summary>An expert verified the exchange: figures from the measured delivered quantity.</summary>
    Verified,

    /// <summary>An expert or admin recomputed the figures with the current factor set (the earlier record is kept).</summary>
    Recomputed,

    /// <summary>The draft of a proposed exchange changed what the forecast is computed from (the earlier record is kept).</summary>
    DraftChanged,
}

/// <summary>
/// One entry of an exchange's impact ledger (DESIGN.md §6): the figures of one calculation with
/// everything that made them: the inputs, the factor set (id and version), copies of the factor rows
/// used, the formula version and each step. Records are only ever added: a factor-set update never
/// changes one, and a recompute adds a new record that names the one it supersedes. The latest
/// record of each basis is the exchange's current forecast or verified figure.
/// </summary>
public sealed class ImpactRecord
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private ImpactRecord()
    {
        FormulaVersion = InputsJson = RowsJson = StepsJson = NotesJson = string.Empty;
    }

    /// <summary>Identifier (random).</summary>
    public Guid Id { get; private set; }

    /// <summary>The exchange.</summary>
    public Guid ExchangeId { get; private set; }

    /// <summary>Forecast or verified.</summary>
    public ImpactBasis Basis { get; private set; }

    /// <summary>Why it was written.</summary>
    public ImpactRecordReason Reason { get; private set; }

    /// <summary>The record this one replaces as the current figure (a recompute), if any.</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Who caused it.</summary>
    public Guid? RecordedByUserId { get; private set; }

    /// <summary>The factor set used.</summary>
    public int FactorSetId { get; private set; }

    /// <summary>Its version.</summary>
    public int FactorSetVersion { get; private set; }

    /// <summary>The formula (<see cref="ImpactCalculator.FormulaVersion"/> when it was computed).</summary>
    public string FormulaVersion { get; private set; }

    /// <summary>The inputs, as JSON.</summary>
    public string InputsJson { get; private set; }

    /// <summary>Copies of the factor rows used, as JSON.</summary>
    public string RowsJson { get; private set; }

    /// <summary>The steps, as JSON.</summary>
    public string StepsJson { get; private set; }

    /// <summary>The notes, as JSON.</summary>
    public string NotesJson { get; private set; }

    /// <summary>Tonnes diverted from landfill or disposal.</summary>
    public decimal TonnesDiverted { get; private set; }

    /// <summary>Virgin material substituted, t.</summary>
    public decimal VirginMaterialTonnes { get; private set; }

    /// <summary>CO2e of the avoided primary production (or WARM net, or grid electricity), t.</summary>
    public decimal SubstitutionCo2eTonnes { get; private set; }

    /// <summary>CO2e of the avoided landfill, t.</summary>
    public decimal AvoidedDisposalCo2eTonnes { get; private set; }

    /// <summary>CO2e of the transport, t.</summary>
    public decimal TransportCo2eTonnes { get; private set; }

    /// <summary>CO2e of the processing, t.</summary>
    public decimal ProcessingCo2eTonnes { get; private set; }

    /// <summary>Net CO2e avoided, t; null when no saving is known (sums leave it out).</summary>
    public decimal? Co2eAvoidedTonnes { get; private set; }

    /// <summary>Water reused, m³.</summary>
    public decimal WaterM3 { get; private set; }

    /// <summary>Energy reused, MWh.</summary>
    public decimal EnergyMWh { get; private set; }

    /// <summary>Cost savings, TRY.</summary>
    public decimal? CostSavingsTry { get; private set; }

    /// <summary>New revenue, TRY.</summary>
    public decimal? NewRevenueTry { get; private set; }

    /// <summary>Investment, TRY.</summary>
    public decimal? InvestmentTry { get; private set; }

    /// <summary>Jobs created.</summary>
    public int? Jobs { get; private set; }

    /// <summary>The figures as stored.</summary>
    public ImpactFigures Figures => new(
        TonnesDiverted, VirginMaterialTonnes, SubstitutionCo2eTonnes, AvoidedDisposalCo2eTonnes, TransportCo2eTonnes, ProcessingCo2eTonnes,
        Co2eAvoidedTonnes, WaterM3, EnergyMWh, CostSavingsTry, NewRevenueTry, InvestmentTry, Jobs);

    /// <summary>Records <paramref name="result"/>, computed with <paramref name="set"/>, for an exchange.</summary>
    public static ImpactRecord Of(
        Guid exchangeId, ImpactResult result, FactorSet set, ImpactRecordReason reason, Guid? userId, DateTimeOffset now, Guid? supersedesId = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(set);
        var f = result.Figures;
        return new ImpactRecord
        {
            Id = Guid.NewGuid(),
            ExchangeId = exchangeId,
            Basis = result.Inputs.Basis,
            Reason = reason,
            SupersedesId = supersedesId,
            RecordedAt = now,
            RecordedByUserId = userId,
            FactorSetId = set.Id,
            FactorSetVersion = set.Version,
            FormulaVersion = result.FormulaVersion,
            InputsJson = JsonSerializer.Serialize(result.Inputs, s_json),
            RowsJson = JsonSerializer.Serialize(result.Rows, s_json),
            StepsJson = JsonSerializer.Serialize(result.Steps, s_json),
            NotesJson = JsonSerializer.Serialize(result.Notes, s_json),
            TonnesDiverted = f.TonnesDiverted,
            VirginMaterialTonnes = f.VirginMaterialTonnes,
            SubstitutionCo2eTonnes = f.SubstitutionCo2eTonnes,
            AvoidedDisposalCo2eTonnes = f.AvoidedDisposalCo2eTonnes,
            TransportCo2eTonnes = f.TransportCo2eTonnes,
            ProcessingCo2eTonnes = f.ProcessingCo2eTonnes,
            Co2eAvoidedTonnes = f.Co2eAvoidedTonnes,
            WaterM3 = f.WaterM3,
            EnergyMWh = f.EnergyMWh,
            CostSavingsTry = f.CostSavingsTry,
            NewRevenueTry = f.NewRevenueTry,
            InvestmentTry = f.InvestmentTry,
            Jobs = f.Jobs,
        };
    }

    /// <summary>The stored inputs.</summary>
    public ImpactInputs Inputs() => JsonSerializer.Deserialize<ImpactInputs>(InputsJson, s_json)!;

    /// <summary>The stored copies of the factor rows.</summary>
    public IReadOnlyList<FactorRowUsed> Rows() => JsonSerializer.Deserialize<List<FactorRowUsed>>(RowsJson, s_json)!;

    /// <summary>The calculation as stored (for "Nasıl hesaplandı?").</summary>
    public ImpactResult Result() => new(
        FormulaVersion,
        Inputs(),
        Rows(),
        JsonSerializer.Deserialize<List<ImpactStep>>(StepsJson, s_json)!,
        JsonSerializer.Deserialize<List<ImpactNote>>(NotesJson, s_json)!,
        Figures);

    /// <summary>
    /// Computes again from the stored inputs and stored rows only. With the same formula version it
    /// gives <see cref="Figures"/> to the last digit.
    /// </summary>
    public ImpactResult Recompute() => ImpactCalculator.Calculate(Inputs(), Rows());
}
