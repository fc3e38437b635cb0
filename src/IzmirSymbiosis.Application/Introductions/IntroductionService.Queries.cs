using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Introductions;

/// <summary>The reads of introductions, each through the one access rule.</summary>
public sealed partial class IntroductionService
{
    /// <summary>
    /// One page of the introductions the user may see (their firm's, their zones', all for experts
    /// and admins), newest first.
    /// </summary>
    public async Task<PagedResult<IntroductionListItem>> ListAsync(PageRequest request, IntroductionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filter);
        request.ThrowIfInvalid();
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.MaySeeFirmData)
        {
            return new PagedResult<IntroductionListItem>([], 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var query =
            from i in db.Introductions.AsNoTracking()
            join g in db.Companies on i.GiverCompanyId equals g.Id
            join r in db.Companies on i.ReceiverCompanyId equals r.Id
            select new { I = i, GiverZone = g.ZoneId, ReceiverZone = r.ZoneId, GiverName = g.LegalName, GiverDistrict = g.District, ReceiverName = r.LegalName, ReceiverDistrict = r.District };
        var own = user.IsIn(Roles.FirmUser) ? user.CompanyId : null;
        if (!user.SeesEverything)
        {
            var zones = user.IsIn(Roles.OizStaff) ? user.ZoneIds.ToList() : [];
            query = query.Where(x =>
                (own != null && (x.I.GiverCompanyId == own || x.I.ReceiverCompanyId == own)) ||
                (x.GiverZone != null && zones.Contains(x.GiverZone.Value)) ||
                (x.ReceiverZone != null && zones.Contains(x.ReceiverZone.Value)));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(x => x.I.Status == status);
        }

        var now = clock.GetUtcNow();
        query = filter.Box switch
        {
            IntroductionBox.Incoming => query.Where(x => x.I.Status == IntroductionStatus.Pending && x.I.ExpiresAt > now && own != null &&
                ((x.I.GiverCompanyId == own && x.I.GiverDecision == null) || (x.I.ReceiverCompanyId == own && x.I.ReceiverDecision == null))),
            IntroductionBox.Outgoing => query.Where(x => x.I.RequestedByUserId == user.UserId),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(x => x.I.CreatedAt).ThenBy(x => x.I.Id).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var streamIds = rows.Select(x => x.I.OfferId).Concat(rows.Where(x => x.I.NeedId != null).Select(x => x.I.NeedId!.Value)).Distinct().ToList();
        var streams = await db.Streams.AsNoTracking().Where(s => streamIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Description, s.EwcCode }).ToDictionaryAsync(s => s.Id, cancellationToken);
        return new PagedResult<IntroductionListItem>(
            [.. rows.Select(x =>
            {
                var context = new IntroductionInContext(x.I, x.GiverZone, x.ReceiverZone);
                var side = context.StandingOf(user) == IntroductionStanding.Party ? x.I.SideOf(own) : null;
                var offer = streams[x.I.OfferId];
                return new IntroductionListItem(
                    x.I.Id, x.I.Status, side, side is { } s && x.I.IsOpenAt(now) && x.I.DecisionOf(s) is null,
                    offer.Description, offer.EwcCode,
                    context.Names(user, IntroductionSide.Giver) ? x.GiverName : null, x.GiverDistrict,
                    x.I.NeedId is { } n ? streams[n].Description : null,
                    context.Names(user, IntroductionSide.Receiver) ? x.ReceiverName : null, x.ReceiverDistrict,
                    x.I.CreatedAt, x.I.ExpiresAt);
            })],
            total);
    }

    /// <summary>One introduction as the user may see it; null when it does not exist for them (the same answer).</summary>
    public async Task<IntroductionView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var context = await IntroductionInContext.LoadAsync(db, id, false, cancellationToken);
        var standing = context?.StandingOf(user) ?? IntroductionStanding.None;
        if (context is null || standing == IntroductionStanding.None)
        {
            return null;
        }

        var i = context.Introduction;
        var companies = await db.Companies.AsNoTracking().Where(c => c.Id == i.GiverCompanyId || c.Id == i.ReceiverCompanyId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var streams = await db.Streams.AsNoTracking().Where(s => s.Id == i.OfferId || s.Id == i.NeedId).ToDictionaryAsync(s => s.Id, cancellationToken);
        var latentNace = await db.Matches.AsNoTracking().Where(m => m.Id == i.MatchId).Select(m => m.LatentNaceCode).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var mySide = standing == IntroductionStanding.Party ? i.SideOf(user.CompanyId) : null;
        var open = i.IsOpenAt(now);
        var mayWithdraw = i.RequestedByUserId == user.UserId
            || (mySide == IntroductionSide.Giver && i.RequestedAs == IntroductionRequesterRole.Giver)
            || (mySide == IntroductionSide.Receiver && i.RequestedAs == IntroductionRequesterRole.Receiver);
        var declinedBy = i.GiverDecision == IntroductionDecision.Declined ? IntroductionSide.Giver
            : i.ReceiverDecision == IntroductionDecision.Declined ? IntroductionSide.Receiver : (IntroductionSide?)null;
        return new IntroductionView(
            i.Id,
            i.Version,
            i.Status,
            i.MatchId,
            i.RequestedAs,
            i.RequestedByUserId == user.UserId,
            mySide,
            Party(context, user, IntroductionSide.Giver, companies[i.GiverCompanyId], streams.GetValueOrDefault(i.OfferId), null),
            Party(context, user, IntroductionSide.Receiver, companies[i.ReceiverCompanyId], i.NeedId is { } n ? streams.GetValueOrDefault(n) : null, latentNace),

            // The declining firm's reason is not the other firm's business.
            mySide is null || mySide == declinedBy ? i.DeclineReason : null,
            i.CreatedAt,
            i.ExpiresAt,
            i.ClosedAt,
            Timeline(i),
            new IntroductionActions(
                open && mySide is { } s && i.DecisionOf(s) is null,
                open && mySide is { } d && i.DecisionOf(d) is null,
                open && mayWithdraw)
            {
                CanStartExchange = i.Status == IntroductionStatus.Accepted
                    && (standing is IntroductionStanding.Party or IntroductionStanding.ZoneStaff || user.IsIn(Roles.Expert))
                    && !await ExchangeAccess.OpenForPair(db, i.OfferId, i.ReceiverCompanyId).AnyAsync(cancellationToken),
            });
    }

    /// <summary>
    /// The introduction state of a match's pair for its card: the latest introduction the user may
    /// see and whether they may ask for one now; null when the match does not exist for the user.
    /// </summary>
    public async Task<MatchIntroductionState?> ForMatchAsync(Guid matchId, CancellationToken cancellationToken = default) =>
        (await ForMatchesAsync([matchId], cancellationToken)).GetValueOrDefault(matchId);

    /// <summary>
    /// <see cref="ForMatchAsync"/> for a whole list of match cards in two queries (a page of matches
    /// must not ask once per card); matches the user may not see are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, MatchIntroductionState>> ForMatchesAsync(IReadOnlyCollection<Guid> matchIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matchIds);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var ids = matchIds.Distinct().ToList();
        var matches = await (
            from m in db.Matches.AsNoTracking()
            where ids.Contains(m.Id)
            join g in db.Companies on m.OfferCompanyId equals g.Id
            join r in db.Companies on m.ReceiverCompanyId equals r.Id
            select new { m.Id, m.OfferId, m.NeedId, m.OfferCompanyId, m.ReceiverCompanyId, GiverZone = g.ZoneId, ReceiverZone = r.ZoneId })
            .ToListAsync(cancellationToken);
        var seen = matches
            .Select(m => (Match: m, Standing: AccessPolicy.ForIntroduction(user, m.OfferCompanyId, m.GiverZone, m.ReceiverCompanyId, m.ReceiverZone)))
            .Where(x => x.Standing != IntroductionStanding.None)
            .ToList();
        var offers = seen.Select(x => x.Match.OfferId).Distinct().ToList();
        var introductions = await db.Introductions.AsNoTracking().Where(i => offers.Contains(i.OfferId))
            .Select(i => new { i.Id, i.OfferId, i.NeedId, i.ReceiverCompanyId, i.Status, i.CreatedAt })
            .ToListAsync(cancellationToken);
        var states = new Dictionary<Guid, MatchIntroductionState>();
        foreach (var (m, standing) in seen)
        {
            var latest = introductions
                .Where(i => i.OfferId == m.OfferId && (m.NeedId != null ? i.NeedId == m.NeedId : i.NeedId == null && i.ReceiverCompanyId == m.ReceiverCompanyId))
                .MaxBy(i => i.CreatedAt);
            var live = latest?.Status is IntroductionStatus.Pending or IntroductionStatus.Accepted;
            states[m.Id] = new MatchIntroductionState(latest?.Id, latest?.Status, !live, standing != IntroductionStanding.Party);
        }

        return states;
    }

    private static IntroductionPartyView Party(IntroductionInContext context, UserContext user, IntroductionSide side, Company company, ResourceStream? stream, string? latentNace)
    {
        var named = context.Names(user, side);
        var i = context.Introduction;
        // Only a person who agreed (KVKK) is shown to the other firm.
        var contact = company.Contacts.FirstOrDefault(c => c.HasConsent);
        return new IntroductionPartyView(
            side,
            named,
            named ? company.Id : null,
            named ? company.LegalName : null,
            company.District,
            named && contact is not null ? new ContactView(contact.FullName, contact.Title, contact.Email, contact.Phone) : null,
            stream is null ? null : new IntroducedStreamView(
                stream.Id, stream.Description, stream.EwcCode, QuantityBand.Of(stream.Quantity), stream.Quantity.Period == QuantityPeriod.OneOff,
                named ? stream.Quantity.Amount : null, named ? stream.Quantity.Unit : null, named ? stream.Quantity.Period : null, named ? stream.PricePerUnit : null),
            latentNace is null ? null : named ? latentNace : latentNace[..2],
            side == IntroductionSide.Giver ? i.GiverDecision : i.ReceiverDecision,
            side == IntroductionSide.Giver ? i.GiverDecidedAt : i.ReceiverDecidedAt);
    }

    private static List<IntroductionStep> Timeline(Introduction i)
    {
        var steps = new List<IntroductionStep> { new("requested", null, i.CreatedAt) };
        if (i.GiverDecision is { } g && i.GiverDecidedAt is { } ga && i.RequestedAs != IntroductionRequesterRole.Giver)
        {
            steps.Add(new(g == IntroductionDecision.Accepted ? "accepted" : "declined", IntroductionSide.Giver, ga));
        }

        if (i.ReceiverDecision is { } r && i.ReceiverDecidedAt is { } ra && i.RequestedAs != IntroductionRequesterRole.Receiver)
        {
            steps.Add(new(r == IntroductionDecision.Accepted ? "accepted" : "declined", IntroductionSide.Receiver, ra));
        }

        if (i.Status is IntroductionStatus.Withdrawn or IntroductionStatus.Expired or IntroductionStatus.Accepted && i.ClosedAt is { } closed)
        {
            steps.Add(new(i.Status == IntroductionStatus.Accepted ? "introduced" : i.Status.ToString().ToLowerInvariant(), null, closed));
        }

        return [.. steps.OrderBy(s => s.At)];
    }
}
