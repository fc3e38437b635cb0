using System.Globalization;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.Scoring;

/// <summary>
/// Words the reasons share: codes with their titles in the reader's language, counts with the
/// grammar of each language, and the phrases for figures that are missing or hidden.
/// </summary>
internal static class ReasonWords
{
    /// <summary>Longest title a reason quotes before it is cut at a word boundary.</summary>
    private const int MaxTitle = 90;

    private static readonly CultureInfo s_tr = CultureInfo.GetCultureInfo("tr-TR");

    /// <summary>An integer count in Turkish: the noun stays singular after a number ("1 değişim", "3 değişim").</summary>
    public static string CountTr(int n, string noun) => $"{n.ToString(s_tr)} {noun}";

    /// <summary>An integer count in English: "1 exchange", "3 exchanges".</summary>
    public static string CountEn(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    /// <summary>The display form of a code of any level (<c>10 01 02</c>, <c>10 01</c>, <c>10</c>).</summary>
    public static string Code(string code) => EwcCode.Display(code);

    /// <summary>The Turkish title of a waste code, sub-chapter or chapter (sentence case, cut to a readable length), or null.</summary>
    public static string? WasteTr(string? code) => Readable(ReferenceTitles.WasteTr(code), s_tr);

    /// <summary>The English title of a waste code, sub-chapter or chapter from the reference rows, or null.</summary>
    public static string? WasteEn(string? code, MatchingKnowledge? knowledge) =>
        knowledge is null || code is null
            ? null
            : Readable(code.Length == 6 ? knowledge.WasteCode(code)?.DescriptionEn : knowledge.CategoryTitle(code), CultureInfo.InvariantCulture);

    /// <summary>The Turkish title of a NACE entry of any level, or null.</summary>
    public static string? NaceTr(string? code) => Readable(ReferenceTitles.NaceTr(code), s_tr);

    /// <summary>The English title of a NACE entry of any level, or null.</summary>
    public static string? NaceEn(string? code, MatchingKnowledge? knowledge) =>
        knowledge is null || code is null ? null : Readable(knowledge.Nace(code)?.TitleEn, CultureInfo.InvariantCulture);

    /// <summary>A code followed by its quoted title when there is one: <c>15 01 01 “Kağıt ve karton ambalaj”</c>.</summary>
    public static string Titled(string display, string? title) => title is null ? display : $"{display} “{title}”";

    /// <summary>The names of a material group, or null for a group these reasons do not know.</summary>
    public static (string Tr, string En)? Group(string? group) => MaterialGroupNames.Of(group);

    /// <summary>
    /// The Turkish noun of a NACE level with its locative suffix, by the code's form: a division
    /// (<c>23</c>) "bölümündeki", a group (<c>24.4</c>) "grubundaki", a class (<c>20.15</c>) "sınıfındaki".
    /// </summary>
    public static (string Tr, string En) NaceLevel(string code) => code.Length switch
    {
        2 => ("bölümündeki", "division"),
        4 => ("grubundaki", "group"),
        _ => ("sınıfındaki", "class"),
    };

    /// <summary>A title in sentence case (chapter titles are all capitals) and at most <see cref="MaxTitle"/> characters.</summary>
    private static string? Readable(string? title, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var t = title.Trim();
        if (t.Any(char.IsLetter) && !t.Any(char.IsLower))
        {
            var lower = t.ToLower(culture);
            t = char.ToUpper(lower[0], culture) + lower[1..];
        }

        if (t.Length <= MaxTitle)
        {
            return t;
        }

        var cut = t.LastIndexOf(' ', MaxTitle - 1);
        return t[..(cut > MaxTitle / 2 ? cut : MaxTitle - 1)].TrimEnd(',', ';', ' ') + "…";
    }
}
