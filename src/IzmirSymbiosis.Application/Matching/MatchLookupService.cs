using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>
/// One stored match by id, for a user who may read at least one of its two firms (the same rule as
/// <see cref="MatchQueryService"/>'s lists); the firm the user may not read stays anonymous.
/// </summary>
public sealed class MatchLookupService(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>The match; null when it does not exist or the user may not see it (the same answer).</summary>
    public async Task<MatchView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var r = await (
            from m in db.Matches.AsNoTracking()
            where m.Id == id
            join offer in db.Streams on m.OfferId equals offer.Id
            join giver in db.Companies on m.OfferCompanyId equals giver.Id
            join receiver in db.Companies on m.ReceiverCompanyId equals receiver.Id
            join need in db.Streams on m.NeedId equals need.Id into needs
            from need in needs.DefaultIfEmpty()
            select new
            {
                Match = m,
                OfferDescription = offer.Description,
                OfferEwc = offer.EwcCode,
                GiverName = giver.LegalName,
                GiverDistrict = giver.District,
                GiverZone = giver.ZoneId,
                NeedDescription = need == null ? null : need.Description,
                ReceiverName = receiver.LegalName,
                ReceiverDistrict = receiver.District,
                ReceiverZone = receiver.ZoneId,
            }).FirstOrDefaultAsync(cancellationToken);
        if (r is null)
        {
            return null;
        }

        var giverShown = AccessPolicy.ForCompany(user, r.Match.OfferCompanyId, r.GiverZone).CanRead();
        var receiverShown = AccessPolicy.ForCompany(user, r.Match.ReceiverCompanyId, r.ReceiverZone).CanRead();
        if (!giverShown && !receiverShown)
        {
            return null;
        }

        var (reasons, roadKm) = MatchQueryService.ParseBreakdown(r.Match);
        if (!giverShown || !receiverShown)
        {
            // As in the lists: no reason line that states the anonymous firm's exact quantity or price.
            reasons = [.. reasons.Select(x => x.Key is "quantity" or "economics" ? x with { Tr = "—", En = "—" } : x)];
        }

        return new MatchView(
            r.Match.Id, r.Match.Kind, r.Match.Score, r.Match.OfferId, r.OfferDescription, r.OfferEwc,
            r.Match.OfferCompanyId, giverShown ? r.GiverName : null, r.GiverDistrict, r.Match.NeedId, r.NeedDescription,
            r.Match.ReceiverCompanyId, receiverShown ? r.ReceiverName : null, r.ReceiverDistrict, r.Match.LatentNaceCode, roadKm,
            reasons, r.Match.EngineVersion, r.Match.ComputedAt);
    }
}
