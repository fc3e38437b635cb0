using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// How likely a NACE class is to take a material as a process input, read from the wording of its
/// title: a class that makes or transforms something (“Manufacture of cement”, “Production of
/// electricity”) can use secondary materials; one that extracts virgin resources, makes machinery
/// for a sector, trades, repairs or supports it cannot in general, even though a material or sector
/// word occurs in its title (“Mining of chemical and fertiliser minerals”, “Manufacture of
/// machinery for paper making”, “Trade of gas through mains”). General knowledge of activity
/// types, not of particular classes.
/// </summary>
public static class SectorRoles
{
    private static readonly (string Word, double Factor)[] s_headWords =
    [
        ("mining", 0.35), ("quarrying", 0.35), ("extraction", 0.35), ("support", 0.2), ("wholesale", 0.15), ("retail", 0.1),
        ("trade", 0.15), ("sale", 0.15), ("agents", 0.1), ("repair", 0.25), ("installation", 0.25), ("rental", 0.1),
        ("distribution", 0.3), ("freight", 0.2), ("publishing", 0.1), ("activities", 0.5),
    ];

    private static readonly (string Word, double Factor)[] s_anyWords =
    [
        ("machinery", 0.3), ("equipment", 0.35), ("machine", 0.3), ("instrument", 0.35), ("apparatus", 0.35), ("tool", 0.4),
    ];

    /// <summary>Factor in (0, 1] by which concept–sector evidence for a class is multiplied.</summary>
    public static double InputFactor(string? titleEn)
    {
        var words = TurkishText.SearchKey(titleEn).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return 1;
        }

        var factor = 1.0;
        foreach (var (w, f) in s_headWords)
        {
            if (words[0] == w)
            {
                factor = Math.Min(factor, f);
            }
        }

        foreach (var (w, f) in s_anyWords)
        {
            if (words.Any(x => TextAnalyzer.StemEnglish(x) == w))
            {
                factor = Math.Min(factor, f);
            }
        }

        return factor;
    }
}
