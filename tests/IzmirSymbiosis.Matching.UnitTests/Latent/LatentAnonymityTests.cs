using System.Text.Json;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;

namespace IzmirSymbiosis.Matching.UnitTests.Latent;

/// <summary>
/// Latent receivers while the other firm is anonymous: nothing about them depends on the giver's
/// sector, a listed firm's class cannot be told from its division by trying codes, and whether a
/// firm is listed depends on nothing the giver controls.
/// </summary>
public class LatentAnonymityTests
{
    private static readonly MatchingOptions s_options = new();

    [Fact]
    public void LatentReceivers_GiversOfDifferentSectors_ListTheSame()
    {
        var cement = TestData.Company("23.51", TestData.Kemalpasa);
        var lists = new HashSet<string>();
        foreach (var giverNace in new[] { "35.11", "24.10", "20.13", "10.51" })
        {
            var giver = TestData.Company(giverNace, TestData.Aliaga);
            var offer = TestData.Offer(giver, "100102", "uçucu kül");
            var engine = new MatchingEngine(TestData.Knowledge, s_options);
            engine.Load([giver, cement], [offer]);
            engine.RematchAll();

            var receivers = engine.LatentReceivers(offer.Id, 5, 5);

            Assert.Contains(receivers, r => r.Companies.Any(c => c.CompanyId == cement.Id));
            lists.Add(JsonSerializer.Serialize(receivers.Select(r => new { r.NaceCode, r.Score, r.Reasons, Companies = r.Companies.Select(c => c.CompanyId) })));
        }

        Assert.Single(lists);
    }

    [Theory]
    [InlineData("100102", "uçucu kül")]
    [InlineData("100101", "taban külü")]
    [InlineData("101208", "seramik kırığı")]
    [InlineData("101206", "atık kalıp")]
    [InlineData("170107", "beton ve tuğla karışımı")]
    [InlineData("101314", "beton atığı")]
    public void GiverTriesCodes_FirmsOfOneDivision_AreListedAlike(string code, string description)
    {
        // Cement, glass, ceramics and concrete firms in one area: a giver may learn the division,
        // not which of them is which.
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var firms = new[] { "23.51", "23.11", "23.32", "23.61" }.Select(n => TestData.Company(n, new GeoPoint(38.43, 27.42))).ToList();
        var offer = TestData.Offer(giver, code, description);
        var engine = new MatchingEngine(TestData.Knowledge, s_options);
        engine.Load([giver, .. firms], [offer]);
        engine.RematchAll();

        var listed = engine.LatentReceivers(offer.Id, 5, 5).SelectMany(r => r.Companies).Select(c => c.CompanyId).ToHashSet();

        Assert.Single(firms.Select(f => listed.Contains(f.Id)).Distinct());
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
