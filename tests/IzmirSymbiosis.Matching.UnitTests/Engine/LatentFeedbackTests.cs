using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Latent;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

public sealed class LatentFeedbackTests
{
    [Fact]
    public void NotOurMaterialAnswers_LowerThatClassForTheMaterial_WithAReason()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var offer = TestData.Offer(giver, "100102", "uçucu kül");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load([giver], [offer]);
        var before = engine.LatentReceivers(offer.Id, 10, 0);
        var top = before[0];

        engine.UseFeedback(Enumerable.Range(0, 3).Select(_ => new FeedbackItem(["100102"], "uçucu kül", top.NaceCode, FeedbackAnswer.NotOurMaterial)));
        var after = engine.LatentReceivers(offer.Id, 10, 0);

        var lowered = after.SingleOrDefault(r => r.NaceCode == top.NaceCode);
        Assert.True(lowered is null || lowered.Score < top.Score);
        Assert.NotEqual(top.NaceCode, after[0].NaceCode);
        Assert.True(lowered is null || lowered.Reasons.Any(r => r.Tr.Contains("malzememiz değil", StringComparison.Ordinal)));
    }

    [Fact]
    public void OtherAnswers_ChangeNothing()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var offer = TestData.Offer(giver, "100102", "uçucu kül");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions());
        engine.Load([giver], [offer]);
        var before = engine.LatentReceivers(offer.Id, 10, 0).Select(r => (r.NaceCode, r.Score)).ToList();

        engine.UseFeedback([new FeedbackItem(["100102"], "uçucu kül", before[0].NaceCode, FeedbackAnswer.Other)]);

        Assert.Equal(before, engine.LatentReceivers(offer.Id, 10, 0).Select(r => (r.NaceCode, r.Score)).ToList());
    }
}
