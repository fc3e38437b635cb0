using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Engine;

/// <summary>One fly-ash offer in Aliağa and three fly-ash needs of one firm in Kemalpaşa, prepared in a store.</summary>
internal sealed class OfferWithNeeds
{
    public OfferWithNeeds()
    {
        var c = TestData.Company("23.51", TestData.Aliaga);
        Store.SetCompany(c);
        Offer = Store.Add(TestData.Offer(c, "100101", "uçucu kül"));
        var taker = TestData.Company("23.51", TestData.Kemalpasa);
        Store.SetCompany(taker);
        Needs = [.. Enumerable.Range(0, 3).Select(_ => Store.Add(TestData.Need(taker, "100101", "uçucu kül")))];
    }

    public StreamStore Store { get; } = new(new StreamPreparer(TestData.Knowledge, new MatchingOptions()));

    public PreparedStream Offer { get; }

    public PreparedStream[] Needs { get; }

    /// <summary>The offer's pair with <paramref name="need"/>, given a score.</summary>
    public MatchResult Match(PreparedStream need, double score) =>
        PairScorer.Score(Offer, need, new MatchingOptions { MinScore = 0 }, 0)! with { Score = score };
}
