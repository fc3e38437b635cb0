using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Matching.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Dashboard;

/// <summary>
/// The programme dashboard (DESIGN.md §6, issue 11): the current forecast and verified figures of the
/// exchanges rolled up to totals, trends per period, breakdowns by zone, donor NACE division, EWC
/// chapter and stage, the funnel from matches to verified exchanges, and the material flows between
/// sectors. Experts and admins see the whole region; OIZ staff the exchanges of their zones, through
/// the exchange access rule (<see cref="ExchangeAccess.Visible"/>); anyone else is refused. Every
/// figure is summed in the database (GROUP BY), over the current record of each exchange and basis
/// only: a record another one supersedes (a recompute, a changed draft) is not counted.
/// </summary>
public sealed partial class DashboardService(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>The dashboard for <paramref name="filter"/>.</summary>
    /// <exception cref="DashboardRefusedException">The user is neither OIZ staff, an expert nor an admin.</exception>
    /// <exception cref="ValidationFailedException">The filter is not valid (period order, division or chapter form).</exception>
    public async Task<DashboardView> GetAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Check(filter);
        var user = await ReaderAsync(cancellationToken);
        var turkish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var (from, to) = Bounds(filter);

        // Three independent groups of queries, each on its own connection, run at once.
        IQueryable<ImpactRow> RowsOf(IAppDbContext db) => SelectedRows(db, user, filter);

        async Task<T> OnOwnContext<T>(Func<IAppDbContext, Task<T>> query)
        {
            await using var db = await contexts.CreateAsync(cancellationToken);
            return await query(db);
        }

        // One GROUP BY at the finest key every breakdown needs, summed again here by each breakdown:
        // one pass over the records instead of one per table.
        var fineTask = OnOwnContext(db => DashboardRows.SumAsync(
            RowsOf(db),
            r => new FineKey
            {
                Stage = r.Stage,
                ZoneId = r.ZoneId,
                DonorDivision = r.DonorDivision,
                Chapter = r.Chapter,
                Month = (r.At.AddHours(3).Year * 100) + r.At.AddHours(3).Month,
                Profile = r.Profile,
                Kind = r.Kind,
                ReceiverDivision = r.ReceiverDivision,
                Diverts = r.TonnesDiverted > 0,
            },
            cancellationToken));
        var partiesTask = OnOwnContext(db => PartiesAsync(db, RowsOf(db), cancellationToken));
        var funnelTask = OnOwnContext(async db => (
            Titles: await DashboardTitles.LoadAsync(db, turkish, cancellationToken),
            Funnel: await DashboardFunnelQuery.RunAsync(db, FirmScope(db, user, filter), Exchanges(db, user, filter with { Stage = null }), filter, from, to, cancellationToken)));
        await Task.WhenAll(fineTask, partiesTask, funnelTask);
        var fine = await fineTask;
        var (firms, zones) = await partiesTask;
        var (titles, funnel) = await funnelTask;

        var byStage = DashboardRows.Regroup(fine, k => k.Stage);
        var byZone = DashboardRows.Regroup(fine, k => k.ZoneId);
        var byDivision = DashboardRows.Regroup(fine, k => k.DonorDivision);
        var byChapter = DashboardRows.Regroup(fine, k => k.Chapter);
        var trends = DashboardRows.Regroup(fine, k => filter.Granularity switch
        {
            DashboardGranularity.Year => k.Month / 100 * 100,
            DashboardGranularity.Quarter => (k.Month / 100 * 100) + (((k.Month % 100) + 2) / 3 * 3) - 2,
            _ => k.Month,
        });
        var flows = DashboardRows.Regroup(
            fine.Where(f => f.Key.Diverts),
            k => new FlowKey { DonorDivision = k.DonorDivision, Profile = k.Profile, Chapter = k.Chapter, Kind = k.Kind, ReceiverDivision = k.ReceiverDivision });

        var forecast = byStage.Where(s => s.Basis == ImpactBasis.Forecast).Aggregate(DashboardFigures.Zero, (a, s) => a + s.Figures);
        var verified = byStage.Where(s => s.Basis == ImpactBasis.Verified).Aggregate(DashboardFigures.Zero, (a, s) => a + s.Figures);
        var totals = new DashboardTotals(
            forecast, verified, firms.GetValueOrDefault(ImpactBasis.Forecast), firms.GetValueOrDefault(ImpactBasis.Verified),
            zones.GetValueOrDefault(ImpactBasis.Forecast), zones.GetValueOrDefault(ImpactBasis.Verified));

        return new DashboardView(
            filter,
            user.SeesEverything,
            totals,
            [.. DashboardRows.SideBySide(trends).OrderBy(r => r.Key).Select(r => Row(PeriodStart(r.Key).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Empty, r))],
            [.. DashboardRows.SideBySide(byZone).Select(r => Row(r.Key?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, titles.Zone(r.Key), r)).OrderByDescending(Weight)],
            [.. DashboardRows.SideBySide(byDivision).Select(r => Row(r.Key, titles.Division(r.Key), r)).OrderByDescending(Weight)],
            [.. DashboardRows.SideBySide(byChapter).Select(r => Row(r.Key ?? string.Empty, titles.Chapter(r.Key), r)).OrderByDescending(Weight)],
            [.. DashboardRows.SideBySide(byStage).OrderBy(r => r.Key).Select(r => Row(r.Key.ToString(), string.Empty, r))],
            funnel,
            Flows(flows, titles));
    }

    /// <summary>The choices of the filter bar: the zones the reader may filter by (staff: their own), NACE divisions and EWC chapters.</summary>
    /// <exception cref="DashboardRefusedException">The user may not see the dashboard.</exception>
    public async Task<DashboardOptions> OptionsAsync(CancellationToken cancellationToken = default)
    {
        var user = await ReaderAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await LoadOptionsAsync(db, user, cancellationToken);
    }

    /// <summary>
    /// The choices of a filter bar for <paramref name="user"/>: the zones they oversee (all for
    /// experts), NACE divisions and EWC chapters, titled in the reader's language. Shared by the
    /// dashboard and the match browser.
    /// </summary>
    internal static async Task<DashboardOptions> LoadOptionsAsync(IAppDbContext db, UserContext user, CancellationToken cancellationToken)
    {
        var turkish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var scope = AccessPolicy.ScopeOf(user);
        var zoneIds = scope.Zones.ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => scope.All || zoneIds.Contains(z.Id)).OrderBy(z => z.ShortName).ToListAsync(cancellationToken);
        var titles = await DashboardTitles.LoadAsync(db, turkish, cancellationToken);
        return new DashboardOptions(
            [.. zones.Select(z => new DashboardOption(z.Id.ToString(CultureInfo.InvariantCulture), turkish ? z.NameTr : z.NameEn))],
            [.. titles.Divisions.Select(d => new DashboardOption(d, $"{d} {titles.Division(d)}"))],
            [.. titles.Chapters.Select(c => new DashboardOption(c, $"{c} {titles.Chapter(c)}"))]);
    }

    /// <summary>Whether <paramref name="user"/> may see the programme dashboard: OIZ staff, experts and admins.</summary>
    public static bool MaySee(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.MaySeeFirmData && (user.SeesEverything || user.IsIn(Roles.OizStaff));
    }

    /// <summary>
    /// Refuses a user who may not see the dashboard, for what the dashboard shows from other services
    /// (the readiness distribution, whose own rule also answers firm users).
    /// </summary>
    /// <exception cref="DashboardRefusedException">The user may not see the dashboard.</exception>
    public Task CheckReaderAsync(CancellationToken cancellationToken = default) => ReaderAsync(cancellationToken);

    private async Task<UserContext> ReaderAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return MaySee(user) ? user : throw new DashboardRefusedException("Dashboard.NotAllowed");
    }

    /// <summary>
    /// The exchanges in scope: all for experts and admins; for staff those the exchange access rule
    /// shows to their zones (as staff only: a staff member's own firm does not widen the programme
    /// view); then the filter's zone (a party firm there, the same rule), donor division and chapter (the
    /// caller applies the stage: the funnel needs every stage).
    /// </summary>
    private static IQueryable<Exchange> Exchanges(IAppDbContext db, UserContext user, DashboardFilter filter)
    {
        var exchanges = user.SeesEverything ? db.Exchanges : ExchangeAccess.Visible(db, AsStaff(user.ZoneIds));
        if (filter.ZoneId is { } zone)
        {
            var inZone = ExchangeAccess.Visible(db, AsStaff(new HashSet<int> { zone })).Select(e => e.Id);
            exchanges = exchanges.Where(e => inZone.Contains(e.Id));
        }

        if (filter.NaceDivision is { } division)
        {
            var prefix = division + ".";
            var donors = db.Companies.Where(c => c.NaceCode.StartsWith(prefix)).Select(c => c.Id);
            exchanges = exchanges.Where(e => donors.Contains(e.DonorCompanyId));
        }

        if (filter.EwcChapter is { } chapter)
        {
            var offers = db.Streams.Where(s => s.EwcCode != null && s.EwcCode.StartsWith(chapter)).Select(s => s.Id);
            exchanges = exchanges.Where(e => offers.Contains(e.OfferStreamId));
        }

        return exchanges;
    }

    /// <summary>The firms whose matches and introductions count: null for the whole region, else the firms of the reader's (or the filter's) zones.</summary>
    private static IQueryable<Guid>? FirmScope(IAppDbContext db, UserContext user, DashboardFilter filter)
    {
        var scope = AccessPolicy.ScopeOf(user);
        List<int>? zones = scope.All ? null : [.. scope.Zones];
        if (filter.ZoneId is { } zone)
        {
            zones = zones is null || zones.Contains(zone) ? [zone] : [];
        }

        return zones is null ? null : db.Companies.Where(c => c.ZoneId != null && zones.Contains(c.ZoneId.Value)).Select(c => c.Id);
    }

    private static UserContext AsStaff(IReadOnlySet<int> zones) =>
        new(Guid.Empty, new HashSet<string> { Roles.OizStaff }, null, zones);

    /// <summary>Distinct party firms and their zones per basis, counted in the database.</summary>
    private static async Task<(Dictionary<ImpactBasis, int> Firms, Dictionary<ImpactBasis, int> Zones)> PartiesAsync(
        IAppDbContext db, IQueryable<ImpactRow> rows, CancellationToken cancellationToken)
    {
        var parties = rows.Select(r => new { r.Basis, Firm = r.DonorId })
            .Concat(rows.Select(r => new { r.Basis, Firm = r.ReceiverId }))
            .Concat(rows.Where(r => r.TransporterId != null).Select(r => new { r.Basis, Firm = r.TransporterId!.Value }))
            .Concat(rows.Where(r => r.ProcessorId != null).Select(r => new { r.Basis, Firm = r.ProcessorId!.Value }))
            .Distinct();
        var firms = await parties.GroupBy(p => p.Basis).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var zones = await (from p in parties
                           join c in db.Companies on p.Firm equals c.Id
                           where c.ZoneId != null
                           select new { p.Basis, c.ZoneId }).Distinct()
            .GroupBy(z => z.Basis).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return (firms, zones);
    }

    private static List<DashboardFlow> Flows(List<FigureSums<FlowKey>> sums, DashboardTitles titles) =>
        [.. sums
            .Select(s => (s.Basis, s.TonnesDiverted, s.Key.DonorDivision, s.Key.ReceiverDivision, Material: titles.MaterialFamily(s.Key.Profile, s.Key.Chapter, s.Key.Kind)))
            .GroupBy(s => (s.DonorDivision, s.Material.Key, s.ReceiverDivision))
            .Select(g => new DashboardFlow(
                g.Key.DonorDivision, titles.Division(g.Key.DonorDivision), g.Key.Key, g.First().Material.Label,
                g.Key.ReceiverDivision, titles.Division(g.Key.ReceiverDivision),
                g.Where(s => s.Basis == ImpactBasis.Forecast).Sum(s => s.TonnesDiverted),
                g.Where(s => s.Basis == ImpactBasis.Verified).Sum(s => s.TonnesDiverted)))
            .OrderByDescending(f => f.ForecastTonnes + f.VerifiedTonnes)
            .ThenBy(f => f.DonorDivision, StringComparer.Ordinal).ThenBy(f => f.Material, StringComparer.Ordinal).ThenBy(f => f.ReceiverDivision, StringComparer.Ordinal)];

    private static DashboardRow Row<TKey>(string key, string label, (TKey Key, DashboardFigures Forecast, DashboardFigures Verified) r) =>
        new(key, label, r.Forecast, r.Verified);

    private static decimal Weight(DashboardRow r) => r.Forecast.TonnesDiverted + r.Verified.TonnesDiverted + r.Forecast.Exchanges + r.Verified.Exchanges;

    /// <summary>The first day of a period key (yyyy00 for a year, yyyyMM for a month or a quarter's first month).</summary>
    private static DateOnly PeriodStart(int key) => new(key / 100, Math.Max(1, key % 100), 1);

    /// <summary>The filter's days as instants: from the first day's start to the day after the last, in Türkiye time.</summary>
    /// <summary>The current ledger records, in the filter's period, of the exchanges the reader sees under every choice of <paramref name="filter"/> (stage included).</summary>
    private static IQueryable<ImpactRow> SelectedRows(IAppDbContext db, UserContext user, DashboardFilter filter)
    {
        var (from, to) = Bounds(filter);
        var all = Exchanges(db, user, filter);
        return DashboardRows.Current(db, filter.Stage is { } stage ? all.Where(e => e.Stage == stage) : all, from, to);
    }

    private static (DateTimeOffset? From, DateTimeOffset? To) Bounds(DashboardFilter filter) =>
        (filter.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TurkeyTime.Offset).ToUniversalTime() : null,
         filter.To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TurkeyTime.Offset).ToUniversalTime() : null);

    private static void Check(DashboardFilter filter)
    {
        var errors = new ErrorCollector();
        if (filter.From is { } f && filter.To is { } t && t < f)
        {
            errors.Add(new FieldError(nameof(filter.To), "Dashboard.PeriodOrder", []));
        }

        if (filter.NaceDivision is { } d && (d.Length != 2 || !d.All(char.IsAsciiDigit)))
        {
            errors.Add(new FieldError(nameof(filter.NaceDivision), "Dashboard.DivisionInvalid", []));
        }

        if (filter.EwcChapter is { } c && (c.Length != 2 || !c.All(char.IsAsciiDigit)))
        {
            errors.Add(new FieldError(nameof(filter.EwcChapter), "Dashboard.ChapterInvalid", []));
        }

        if (!Enum.IsDefined(filter.Granularity) || (filter.Stage is { } s && !Enum.IsDefined(s)))
        {
            errors.Add(new FieldError(nameof(filter.Granularity), "Dashboard.FilterInvalid", []));
        }

        errors.ThrowIfAny();
    }
}

/// <summary>The finest key the dashboard's breakdowns are summed from (the month in Türkiye's time, year × 100 + month).</summary>
internal sealed record FineKey
{
    public ExchangeStage Stage { get; init; }

    public int? ZoneId { get; init; }

    public string DonorDivision { get; init; } = string.Empty;

    public string? Chapter { get; init; }

    public int Month { get; init; }

    public string? Profile { get; init; }

    public Domain.Streams.ResourceKind Kind { get; init; }

    public string ReceiverDivision { get; init; } = string.Empty;

    /// <summary>The record diverts tonnes (a material flow).</summary>
    public bool Diverts { get; init; }
}

/// <summary>The key of a material flow.</summary>
internal sealed record FlowKey
{
    public string DonorDivision { get; init; } = string.Empty;

    public string? Profile { get; init; }

    public string? Chapter { get; init; }

    public Domain.Streams.ResourceKind Kind { get; init; }

    public string ReceiverDivision { get; init; } = string.Empty;
}

/// <summary>The user may not see the programme dashboard; <see cref="ReasonKey"/> says why.</summary>
public sealed class DashboardRefusedException(string reasonKey) : Exception(reasonKey)
{
    /// <summary>Stable message key the UI translates.</summary>
    public string ReasonKey { get; } = reasonKey;
}
