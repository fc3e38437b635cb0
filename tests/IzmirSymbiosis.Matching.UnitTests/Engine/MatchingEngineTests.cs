using System.Text.Json;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Scoring;
using IzmirSymbiosis.Matching.Synthetic;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public class MatchingEngineTests
{
    private static (MatchingEngine Engine, MatchResult? Match) MatchOne(MatchCompany giver, MatchCompany taker, MatchStream offer, MatchStream need, MatchingOptions? options = null)
    {
        var engine = new MatchingEngine(TestData.Knowledge, options ?? new MatchingOptions { MinScore = 0 });
        engine.Load([giver, taker], [offer, need]);
        engine.RematchAll();
        return (engine, engine.MatchesFor(offer.Id).SingleOrDefault(m => m.NeedId == need.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RematchAll_RandomRegion_EqualsAllPairsReference(int seed)
    {
        var region = SyntheticRegion.Generate(TestData.Knowledge, 300, 600, 600, seed);
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load(region.Companies, region.Offers.Concat(region.Needs));

        engine.RematchAll();

        var blocked = engine.AllMatches().ToHashSet();
        var reference = engine.RematchAllPairs();
        Assert.NotEmpty(reference);
        Assert.Equal(reference.Count, blocked.Count);
        Assert.All(reference, m => Assert.Contains(m, blocked));
    }

    [Fact]
    public void UpsertStream_ManyEdits_EqualsFreshFullRematch()
    {
        var region = SyntheticRegion.Generate(TestData.Knowledge, 200, 400, 400, 11);
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load(region.Companies, region.Offers.Concat(region.Needs));
        engine.RematchAll();
        var rng = new Random(5);
        var current = region.Offers.Concat(region.Needs).ToDictionary(s => s.Id);

        for (var i = 0; i < 60; i++)
        {
            var s = current.Values.ElementAt(rng.Next(current.Count));
            if (i % 7 == 0)
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

        var fresh = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        fresh.Load(region.Companies, current.Values);
        fresh.RematchAll();
        var expected = fresh.AllMatches().ToHashSet();
        var actual = engine.AllMatches().ToHashSet();
        Assert.True(expected.SetEquals(actual), $"expected {expected.Count}, got {actual.Count}, common {expected.Intersect(actual).Count()}");
    }

    [Fact]
    public void UpsertStream_NewNeed_ReturnsItsMatchesAndRemoveReturnsDeletion()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load([giver, taker], [TestData.Offer(giver, "100102", "uçucu kül")]);
        engine.RematchAll();
        var need = TestData.Need(taker, "100102", "fly ash");

        var added = engine.UpsertStream(need);
        var removed = engine.RemoveStream(need.Id);

        Assert.Single(added.Upserted, m => m.NeedId == need.Id);
        Assert.Single(removed.Removed, k => k.NeedId == need.Id);
        Assert.Empty(engine.AllMatches());
    }

    [Fact]
    public void Score_SameCode_MaterialOneAndBilingualReasons()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);

        var (engine, m) = MatchOne(giver, taker, TestData.Offer(giver, "100102", "uçucu kül"), TestData.Need(taker, "100102", "fly ash"));

        Assert.NotNull(m);
        Assert.Equal(1.0, m.Material, 3);
        var b = MatchExplainer.Explain(m, engine.Options);
        Assert.Equal(MatchingEngine.EngineVersion, b.EngineVersion);
        Assert.Equal(6, b.Factors.Count);
        Assert.StartsWith("Aynı atık kodu (10 01 02)", b.Factors[0].ReasonTr, StringComparison.Ordinal);
        Assert.StartsWith("Same waste code (10 01 02)", b.Factors[0].ReasonEn, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ km, tahmini nakliye [\d.]+ TL/t(; puan ve tahminler .* km ile hesaplandı)?; mesafe puanı [\d.]+ km'de sıfıra iner( \(bu malzemenin olağan taşıma menzili\))?$", b.Factors[2].ReasonTr);
        var json = JsonSerializer.Serialize(b);
        Assert.Equal(b.Score, JsonSerializer.Deserialize<MatchBreakdown>(json)!.Score);
    }

    [Theory]
    [InlineData("100102", "10", "santral yan ürünü", "hammadde", MaterialBasis.AcceptedCategory)]
    [InlineData("100102", "1001", "santral yan ürünü", "hammadde", MaterialBasis.AcceptedCategory)]
    [InlineData("100102", "100101", "santral yan ürünü", "hammadde", MaterialBasis.SameSubChapter)]
    [InlineData("100102", null, "UÇUCU KÜL", "fly ash", MaterialBasis.TextSimilarity)]
    public void Score_CodeRelation_ExpectedBasis(string offerCode, string? needCode, string offerText, string needText, MaterialBasis expected)
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("28.11", TestData.Kemalpasa);

        var (_, m) = MatchOne(giver, taker, TestData.Offer(giver, offerCode, offerText), TestData.Need(taker, needCode, needText));

        Assert.NotNull(m);
        Assert.Equal(expected, m.Basis);
    }

    [Fact]
    public void Score_HazardousCodeWithoutPermit_Filtered()
    {
        var giver = TestData.Company("24.10", TestData.Aliaga);
        var noPermit = TestData.Company("23.51", TestData.Kemalpasa);
        var permit = TestData.Company("23.51", TestData.Kemalpasa, PermitCoverage.Of(["100207"]));

        var (_, without) = MatchOne(giver, noPermit, TestData.Offer(giver, "100207", "baca tozu"), TestData.Need(noPermit, "100207", "dust"));
        var (_, with) = MatchOne(giver, permit, TestData.Offer(giver, "100207", "baca tozu"), TestData.Need(permit, "100207", "dust"));

        Assert.Null(without);
        Assert.NotNull(with);
    }

    [Fact]
    public void Score_MissingCoordinates_NeutralDistanceAndAssumedTransport()
    {
        var giver = TestData.Company("35.11", null);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);

        var (engine, m) = MatchOne(giver, taker, TestData.Offer(giver, "100102", "kül"), TestData.Need(taker, "100102", "kül"));

        Assert.NotNull(m);
        Assert.Null(m.RoadKm);
        Assert.Equal(0.5, m.Distance, 3);
        Assert.StartsWith("Konum eksik", MatchExplainer.Explain(m, engine.Options).Factors[2].ReasonTr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BeyondTransportLimit_Filtered()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var need = TestData.Need(taker, "100102", "kül") with { MaxTransportKm = 20 };

        var (_, m) = MatchOne(giver, taker, TestData.Offer(giver, "100102", "kül"), need);

        Assert.Null(m);
    }

    [Theory]
    [InlineData(QuantityUnit.Tonne, QuantityUnit.CubicMetre, false)]
    [InlineData(QuantityUnit.Tonne, QuantityUnit.Kilogram, true)]
    public void Score_Units_FilteredWhenDimensionsDiffer(QuantityUnit offerUnit, QuantityUnit needUnit, bool expectMatch)
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);

        var (_, m) = MatchOne(giver, taker, TestData.Offer(giver, "100102", "kül", unit: offerUnit), TestData.Need(taker, "100102", "kül", 100_000, needUnit));

        Assert.Equal(expectMatch, m is not null);
    }

    [Fact]
    public void Score_KilogramsVersusTonnes_NormalisedBeforeQuantityFit()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);

        var (_, m) = MatchOne(giver, taker, TestData.Offer(giver, "100102", "kül", 10, QuantityUnit.Tonne, QuantityPeriod.PerMonth),
            TestData.Need(taker, "100102", "kül", 120_000, QuantityUnit.Kilogram));

        Assert.NotNull(m);
        Assert.Equal(1.0, m.Quantity, 3);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(100, 0)]
    public void Score_ZeroQuantity_QuantityFactorZero(double offerAmount, double needAmount)
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);

        var (engine, m) = MatchOne(giver, taker, TestData.Offer(giver, "100102", "kül", offerAmount), TestData.Need(taker, "100102", "kül", needAmount));

        Assert.NotNull(m);
        Assert.Equal(0, m.Quantity);
        Assert.StartsWith("Miktar belirtilmemiş", MatchExplainer.Explain(m, engine.Options).Factors[1].ReasonTr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-03-31", "2026-04-01", null, false, 0)]
    [InlineData("2026-01-01", "2026-06-30", "2026-04-01", "2026-12-31", true, 0.5)]
    [InlineData(null, null, null, null, true, 1.0)]
    [InlineData("2026-01-01", "2026-01-30", null, null, true, 1.0)]
    public void Score_AvailabilityWindows_ExpectedTiming(string? of, string? ou, string? nf, string? nu, bool expectMatch, double timing)
    {
        static DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var offer = TestData.Offer(giver, "100102", "kül") with { AvailableFrom = D(of), AvailableUntil = D(ou) };
        var need = TestData.Need(taker, "100102", "kül") with { AvailableFrom = D(nf), AvailableUntil = D(nu) };

        var (_, m) = MatchOne(giver, taker, offer, need);

        Assert.Equal(expectMatch, m is not null);
        if (m is not null)
        {
            Assert.Equal(timing, m.Timing, 2);
        }
    }

    [Fact]
    public void Score_FarVersusNear_NearScoresHigherAndCostsLess()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var near = TestData.Company("23.51", new(38.78, 26.99));
        var far = TestData.Company("23.51", TestData.Kemalpasa);
        var offer = TestData.Offer(giver, "100102", "kül");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions { MinScore = 0 });
        var nearNeed = TestData.Need(near, "100102", "kül");
        var farNeed = TestData.Need(far, "100102", "kül");
        engine.Load([giver, near, far], [offer, nearNeed, farNeed]);

        engine.RematchAll();

        var list = engine.MatchesFor(offer.Id);
        Assert.Equal(nearNeed.Id, list[0].NeedId);
        Assert.True(list[0].TransportTryPerTonne < list[1].TransportTryPerTonne);
        Assert.True(list[0].Environment >= list[1].Environment);
    }

    [Fact]
    public void LatentReceivers_FlyAshOffer_ListsRegisteredCementCompany()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var cement = TestData.Company("23.51", TestData.Kemalpasa);
        var offer = TestData.Offer(giver, "100102", "uçucu kül");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load([giver, cement], [offer]);

        var result = engine.LatentReceivers(offer.Id, 5);

        var row = Assert.Single(result, r => r.NaceCode == "23.51");
        Assert.Equal(cement.Id, Assert.Single(row.Companies).CompanyId);
    }
}
