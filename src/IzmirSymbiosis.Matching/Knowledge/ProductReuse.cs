using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// Goods offered for reuse (<c>Tables/reuse_terms.csv</c>): a need that names reuse, a second life,
/// second-hand trade or second-quality goods takes an offer whose description states usable goods
/// (working, sound, unopened, off-spec but whole) and names no damage. The material model still
/// decides first: two materials known to differ, or a hard incompatibility, keep the pair out,
/// unless both sides name the same reusable goods (a big bag, an IBC, a pallet, a core; Directive
/// 94/62/EC Annex I): then the goods are what is traded, and the materials the other words name
/// (the sand a bag will carry, the film a core will hold) do not decide.
/// </summary>
public static class ProductReuse
{
    /// <summary>
    /// The material model's value of such a pair: below a same-material match (0.8), so a usable
    /// item with nothing else in common stays under a score of 70; with a shared word (0.4) the two
    /// give 0.7.
    /// </summary>
    public const double Accept = 0.5;

    /// <summary>
    /// The material model's value when the need for reuse and the usable offer name the same goods:
    /// that of a same-material match.
    /// </summary>
    public const double SameGoods = 0.8;

    private sealed record Term(string Role, string Padded);

    private static readonly Lazy<IReadOnlyList<Term>> s_terms = new(Load);

    private static readonly Lazy<string[]> s_goods = new(() => [.. s_terms.Value.Select(t => t.Role).Where(r => r.StartsWith(GoodsRole, StringComparison.Ordinal)).Distinct()]);

    private const string GoodsRole = "goods.";

    /// <summary>The need's description names reuse, a second life, second-hand trade or second-quality goods.</summary>
    public static bool IsReuseNeed(string? description) => First(TextAnalyzer.Padded(description), "reuse") is not null;

    /// <summary>The offer's description states usable goods and names no damage.</summary>
    public static bool IsUsableOffer(string? description)
    {
        var text = TextAnalyzer.Padded(description);
        return First(text, "usable") is not null && First(text, "damaged") is null;
    }

    /// <summary>
    /// The reusable goods the description names, one bit per kind of goods (<c>goods.*</c> rows, in
    /// table order): a pair whose two sides share a bit names the same goods.
    /// </summary>
    public static ulong Goods(string? description)
    {
        var text = TextAnalyzer.Padded(description);
        ulong bits = 0;
        var kinds = s_goods.Value;
        foreach (var t in s_terms.Value)
        {
            if (t.Role.StartsWith(GoodsRole, StringComparison.Ordinal) && text.Contains(t.Padded, StringComparison.Ordinal))
            {
                bits |= 1UL << Array.IndexOf(kinds, t.Role);
            }
        }

        return bits;
    }

    /// <summary>The kind of goods of the lowest bit set (“fibc”, “ibc”, “pallet”), without the role prefix; null for none.</summary>
    public static string? GoodsName(ulong goods) =>
        goods == 0 ? null : s_goods.Value[System.Numerics.BitOperations.TrailingZeroCount(goods)][GoodsRole.Length..];

    /// <summary>The first word of a role the padded, folded text holds, or null.</summary>
    private static string? First(string text, string role)
    {
        foreach (var t in s_terms.Value)
        {
            if (t.Role != role)
            {
                continue;
            }

            if (text.Contains(t.Padded, StringComparison.Ordinal))
            {
                return t.Padded.Trim();
            }
        }

        return null;
    }

    private static List<Term> Load() =>
        [.. KnowledgeTable.Read("reuse_terms.csv").Select(r =>
        {
            var words = r["words"];
            var prefix = words.EndsWith('*');
            var folded = TextAnalyzer.FoldKey(prefix ? words[..^1] : words);
            return new Term(r["role"], prefix ? $" {folded}" : $" {folded} ");
        })];
}
