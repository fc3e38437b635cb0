using IzmirSymbiosis.Matching.Engine;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

/// <summary>
/// The matches of one stream share its figures (<see cref="Preparation.MatchSide"/>): a full
/// re-match builds them once per stream, and changing a figure of one record (<c>with</c>) copies
/// them for that record only, never for its siblings.
/// </summary>
public class MatchSideTests
{
    [Fact]
    public void MatchesOfOneOffer_ShareItsFigures_AndAWithCopyLeavesTheSiblingsAlone()
    {
        var giver = TestData.Company("24.10", TestData.Aliaga);
        var offer = TestData.Offer(giver, "120101", "Demir talaşı ve çapak", amount: 400);
        var needs = Enumerable.Range(0, 3)
            .Select(i => (Company: TestData.Company("24.51", TestData.Kemalpasa), Index: i))
            .Select(t => (t.Company, Need: TestData.Need(t.Company, "120101", "Döküm için demir hurdası", amount: 100 + t.Index)))
            .ToList();
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions { MinScore = 0 });
        engine.Load([giver, .. needs.Select(n => n.Company)], [offer, .. needs.Select(n => n.Need)]);

        engine.RematchAll();

        var matches = engine.MatchesFor(offer.Id).OrderBy(m => m.NeedAnnual).ToList();
        Assert.Equal(3, matches.Count);
        Assert.All(matches, m => Assert.Equal((offer.Id, giver.Id, "120101", 400.0), (m.OfferId, m.OfferCompanyId, m.OfferEwcCode, m.OfferAnnual)));
        Assert.Equal([100.0, 101.0, 102.0], matches.Select(m => m.NeedAnnual));

        var changed = matches[0] with { OfferAnnual = 1, NeedAnnual = 7 };

        Assert.Equal((1.0, 7.0, offer.Id), (changed.OfferAnnual, changed.NeedAnnual, changed.OfferId));
        Assert.Equal((400.0, 100.0), (matches[0].OfferAnnual, matches[0].NeedAnnual));
        Assert.All(matches, m => Assert.Equal(400.0, m.OfferAnnual));
        Assert.NotEqual(matches[0], changed);
        Assert.Equal(matches[0], changed with { OfferAnnual = 400, NeedAnnual = 100 });
    }
}
