using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Preparation;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Map;

/// <summary>
/// The map of firms, zones, matches and exchanges as one reader may see it. The firms the reader reads
/// in full (<see cref="CompanyService.VisibleInFull"/>) stand at their own point with name and id;
/// every other firm only as one of a count at the centre of its area (<see cref="FirmArea"/>), and only
/// when the markets show it anyway (it has an active stream). The match lines are the match browser's
/// list (<see cref="MatchQueryService.ListAsync"/>, same filter, best first), so the map shows no match
/// the browser would not; their ends follow the same rule as the firms.
/// </summary>
public sealed class MapService(IAppDbContextFactory contexts, ICurrentUser currentUser, MatchQueryService matches)
{
    /// <summary>The map for the current user.</summary>
    /// <exception cref="Common.ValidationFailedException">The filter or the line count is out of bounds.</exception>
    public async Task<MapData> GetAsync(MapQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.MaySeeFirmData)
        {
            return MapData.Empty;
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var readable = CompanyService.VisibleInFull(db.Companies.AsNoTracking(), user);
        var firms = await FirmsAsync(db, readable, cancellationToken);
        var withoutLocation = await readable.CountAsync(c => c.Latitude == null || c.Longitude == null, cancellationToken);
        var areas = await AreasAsync(db, user, cancellationToken);
        var zones = await db.Zones.AsNoTracking().Where(z => z.Latitude != null && z.Longitude != null).OrderBy(z => z.Id)
            .Select(z => new MapZone(z.Id, z.ShortName, z.NameTr, z.District, z.Latitude!.Value, z.Longitude!.Value))
            .ToListAsync(cancellationToken);

        var (matchLines, matchTotal) = query.ShowMatches ? await MatchLinesAsync(db, user, query, cancellationToken) : ([], 0);
        var (exchangeLines, exchangeTotal) = query.ShowExchanges ? await ExchangeLinesAsync(db, user, query.MaxLines, cancellationToken) : ([], 0);
        return new MapData(firms, areas, zones, matchLines, matchTotal, exchangeLines, exchangeTotal, withoutLocation);
    }

    private static async Task<IReadOnlyList<MapFirm>> FirmsAsync(IAppDbContext db, IQueryable<Domain.Companies.Company> readable, CancellationToken cancellationToken)
    {
        var rows = await readable.Where(c => c.Latitude != null && c.Longitude != null)
            .OrderBy(c => c.LegalName).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.LegalName, c.District, Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var streams = await db.Streams.AsNoTracking()
            .Where(s => ids.Contains(s.CompanyId) && s.Status != StreamStatus.Closed)
            .Select(s => new { s.CompanyId, s.Kind, s.Direction })
            .ToListAsync(cancellationToken);
        var byFirm = streams.ToLookup(s => s.CompanyId);
        return [.. rows.Select(r => new MapFirm(
            r.Id, r.LegalName, r.District, r.Latitude, r.Longitude,
            MostFrequentFirst(byFirm[r.Id].Select(s => s.Kind)),
            byFirm[r.Id].Count(s => s.Direction == StreamDirection.Offer),
            byFirm[r.Id].Count(s => s.Direction == StreamDirection.Need)))];
    }

    /// <summary>
    /// The firms the reader does not read in full and that have an active stream, counted per area.
    /// Their points are read here and rounded here: only the areas' centres leave this method.
    /// </summary>
    private static async Task<IReadOnlyList<MapArea>> AreasAsync(IAppDbContext db, UserContext user, CancellationToken cancellationToken)
    {
        var readableIds = CompanyService.VisibleInFull(db.Companies, user).Select(c => c.Id);
        var rows = await (
            from s in db.Streams.AsNoTracking()
            where s.Status == StreamStatus.Active
            join c in db.Companies on s.CompanyId equals c.Id
            where c.Latitude != null && c.Longitude != null && !readableIds.Contains(c.Id)
            select new { c.Id, c.District, Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value, s.Kind })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => FirmArea.CentreOf(r.Latitude, r.Longitude))
            .OrderBy(g => g.Key.Latitude).ThenBy(g => g.Key.Longitude)
            .Select(g => new MapArea(
                g.Key.Latitude, g.Key.Longitude, g.Select(r => r.Id).Distinct().Count(),
                [.. g.Select(r => r.District).Distinct().Order(StringComparer.Create(TurkishText.Culture, ignoreCase: true))],
                MostFrequentFirst(g.Select(r => r.Kind))))];
    }

    /// <summary>
    /// The best matches of the filter, as the match browser lists them; each end at the firm's point
    /// when the reader reads the firm in full (the view carries its id then), else at its area.
    /// </summary>
    private async Task<(IReadOnlyList<MapLine>, int)> MatchLinesAsync(IAppDbContext db, UserContext user, MapQuery query, CancellationToken cancellationToken)
    {
        var page = await matches.ListAsync(new PageRequest(0, query.MaxLines, "score", Descending: true), query.Filter, cancellationToken);
        var ids = page.Items.Select(m => m.Id).ToList();
        var pairs = await db.Matches.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.OfferCompanyId, m.ReceiverCompanyId })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var points = await PointsAsync(db, user, pairs.Values.SelectMany(p => new[] { p.OfferCompanyId, p.ReceiverCompanyId }), cancellationToken);
        var lines = new List<MapLine>();
        foreach (var m in page.Items)
        {
            if (pairs.TryGetValue(m.Id, out var pair) && points.TryGetValue(pair.OfferCompanyId, out var from) && points.TryGetValue(pair.ReceiverCompanyId, out var to))
            {
                lines.Add(new MapLine(m.Id, from.Latitude, from.Longitude, to.Latitude, to.Longitude, m.OfferDescription, m.Score, null, from.Area || to.Area));
            }
        }

        return (lines, page.TotalCount);
    }

    /// <summary>The latest exchanges the reader may see (<see cref="ExchangeAccess.Visible"/>), donor to receiver.</summary>
    private static async Task<(IReadOnlyList<MapLine>, int)> ExchangeLinesAsync(IAppDbContext db, UserContext user, int limit, CancellationToken cancellationToken)
    {
        var visible = ExchangeAccess.Visible(db, user).AsNoTracking();
        var total = await visible.CountAsync(cancellationToken);
        var rows = await visible.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id).Take(limit)
            .Select(e => new { e.Id, e.Title, e.Stage, e.DonorCompanyId, e.ReceiverCompanyId })
            .ToListAsync(cancellationToken);
        var points = await PointsAsync(db, user, rows.SelectMany(r => new[] { r.DonorCompanyId, r.ReceiverCompanyId }), cancellationToken);
        var lines = new List<MapLine>();
        foreach (var r in rows)
        {
            if (points.TryGetValue(r.DonorCompanyId, out var from) && points.TryGetValue(r.ReceiverCompanyId, out var to))
            {
                lines.Add(new MapLine(r.Id, from.Latitude, from.Longitude, to.Latitude, to.Longitude, r.Title, null, r.Stage, from.Area || to.Area));
            }
        }

        return (lines, total);
    }

    /// <summary>Where each located firm is drawn for this reader: its own point when read in full (<see cref="AccessPolicy.ForCompany"/>), else its area.</summary>
    private static async Task<Dictionary<Guid, Point>> PointsAsync(IAppDbContext db, UserContext user, IEnumerable<Guid> companyIds, CancellationToken cancellationToken)
    {
        var ids = companyIds.Distinct().ToList();
        var rows = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id) && c.Latitude != null && c.Longitude != null)
            .Select(c => new { c.Id, c.ZoneId, Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r =>
        {
            if (AccessPolicy.ForCompany(user, r.Id, r.ZoneId).CanRead())
            {
                return new Point(r.Latitude, r.Longitude, false);
            }

            var (lat, lon) = FirmArea.CentreOf(r.Latitude, r.Longitude);
            return new Point(lat, lon, true);
        });
    }

    private static IReadOnlyList<ResourceKind> MostFrequentFirst(IEnumerable<ResourceKind> kinds) =>
        [.. kinds.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key)];

    private readonly record struct Point(double Latitude, double Longitude, bool Area);
}
