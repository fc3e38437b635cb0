namespace IzmirSymbiosis.Domain.Matches;

/// <summary>
/// A rough road distance between two firms, shown instead of the exact kilometres while one of
/// them is anonymous: an exact distance from a known place, with the district, would locate the
/// other firm (and moving one's own location would triangulate it).
/// </summary>
/// <param name="FromKm">Lower bound, km (inclusive).</param>
/// <param name="ToKm">Upper bound, km (exclusive); null for "and more".</param>
public sealed record DistanceBand(int FromKm, int? ToKm)
{
    private static readonly int[] s_bounds = [0, 10, 25, 50, 100, 200];

    /// <summary>The band of a road distance.</summary>
    public static DistanceBand Of(double km)
    {
        for (var i = s_bounds.Length - 1; i >= 0; i--)
        {
            if (km >= s_bounds[i])
            {
                return new DistanceBand(s_bounds[i], i + 1 < s_bounds.Length ? s_bounds[i + 1] : null);
            }
        }

        return new DistanceBand(0, s_bounds[1]);
    }

    /// <summary>
    /// The road km below which a distance's band lies wholly within <paramref name="maxKm"/> (its upper
    /// bound at most <paramref name="maxKm"/>): the highest band bound not above it, 0 when even the first
    /// band reaches past it. The open last band is never within.
    /// </summary>
    public static double LimitWithin(double maxKm)
    {
        var limit = 0;
        foreach (var bound in s_bounds)
        {
            if (bound > 0 && bound <= maxKm)
            {
                limit = bound;
            }
        }

        return limit;
    }

    /// <summary>A representative distance of the band (its middle; 1.25 × the lower bound for the last).</summary>
    public double MiddleKm => ToKm is { } to ? (FromKm + to) / 2.0 : FromKm * 1.25;
}
