using System.Globalization;
using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// The contents an alloy's designation states, in per cent by mass, read from a folded word:
/// aluminium, copper and zinc alloys by their chemical symbols (EN 573-3 and EN 1706 “AlSi12”,
/// EN 1412 and EN 1982 “CuZn39Pb3”, “CuSn12”, EN 1774 “ZnAl4Cu1”: each number is the nominal
/// content of the element before it, the base metal is the rest), low-alloy steels (EN 10027-1
/// §6.3.2 “100Cr6”, “42CrMo4”: the numbers after the symbols are the contents of the first
/// elements times 4 for Cr, Co, Mn, Ni, Si and W, 10 for Al, Be, Cu, Mo, Nb, Pb, Ta, Ti, V and Zr,
/// 100 for Ce, N, P and S, 1000 for B) and high-alloy steels (EN 10027-1 §6.3.3 “X5CrNi18-10”:
/// the contents themselves). A need that caps chromium at 0.15 % thus reads 1.5 % Cr in 100Cr6.
/// </summary>
public static partial class AlloyDesignation
{
    private static readonly string[] s_symbols =
    [
        "al", "be", "bi", "ce", "co", "cr", "cu", "fe", "mg", "mn", "mo", "nb", "ni", "pb", "sb", "si", "sn", "ta", "ti", "zn", "zr", "b", "n", "p", "s", "v", "w",
    ];

    private static readonly Dictionary<string, double> s_lowAlloyFactor = new(StringComparer.Ordinal)
    {
        ["cr"] = 4,
        ["co"] = 4,
        ["mn"] = 4,
        ["ni"] = 4,
        ["si"] = 4,
        ["w"] = 4,
        ["al"] = 10,
        ["be"] = 10,
        ["cu"] = 10,
        ["mo"] = 10,
        ["nb"] = 10,
        ["pb"] = 10,
        ["ta"] = 10,
        ["ti"] = 10,
        ["v"] = 10,
        ["zr"] = 10,
        ["ce"] = 100,
        ["n"] = 100,
        ["p"] = 100,
        ["s"] = 100,
        ["b"] = 1000,
    };

    /// <summary>The element contents the word at <paramref name="i"/> designates (and the numbers after it, for “X5CrNi18 10”), or none.</summary>
    public static IReadOnlyList<(string Element, double Percent)> Contents(string[] words, int i)
    {
        var w = words[i];
        if (NonFerrous().Match(w) is { Success: true } nf)
        {
            var pairs = Pairs(nf.Groups["rest"].Value);
            if (pairs is not { Count: > 0 } || pairs.Exists(p => p.Number is null))
            {
                return [];
            }

            var total = pairs.Sum(p => p.Number!.Value);
            return total >= 100 ? [] : [(nf.Groups["base"].Value, 100 - total), .. pairs.Select(p => (p.Element, p.Number!.Value))];
        }

        if (LowAlloySteel().Match(w) is { Success: true } low)
        {
            var elements = Symbols(low.Groups["elements"].Value);
            var numbers = low.Groups["numbers"].Value.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (elements is null || numbers.Length > elements.Count)
            {
                return [];
            }

            return [.. numbers.Select((n, k) => (elements[k], double.Parse(n, CultureInfo.InvariantCulture) / s_lowAlloyFactor[elements[k]]))];
        }

        if (HighAlloySteel().Match(w) is { Success: true } high && Symbols(high.Groups["elements"].Value) is { } symbols)
        {
            var numbers = new List<double> { double.Parse(high.Groups["first"].Value, CultureInfo.InvariantCulture) };
            for (var k = i + 1; k < words.Length && numbers.Count < symbols.Count && Whole().IsMatch(words[k]); k++)
            {
                numbers.Add(double.Parse(words[k], CultureInfo.InvariantCulture));
            }

            return [.. numbers.Select((n, k) => (symbols[k], n))];
        }

        return [];
    }

    /// <summary>Element symbols with their numbers (“si9cu3” → si 9, cu 3), or null when the letters are no symbols.</summary>
    private static List<(string Element, double? Number)>? Pairs(string text)
    {
        var result = new List<(string, double?)>();
        var matches = SymbolAndNumber().Matches(text);
        foreach (Match m in matches)
        {
            if (Symbols(m.Groups["s"].Value) is not { Count: 1 } one)
            {
                return null;
            }

            result.Add((one[0], m.Groups["n"].Success ? double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null));
        }

        return string.Concat(matches.Select(m => m.Value)) == text ? result : null;
    }

    /// <summary>The letters split into element symbols, two-letter ones first (“crmo” → cr, mo), or null.</summary>
    private static List<string>? Symbols(string letters)
    {
        var result = new List<string>();
        for (var k = 0; k < letters.Length;)
        {
            var two = k + 2 <= letters.Length ? letters.Substring(k, 2) : null;
            var symbol = two is not null && Array.IndexOf(s_symbols, two) >= 0 ? two
                : Array.IndexOf(s_symbols, letters.Substring(k, 1)) >= 0 ? letters.Substring(k, 1) : null;
            if (symbol is null)
            {
                return null;
            }

            result.Add(symbol);
            k += symbol.Length;
        }

        return result.Count == 0 ? null : result;
    }

    // “alsi12”, “alsi9cu3”, “cuzn39pb3”, “cusn12”, “znal4cu1”: a base metal, then symbols with their contents.
    [GeneratedRegex(@"^(?<base>al|cu|zn)(?<rest>(?:[a-z]{1,2}\d+(?:\.\d+)?)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NonFerrous();

    [GeneratedRegex(@"(?<s>[a-z]{1,2})(?<n>\d+(?:\.\d+)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolAndNumber();

    // “100cr6”, “42crmo4”, “16mncr5”: carbon ×100, the symbols, then the first elements' coded contents.
    [GeneratedRegex(@"^\d{2,3}(?<elements>[a-z]{1,8})(?<numbers>\d+(?:-\d+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LowAlloySteel();

    // “x5crni18” (then “10” as the next word): carbon ×100, the symbols, then their contents.
    [GeneratedRegex(@"^x\d{1,3}(?<elements>[a-z]{2,8})(?<first>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HighAlloySteel();

    [GeneratedRegex(@"^\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();
}
