using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;

namespace IzmirSymbiosis.Matching.UnitTests.Latent;

/// <summary>
/// Latent receivers while the other firm is anonymous: the receiving firm's view does not depend on
/// the giver's sector, and whether a firm is listed does not depend on anything the giver controls.
/// </summary>
public class LatentAnonymityTests
{
    private static readonly MatchingOptions s_options = new();

    [Fact]
    public void ReceiverView_GiversOfDifferentSectors_ReadTheSame()
    {
        var receiverViews = new HashSet<string>();
        var scores = new HashSet<string>();
        foreach (var giverNace in new[] { "35.11", "24.10", "20.13", "10.51" })
        {
            var giver = TestData.Company(giverNace, TestData.Aliaga);
            var cement = TestData.Company("23.51", TestData.Kemalpasa);
            var offer = TestData.Offer(giver, "100102", "uçucu kül");
            var engine = new MatchingEngine(TestData.Knowledge, s_options);
            engine.Load([giver, cement], [offer]);
            engine.RematchAll();

            var receivers = engine.LatentReceivers(offer.Id, 10, 3);

            var cementRow = Assert.Single(receivers, r => r.NaceCode == "23.51");
            receiverViews.Add($"{cementRow.ScoreWithoutGiverSector}|{string.Join("|", cementRow.ReasonsWithoutGiverSector.Select(r => r.Tr + r.En))}");
            scores.Add(string.Join(",", receivers.Select(r => $"{r.NaceCode}:{r.Score}")));
            Assert.All(cementRow.ReasonsWithoutGiverSector, r => Assert.DoesNotContain(giverNace, r.Tr + r.En, StringComparison.Ordinal));
        }

        Assert.True(scores.Count > 1, "the giver's sector should change the full ranking (control)");
        Assert.Single(receiverViews);
    }

    [Fact]
    public void LatentReceivers_FirmWithAnyActiveNeed_IsNotListedWhateverItsMatches()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var withNeed = TestData.Company("23.51", TestData.Kemalpasa);
        var without = TestData.Company("23.51", TestData.Kemalpasa);
        var offer = TestData.Offer(giver, "100102", "uçucu kül");

        // Whether or not this need matches the offer (a giver can make its matches vanish), the
        // firm that has it is not a latent receiver.
        var unrelatedNeed = TestData.Need(withNeed, "130205", "atık motor yağı");
        var engine = new MatchingEngine(TestData.Knowledge, s_options);
        engine.Load([giver, withNeed, without], [offer, unrelatedNeed]);
        engine.RematchAll();

        var listed = engine.LatentReceivers(offer.Id, 10, 5).SelectMany(r => r.Companies).Select(c => c.CompanyId).ToList();
        Assert.Contains(without.Id, listed);
        Assert.DoesNotContain(withNeed.Id, listed);

        engine.RemoveStream(unrelatedNeed.Id);
        Assert.Contains(withNeed.Id, engine.LatentReceivers(offer.Id, 10, 5).SelectMany(r => r.Companies).Select(c => c.CompanyId));
    }
}
