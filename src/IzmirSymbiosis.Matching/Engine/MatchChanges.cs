using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>Identifies a stored match.</summary>
/// <param name="OfferId">Offer stream.</param>
/// <param name="NeedId">Need stream.</param>
public readonly record struct MatchKey(Guid OfferId, Guid NeedId);

/// <summary>Matches to write and matches to delete after a change.</summary>
/// <param name="Upserted">New or re-scored matches.</param>
/// <param name="Removed">Matches that no longer hold.</param>
public sealed record MatchChanges(IReadOnlyList<MatchResult> Upserted, IReadOnlyList<MatchKey> Removed)
{
    /// <summary>No change.</summary>
    public static MatchChanges None { get; } = new([], []);
}

/// <summary>Figures of a full re-match.</summary>
/// <param name="Offers">Offers matched.</param>
/// <param name="Needs">Needs indexed.</param>
/// <param name="PairsScored">Candidate pairs scored.</param>
/// <param name="Matches">Matches kept.</param>
public sealed record RematchStats(int Offers, int Needs, long PairsScored, int Matches);
