using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

/// <summary>
/// Large need blocks are read near-first by area cell, leaving out cells too far for a need to reach
/// the offer's k-th best or its transport limit. Over a region as wide as Türkiye, where one waste
/// code makes one block of hundreds of needs, the engine must skip most pairs and still equal the
/// all-pairs reference, full and after edits, with limits, needs without a location and weights
/// that make distance weigh much or little.
/// </summary>
public class NearScanTests
{
    [Theory]
    [InlineData(1, 0.2, 20)]
    [InlineData(2, 1.0, 5)]
    [InlineData(3, 0.05, 40)]
    public void RematchAll_OneWideBlock_SkipsFarCellsAndEqualsAllPairs(int seed, double distanceWeight, int topK)
    {
        var (companies, offers, needs) = WideRegion(seed, 60, 400);
        var options = new MatchingOptions { DistanceWeight = distanceWeight, TopKPerOffer = topK, MinScore = 30 };
        var engine = new MatchingEngine(TestData.Knowledge, options);
        engine.Load(companies, offers.Concat(needs));

        var stats = engine.RematchAll();

        var reference = engine.RematchAllPairs();
        Assert.NotEmpty(reference);
        Assert.True(engine.AllMatches().ToHashSet().SetEquals(reference), $"reference {reference.Count}, engine {engine.AllMatches().Count()}");
        Assert.True(stats.PairsScored < offers.Count * needs.Count / 2, $"{stats.PairsScored} of {offers.Count * needs.Count} pairs scored: far cells were read");
    }

    [Fact]
    public void UpsertStream_InAWideBlock_EqualsFreshFullRematch()
    {
        var (companies, offers, needs) = WideRegion(7, 40, 300);
        var options = new MatchingOptions { TopKPerOffer = 5, DistanceWeight = 0.5 };
        var engine = new MatchingEngine(TestData.Knowledge, options);
        engine.Load(companies, offers.Concat(needs));
        engine.RematchAll();
        var rng = new Random(7);
        var current = offers.Concat(needs).ToDictionary(s => s.Id);
        for (var i = 0; i < 60; i++)
        {
            var s = current.Values.ElementAt(rng.Next(current.Count));
            var changed = s with { Amount = s.Amount * (0.2 + (rng.NextDouble() * 5)), MaxTransportKm = rng.Next(3) == 0 ? rng.Next(20, 300) : s.MaxTransportKm };
            engine.UpsertStream(changed);
            current[s.Id] = changed;
        }

        var fresh = new MatchingEngine(TestData.Knowledge, options);
        fresh.Load(companies, current.Values);
        fresh.RematchAll();
        Assert.True(fresh.AllMatches().ToHashSet().SetEquals(engine.AllMatches()));
        Assert.True(fresh.AllMatches().ToHashSet().SetEquals(fresh.RematchAllPairs()));
    }

    /// <summary>Firms spread over 36–42° N, 26–45° E (one in twenty without a location); every stream fly ash 10 01 02.</summary>
    private static (List<MatchCompany> Companies, List<MatchStream> Offers, List<MatchStream> Needs) WideRegion(int seed, int offerCount, int needCount)
    {
        var rng = new Random(seed);
        var companies = Enumerable.Range(0, 300)
            .Select(_ => TestData.Company(rng.Next(2) == 0 ? "23.51" : "23.61", rng.Next(20) == 0 ? null : new GeoPoint(36 + (rng.NextDouble() * 6), 26 + (rng.NextDouble() * 19))))
            .ToList();
        MatchStream Make(bool offer)
        {
            var c = companies[rng.Next(companies.Count)];
            var amount = Math.Round(10 + (rng.NextDouble() * 5000));
            var s = offer ? TestData.Offer(c, "100102", "uçucu kül", amount) : TestData.Need(c, "100102", "uçucu kül katkı", amount);
            return rng.Next(4) == 0 ? s with { MaxTransportKm = rng.Next(20, 400) } : s;
        }

        return (companies, [.. Enumerable.Range(0, offerCount).Select(_ => Make(true))], [.. Enumerable.Range(0, needCount).Select(_ => Make(false))]);
    }
}
