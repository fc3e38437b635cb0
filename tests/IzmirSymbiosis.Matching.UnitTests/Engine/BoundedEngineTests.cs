using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;
using IzmirSymbiosis.Matching.Synthetic;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

/// <summary>
/// The engine skips pairs by upper bounds (phase bounds, the text bound from feature counts, the
/// bound before the distance) and reads only need blocks whose kind, dimension and permit can pass
/// the hard filters. These tests check that nothing is lost: under varied weights, thresholds and
/// list sizes the blocked, bounded engine equals the unbounded all-pairs reference, and a pair
/// scored with any floor is either the unbounded result or provably under that floor.
/// </summary>
public class BoundedEngineTests
{
    public static TheoryData<int, double, int, double, double, double> OptionSets => new()
    {
        // seed, min score, top k, material weight, distance weight, min text similarity
        { 21, 40, 20, 0.35, 0.2, 0.34 },
        { 22, 20, 3, 0.35, 0.2, 0.34 },
        { 23, 60, 5, 0.35, 0.2, 0.34 },
        { 24, 30, 1, 1.0, 0.05, 0.2 },
        { 25, 50, 10, 0.1, 1.0, 0.6 },
        { 26, 0, 50, 0.35, 0.2, 0.05 },
    };

    private static MatchingOptions Options(double minScore, int topK, double materialWeight, double distanceWeight, double minText) => new()
    {
        MinScore = minScore,
        TopKPerOffer = topK,
        MaterialWeight = materialWeight,
        DistanceWeight = distanceWeight,
        MinTextSimilarity = minText,
    };

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void RematchAll_VariedOptions_EqualsAllPairsReference(int seed, double minScore, int topK, double materialWeight, double distanceWeight, double minText)
    {
        var region = SyntheticRegion.Generate(TestData.Knowledge, 250, 500, 500, seed);
        var engine = new MatchingEngine(TestData.Knowledge, Options(minScore, topK, materialWeight, distanceWeight, minText));
        engine.Load(region.Companies, region.Offers.Concat(region.Needs));

        engine.RematchAll();

        var blocked = engine.AllMatches().ToHashSet();
        var reference = engine.RematchAllPairs();
        Assert.NotEmpty(reference);
        Assert.True(blocked.SetEquals(reference), $"reference {reference.Count}, blocked {blocked.Count}, common {blocked.Intersect(reference).Count()}");
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Score_AnyFloor_ReturnsUnboundedResultOrNothingBelowFloor(int seed)
    {
        var options = new MatchingOptions { MinScore = 0 };
        var region = SyntheticRegion.Generate(TestData.Knowledge, 120, 150, 150, seed);
        var engine = new MatchingEngine(TestData.Knowledge, options);
        engine.Load(region.Companies, region.Offers.Concat(region.Needs));
        var preparer = new StreamPreparer(TestData.Knowledge, options);
        var companies = region.Companies.ToDictionary(c => c.Id, c => new PreparedCompany(c, preparer.NaceId, preparer.CompanyId(c.Id)));
        var offers = region.Offers.Select(s => preparer.Prepare(s, companies[s.CompanyId])).ToArray();
        var needs = region.Needs.Select(s => preparer.Prepare(s, companies[s.CompanyId])).ToArray();
        var rng = new Random(seed);
        var compared = 0;

        foreach (var o in offers)
        {
            foreach (var n in needs)
            {
                var unbounded = PairScorer.Score(o, n, options, 0);
                var floor = unbounded is null ? rng.NextDouble() * 100 : unbounded.Score + ((rng.NextDouble() - 0.5) * 4);
                var bounded = PairScorer.Score(o, n, options, floor);
                if (unbounded is not null && unbounded.Score >= floor)
                {
                    Assert.Equal(unbounded, bounded);
                    compared++;
                }
                else
                {
                    Assert.Null(bounded);
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} pairs reached their floor");
    }

    [Fact]
    public void UpsertStream_SmallTopList_EqualsFreshFullRematch()
    {
        var options = new MatchingOptions { TopKPerOffer = 2 };
        var region = SyntheticRegion.Generate(TestData.Knowledge, 150, 300, 300, 41);
        var engine = new MatchingEngine(TestData.Knowledge, options);
        engine.Load(region.Companies, region.Offers.Concat(region.Needs));
        engine.RematchAll();
        var rng = new Random(9);
        var current = region.Offers.Concat(region.Needs).ToDictionary(s => s.Id);

        for (var i = 0; i < 80; i++)
        {
            var s = current.Values.ElementAt(rng.Next(current.Count));
            if (i % 5 == 0)
            {
                engine.RemoveStream(s.Id);
                current.Remove(s.Id);
            }
            else
            {
                var changed = SyntheticRegion.Mutate(s, rng, TestData.Knowledge);
                engine.UpsertStream(changed);
                current[s.Id] = changed;
            }
        }

        var fresh = new MatchingEngine(TestData.Knowledge, options);
        fresh.Load(region.Companies, current.Values);
        fresh.RematchAll();
        Assert.True(fresh.AllMatches().ToHashSet().SetEquals(engine.AllMatches()));
    }
}
