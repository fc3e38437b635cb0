namespace IzmirSymbiosis.Domain.Reference;

/// <summary>
/// One greenhouse-gas conversion factor in kg CO2e per tonne, with the dataset, its year and the
/// route it applies to (primary production, landfill, recycling…).
/// </summary>
public sealed class EmissionFactor
{
    /// <summary>Identifier.</summary>
    public int Id { get; set; }

    /// <summary>Dataset key, e.g. <c>UK-DESNZ-2024</c>, <c>EPA-WARM-v16</c>, <c>EPA-HUB-2025-T9</c>.</summary>
    public required string Dataset { get; init; }

    /// <summary>Year of the publication.</summary>
    public int Year { get; init; }

    /// <summary>Category in the dataset (e.g. "Construction", "Plastics").</summary>
    public string? Category { get; init; }

    /// <summary>Material as the dataset names it.</summary>
    public required string Material { get; init; }

    /// <summary>Route or column, e.g. "Primary material production", "landfill", "recycling".</summary>
    public required string Route { get; init; }

    /// <summary>kg CO2e per tonne.</summary>
    public double KgCo2ePerTonne { get; init; }

    /// <summary>The dataset's own identifier of the factor, if any.</summary>
    public string? SourceId { get; init; }
}

/// <summary>
/// Compact emission profile of a material group (derived from the UK and US EPA tables), used by
/// matching and impact estimates. <see cref="IndicativeEwcCodes"/> are our suggestions, not the
/// publishers'.
/// </summary>
public sealed class MaterialEmissionProfile
{
    /// <summary>Identifier.</summary>
    public int Id { get; set; }

    /// <summary>Material group, e.g. "metals", "plastics".</summary>
    public required string MaterialGroup { get; init; }

    /// <summary>UK DESNZ 2024 material name.</summary>
    public string? UkMaterial { get; init; }

    /// <summary>UK 2024 primary production, kg CO2e/t.</summary>
    public double? PrimaryProductionKgCo2ePerTonne { get; init; }

    /// <summary>UK 2024 landfill disposal, kg CO2e/t.</summary>
    public double? LandfillKgCo2ePerTonne { get; init; }

    /// <summary>Derived UK substitution saving (primary − secondary input), kg CO2e/t.</summary>
    public double? SubstitutionSavingKgCo2ePerTonne { get; init; }

    /// <summary>WARM v16 material name.</summary>
    public string? WarmMaterial { get; init; }

    /// <summary>Derived WARM landfill − recovery, kg CO2e/t (already includes avoided virgin production).</summary>
    public double? WarmLandfillMinusRecoveryKgCo2ePerTonne { get; init; }

    /// <summary>Indicative six-digit EWC codes, space separated.</summary>
    public string IndicativeEwcCodes { get; init; } = string.Empty;
}
