using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Latent;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// The latent receivers of held offers: each offer's best latent classes (kept until the offer
/// changes) and the registered firms of those divisions with no active need. The caller holds the
/// engine's lock.
/// </summary>
internal sealed class LatentLists(StreamStore store, MatchingKnowledge knowledge, MatchingOptions options)
{
    private readonly LatentReceiverRanker _ranker = new(knowledge);
    private readonly Dictionary<Guid, (int Top, IReadOnlyList<LatentReceiver> Classes)> _rankings = [];
    private FeedbackAdjustment? _feedback;

    /// <summary>Firms' “not our material” answers lower their (material, class) pairs from now on.</summary>
    public void UseFeedback(FeedbackAdjustment feedback)
    {
        _feedback = feedback;
        _rankings.Clear();
    }

    /// <summary>See <see cref="MatchingEngine.LatentReceivers"/>.</summary>
    public IReadOnlyList<LatentReceiver> ReceiversOf(PreparedStream o, int top, int companiesPerDivision) =>
        [.. Classes(o, top)
            .DistinctBy(r => r.NaceCode[..2], StringComparer.Ordinal)
            .Select(r => r with
            {
                // Nearest first by the distance between areas: which firms are listed must not
                // tell where exactly they are.
                Companies = [.. store.CompaniesInDivision(r.NaceCode[..2])
                    .Where(id => id != o.Company.Source.Id && !store.HasActiveNeed(id))
                    .Select(store.Company)

                    // As for registered matches: hazardous waste only to a firm whose permit covers its code.
                    .Where(pc => !o.Hazardous || pc.Source.Permits.Covers(o.Source.EwcCode))
                    .Select(pc => pc.HasLocation && o.Company.HasLocation
                        ? new LatentCompany(pc.Source.Id, Math.Round(o.Company.GreatCircleKm(pc) * options.RoadFactor, 1), PairScorer.AreaRoadKm(o.Company, pc, options.RoadFactor))
                        : new LatentCompany(pc.Source.Id, null))
                    .OrderBy(x => x.AreaRoadKm ?? double.MaxValue).ThenBy(x => x.CompanyId)
                    .Take(companiesPerDivision)],
            })];

    /// <summary>See <see cref="MatchingEngine.OffersWithLatentDivision"/>.</summary>
    public IReadOnlyList<Guid> OffersWithDivision(string division, int top) =>
        [.. store.Offers().Where(o => Classes(o, top).Any(r => r.NaceCode.StartsWith(division, StringComparison.Ordinal))).Select(o => o.Source.Id)];

    /// <summary>Forgets the kept ranking of a stream that changed or left.</summary>
    public void Forget(Guid streamId) => _rankings.Remove(streamId);

    /// <summary>
    /// An offer's best latent classes, ranked from its code and description without the giver's
    /// sector. They depend on the offer only, so they are kept until it changes.
    /// </summary>
    private IReadOnlyList<LatentReceiver> Classes(PreparedStream o, int top)
    {
        if (_rankings.TryGetValue(o.Source.Id, out var kept) && kept.Top == top)
        {
            return kept.Classes;
        }

        var query = new LatentQuery(o.Code is { Length: 6 } c ? [c] : [], o.Source.Description);
        var classes = _ranker.Rank(query, top);
        if (_feedback is not null)
        {
            classes = _feedback.Apply(query, classes);
        }

        _rankings[o.Source.Id] = (top, classes);
        return classes;
    }
}
