using System.Text.Json;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

/// <summary>
/// What a party can learn of an anonymous counterpart from the engine, however it probes: it may
/// change its own amount, price, transport limit, location and availability window as often as it
/// likes and read, each time, whether the match exists, its score and its anonymised reasons. For
/// counterparts that differ only in what is hidden (exact amount within its band, price, point within
/// its area, sector), every probe must read the same; the full view shows they do differ.
/// </summary>
public class AnonymisedExplainerTests
{
    private static readonly MatchingOptions s_options = new();

    // Exact points inside one 0.1° cell around Kemalpaşa and one around Aliağa.
    private static readonly GeoPoint[] s_kemalpasaPoints = [new(38.42, 27.41), new(38.43, 27.42), new(38.41, 27.43)];
    private static readonly GeoPoint[] s_aliagaPoints = [new(38.80, 26.97), new(38.78, 26.99), new(38.82, 27.01)];

    private static MatchStream OfferOf(MatchCompany c, double amount, decimal? price, int? maxKm = null, DateOnly? from = null, DateOnly? until = null) =>
        TestData.Offer(c, "100102", "uçucu kül", amount) with { PricePerUnit = price, MaxTransportKm = maxKm, AvailableFrom = from, AvailableUntil = until };

    private static MatchStream NeedOf(MatchCompany c, double amount, decimal? price, int? maxKm = null, DateOnly? from = null, DateOnly? until = null) =>
        TestData.Need(c, "100102", "fly ash", amount) with { PricePerUnit = price, MaxTransportKm = maxKm, AvailableFrom = from, AvailableUntil = until };

    private static MatchResult? MatchOf(MatchCompany giver, MatchCompany taker, MatchStream offer, MatchStream need)
    {
        var engine = new MatchingEngine(TestData.Knowledge, s_options);
        engine.Load([giver, taker], [offer, need]);
        engine.RematchAll();
        return engine.MatchesFor(offer.Id).SingleOrDefault(x => x.NeedId == need.Id);
    }

    /// <summary>What the giver reads of the match: nothing, or the score and its anonymised lines.</summary>
    private static string GiverView(MatchResult? m) => m is null
        ? "none"
        : JsonSerializer.Serialize(new { m.Score, MatchExplainer.Explain(m, s_options).Anonymised!.Distance, MatchExplainer.Explain(m, s_options).Anonymised!.ForGiver });

    private static string ReceiverView(MatchResult? m) => m is null
        ? "none"
        : JsonSerializer.Serialize(new { m.Score, MatchExplainer.Explain(m, s_options).Anonymised!.Distance, MatchExplainer.Explain(m, s_options).Anonymised!.ForReceiver });

    private static string FullView(MatchResult? m) => m is null ? "none" : JsonSerializer.Serialize(MatchExplainer.Explain(m, s_options).Factors);

    public static TheoryData<double, double?, int?, int, bool> GiverProbes()
    {
        var data = new TheoryData<double, double?, int?, int, bool>();
        foreach (var amount in new[] { 37.0, 450, 1_279, 37_494 })
        {
            foreach (var price in new double?[] { null, 1, 200, 100_000 })
            {
                foreach (var limit in new int?[] { 1, 60, 75, null })
                {
                    data.Add(amount, price, limit, (int)(amount % 3), amount == 1_279);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GiverProbes))]
    public void GiverProbesItsOwnOffer_CounterpartsDifferingOnlyInHiddenFigures_ReadTheSame(double amount, double? price, int? limit, int point, bool tightWindow)
    {
        var giver = TestData.Company("35.11", s_aliagaPoints[point]);
        var from = tightWindow ? new DateOnly(2026, 1, 1) : (DateOnly?)null;
        var until = tightWindow ? new DateOnly(2026, 8, 20) : (DateOnly?)null;
        var offer = OfferOf(giver, amount, (decimal?)price, limit, from, until);
        var views = new HashSet<string>();
        var full = new HashSet<string>();

        // The hidden need: amount within one band, price, exact point within one area, sector,
        // and its own transport limit (each above the distance between the areas, 73 km).
        foreach (var (nace, point2, needAmount, needPrice, needLimit) in new (string, GeoPoint, double, decimal?, int?)[]
                 {
                     ("23.51", s_kemalpasaPoints[0], 1_280, null, null),
                     ("08.12", s_kemalpasaPoints[1], 2_500, 150, 100),
                     ("42.11", s_kemalpasaPoints[2], 7_700, 900, 150),
                 })
        {
            var taker = TestData.Company(nace, point2);
            var m = MatchOf(giver, taker, offer, NeedOf(taker, needAmount, needPrice, needLimit, from: new DateOnly(2026, 8, 14)));
            views.Add(GiverView(m));
            full.Add(FullView(m));
        }

        Assert.Single(views);
        if (!views.Contains("none"))
        {
            Assert.Equal(3, full.Count);
        }
    }

    [Theory]
    [InlineData("100102")]
    [InlineData("100101")]
    [InlineData("101208")]
    [InlineData("060399")]
    [InlineData("150101")]
    [InlineData("020304")]
    public void GiverTriesLibraryCodes_ReceiversOfOneDivision_ReadTheSame(string offerCode)
    {
        // The need names no code and shares no word: only the synergy library can pair it, and it
        // may meet the receiving firm by its division, never by its class.
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var offer = TestData.Offer(giver, offerCode, "deneme partisi", 450);
        var views = new HashSet<string>();
        foreach (var nace in new[] { "23.51", "23.32", "23.61", "23.99" })
        {
            var taker = TestData.Company(nace, s_kemalpasaPoints[1]);
            views.Add(GiverView(MatchOf(giver, taker, offer, TestData.Need(taker, null, "hammadde", 2_500))));
        }

        Assert.Single(views);
    }

    public static TheoryData<double, double?, int?, int> ReceiverProbes()
    {
        var data = new TheoryData<double, double?, int?, int>();
        foreach (var amount in new[] { 0.5, 480, 4_399, 20_000 })
        {
            foreach (var price in new double?[] { null, 200, 529, 531 })
            {
                foreach (var limit in new int?[] { 1, 60, null })
                {
                    data.Add(amount, price, limit, (int)(amount % 3));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReceiverProbes))]
    public void ReceiverProbesItsOwnNeed_CounterpartsDifferingOnlyInHiddenFigures_ReadTheSame(double amount, double? price, int? limit, int point)
    {
        var taker = TestData.Company("23.51", s_kemalpasaPoints[point]);
        var need = NeedOf(taker, amount, (decimal?)price, limit);
        var views = new HashSet<string>();
        var full = new HashSet<string>();
        foreach (var (nace, point2, offerAmount, offerPrice) in new (string, GeoPoint, double, decimal?)[]
                 {
                     ("35.11", s_aliagaPoints[0], 120, null),
                     ("24.10", s_aliagaPoints[1], 480, 530),
                     ("19.20", s_aliagaPoints[2], 990, 90),
                 })
        {
            var giver = TestData.Company(nace, point2);
            var m = MatchOf(giver, taker, OfferOf(giver, offerAmount, offerPrice), need);
            views.Add(ReceiverView(m));
            full.Add(FullView(m));
        }

        Assert.Single(views);
        if (!views.Contains("none"))
        {
            Assert.Equal(3, full.Count);
        }
    }

    [Fact]
    public void Score_IsTheWeightedMeanOfTheShownValues()
    {
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var m = MatchOf(giver, taker, OfferOf(giver, 450, 300), NeedOf(taker, 2_500, 150))!;
        var b = MatchExplainer.Explain(m, s_options);

        foreach (var lines in new[] { b.Factors, b.Anonymised!.ForGiver, b.Anonymised.ForReceiver })
        {
            var mean = lines.Sum(f => f.Value * f.Weight) / lines.Sum(f => f.Weight) * 100;
            Assert.Equal(m.Score, mean, 1);
        }
    }

    [Fact]
    public void Anonymised_OwnSideExact_OtherSideBandedAndSaidHidden()
    {
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var b = MatchExplainer.Explain(MatchOf(giver, taker, OfferOf(giver, 450, 300), NeedOf(taker, 2_500, 150))!, s_options);

        var giverQuantity = b.Anonymised!.ForGiver.Single(f => f.Factor == "quantity");
        var receiverQuantity = b.Anonymised.ForReceiver.Single(f => f.Factor == "quantity");
        Assert.Equal("Teklif 450 t/yıl; ihtiyaç 1.000–10.000 t/yıl aralığında (kesin miktarı gizli: karşı taraf anonim)", giverQuantity.ReasonTr);
        Assert.Equal("Need 2,500 t/yr; the offer is in the 100–1,000 t/yr range (exact amount hidden: the other party is anonymous)", receiverQuantity.ReasonEn);
        var distance = b.Anonymised.ForGiver.Single(f => f.Factor == "distance");
        Assert.Matches(@"^Yol mesafesi \d+–\d+ km aralığında, tahmini nakliye [\d.]+–[\d.]+ TL/t \(kesin konum gizli: karşı taraf anonim\); mesafe puanı [\d.]+ km'de sıfıra iner( \(bu malzemenin olağan taşıma menzili\))?$", distance.ReasonTr);
        Assert.EndsWith("karşı tarafın fiyatı gizli: karşı taraf anonim", b.Anonymised.ForGiver.Single(f => f.Factor == "economics").ReasonTr, StringComparison.Ordinal);
        Assert.DoesNotContain("2.500", string.Join(' ', b.Anonymised.ForGiver.Select(f => f.ReasonTr)), StringComparison.Ordinal);
        Assert.DoesNotContain("450", string.Join(' ', b.Anonymised.ForReceiver.Select(f => f.ReasonTr)), StringComparison.Ordinal);
        Assert.Contains("ihtiyacın fiyatı 150 TL/t", b.Factors.Single(f => f.Factor == "economics").ReasonTr, StringComparison.Ordinal);
    }
}
