using System.Linq.Expressions;
using System.Text.Json;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Matching;
using IzmirSymbiosis.Matching.Preparation;
using IzmirSymbiosis.Matching.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Application.Matching;

/// <summary>
/// Reads stored matches as each user may see them. A match is visible when the user may read at
/// least one of its firms (<see cref="AccessPolicy"/>); when the user may not read the other one,
/// everything shown, searched, filtered and sorted on is what the anonymised view allows: the
/// anonymised score, the other side's material, code and district, never its name, VKN, NACE
/// class, exact quantity, price or place.
/// </summary>
public sealed class MatchQueryService(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>
    /// The matches of a company grouped by its streams (<see cref="CompanyMatchGrouping"/>): best
    /// first, look-alikes as one card, the pairs the reader marked not interested only with
    /// <paramref name="includeHidden"/>. Empty when the user may not read the company.
    /// </summary>
    public async Task<IReadOnlyList<StreamMatchGroup>> ForCompanyGroupedAsync(Guid companyId, bool includeHidden, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var matches = await ForReadableCompanyAsync(db, user, companyId, includeHidden, GroupedLimit, cancellationToken);
        if (matches is null)
        {
            return [];
        }

        var streams = await db.Streams.AsNoTracking().Where(s => s.CompanyId == companyId)
            .Select(s => new OwnStream(s.Id, s.Direction, s.Kind, s.Description, s.EwcCode))
            .ToListAsync(cancellationToken);
        return CompanyMatchGrouping.Group(companyId, streams, matches);
    }

    /// <summary>Most matches read for the grouped company page (every stream's count is exact below it).</summary>
    public const int GroupedLimit = 2000;

    /// <summary>
    /// One page of the matches a company takes part in, as giver or receiver, best first; the pairs
    /// the reader marked not interested only with <paramref name="includeHidden"/>. Null when the
    /// user may not read the company (an empty page would not tell "no matches" from "not yours").
    /// The sort and search of <paramref name="request"/> are not used.
    /// </summary>
    /// <exception cref="ValidationFailedException">The page or its size is out of bounds.</exception>
    public async Task<PagedResult<MatchView>?> ForCompanyAsync(Guid companyId, bool includeHidden, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        if (await OfReadableCompanyAsync(db, user, companyId, includeHidden, cancellationToken) is not { } query)
        {
            return null;
        }

        var total = await query.CountAsync(cancellationToken);
        var page = BestFirst(query).Skip(request.Skip).Take(request.Take);
        return new PagedResult<MatchView>(await ProjectAsync(db, user, page, cancellationToken), total);
    }

    /// <summary>The company's matches best first, or null when the user may not read the company.</summary>
    private static async Task<IReadOnlyList<MatchView>?> ForReadableCompanyAsync(IAppDbContext db, UserContext user, Guid companyId, bool includeHidden, int limit, CancellationToken cancellationToken) =>
        await OfReadableCompanyAsync(db, user, companyId, includeHidden, cancellationToken) is { } query
            ? await ProjectAsync(db, user, BestFirst(query).Take(limit), cancellationToken)
            : null;

    /// <summary>The matches the company takes part in as the user sees them, or null when the user may not read the company.</summary>
    private static async Task<IQueryable<ShownMatch>?> OfReadableCompanyAsync(IAppDbContext db, UserContext user, Guid companyId, bool includeHidden, CancellationToken cancellationToken)
    {
        if (!await MayReadAsync(db, user, companyId, cancellationToken))
        {
            return null;
        }

        var query = await ShownAsync(db, user, m => m.OfferCompanyId == companyId || m.ReceiverCompanyId == companyId, cancellationToken);
        return includeHidden ? query : WithoutHidden(db, user, query);
    }

    // The access rule for one company, read with its zone alone.
    private static async Task<bool> MayReadAsync(IAppDbContext db, UserContext user, Guid companyId, CancellationToken cancellationToken)
    {
        var zone = await db.Companies.Where(c => c.Id == companyId).Select(c => new { c.ZoneId }).FirstOrDefaultAsync(cancellationToken);
        return zone is not null && AccessPolicy.ForCompany(user, companyId, zone.ZoneId).CanRead();
    }

    // Best first, the id breaking ties so that pages do not overlap.
    private static IQueryable<Match> BestFirst(IQueryable<ShownMatch> query) =>
        query.OrderByDescending(x => x.Score).ThenBy(x => x.Match.Id).Select(x => x.Match);

    /// <summary>Most new matches read for one firm user's weekly digest.</summary>
    public const int DigestLimit = 200;

    /// <summary>
    /// The matches of <paramref name="user"/>'s own firm first found after <paramref name="after"/>
    /// and up to <paramref name="upTo"/> whose score, as this user sees it, is at least
    /// <paramref name="minScore"/>; best first, without the pairs the user marked not interested.
    /// Exactly what the firm's own match list shows that user (same anonymisation), for work done
    /// on the user's behalf without a signed-in session (the weekly digest). Empty for anyone
    /// who is not an approved firm user.
    /// </summary>
    public async Task<IReadOnlyList<MatchView>> NewForFirmUserAsync(
        UserContext user, DateTimeOffset after, DateTimeOffset upTo, double minScore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsIn(Roles.FirmUser) || user.CompanyId is not { } companyId)
        {
            return [];
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        if (!await MayReadAsync(db, user, companyId, cancellationToken))
        {
            return [];
        }

        var query = await ShownAsync(
            db, user, m => (m.OfferCompanyId == companyId || m.ReceiverCompanyId == companyId) && m.CreatedAt > after && m.CreatedAt <= upTo, cancellationToken);
        var page = BestFirst(WithoutHidden(db, user, query).Where(x => x.Score >= minScore)).Take(DigestLimit);
        return await ProjectAsync(db, user, page, cancellationToken);
    }

    /// <summary>
    /// Whether a change of this company is saved but its matches are not stored yet (the page then
    /// says that matches are being updated and asks again). False when the user may not read the company.
    /// </summary>
    public async Task<bool> IsUpdatingAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await MayReadAsync(db, user, companyId, cancellationToken)
            && await db.RematchRequests.AnyAsync(r => r.CompanyId == companyId, cancellationToken);
    }

    /// <summary>
    /// Whether a change of a firm the user reads in full (their own, their zones', all for admins and
    /// experts) is saved but its matches are not stored yet.
    /// </summary>
    public async Task<bool> IsUpdatingAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var firms = Companies.CompanyService.VisibleInFull(db.Companies, user).Select(c => c.Id);
        return await db.RematchRequests.AnyAsync(r => firms.Contains(r.CompanyId), cancellationToken);
    }

    /// <summary>One match by id; null when it does not exist or the user may not see it (the same answer).</summary>
    public async Task<MatchView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var items = await ProjectAsync(db, user, (await ShownAsync(db, user, m => m.Id == id, cancellationToken)).Select(x => x.Match), cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    /// <summary>
    /// The choices of the match browser's filters: the zones the reader oversees (none for a firm
    /// user, who reads one firm), NACE divisions and EWC chapters.
    /// </summary>
    public async Task<Dashboard.DashboardOptions> FilterOptionsAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var options = await Dashboard.DashboardService.LoadOptionsAsync(db, user, cancellationToken);
        return AccessPolicy.ScopeOf(user) is { All: false, Zones.Count: 0 } ? options with { Zones = [] } : options;
    }

    /// <summary>One page of the matches a user takes part in or oversees, best first unless sorted otherwise.</summary>
    /// <exception cref="ValidationFailedException">The page, its size or the search is out of bounds.</exception>
    public async Task<PagedResult<MatchView>> ListAsync(PageRequest request, MatchFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filter);
        request.ThrowIfInvalid();
        filter.Validate();
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var query = (await ShownAsync(db, user, _ => true, cancellationToken)).Where(x => x.Score >= filter.MinScore);
        if (!filter.IncludeHidden)
        {
            query = WithoutHidden(db, user, query);
        }

        // The firms' places only for a list that orders or filters by distance: the others read the score index alone.
        if (filter.MaxDistanceKm is not null || string.Equals(request.SortBy, "distance", StringComparison.OrdinalIgnoreCase))
        {
            query = WithDistance(query, AccessPolicy.ScopeOf(user).All);
        }

        var scope = AccessPolicy.ScopeOf(user);
        query = Filtered(db, user, scope, query, filter);
        foreach (var pattern in SearchPattern.ContainsAll(request.Search))
        {
            // Each set is one indexed (trigram) scan, hashed once: a word matches the streams'
            // material and code, the district of any firm, and the name, VKN and NACE class only of
            // firms the user may read in full.
            var streams = db.Streams.Where(s => EF.Functions.Like(s.SearchKey, pattern)).Select(s => s.Id);
            var districts = db.Companies.Where(c => EF.Functions.Like(c.DistrictKey, pattern)).Select(c => c.Id);
            var readable = Readable(db.Companies, scope).Where(c => EF.Functions.Like(c.SearchKey, pattern)).Select(c => c.Id);
            query = query.Where(x =>
                streams.Contains(x.Match.OfferId) || (x.Match.NeedId != null && streams.Contains(x.Match.NeedId.Value)) ||
                districts.Contains(x.Match.OfferCompanyId) || districts.Contains(x.Match.ReceiverCompanyId) ||
                readable.Contains(x.Match.OfferCompanyId) || readable.Contains(x.Match.ReceiverCompanyId));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Sorted(db, query, request.SortBy, request.Descending).ThenBy(x => x.Match.Id).Select(x => x.Match).Skip(request.Skip).Take(request.Take);
        return new PagedResult<MatchView>(await ProjectAsync(db, user, page, cancellationToken), total);
    }

    /// <summary>The match browser's filters (see <see cref="MatchFilter"/>), each one indexed set.</summary>
    private static IQueryable<ShownMatch> Filtered(IAppDbContext db, UserContext user, ReadScope scope, IQueryable<ShownMatch> query, MatchFilter filter)
    {
        if (filter.MaxScore < 100)
        {
            query = query.Where(x => x.Score <= filter.MaxScore);
        }

        if (filter.MaxDistanceKm is { } maxKm)
        {
            // The whole distance the row shows must be within: an anonymised band only when its upper
            // bound is (its areas' km below the band bound under the maximum); a row without a known
            // distance (a firm without a location) never.
            var areaLimit = DistanceBand.LimitWithin(maxKm);
            query = scope.All
                ? query.Where(x => x.DistanceKm <= maxKm)
                : query.Where(x => x.Located && (x.Full ? x.DistanceKm <= maxKm : x.DistanceKm < areaLimit));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(x => x.Match.Kind == kind);
        }

        if (filter.EwcChapter is { Length: 2 } chapter)
        {
            var offers = db.Streams.Where(s => s.EwcCode != null && s.EwcCode.StartsWith(chapter)).Select(s => s.Id);
            query = query.Where(x => offers.Contains(x.Match.OfferId));
        }

        if (filter.Hazardous is { } hazardous)
        {
            // The offer's code is on the card, so whether it is hazardous tells nothing hidden.
            var codes = db.WasteCodes.Where(w => w.IsHazardous).Select(w => w.Code);
            var offers = db.Streams.Where(s => s.EwcCode != null && codes.Contains(s.EwcCode)).Select(s => s.Id);
            query = hazardous ? query.Where(x => offers.Contains(x.Match.OfferId)) : query.Where(x => !offers.Contains(x.Match.OfferId));
        }

        var readable = Readable(db.Companies, scope);
        if (filter.GiverDivision is { Length: 2 } giver)
        {
            var firms = readable.Where(c => c.NaceCode.StartsWith(giver)).Select(c => c.Id);
            query = query.Where(x => firms.Contains(x.Match.OfferCompanyId));
        }

        if (filter.ReceiverDivision is { Length: 2 } receiver)
        {
            // A latent receiver's class is shown on the card even when the firm is not.
            var firms = readable.Where(c => c.NaceCode.StartsWith(receiver)).Select(c => c.Id);
            query = query.Where(x => x.Match.Kind == MatchKind.Latent
                ? x.Match.LatentNaceCode != null && x.Match.LatentNaceCode.StartsWith(receiver)
                : firms.Contains(x.Match.ReceiverCompanyId));
        }

        if (filter.ZoneId is { } zone)
        {
            var firms = readable.Where(c => c.ZoneId == zone).Select(c => c.Id);
            query = query.Where(x => firms.Contains(x.Match.OfferCompanyId) || firms.Contains(x.Match.ReceiverCompanyId));
        }

        if (filter.Feedback is { } state)
        {
            // Staff and experts see everyone's answers (as counts); a firm user only their own.
            var answers = AccessPolicy.SeesFeedbackCounts(user) ? db.MatchFeedback
                : db.MatchFeedback.Where(f => f.UserId == (user.UserId ?? Guid.Empty));
            query = state switch
            {
                FeedbackState.Interested => query.Where(x => answers.Any(f => f.Interested &&
                    f.OfferId == x.Match.OfferId && f.ReceiverCompanyId == x.Match.ReceiverCompanyId && f.NeedId == x.Match.NeedId)),
                FeedbackState.NotInterested => query.Where(x => answers.Any(f => !f.Interested &&
                    f.OfferId == x.Match.OfferId && f.ReceiverCompanyId == x.Match.ReceiverCompanyId && f.NeedId == x.Match.NeedId)),
                _ => query.Where(x => !answers.Any(f =>
                    f.OfferId == x.Match.OfferId && f.ReceiverCompanyId == x.Match.ReceiverCompanyId && f.NeedId == x.Match.NeedId)),
            };
        }

        return query;
    }

    /// <summary>
    /// The order of the match browser: by score (the default, best first), day computed, the offer's
    /// or the need's material, either firm's district, or distance (the exact km, or for an anonymised
    /// row the km between the firms' areas that its band is made of; unknown distances last, either
    /// way): every column sorts by what the card shows, never by a hidden firm's name or place. Ties
    /// fall back to the score, then the id.
    /// </summary>
    private static IOrderedQueryable<ShownMatch> Sorted(IAppDbContext db, IQueryable<ShownMatch> query, string? sortBy, bool d)
    {
        IOrderedQueryable<ShownMatch> By<TKey>(Expression<Func<ShownMatch, TKey>> key) => d ? query.OrderByDescending(key) : query.OrderBy(key);
        var streams = db.Streams;
        var companies = db.Companies;
        var ordered = sortBy?.ToLowerInvariant() switch
        {
            // By day, as anonymised views show it (the exact time would order the other firm's edits).
            "computed" => By(x => x.Match.ComputedAt.Date),
            "offer" => By(x => streams.Where(s => s.Id == x.Match.OfferId).Select(s => s.Description).FirstOrDefault()),
            "need" => By(x => streams.Where(s => s.Id == x.Match.NeedId).Select(s => s.Description).FirstOrDefault()),
            "giverdistrict" => By(x => companies.Where(c => c.Id == x.Match.OfferCompanyId).Select(c => c.District).FirstOrDefault()),
            "receiverdistrict" => By(x => companies.Where(c => c.Id == x.Match.ReceiverCompanyId).Select(c => c.District).FirstOrDefault()),
            // Rows whose distance is unknown (a firm without a location) come last either way.
            // Ascending reads as PostgreSQL orders NULL (last), so a reader of every firm is served in
            // order from the distance index.
            "distance" => d ? query.OrderByDescending(x => x.Located).ThenByDescending(x => x.DistanceKm) : query.OrderBy(x => x.DistanceKm),
            "score" when !d => query.OrderBy(x => x.Score),
            _ => query.OrderByDescending(x => x.Score),
        };
        return ordered.ThenByDescending(x => x.Score);
    }

    /// <summary>A stored match with the score this user sees of it, and (for the distance column) the distance.</summary>
    private sealed class ShownMatch
    {
        public required Match Match { get; init; }

        public required double Score { get; init; }

        /// <summary>Whether the user reads both firms (else one is anonymised).</summary>
        public required bool Full { get; init; }

        /// <summary>
        /// Road km as the row may be ordered by (see <see cref="WithDistance"/>): exact when both firms are
        /// readable, else between the firms' areas; null when a firm has no location (or not computed).
        /// </summary>
        public double? DistanceKm { get; init; }

        /// <summary>Whether both firms have a location (else <see cref="DistanceKm"/> means nothing).</summary>
        public bool Located { get; init; }
    }

    /// <summary>
    /// The matches of <paramref name="where"/> that the user may see (either firm readable), each with
    /// the score shown to them: the exact one only when both firms are readable.
    /// </summary>
    private static async Task<IQueryable<ShownMatch>> ShownAsync(IAppDbContext db, UserContext user, Expression<Func<Match, bool>> where, CancellationToken cancellationToken)
    {
        var scope = AccessPolicy.ScopeOf(user);
        if (scope.All)
        {
            return db.Matches.AsNoTracking().Where(where).Select(m => new ShownMatch { Match = m, Score = m.Score, Full = true });
        }

        // The readable firms as a list of ids (one firm, or a zone's firms): "= ANY(ids)" lets
        // PostgreSQL read the two firm indexes of matches; the same set as a subquery made it scan
        // every match (450 ms for a firm's 95 matches among 85,000 in the demo region ×10).
        // A firm user reads one firm, their own: no need to ask the database which.
        var readable = scope is { OwnCompany: { } own, Zones.Count: 0 }
            ? [own]
            : await Readable(db.Companies, scope).Select(c => c.Id).ToListAsync(cancellationToken);
        return db.Matches.AsNoTracking().Where(where)
            .Select(m => new { Match = m, Giver = readable.Contains(m.OfferCompanyId), Receiver = readable.Contains(m.ReceiverCompanyId) })
            .Where(x => x.Giver || x.Receiver)
            .Select(x => new ShownMatch
            {
                Match = x.Match,
                Score = x.Giver && x.Receiver ? x.Match.Score : x.Giver ? x.Match.GiverViewScore : x.Match.ReceiverViewScore,
                Full = x.Giver && x.Receiver,
            });
    }

    /// <summary>
    /// Adds the road distance of each match as stored by the engine (<see cref="Match.RoadKm"/>): the
    /// exact km when the user reads both firms, else the km between the firms' areas
    /// (<see cref="Match.AreaRoadKm"/>), the figure the anonymised band is made of. Never the exact km
    /// of an anonymised row: ordering or filtering on it would locate the hidden firm. A reader of
    /// every firm (<paramref name="all"/>) reads the exact column alone, from its index.
    /// </summary>
    private static IQueryable<ShownMatch> WithDistance(IQueryable<ShownMatch> query, bool all) => all
        ? query.Select(x => new ShownMatch { Match = x.Match, Score = x.Score, Full = true, Located = x.Match.RoadKm != null, DistanceKm = x.Match.RoadKm })
        : query.Select(x => new ShownMatch
        {
            Match = x.Match,
            Score = x.Score,
            Full = x.Full,
            Located = x.Match.RoadKm != null,
            DistanceKm = x.Full ? x.Match.RoadKm : x.Match.AreaRoadKm,
        });

    /// <summary>
    /// Leaves out the pairs the reader marked "not interested". Hidden for that user only: the other
    /// side never learns of it, and colleagues of the same firm still see the match (each user
    /// answers for themselves).
    /// </summary>
    private static IQueryable<ShownMatch> WithoutHidden(IAppDbContext db, UserContext user, IQueryable<ShownMatch> query)
    {
        if (user.UserId is not { } userId)
        {
            return query;
        }

        var hidden = db.MatchFeedback.Where(f => f.UserId == userId && !f.Interested);
        return query.Where(x => !hidden.Any(f =>
            f.OfferId == x.Match.OfferId && f.ReceiverCompanyId == x.Match.ReceiverCompanyId && f.NeedId == x.Match.NeedId));
    }

    /// <summary>The firms a user reads in full, as a query (the list-shaped form of the access rule).</summary>
    private static IQueryable<Company> Readable(IQueryable<Company> companies, ReadScope scope)
    {
        if (scope.All)
        {
            return companies;
        }

        var own = scope.OwnCompany;
        var zones = scope.Zones.ToList();
        return companies.Where(c => (own != null && c.Id == own) || (c.ZoneId != null && zones.Contains(c.ZoneId.Value)));
    }

    /// <summary>Reads one page of matches (in the page's order) with the streams and firms needed to show them.</summary>
    private static async Task<IReadOnlyList<MatchView>> ProjectAsync(IAppDbContext db, UserContext user, IQueryable<Match> matches, CancellationToken cancellationToken)
    {
        var page = await matches.ToListAsync(cancellationToken);
        var streamIds = page.Select(m => m.OfferId).Concat(page.Where(m => m.NeedId != null).Select(m => m.NeedId!.Value)).Distinct().ToList();
        var companyIds = page.Select(m => m.OfferCompanyId).Concat(page.Select(m => m.ReceiverCompanyId)).Distinct().ToList();
        var streams = await db.Streams.AsNoTracking().Where(s => streamIds.Contains(s.Id))
            .Select(s => new StreamFacts(s.Id, s.Description, s.EwcCode)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id))
            .Select(c => new CompanyFacts(c.Id, c.LegalName, c.District, c.ZoneId)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var introduced = await IntroducedPairsAsync(db, user, page, cancellationToken);
        var views = page.Select(m => ToView(m, streams[m.OfferId], m.NeedId is { } n ? streams[n] : null, companies[m.OfferCompanyId], companies[m.ReceiverCompanyId], user, introduced.Contains(PairOf(m))))
            .OfType<MatchView>().ToList();
        // The receivers as read with the page: a second read could miss a match the matcher deleted meanwhile.
        var receivers = page.ToDictionary(m => m.Id, m => m.ReceiverCompanyId);
        return await WithFeedbackAsync(db, user, views, receivers, cancellationToken);
    }

    /// <summary>
    /// Adds to each view the reader's own answer and, for staff, experts and admins, the counts of
    /// answers per pair. A firm user never sees anyone else's answer, so the other side learns
    /// nothing of a "not interested".
    /// </summary>
    private static async Task<IReadOnlyList<MatchView>> WithFeedbackAsync(
        IAppDbContext db, UserContext user, List<MatchView> views, Dictionary<Guid, Guid> receivers, CancellationToken cancellationToken)
    {
        if (views.Count == 0 || user.UserId is not { } userId)
        {
            return views;
        }

        // A firm user reads their own firm in full, so its id is on the view when they are a party.
        views = [.. views.Select(v => v with
        {
            CanAnswer = AccessPolicy.MayAnswerMatch(user, v.OfferCompanyId ?? Guid.Empty, v.ReceiverCompanyId ?? Guid.Empty),
        })];
        var offers = views.Select(v => v.OfferId).Distinct().ToList();
        var answers = await db.MatchFeedback.AsNoTracking().Where(f => offers.Contains(f.OfferId))
            .Select(f => new { f.UserId, f.OfferId, f.NeedId, f.ReceiverCompanyId, f.Interested, f.Reason, f.Text, f.UpdatedAt })
            .ToListAsync(cancellationToken);
        var counts = AccessPolicy.SeesFeedbackCounts(user);
        if (answers.Count == 0 && !counts)
        {
            return views;
        }

        return [.. views.Select(v =>
        {
            var receiver = receivers[v.Id];
            var pair = answers.Where(a => a.OfferId == v.OfferId && a.NeedId == v.NeedId && a.ReceiverCompanyId == receiver).ToList();
            var mine = pair.FirstOrDefault(a => a.UserId == userId);
            return v with
            {
                MyFeedback = mine is null ? null : new FeedbackView(mine.Interested, mine.Reason, mine.Text, mine.UpdatedAt),
                FeedbackCounts = counts ? new FeedbackCounts(pair.Count(a => a.Interested), pair.Count(a => !a.Interested)) : null,
            };
        })];
    }

    /// <summary>
    /// The pairs of the page whose two firms accepted an introduction, when the user is a member
    /// of one of them: only there does the other firm's name show (DESIGN.md §7, this pair only).
    /// </summary>
    private static async Task<HashSet<(Guid, Guid)>> IntroducedPairsAsync(IAppDbContext db, UserContext user, List<Match> page, CancellationToken cancellationToken)
    {
        if (!user.MaySeeFirmData || !user.IsIn(Roles.FirmUser) || user.CompanyId is not { } own || page.Count == 0)
        {
            return [];
        }

        var offers = page.Select(m => m.OfferId).Distinct().ToList();
        var pairs = await db.Introductions.AsNoTracking()
            .Where(i => i.Status == Domain.Introductions.IntroductionStatus.Accepted && (i.GiverCompanyId == own || i.ReceiverCompanyId == own) && offers.Contains(i.OfferId))
            .Select(i => new { i.OfferId, i.NeedId, i.ReceiverCompanyId })
            .ToListAsync(cancellationToken);
        return [.. pairs.Select(p => (p.OfferId, p.NeedId ?? p.ReceiverCompanyId))];
    }

    /// <summary>A match's pair: (offer, need) when registered, (offer, receiver firm) when latent.</summary>
    private static (Guid, Guid) PairOf(Match m) => (m.OfferId, m.NeedId ?? m.ReceiverCompanyId);

    private static MatchView? ToView(Match m, StreamFacts offer, StreamFacts? need, CompanyFacts giver, CompanyFacts receiver, UserContext user, bool introduced)
    {
        var giverShown = AccessPolicy.ForCompany(user, giver.Id, giver.ZoneId).CanRead();
        var receiverShown = AccessPolicy.ForCompany(user, receiver.Id, receiver.ZoneId).CanRead();
        if (!giverShown && !receiverShown)
        {
            return null;
        }

        var full = giverShown && receiverShown;
        var explanation = Explain(m, full, giverShown);
        return new MatchView(
            m.Id, m.Kind, full ? m.Score : giverShown ? m.GiverViewScore : m.ReceiverViewScore, !full, m.OfferId, offer.Description, offer.EwcCode,
            // An introduced firm is named, but its id (and so its company page) stays out of reach.
            giverShown ? giver.Id : null, giverShown || introduced ? giver.Name : null, giver.District, m.NeedId, need?.Description,
            receiverShown ? receiver.Id : null, receiverShown || introduced ? receiver.Name : null, receiver.District,
            m.LatentNaceCode is { } nace && !receiverShown ? nace[..2] : m.LatentNaceCode,
            full ? explanation.RoadKm : null, explanation.Distance, explanation.Reasons, m.EngineVersion,

            // The hour a match was recomputed would tell when the other firm edited its streams.
            full ? m.ComputedAt : new DateTimeOffset(m.ComputedAt.UtcDateTime.Date, TimeSpan.Zero))
        {
            CanHandOff = AccessPolicy.HandOffZone(user, giver.ZoneId, receiver.ZoneId) is not null,
        };
    }

    /// <summary>
    /// The reasons and distance of a stored match for a full view, or an anonymised one from the
    /// giver's side or the receiver's (the distance band then comes from the firms' areas).
    /// </summary>
    private static Explanation Explain(Match match, bool full, bool giverSide)
    {
        if (match.Kind == MatchKind.Registered)
        {
            var b = JsonSerializer.Deserialize<MatchBreakdown>(match.Breakdown, MatchJson.Options);
            if (b is null || (!full && b.Anonymised is null))
            {
                return new Explanation([], null, null);
            }

            var factors = full ? b.Factors : giverSide ? b.Anonymised!.ForGiver : b.Anonymised!.ForReceiver;
            var lines = factors.Select(f => new ReasonView(f.Factor, f.Value, f.Weight, f.ReasonTr, f.ReasonEn)).ToList();
            return full
                ? new Explanation(lines, b.RoadKm, b.RoadKm is { } km ? DistanceBand.Of(km) : null)
                : new Explanation(lines, null, b.Anonymised!.Distance);
        }

        var l = JsonSerializer.Deserialize<LatentBreakdown>(match.Breakdown, MatchJson.Options);
        var reasons = full ? l?.Reasons : giverSide ? l?.GiverView?.Reasons : l?.ReceiverView?.Reasons;
        if (l is null || reasons is null)
        {
            return new Explanation([], null, null);
        }

        var latentLines = reasons.Select(x => new ReasonView("latent", null, null, x.Tr, x.En)).ToList();
        var distanceKm = full ? l.RoadKm : l.AreaRoadKm;
        return new Explanation(latentLines, full ? l.RoadKm : null, distanceKm is { } d ? DistanceBand.Of(d) : null);
    }

    private sealed record Explanation(IReadOnlyList<ReasonView> Reasons, double? RoadKm, DistanceBand? Distance);

    private sealed record StreamFacts(Guid Id, string Description, string? EwcCode);

    private sealed record CompanyFacts(Guid Id, string Name, string District, int? ZoneId);
}
