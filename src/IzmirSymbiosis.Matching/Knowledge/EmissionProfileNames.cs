using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// Turkish names of the material profiles behind the CO2e factors (EPA WARM and UK DESNZ material
/// names), from <c>emission_profile_names_tr.csv</c>, so a Turkish reason never quotes an English name.
/// </summary>
public static class EmissionProfileNames
{
    private static readonly Lazy<Dictionary<string, string>> s_tr = new(() =>
        KnowledgeTable.Read("emission_profile_names_tr.csv")
            .Where(r => r["name_en"].Length > 0 && r["name_tr"].Length > 0)
            .GroupBy(r => r["name_en"], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()["name_tr"], StringComparer.OrdinalIgnoreCase));

    /// <summary>The Turkish name of a profile's English material name, or null when the table has none.</summary>
    public static string? Tr(string? nameEn) => nameEn is null ? null : s_tr.Value.GetValueOrDefault(nameEn.Trim());
}
