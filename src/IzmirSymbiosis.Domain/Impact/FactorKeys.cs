using IzmirSymbiosis.Domain.Reference;

namespace IzmirSymbiosis.Domain.Impact;

/// <summary>The keys of the factor rows the calculation (<c>ImpactCalculator</c>) looks up.</summary>
public static class FactorKeys
{
    /// <summary>Road freight, kg CO2e per tonne·km.</summary>
    public const string TransportRoad = "transport/road";

    /// <summary>Rail freight, kg CO2e per tonne·km.</summary>
    public const string TransportRail = "transport/rail";

    /// <summary>Sea freight, kg CO2e per tonne·km.</summary>
    public const string TransportSea = "transport/sea";

    /// <summary>Türkiye's average emission of a MWh of electricity generated, kg CO2e/MWh.</summary>
    public const string GridTurkiye = "grid/tr";

    /// <summary>UK substitution saving of a material profile: primary production − closed-loop secondary input, kg CO2e/t.</summary>
    public static string Substitution(string profile) => $"material/{profile}/uk-substitution";

    /// <summary>UK landfill factor of a material profile (the disposal avoided), kg CO2e/t.</summary>
    public static string Landfill(string profile) => $"material/{profile}/uk-landfill";

    /// <summary>
    /// US EPA WARM net factor of a material profile: landfill − recovery, kg CO2e/t. It already
    /// includes the avoided virgin production and the avoided landfill, so it is never added to the
    /// UK rows of the same profile.
    /// </summary>
    public static string Warm(string profile) => $"material/{profile}/warm-net";

    /// <summary>A profile key from a material name: lower case letters and digits, words joined by '-'.</summary>
    public static string ProfileKey(string materialName)
    {
        ArgumentNullException.ThrowIfNull(materialName);
        var chars = materialName.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The profile key of a material emission profile: its UK material name, else its WARM material name, else its group.</summary>
    public static string ProfileKey(MaterialEmissionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ProfileKey(profile.UkMaterial ?? profile.WarmMaterial ?? profile.MaterialGroup);
    }
}
