using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>One offer-side row of <c>use_restrictions.csv</c>: what it excludes from a use, and why.</summary>
/// <param name="Use">Index of the use (its bit in the masks).</param>
/// <param name="Hard">True: the pair is dropped; false: the material value is cut by <see cref="UseRestrictions.SoftFactor"/>.</param>
/// <param name="ReasonTr">Reason, Turkish.</param>
/// <param name="ReasonEn">Reason, English.</param>
/// <param name="Cite">Short citation without words of either language (“EC 767/2009 Ek III(5)”, “EN 15347:2007”), for the Turkish line.</param>
/// <param name="Source">The regulation or standard in full.</param>
public sealed record UseRestriction(int Use, bool Hard, string ReasonTr, string ReasonEn, string Cite, string Source);

/// <summary>
/// Uses that law or a standard restricts (<c>Knowledge/Tables/use_restrictions.csv</c>): animal feed
/// (Regulation (EC) 767/2009 Annex III, 1069/2009, Directive 2002/32/EC and their Turkish
/// counterparts) and clean grades (EN 15347, EN 643, EN 13920, Regulation (EU) 2022/1616). A need
/// has a use when its description names it, or when its receiver's class and its material give it (a food
/// manufacturer's need for a food material is food); an offer is excluded from a use (hard) or doubted for it
/// (soft) by its code, its code's title, its hazard or the words of its description. Uses are bits,
/// so the scorer tests a pair with one AND.
/// </summary>
public static class UseRestrictions
{
    /// <summary>
    /// Factor on the material value of a pair whose offer the need's use doubts or whose offer names a
    /// content the need rules out. Chosen on the development pairs (0.5 before): at 0.4 a pair that
    /// breaks the need's stated grade falls under a score of 50 unless the rest of it is strong.
    /// </summary>
    public const double SoftFactor = 0.4;

    /// <summary>The reason line's words for that cut (“değer %60 düşürüldü”).</summary>
    public static readonly string CutTr = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"değer %{(1 - SoftFactor) * 100:0} düşürüldü");

    /// <summary>The same in English (“value cut by 60%”).</summary>
    public static readonly string CutEn = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"value cut by {(1 - SoftFactor) * 100:0}%");

    /// <summary>
    /// Factor on the material value when the offer names a content the need rules out or states an
    /// amount that breaks the need's limit (“PA6 kabul edilmez” against a PA6 offer, “nem en çok %20”
    /// against “%62 nem”): the need said in its own words that it cannot take this, the clearest
    /// evidence a description gives, so the cut is deeper than a use's doubt (<see cref="SoftFactor"/>)
    /// and such a pair usually falls under the minimum material value. Chosen on the development
    /// pairs: every development pair it moved was a label-0 pair.
    /// </summary>
    public const double ContentFactor = 0.2;

    /// <summary>The reason line's words for a content cut (“değer %80 düşürüldü”).</summary>
    public static readonly string ContentCutTr = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"değer %{(1 - ContentFactor) * 100:0} düşürüldü");

    /// <summary>The same in English (“value cut by 80%”).</summary>
    public static readonly string ContentCutEn = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"value cut by {(1 - ContentFactor) * 100:0}%");

    private sealed record Condition(string Kind, string Value, bool Negated)
    {
        public string[] Values { get; } = Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed record NeedRow(int Use, Condition[] Conditions);

    private sealed record OfferRow(Condition[] Conditions, UseRestriction Restriction);

    private sealed record Table(IReadOnlyList<string> Uses, IReadOnlyList<NeedRow> Needs, IReadOnlyList<OfferRow> Offers);

    private static readonly Lazy<Table> s_table = new(Load);

    /// <summary>Names of the uses, in bit order (<c>feed</c>, <c>clean</c>).</summary>
    public static IReadOnlyList<string> Uses => s_table.Value.Uses;

    /// <summary>The most uses the table may name: one bit each of the 64-bit use masks.</summary>
    public const int MaxUses = 64;

    /// <summary>
    /// The uses a need has, as a bit mask: those its description names, and those a row gives by the
    /// receiver's NACE class and the material the need resolved to (a food manufacturer's need for a
    /// food material is food, Regulation (EC) 178/2002 Art. 2, though the need does not say so).
    /// </summary>
    /// <param name="description">The need's description.</param>
    /// <param name="nace">The receiver's NACE class ("10.51"), or null.</param>
    /// <param name="materialKey">The key of the material the need resolved to, or null when none.</param>
    public static ulong NeedUses(string? description, string? nace = null, string? materialKey = null)
    {
        // A use the need names only to say it is not its own (“yem ve gıda dışı”, “gıda hariç”) is no use of it.
        var words = s_exceptedUses.Replace(TextAnalyzer.Padded(description), " ");
        var mask = 0UL;
        foreach (var row in s_table.Value.Needs)
        {
            if (Array.TrueForAll(row.Conditions, c => Holds(c, words, nace, materialKey)))
            {
                mask |= 1UL << row.Use;
            }
        }

        return mask;
    }

    // Folded words, alone or two joined (“yem ve gıda”), before “dışı”, “dışında”, “hariç” or “haricinde”.
    private static readonly System.Text.RegularExpressions.Regex s_exceptedUses = new(
        @"(?: \S+ (?:ve|veya|ile))? \S+ (?:disi|disinda|haric|haricinde)(?= )", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// One condition of a need row: <c>word:</c> a phrase of the description; <c>nace:</c> one of the
    /// space-separated class prefixes; <c>material:</c> one of the space-separated keys or their
    /// grades, <c>none</c> for a need that resolved to no material. A condition written with a leading
    /// <c>!</c> holds when its test does not.
    /// </summary>
    private static bool Holds(Condition c, string words, string? nace, string? materialKey) => Holds(c, words, nace, materialKey, null, null, false);

    /// <summary>
    /// One condition of a row. Needs: <c>word:</c>, <c>nace:</c>, <c>material:</c>. Offers also:
    /// <c>ewc:</c> a code, sub-chapter or chapter the offer's code starts with; <c>title:</c> a phrase
    /// of the code's English title; <c>hazardous</c>.
    /// </summary>
    private static bool Holds(Condition c, string words, string? nace, string? materialKey, string? code, string? title, bool hazardous) => c.Negated != c.Kind switch
    {
        "word" => words.Contains(c.Value, StringComparison.Ordinal),
        "nace" => nace is not null && Array.Exists(c.Values, v => nace.StartsWith(v, StringComparison.Ordinal)),
        "material" => Array.Exists(c.Values, v => materialKey is null
            ? v == "none"
            : materialKey == v || materialKey.StartsWith(v + ".", StringComparison.Ordinal)),
        "hazardous" => hazardous,
        "ewc" => code is not null && code.StartsWith(c.Value, StringComparison.Ordinal),
        "title" => title is not null && title.Contains(c.Value, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// The restrictions an offer falls under (its six-digit code, English code title, hazard,
    /// description and the key of the material it resolved to, null for none).
    /// </summary>
    public static IEnumerable<UseRestriction> Of(string? code, string? titleEn, bool hazardous, string? description, string? materialKey = null)
    {
        var words = TextAnalyzer.Padded(description);
        foreach (var row in s_table.Value.Offers)
        {
            if (Array.TrueForAll(row.Conditions, c => Holds(c, words, null, materialKey, code, titleEn, hazardous)))
            {
                yield return row.Restriction;
            }
        }
    }

    /// <summary>The masks of the uses an offer's restrictions exclude it from (hard) and doubt it for (soft).</summary>
    public static (ulong Hard, ulong Soft) Masks(IEnumerable<UseRestriction> restrictions)
    {
        ArgumentNullException.ThrowIfNull(restrictions);
        ulong hard = 0, soft = 0;
        foreach (var r in restrictions)
        {
            if (r.Hard)
            {
                hard |= 1UL << r.Use;
            }
            else
            {
                soft |= 1UL << r.Use;
            }
        }

        return (hard, soft & ~hard);
    }

    /// <summary>The first of an offer's restrictions that meets a need's uses (hard ones first), or null.</summary>
    public static UseRestriction? First(IEnumerable<UseRestriction> restrictions, ulong needUses) =>
        restrictions.Where(r => (needUses & (1UL << r.Use)) != 0).OrderBy(r => r.Hard ? 0 : 1).FirstOrDefault();


    private static Table Load()
    {
        var rows = KnowledgeTable.Read("use_restrictions.csv");
        var uses = rows.Select(r => r["use"]).Distinct(StringComparer.Ordinal).ToList();
        if (uses.Count > MaxUses)
        {
            // A use is one bit of a 64-bit mask: a 65th would share a bit with the first and close needs it does not name.
            throw new InvalidDataException($"use_restrictions.csv names {uses.Count} uses; at most {MaxUses} fit the use masks.");
        }

        var needs = new List<NeedRow>();
        var offers = new List<OfferRow>();
        foreach (var r in rows)
        {
            var use = uses.IndexOf(r["use"]);
            Condition[] conditions = [.. r["match"].Split('&').Select(c => ConditionOf(c.Trim()))];
            if (r["side"] == "need")
            {
                needs.Add(new NeedRow(use, conditions));
            }
            else
            {
                offers.Add(new OfferRow(conditions, new UseRestriction(use, r["effect"] == "hard", r["reason_tr"], r["reason_en"], r["cite"], r["source"])));
            }
        }

        return new Table(uses, needs, offers);
    }

    private static Condition ConditionOf(string condition)
    {
        var negated = condition.StartsWith('!');
        condition = negated ? condition[1..] : condition;
        var colon = condition.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? condition : condition[..colon];
        var value = colon < 0 ? string.Empty : condition[(colon + 1)..];
        return new Condition(kind, kind == "word" ? TextAnalyzer.Padded(value) : value, negated);
    }
}
