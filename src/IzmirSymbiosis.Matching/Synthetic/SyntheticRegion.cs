using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Model;

namespace IzmirSymbiosis.Matching.Synthetic;

/// <summary>A generated region: companies and streams.</summary>
/// <param name="Companies">Companies.</param>
/// <param name="Offers">Offer streams.</param>
/// <param name="Needs">Need streams.</param>
public sealed record SyntheticRegion(IReadOnlyList<MatchCompany> Companies, IReadOnlyList<MatchStream> Offers, IReadOnlyList<MatchStream> Needs)
{
    private static readonly (double Lat, double Lon)[] s_zones =
    [
        (38.47, 27.07), (38.45, 27.21), (38.50, 27.70), (38.62, 27.13), (38.74, 26.93), (38.40, 27.35), (38.35, 26.95),
        (38.22, 27.65), (38.56, 27.05), (38.48, 27.50), (38.90, 27.05), (38.30, 27.15), (38.08, 27.73), (39.10, 26.90),
    ];

    private static readonly string[] s_needPhrases =
    [
        "uçucu kül", "çelik cürufu", "plastik hammadde", "ahşap talaş", "kağıt karton", "metal hurda", "cam kırığı", "atık lastik",
        "gıda atığı hayvan yemi", "arıtma çamuru", "alçı", "kireç", "solvent", "atık yağ", "tekstil kırpıntı", "fly ash", "steel scrap",
        "wood chips", "paper pulp", "organic residues for biogas", "sulphuric acid", "gypsum", "sand and gravel", "concrete rubble",
    ];

    /// <summary>
    /// Generates a deterministic region around İzmir: companies clustered around industrial zones
    /// (5% without coordinates), EWC codes drawn with a skewed popularity, needs with a six-digit
    /// code (60%), a sub-chapter (15%), a chapter (5%) or only a description (20%), mixed units,
    /// periods, windows, prices and transport limits.
    /// </summary>
    public static SyntheticRegion Generate(MatchingKnowledge knowledge, int companies, int offers, int needs, int seed)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var rng = new Random(seed);
        var classes = knowledge.NaceClasses.Where(c => c.Section is "A" or "B" or "C" or "D" or "E" or "F").Select(c => c.Code).ToArray();
        var codes = knowledge.NaceClasses.Count == 0 ? [] : AllCodes(knowledge);
        Shuffle(rng, codes);
        Shuffle(rng, classes);

        var companyList = new List<MatchCompany>(companies);
        for (var i = 0; i < companies; i++)
        {
            var nace = classes[Skewed(rng, classes.Length)];
            GeoPoint? location = null;
            if (rng.NextDouble() >= 0.05)
            {
                var (lat, lon) = s_zones[rng.Next(s_zones.Length)];
                location = new GeoPoint(lat + (Gaussian(rng) * 0.05), lon + (Gaussian(rng) * 0.06));
            }

            companyList.Add(new MatchCompany(NewGuid(rng), nace, location, rng.NextDouble() < 0.05 ? PermitCoverage.AllChapters : PermitCoverage.None));
        }

        var offerList = new List<MatchStream>(offers);
        for (var i = 0; i < offers; i++)
        {
            offerList.Add(Stream(rng, knowledge, codes, companyList, StreamDirection.Offer));
        }

        var needList = new List<MatchStream>(needs);
        for (var i = 0; i < needs; i++)
        {
            needList.Add(Stream(rng, knowledge, codes, companyList, StreamDirection.Need));
        }

        return new SyntheticRegion(companyList, offerList, needList);
    }

    /// <summary>A changed copy of a stream (amount, window or code), as a user edit would make.</summary>
    public static MatchStream Mutate(MatchStream s, Random rng, MatchingKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(rng);
        return rng.Next(3) switch
        {
            0 => s with { Amount = Math.Round(s.Amount * (0.5 + rng.NextDouble()), 3) + 1 },
            1 => s with { AvailableFrom = new DateOnly(2026, 1, 1).AddDays(rng.Next(300)), AvailableUntil = null },
            _ => s with { EwcCode = s.EwcCode is { Length: 6 } c && knowledge.WasteCode(c) is not null ? SiblingCode(rng, knowledge, c) : s.EwcCode },
        };
    }

    private static MatchStream Stream(Random rng, MatchingKnowledge knowledge, string[] codes, List<MatchCompany> companies, StreamDirection direction)
    {
        var company = companies[rng.Next(companies.Count)];
        var roll = rng.NextDouble();
        if (roll < 0.04)
        {
            return new MatchStream(NewGuid(rng), company.Id, direction, ResourceKind.Energy, null, direction == StreamDirection.Offer ? "atık ısı buhar" : "proses buharı ısı",
                Math.Round(100 + (rng.NextDouble() * 5000)), QuantityUnit.MegawattHour, QuantityPeriod.PerYear, MaxTransportKm: 10);
        }

        var code = codes[Skewed(rng, codes.Length)];
        string? ewc = code;
        var description = knowledge.WasteCode(code)!.DescriptionEn;
        if (direction == StreamDirection.Need)
        {
            var r = rng.NextDouble();
            if (r < 0.15)
            {
                ewc = code[..4];
            }
            else if (r < 0.20)
            {
                ewc = code[..2];
            }
            else if (r < 0.40)
            {
                ewc = null;
                description = s_needPhrases[rng.Next(s_needPhrases.Length)];
            }
        }
        else if (rng.NextDouble() < 0.3)
        {
            description = $"{s_needPhrases[rng.Next(s_needPhrases.Length)]} ({description})";
        }

        var liquid = description.Contains("liquid", StringComparison.OrdinalIgnoreCase) || description.Contains("oil", StringComparison.OrdinalIgnoreCase);
        var unit = liquid ? (rng.NextDouble() < 0.5 ? QuantityUnit.CubicMetre : QuantityUnit.Litre) : (rng.NextDouble() < 0.85 ? QuantityUnit.Tonne : QuantityUnit.Kilogram);
        var period = rng.NextDouble() switch
        {
            < 0.5 => QuantityPeriod.PerYear,
            < 0.8 => QuantityPeriod.PerMonth,
            < 0.85 => QuantityPeriod.PerWeek,
            _ => QuantityPeriod.OneOff,
        };
        var amount = Math.Round(Math.Exp(rng.NextDouble() * 8), 1) * (unit is QuantityUnit.Kilogram or QuantityUnit.Litre ? 1000 : 1);
        DateOnly? from = null, until = null;
        if (rng.NextDouble() < 0.4)
        {
            from = new DateOnly(2026, 1, 1).AddDays(rng.Next(365));
            until = rng.NextDouble() < 0.5 ? from.Value.AddDays(30 + rng.Next(400)) : null;
        }

        decimal? price = rng.NextDouble() < 0.3 ? Math.Round((decimal)((rng.NextDouble() * 1500) - 300), 0) : null;
        int? maxKm = rng.NextDouble() < 0.3 ? 30 + rng.Next(270) : null;
        return new MatchStream(NewGuid(rng), company.Id, direction, ResourceKind.Material, ewc, description, amount, unit, period, from, until, price, maxKm);
    }

    private static string SiblingCode(Random rng, MatchingKnowledge knowledge, string code)
    {
        var sub = code[..4];
        var siblings = AllCodes(knowledge).Where(c => c.StartsWith(sub, StringComparison.Ordinal)).ToArray();
        return siblings[rng.Next(siblings.Length)];
    }

    private static string[] AllCodes(MatchingKnowledge knowledge)
    {
        var list = new List<string>();
        for (var chapter = 1; chapter <= 20; chapter++)
        {
            for (var sub = 1; sub <= 15; sub++)
            {
                for (var n = 1; n <= 99; n++)
                {
                    var c = $"{chapter:00}{sub:00}{n:00}";
                    if (knowledge.WasteCode(c) is not null)
                    {
                        list.Add(c);
                    }
                }
            }
        }

        return [.. list];
    }

    /// <summary>Index with a Zipf-like skew (s ≈ 1): a few codes and sectors are common, most are rare.</summary>
    private static int Skewed(Random rng, int n) => Math.Min(n - 1, (int)Math.Floor(Math.Pow(n + 1, rng.NextDouble())) - 1);

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static Guid NewGuid(Random rng)
    {
        Span<byte> b = stackalloc byte[16];
        rng.NextBytes(b);
        return new Guid(b);
    }

    private static void Shuffle<T>(Random rng, T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
