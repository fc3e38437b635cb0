using System.Text.Json;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

/// <summary>
/// The anonymised view of a match is a function of what its reader may see: changing the hidden
/// side's exact quantity (within its band), price, sector or place (within the distance band)
/// changes nothing in it, while the full view does change.
/// </summary>
public class AnonymisedExplainerTests
{
    private static readonly MatchingOptions s_options = new() { MinScore = 0 };
    private static readonly MatchCompany s_giver = TestData.Company("35.11", TestData.Aliaga);

    private static MatchStream OfferOf(MatchCompany c, double amount, decimal? price) =>
        TestData.Offer(c, "100102", "uçucu kül", amount) with { PricePerUnit = price };

    private static MatchStream NeedOf(MatchCompany c, double amount, decimal? price) =>
        TestData.Need(c, "100102", "fly ash", amount) with { PricePerUnit = price };

    private static MatchBreakdown Explain(MatchCompany giver, MatchCompany taker, MatchStream offer, MatchStream need)
    {
        var engine = new MatchingEngine(TestData.Knowledge, s_options);
        engine.Load([giver, taker], [offer, need]);
        engine.RematchAll();
        var m = engine.MatchesFor(offer.Id).Single(x => x.NeedId == need.Id);
        return MatchExplainer.Explain(m, s_options);
    }

    [Fact]
    public void ForGiver_HiddenNeedVariesWithinWhatIsShown_ViewIsIdentical()
    {
        var offer = OfferOf(s_giver, 450, 300);
        var views = new List<string>();
        var full = new HashSet<string>();
        // Points in Kemalpaşa's area (one 0.1° cell): the exact road distance differs, the area's does not.
        foreach (var (nace, lat, lon, amount, price) in new (string, double, double, double, decimal?)[]
                 {
                     ("23.51", 38.42, 27.41, 1_200, null),
                     ("08.12", 38.43, 27.42, 2_500, 150),
                     ("42.11", 38.41, 27.43, 7_700, 900),
                 })
        {
            var taker = TestData.Company(nace, new GeoPoint(lat, lon));
            var b = Explain(s_giver, taker, offer, NeedOf(taker, amount, price));
            views.Add(JsonSerializer.Serialize(new { b.Anonymised!.Score, b.Anonymised.ForGiver }));
            full.Add(JsonSerializer.Serialize(new { b.Score, b.Factors }));
        }

        Assert.Equal(3, full.Count);
        Assert.Single(views.Distinct());
    }

    [Fact]
    public void ForReceiver_HiddenOfferVariesWithinWhatIsShown_ViewIsIdentical()
    {
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var need = NeedOf(taker, 2_000, 400);
        var views = new List<string>();
        var full = new HashSet<string>();
        foreach (var (nace, lat, lon, amount, price) in new (string, double, double, double, decimal?)[]
                 {
                     ("35.11", 38.80, 26.97, 120, null),
                     ("24.10", 38.78, 26.99, 480, 1_500),
                     ("19.20", 38.82, 27.01, 990, 90),
                 })
        {
            var giver = TestData.Company(nace, new GeoPoint(lat, lon));
            var b = Explain(giver, taker, OfferOf(giver, amount, price), need);
            views.Add(JsonSerializer.Serialize(new { b.Anonymised!.Score, b.Anonymised.ForReceiver }));
            full.Add(JsonSerializer.Serialize(new { b.Score, b.Factors }));
        }

        Assert.Equal(3, full.Count);
        Assert.Single(views.Distinct());
    }

    [Fact]
    public void ForGiver_GiverMovesItsOwnPointWithinItsArea_ViewOfTheHiddenNeedIsIdentical()
    {
        // Moving one's own point and reading the distance again (triangulation) learns nothing
        // finer than the other firm's area.
        // From these points the exact road distance is 40.8 km and 51.6 km: two bands apart.
        var taker = TestData.Company("23.51", new GeoPoint(38.40, 27.40));
        var need = NeedOf(taker, 2_500, 150);
        var views = new List<string>();
        var exact = new HashSet<double?>();
        foreach (var (lat, lon) in new[] { (38.66, 27.26), (38.70, 27.30), (38.74, 27.26) })
        {
            var giver = TestData.Company("35.11", new GeoPoint(lat, lon));
            var engine = new MatchingEngine(TestData.Knowledge, s_options);
            var offer = OfferOf(giver, 450, 300);
            engine.Load([giver, taker], [offer, need]);
            engine.RematchAll();
            var m = engine.MatchesFor(offer.Id).Single();
            exact.Add(m.RoadKm);
            var b = MatchExplainer.Explain(m, s_options);
            views.Add(JsonSerializer.Serialize(new { b.Anonymised!.Score, b.Anonymised.Distance, b.Anonymised.ForGiver }));
        }

        Assert.Equal(3, exact.Count);
        Assert.Contains(exact, km => km < 50);
        Assert.Contains(exact, km => km > 50);
        Assert.Single(views.Distinct());
    }

    [Theory]
    [InlineData(40)]
    [InlineData(45)]
    [InlineData(50)]
    public void TransportLimit_WhetherAMatchExistsDependsOnTheAreasOnly(int limitKm)
    {
        // Exact road distances 40.8, 44.8 and 49.6 km; between the areas 44.8 km for all three.
        // Probing one's own limit must not tell the three places apart.
        var taker = TestData.Company("23.51", new GeoPoint(38.40, 27.40));
        var need = NeedOf(taker, 2_500, 150);
        var found = new List<bool>();
        foreach (var (lat, lon) in new[] { (38.66, 27.26), (38.70, 27.30), (38.74, 27.34) })
        {
            var giver = TestData.Company("35.11", new GeoPoint(lat, lon));
            var offer = OfferOf(giver, 450, 300) with { MaxTransportKm = limitKm };
            var engine = new MatchingEngine(TestData.Knowledge, s_options);
            engine.Load([giver, taker], [offer, need]);
            engine.RematchAll();
            found.Add(engine.MatchesFor(offer.Id).Any());
        }

        Assert.Single(found.Distinct());
        Assert.Equal(limitKm >= 45, found[0]);
    }

    [Fact]
    public void Anonymised_Score_IsTheWeightedSumOfTheShownValues()
    {
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var b = Explain(s_giver, taker, OfferOf(s_giver, 450, 300), NeedOf(taker, 2_500, 150));

        foreach (var lines in new[] { b.Anonymised!.ForGiver, b.Anonymised.ForReceiver })
        {
            var sum = lines.Sum(f => f.Value * f.Weight) / lines.Sum(f => f.Weight) * 100;
            Assert.Equal(Math.Round(sum), b.Anonymised.Score);
        }
    }

    [Fact]
    public void Anonymised_OwnSideExact_OtherSideBandedAndSaidHidden()
    {
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var b = Explain(s_giver, taker, OfferOf(s_giver, 450, 300), NeedOf(taker, 2_500, 150));

        var giverQuantity = b.Anonymised!.ForGiver.Single(f => f.Factor == "quantity");
        var receiverQuantity = b.Anonymised.ForReceiver.Single(f => f.Factor == "quantity");
        Assert.Equal("Teklif 450 t/yıl; ihtiyaç 1.000–10.000 t/yıl aralığında (kesin miktarı gizli)", giverQuantity.ReasonTr);
        Assert.Equal("Need 2,500 t/yr; the offer is in the 100–1,000 t/yr range (exact amount hidden)", receiverQuantity.ReasonEn);
        var distance = b.Anonymised.ForGiver.Single(f => f.Factor == "distance");
        Assert.Matches(@"^Yol mesafesi \d+–\d+ km aralığında, tahmini nakliye [\d.]+–[\d.]+ TL/t \(kesin konum gizli\)$", distance.ReasonTr);
        Assert.EndsWith("karşı tarafın fiyatı gizli", b.Anonymised.ForGiver.Single(f => f.Factor == "economics").ReasonTr, StringComparison.Ordinal);
        Assert.DoesNotContain("2.500", string.Join(' ', b.Anonymised.ForGiver.Select(f => f.ReasonTr)), StringComparison.Ordinal);
        Assert.DoesNotContain("450", string.Join(' ', b.Anonymised.ForReceiver.Select(f => f.ReasonTr)), StringComparison.Ordinal);
    }

    [Fact]
    public void LatentReasons_ForAnonymous_NameNeitherFirmsClass()
    {
        var engine = new MatchingEngine(TestData.Knowledge, s_options);
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var offer = TestData.Offer(giver, "100102", "uçucu kül");
        engine.Load([giver, TestData.Company("23.51", TestData.Kemalpasa)], [offer]);
        engine.RematchAll();

        var receivers = engine.LatentReceivers(offer.Id, 10, 3);

        Assert.NotEmpty(receivers);
        Assert.Contains(receivers.SelectMany(r => r.Reasons), r => r.Tr.Contains("35.11", StringComparison.Ordinal));
        foreach (var receiver in receivers)
        {
            foreach (var reason in receiver.Reasons.Select(r => r.ForAnonymous))
            {
                Assert.DoesNotContain("35.11", reason.Tr + reason.En, StringComparison.Ordinal);
                Assert.DoesNotContain(receiver.NaceCode, reason.Tr + reason.En, StringComparison.Ordinal);
            }

            Assert.Equal(0, receiver.AnonymisedScore % 5);
        }
    }
}
