using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// An attacker's arithmetic on a match as the API returns it: every number in it, and what the
/// known formulas make of them (the quantity fit is √(min/max) of the two amounts, ×0.8 for a
/// one-off against a recurring stream; economics is (D + V − T)/(D + V), halved on a price gap;
/// the score is the weighted mean of the factors). Each candidate is a value the attacker could
/// claim for a hidden figure.
/// </summary>
internal static partial class LeakProbe
{
    private static readonly double[] s_disposalPrices = [1200, 3600];

    /// <summary>Every number the match shows: JSON values and the figures inside its texts.</summary>
    public static List<double> Numbers(JsonNode match)
    {
        var numbers = new List<double>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, child) in o)
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
                case JsonValue v when v.TryGetValue<double>(out var d):
                    numbers.Add(d);
                    break;
                // Identifiers, timestamps and the engine version are not figures (their digits would
                // only make random near-misses).
                case JsonValue v when v.TryGetValue<string>(out var s) && !IsIdentifierOrStamp(v, s):
                    numbers.AddRange(NumbersIn(s));
                    break;
            }
        }

        Walk(match);
        return [.. numbers.Where(double.IsFinite).Distinct()];
    }

    private static bool IsIdentifierOrStamp(JsonValue value, string text) =>
        Guid.TryParse(text, out _) ||
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ||
        (value.Parent is JsonObject && value.GetPropertyName() == "engineVersion");

    /// <summary>Figures in a text, read both the Turkish way (1.234,5) and the English way (1,234.5).</summary>
    public static IEnumerable<double> NumbersIn(string text)
    {
        foreach (Match m in NumberPattern().Matches(text))
        {
            if (double.TryParse(m.Value, NumberStyles.Number, CultureInfo.GetCultureInfo("tr-TR"), out var tr))
            {
                yield return tr;
            }

            if (double.TryParse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var en))
            {
                yield return en;
            }
        }
    }

    /// <summary>
    /// Candidates for the other side's yearly amount and for its price per tonne: every number
    /// itself; amounts from the quantity fit and from a coverage percentage with the reader's own
    /// amount; prices from economics with any transport cost shown; and both again from the score
    /// with the other factors as shown.
    /// </summary>
    public static (List<double> Amounts, List<double> Prices) Candidates(JsonNode match, double ownAmount)
    {
        var numbers = Numbers(match);
        var amounts = new List<double>(numbers);
        var prices = new List<double>(numbers);
        var factors = (match["reasons"]?.AsArray() ?? [])
            .Where(r => r?["value"] is not null)
            .ToDictionary(r => r!["key"]!.GetValue<string>(), r => (Value: r!["value"]!.GetValue<double>(), Weight: r["weight"]!.GetValue<double>()));

        void FromQuantityFit(double fit)
        {
            foreach (var f in new[] { fit, fit / 0.8 })
            {
                if (f is > 0 and <= 1)
                {
                    amounts.Add(ownAmount * f * f);
                    amounts.Add(ownAmount / (f * f));
                }
            }
        }

        void FromEconomics(double fit)
        {
            foreach (var e in new[] { fit, fit * 2 })
            {
                if (e is <= 0 or >= 1)
                {
                    continue;
                }

                foreach (var transport in numbers.Where(n => n > 0))
                {
                    foreach (var disposal in s_disposalPrices)
                    {
                        prices.Add((transport / (1 - e)) - disposal);
                    }
                }
            }
        }

        foreach (var percent in numbers.Where(n => n is > 0 and <= 100))
        {
            amounts.Add(ownAmount * percent / 100);
            amounts.Add(ownAmount * 100 / percent);
        }

        if (factors.TryGetValue("quantity", out var q))
        {
            FromQuantityFit(q.Value);
        }

        if (factors.TryGetValue("economics", out var econ))
        {
            FromEconomics(econ.Value);
        }

        // The score is Σ wᵢfᵢ / Σ wᵢ × 100: with the other factors as shown, it gives the one left out.
        if (match["score"]?.GetValue<double>() is { } score && factors.Count == 6)
        {
            var total = factors.Values.Sum(f => f.Weight);
            foreach (var key in new[] { "quantity", "economics" })
            {
                var rest = factors.Where(f => f.Key != key).Sum(f => f.Value.Weight * f.Value.Value);
                var solved = ((score / 100 * total) - rest) / factors[key].Weight;
                if (key == "quantity")
                {
                    FromQuantityFit(solved);
                }
                else
                {
                    FromEconomics(solved);
                }
            }
        }

        return (amounts, prices);
    }

    /// <summary>The candidates within 1% of <paramref name="hidden"/>.</summary>
    public static List<double> Hits(IEnumerable<double> candidates, double hidden) =>
        [.. candidates.Where(c => Math.Abs(c - hidden) <= 0.01 * Math.Abs(hidden))];

    [GeneratedRegex(@"\d[\d.,]*\d|\d")]
    private static partial Regex NumberPattern();
}
