using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>
/// One card of a company's matches: the best match of the ones the reader cannot tell apart, and how
/// many more there are like it (other firms that look the same to this reader).
/// </summary>
/// <param name="Match">The match shown (the best scored of its look-alikes).</param>
/// <param name="SimilarCount">How many other matches look exactly like it to this reader.</param>
public sealed record CompanyMatchCard(MatchView Match, int SimilarCount);

/// <summary>
/// The matches of one stream of the company, best first. <see cref="StreamId"/> is null for the
/// group of latent suggestions made to the company itself (materials its sector could use), which
/// belong to none of its streams.
/// </summary>
/// <param name="StreamId">The company's stream, or null for latent suggestions to the company.</param>
/// <param name="Direction">Offer or need (null for latent suggestions to the company).</param>
/// <param name="Kind">The stream's resource kind.</param>
/// <param name="Description">The stream's material description.</param>
/// <param name="EwcCode">The stream's EWC code.</param>
/// <param name="Cards">Every card of the group, best first.</param>
public sealed record StreamMatchGroup(
    Guid? StreamId,
    StreamDirection? Direction,
    ResourceKind? Kind,
    string? Description,
    string? EwcCode,
    IReadOnlyList<CompanyMatchCard> Cards)
{
    /// <summary>Cards a group shows until the reader asks for all of them.</summary>
    public const int PreviewSize = 5;

    /// <summary>How many cards the group has.</summary>
    public int Count => Cards.Count;

    /// <summary>The cards shown: the best <see cref="PreviewSize"/>, or all when expanded.</summary>
    public IReadOnlyList<CompanyMatchCard> Shown(bool expanded) =>
        expanded || Cards.Count <= PreviewSize ? Cards : [.. Cards.Take(PreviewSize)];

    /// <summary>Whether some cards wait behind "show all".</summary>
    public bool HasMore => Cards.Count > PreviewSize;
}

/// <summary>A company's own stream, as the heading of its group.</summary>
/// <param name="Id">Stream id.</param>
/// <param name="Direction">Offer or need.</param>
/// <param name="Kind">Resource kind.</param>
/// <param name="Description">Material description.</param>
/// <param name="EwcCode">EWC code.</param>
public sealed record OwnStream(Guid Id, StreamDirection Direction, ResourceKind Kind, string Description, string? EwcCode);

/// <summary>
/// The one rule that turns a company's matches into the groups of its page: one group per stream of
/// the company (offers first, then needs, then latent suggestions made to the company), best match
/// first; matches the reader cannot tell apart (everything shown on the card is the same: the other
/// firm is anonymous to them, in the same district, with the same material) become one card.
/// </summary>
public static class CompanyMatchGrouping
{
    /// <summary>Groups <paramref name="matches"/> (as the reader sees them) by the streams of <paramref name="companyId"/>.</summary>
    public static IReadOnlyList<StreamMatchGroup> Group(Guid companyId, IReadOnlyList<OwnStream> streams, IReadOnlyList<MatchView> matches)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(matches);
        var byId = streams.ToDictionary(s => s.Id);
        return [.. matches
            .GroupBy(m => OwnStreamOf(companyId, m))
            .Select(g =>
            {
                var own = g.Key is { } id && byId.TryGetValue(id, out var s) ? s : null;
                var cards = g.OrderByDescending(m => m.Score).ThenBy(m => m.Id)
                    .GroupBy(LookAlikeKey)
                    .Select(same => new CompanyMatchCard(same.First(), same.Count() - 1))
                    .ToList();
                return own is null && g.Key is { } streamId
                    ? new StreamMatchGroup(streamId, null, null, g.First().OfferDescription, g.First().OfferEwcCode, cards)
                    : new StreamMatchGroup(g.Key, own?.Direction, own?.Kind, own?.Description, own?.EwcCode, cards);
            })
            .OrderBy(g => g.Direction switch { StreamDirection.Offer => 0, StreamDirection.Need => 1, _ => 2 })
            .ThenByDescending(g => g.Cards[0].Match.Score)
            .ThenBy(g => g.StreamId)];
    }

    /// <summary>The company's stream a match belongs to: its offer, its need, or none (a latent suggestion to the company).</summary>
    private static Guid? OwnStreamOf(Guid companyId, MatchView m) =>
        m.OfferCompanyId == companyId ? m.OfferId
        : m.Kind == MatchKind.Registered ? m.NeedId
        : null;

    /// <summary>Everything a card shows: two matches with the same key look the same to the reader.</summary>
    private static string LookAlikeKey(MatchView m) => string.Join(
        '\u001f',
        m.Kind,
        m.OfferCompanyId,
        m.OfferCompanyName,
        m.OfferDistrict,
        m.OfferDescription,
        m.OfferEwcCode,
        m.ReceiverCompanyId,
        m.ReceiverCompanyName,
        m.ReceiverDistrict,
        m.NeedDescription,
        m.LatentNaceCode);
}
