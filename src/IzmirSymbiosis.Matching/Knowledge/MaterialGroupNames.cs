namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// Names of the emission-profile material groups (<c>material_emission_profiles.material_group</c>) in
/// Turkish and English: the "same material group" line of a match and the material families of the
/// programme dashboard's flows.
/// </summary>
public static class MaterialGroupNames
{
    private static readonly Dictionary<string, (string Tr, string En)> s_groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["metals"] = ("metal", "metals"),
        ["plastics"] = ("plastik", "plastics"),
        ["paper"] = ("kağıt ve karton", "paper and board"),
        ["glass"] = ("cam", "glass"),
        ["wood"] = ("ahşap", "wood"),
        ["organic/food"] = ("organik atık ve gıda artığı", "organic and food waste"),
        ["construction aggregates"] = ("inşaat agregası", "construction aggregates"),
        ["ash"] = ("kül", "ash"),
        ["tyres/rubber"] = ("lastik ve kauçuk", "tyres and rubber"),
        ["textiles"] = ("tekstil", "textiles"),
        ["WEEE"] = ("atık elektrikli ve elektronik eşya", "waste electrical and electronic equipment"),
        ["mixed waste"] = ("karışık atık", "mixed waste"),
    };

    /// <summary>The names of a material group, or null for a group not listed here.</summary>
    public static (string Tr, string En)? Of(string? group) => group is not null && s_groups.TryGetValue(group, out var g) ? g : null;
}
