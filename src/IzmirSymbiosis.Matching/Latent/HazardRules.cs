using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.Latent;

/// <summary>
/// Hazard sense of the receiver ranker. A hazardous (starred) waste may only go to a plant licensed
/// for the recovery operation (Atık Yönetimi Yönetmeliği, Çevre İzin ve Lisans Yönetmeliği): the
/// route table names such operations; besides them, sectors whose products law keeps hazardous
/// waste out of their inputs — crop and animal production, forestry and fishing (section A), food,
/// feed, drinks and tobacco (10–12), textiles, clothing and leather (13–15), wood and paper (16–17),
/// fertilisers (20.15), pharmaceuticals (21), water supply (36), mining and
/// construction (sections B and F) and sectors outside industry (sections G–U) — are never suggested unless a route row with a source names them. A
/// hazardous sludge does not go to steelmaking (24.10) and a mercury-bearing waste goes only to a
/// licensed hazardous-waste plant (38.22), again unless a route row says otherwise.
/// </summary>
internal sealed record HazardRules(bool IsHazardous, bool IsSludge, bool HasMercury)
{
    /// <summary>What the query's codes (and description) say about hazard.</summary>
    public static HazardRules Of(MatchingKnowledge knowledge, IReadOnlyList<string> codes, string? description)
    {
        var hazardous = codes.Where(knowledge.IsHazardous).ToList();
        if (hazardous.Count == 0)
        {
            return new HazardRules(false, false, false);
        }

        var texts = hazardous.Select(c => knowledge.WasteCode(c)!.DescriptionEn).Append(description ?? string.Empty)
            .Select(t => TurkishText.SearchKey(t)).ToList();
        return new HazardRules(
            true,
            texts.Any(t => t.Contains("sludge", StringComparison.Ordinal) || t.Contains("camur", StringComparison.Ordinal)),
            texts.Any(t => t.Contains("mercury", StringComparison.Ordinal) || t.Contains("civa", StringComparison.Ordinal)));
    }

    /// <summary>Whether a class may be suggested for this hazardous waste; <paramref name="routed"/>: a licensed route names it.</summary>
    public bool Allows(string naceClass, bool routed)
    {
        if (!IsHazardous || routed)
        {
            return true;
        }

        if (HasMercury)
        {
            return naceClass == "38.22";
        }

        if (IsSludge && naceClass == "24.10")
        {
            return false;
        }

        // Manufacturing from coke and chemicals on (19–33), energy (35) and waste and sewerage (37–39).
        var division = int.Parse(naceClass[..2], System.Globalization.CultureInfo.InvariantCulture);
        return division is >= 19 and <= 39 and not 21 and not 34 and not 36 && naceClass != "20.15";
    }

    /// <summary>The caveat every suggestion for a hazardous waste carries, with the route's operation when known.</summary>
    public static Reason Caveat(string? rCode) =>
        rCode is null
            ? new Reason(
                "Tehlikeli atık: yalnızca tehlikeli atık geri kazanımı için lisanslı tesis alabilir",
                "Hazardous waste: only a plant licensed to recover hazardous waste may take it")
            : new Reason(
                $"Tehlikeli atık: yalnızca bu işlem için lisanslı tesis alabilir ({RecoveryRoutes.Describe(rCode).Tr})",
                $"Hazardous waste: only a plant licensed for this operation may take it ({RecoveryRoutes.Describe(rCode).En})");
}
