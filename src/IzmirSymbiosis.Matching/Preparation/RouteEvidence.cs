using IzmirSymbiosis.Matching.Knowledge;

namespace IzmirSymbiosis.Matching.Preparation;

/// <summary>
/// One recovery route (<see cref="RecoveryRoutes"/>) of an offer's waste code into the NACE division
/// of a need's firm, as evidence of the pair's material fit. The route table is sourced knowledge
/// (BREFs, Turkish regulations, EN standards, published cases), not the synergy library, so it also
/// speaks for wastes the library never saw. Like the library it meets a need's firm by its division
/// only: a giver that tries codes learns no more than the division.
/// <para>
/// Values (set a priori to round numbers, the standing of the other components): the route is for
/// the code itself 0.7, for its sub-chapter 0.6, for its chapter 0.45 when the need's description
/// names a word of the route's use (“ek yakıt”, “hayvan yemi”, “agrega”); without such a word the
/// route only says that the need's sector takes this waste somewhere: 0.35, 0.3 and 0.2.
/// </para>
/// </summary>
/// <param name="Route">The route.</param>
/// <param name="Level">3 the code's own row, 2 its sub-chapter's, 1 its chapter's.</param>
/// <param name="UseKeys">Feature keys of the route's use words (ascending), the need's words are compared with.</param>
internal sealed record RouteEvidence(RecoveryRoute Route, int Level, long[] UseKeys)
{
    /// <summary>Value when the need names a word of the route's use.</summary>
    public double WithUse => Level switch { 3 => 0.7, 2 => 0.6, _ => 0.45 };

    /// <summary>Value when it does not.</summary>
    public double WithoutUse => Level switch { 3 => 0.35, 2 => 0.3, _ => 0.2 };

    /// <summary>
    /// The strongest route of a division's list for a need with feature keys <paramref name="needKeys"/>
    /// (ascending): its value (× <paramref name="weight"/>) and its index, or (0, −1) for an empty list.
    /// </summary>
    public static (double Value, int Index) Best(RouteEvidence[] routes, long[] needKeys, double weight)
    {
        double best = 0;
        var index = -1;
        for (var i = 0; i < routes.Length; i++)
        {
            var r = routes[i];
            var v = r.WithUse * weight;
            if (v > best && !SortedKeys.Intersect(r.UseKeys, needKeys))
            {
                v = r.WithoutUse * weight;
            }

            if (v > best)
            {
                (best, index) = (v, i);
            }
        }

        return (best, index);
    }
}

/// <summary>Ascending arrays of feature keys.</summary>
internal static class SortedKeys
{
    /// <summary>Whether two ascending key arrays share a key.</summary>
    public static bool Intersect(long[] a, long[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
