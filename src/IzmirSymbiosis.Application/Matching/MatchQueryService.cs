using System.Text.Json;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Matching.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>Reads stored matches with the names and descriptions needed to show them.</summary>
public sealed class MatchQueryService(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>Most matches shown on one company's page.</summary>
    public const int CompanyPageLimit = 200;

    /// <summary>The matches a company takes part in, as giver or receiver, best first.</summary>
    public async Task<IReadOnlyList<MatchView>> ForCompanyAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var zone = await db.Companies.Where(c => c.Id == companyId).Select(c => new { c.ZoneId }).FirstOrDefaultAsync(cancellationToken);
        if (zone is null || !AccessPolicy.ForCompany(user, companyId, zone.ZoneId).CanRead())
        {
            return [];
        }

        var query = db.Matches.AsNoTracking().Where(m => m.OfferCompanyId == companyId || m.ReceiverCompanyId == companyId);
        return await ProjectAsync(db, user, query.OrderByDescending(m => m.Score).ThenBy(m => m.Id).Take(CompanyPageLimit), cancellationToken);
    }

    /// <summary>One match by id; null when it does not exist or the user may not see it (the same answer).</summary>
    public async Task<MatchView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var items = await ProjectAsync(db, user, Visible(db, user).Where(m => m.Id == id), cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    /// <summary>One page of all matches for staff, best first unless sorted otherwise.</summary>
    public async Task<PagedResult<MatchView>> ListAsync(PageRequest request, MatchFilter filter, CancellationToken cancellationToken = default)
    {
        filter.Validate();
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var query = Visible(db, user).Where(m => m.Score >= filter.MinScore);
        if (filter.Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }

        if (filter.EwcChapter is { Length: 2 } chapter)
        {
            query = query.Where(m => db.Streams.Any(s => s.Id == m.OfferId && s.EwcCode != null && s.EwcCode.StartsWith(chapter)));
        }

        foreach (var pattern in SearchPattern.ContainsAll(request.Search))
        {
            query = query.Where(m =>
                db.Streams.Any(s => (s.Id == m.OfferId || s.Id == m.NeedId) && EF.Functions.Like(s.SearchKey, pattern)) ||
                db.Companies.Any(c => (c.Id == m.OfferCompanyId || c.Id == m.ReceiverCompanyId) && EF.Functions.Like(c.SearchKey, pattern)));
        }

        var total = await query.CountAsync(cancellationToken);
        var d = request.Descending;
        IOrderedQueryable<Match> ordered = request.SortBy?.ToLowerInvariant() switch
        {
            "computed" => d ? query.OrderByDescending(m => m.ComputedAt) : query.OrderBy(m => m.ComputedAt),
            "score" when !d => query.OrderBy(m => m.Score),
            _ => query.OrderByDescending(m => m.Score),
        };
        var items = await ProjectAsync(db, user, ordered.ThenBy(m => m.Id).Skip(request.Skip).Take(request.Take), cancellationToken);
        return new PagedResult<MatchView>(items, total);
    }

    /// <summary>Matches a user takes part in or oversees: all for admins and experts, either party in their zones for staff, their own firm's for firm users.</summary>
    private static IQueryable<Match> Visible(IAppDbContext db, UserContext user)
    {
        var scope = AccessPolicy.ScopeOf(user);
        var matches = db.Matches.AsNoTracking();
        if (scope.All)
        {
            return matches;
        }

        var own = scope.OwnCompany;
        var zones = scope.Zones.ToList();
        return matches.Where(m =>
            (own != null && (m.OfferCompanyId == own || m.ReceiverCompanyId == own)) ||
            db.Companies.Any(c => (c.Id == m.OfferCompanyId || c.Id == m.ReceiverCompanyId) && c.ZoneId != null && zones.Contains(c.ZoneId.Value)));
    }

    private static async Task<IReadOnlyList<MatchView>> ProjectAsync(IAppDbContext db, UserContext user, IQueryable<Match> matches, CancellationToken cancellationToken)
    {
        var rows = await (
            from m in matches
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
            }).ToListAsync(cancellationToken);

        return [.. rows.Select(r =>
        {
            var (reasons, roadKm) = ParseBreakdown(r.Match);
            var giverShown = AccessPolicy.ForCompany(user, r.Match.OfferCompanyId, r.GiverZone).CanRead();
            var receiverShown = AccessPolicy.ForCompany(user, r.Match.ReceiverCompanyId, r.ReceiverZone).CanRead();
            if (!giverShown || !receiverShown)
            {
                // Until both sides agree to an introduction the other firm stays anonymous: no name,
                // and no reason line that states its exact quantity or price.
                reasons = [.. reasons.Select(x => x.Key is "quantity" or "economics" ? x with { Tr = "—", En = "—" } : x)];
            }

            return new MatchView(
                r.Match.Id, r.Match.Kind, r.Match.Score, r.Match.OfferId, r.OfferDescription, r.OfferEwc,
                r.Match.OfferCompanyId, giverShown ? r.GiverName : null, r.GiverDistrict, r.Match.NeedId, r.NeedDescription,
                r.Match.ReceiverCompanyId, receiverShown ? r.ReceiverName : null, r.ReceiverDistrict, r.Match.LatentNaceCode, roadKm,
                reasons, r.Match.EngineVersion, r.Match.ComputedAt);
        })];
    }

    /// <summary>Reads either breakdown shape into reason lines.</summary>
    public static (IReadOnlyList<ReasonView> Reasons, double? RoadKm) ParseBreakdown(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Kind == MatchKind.Registered)
        {
            var b = JsonSerializer.Deserialize<MatchBreakdown>(match.Breakdown, MatchJson.Options);
            return b is null
                ? ([], null)
                : ([.. b.Factors.Select(f => new ReasonView(f.Factor, f.Value, f.Weight, f.ReasonTr, f.ReasonEn))], b.RoadKm);
        }

        var l = JsonSerializer.Deserialize<LatentBreakdown>(match.Breakdown, MatchJson.Options);
        return l is null
            ? ([], null)
            : ([.. l.Reasons.Select(x => new ReasonView("latent", null, null, x.Tr, x.En))], l.RoadKm);
    }
}
