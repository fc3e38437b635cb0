using System.ComponentModel.DataAnnotations;

namespace IzmirSymbiosis.Matching;

/// <summary>
/// Weights, thresholds and cost assumptions of the matching engine, bound from the
/// <c>Matching</c> configuration section and validated with data annotations at start.
/// </summary>
public sealed class MatchingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Matching";

    /// <summary>
    /// Weight of material compatibility: as much as the other five together, so a pair whose
    /// materials do not go together is not carried by nearness, amounts and timing (chosen on the
    /// development pairs, <c>tests/data/labelled-pairs/dev.csv</c>, never on the held-out ones).
    /// </summary>
    [Range(0, 10)]
    public double MaterialWeight { get; set; } = 1.0;

    /// <summary>Weight of quantity fit.</summary>
    [Range(0, 10)]
    public double QuantityWeight { get; set; } = 0.15;

    /// <summary>Weight of distance and transport cost.</summary>
    [Range(0, 10)]
    public double DistanceWeight { get; set; } = 0.2;

    /// <summary>Weight of timing (availability windows).</summary>
    [Range(0, 10)]
    public double TimingWeight { get; set; } = 0.1;

    /// <summary>Weight of economics (avoided disposal and purchase minus transport).</summary>
    [Range(0, 10)]
    public double EconomicsWeight { get; set; } = 0.1;

    /// <summary>Weight of environmental benefit (CO2e avoided minus transport CO2e).</summary>
    [Range(0, 10)]
    public double EnvironmentWeight { get; set; } = 0.1;

    /// <summary>Smallest total score (0–100) kept as a match.</summary>
    [Range(0, 100)]
    public double MinScore { get; set; } = 40;

    /// <summary>Smallest material compatibility (0–1) a pair needs to be scored at all.</summary>
    [Range(0.01, 1)]
    public double MinMaterialScore { get; set; } = 0.3;

    /// <summary>
    /// Multiplier of the recovery-route evidence in the material value (1: as documented on
    /// <see cref="Preparation.RouteEvidence"/>; 0 switches the route table off, for ablations).
    /// </summary>
    [Range(0, 1)]
    public double RouteEvidenceWeight { get; set; } = 1;

    /// <summary>
    /// 1: an offer's material sets the scale of the distance factor and the avoided purchase price
    /// (<c>material_transport.csv</c>: scrap metal travels across the country, aggregates a few tens
    /// of km); 0: <see cref="DefaultMaxTransportKm"/> and <see cref="AvoidedPurchaseTryPerTonne"/>
    /// for every material (for ablations).
    /// </summary>
    [Range(0, 1)]
    public double MaterialTransport { get; set; } = 1;

    /// <summary>Smallest Jaccard similarity of description concepts that counts as text evidence.</summary>
    [Range(0.05, 1)]
    public double MinTextSimilarity { get; set; } = 0.34;

    /// <summary>Matches kept per offer (best first).</summary>
    [Range(1, 1000)]
    public int TopKPerOffer { get; set; } = 20;

    /// <summary>Road distance over great-circle distance (detour factor).</summary>
    [Range(1, 3)]
    public double RoadFactor { get; set; } = 1.3;

    /// <summary>
    /// Transport limit in road km when neither party gives one; also the scale of the distance factor
    /// (1 − km / this), which the parties' own limits do not enter (they stay private).
    /// </summary>
    [Range(1, 5000)]
    public int DefaultMaxTransportKm { get; set; } = 250;

    /// <summary>Road km assumed for cost and CO2e when a location is missing.</summary>
    [Range(0, 1000)]
    public double AssumedDistanceKmWhenUnknown { get; set; } = 40;

    /// <summary>Fixed transport cost per tonne (loading, unloading, paperwork), TRY/t.</summary>
    [Range(0, 100_000)]
    public double TransportFixedTryPerTonne { get; set; } = 150;

    /// <summary>Variable road transport cost, TRY per tonne-km (bulk truck, 2025 assumption).</summary>
    [Range(0, 10_000)]
    public double TransportTryPerTonneKm { get; set; } = 7.5;

    /// <summary>
    /// Road freight emissions, kg CO2e per tonne-km. Default: UK DESNZ 2024 GHG conversion
    /// factors, "Freighting goods", HGV (all diesel), average laden ≈ 0.107 kg CO2e/t·km.
    /// </summary>
    [Range(0, 10)]
    public double TransportKgCo2ePerTonneKm { get; set; } = 0.107;

    /// <summary>Disposal (landfill gate fee and tax) avoided per tonne of non-hazardous waste, TRY/t.</summary>
    [Range(0, 1_000_000)]
    public double AvoidedDisposalTryPerTonne { get; set; } = 1200;

    /// <summary>Multiplier of the disposal cost for hazardous waste.</summary>
    [Range(1, 100)]
    public double HazardousDisposalMultiplier { get; set; } = 3;

    /// <summary>Virgin material purchase avoided per tonne when the need states no price, TRY/t.</summary>
    [Range(0, 1_000_000)]
    public double AvoidedPurchaseTryPerTonne { get; set; } = 600;

    /// <summary>CO2e saving per tonne when no emission profile covers the material, kg CO2e/t.</summary>
    [Range(0, 100_000)]
    public double FallbackCo2eSavingKgPerTonne { get; set; } = 50;

    /// <summary>Net CO2e saving per tonne at which the environment factor reaches 0.5, kg CO2e/t.</summary>
    [Range(1, 100_000)]
    public double EnvironmentHalfSaturationKgPerTonne { get; set; } = 250;

    /// <summary>Sum of the factor weights.</summary>
    public double TotalWeight =>
        MaterialWeight + QuantityWeight + DistanceWeight + TimingWeight + EconomicsWeight + EnvironmentWeight;
}
