using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Zones;

namespace IzmirSymbiosis.ReferenceData;

/// <summary>All reference data shipped with the product, parsed from the embedded CSV files.</summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<WasteCode> WasteCodes,
    IReadOnlyList<WasteCategory> WasteCategories,
    IReadOnlyList<NaceActivity> NaceActivities,
    IReadOnlyList<RecoveryOperation> RecoveryOperations,
    IReadOnlyList<EmissionFactor> EmissionFactors,
    IReadOnlyList<MaterialEmissionProfile> MaterialEmissionProfiles,
    IReadOnlyList<KnownExchange> KnownExchanges,
    IReadOnlyList<OrganizedIndustrialZone> Zones);
