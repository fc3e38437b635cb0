using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Offers;

/// <summary>
/// A stream of the market (an offer, or a need of the needs market) as any signed-in user may see
/// it: the firm's name and id only when they may read that firm.
/// </summary>
public sealed record OfferListItem(
    Guid Id,
    ResourceKind Kind,
    string Description,
    string? EwcCode,
    bool IsHazardous,
    QuantityBand Band,
    bool OneOff,
    string District,
    Guid? CompanyId,
    string? CompanyName);

/// <summary>
/// Filters of the offer and needs markets. Each one filters on something every reader sees of a row
/// (code, district, rough quantity band, kind), except the zone, which only selects among the firms
/// the reader reads in full: a zone is not shown of an anonymous firm, so filtering on it would tell it.
/// </summary>
/// <param name="EwcChapter">Two-digit EWC chapter (e.g. 10).</param>
/// <param name="District">The firm's district, as written on the rows.</param>
/// <param name="ZoneId">The firm's zone (OSB), among the firms the reader reads in full.</param>
/// <param name="Band">Quantity band: 0 for under 10 (base units a year), 1 for 10–100 … 5 for 100,000 and more.</param>
/// <param name="Hazardous">Only hazardous (true) or only non-hazardous (false) wastes.</param>
/// <param name="Kind">Resource kind.</param>
public sealed record MarketFilter(
    string? EwcChapter = null,
    string? District = null,
    int? ZoneId = null,
    int? Band = null,
    bool? Hazardous = null,
    ResourceKind? Kind = null)
{
    /// <summary>No filter.</summary>
    public static readonly MarketFilter None = new();

    /// <summary>How many filters narrow the market.</summary>
    public int ActiveCount() => new object?[] { EwcChapter, District, ZoneId, Band, Hazardous, Kind }.Count(v => v is not null);

    /// <summary>The highest band (100,000 and more base units a year).</summary>
    public const int MaxBand = 5;

    /// <summary>Longest district accepted.</summary>
    public const int MaxDistrictLength = 100;

    /// <summary>Lower bound of a band in base units a year (0, 10, 100 … 100,000).</summary>
    public static double BandFrom(int band) => band == 0 ? 0 : Math.Pow(10, band);

    /// <summary>The band index of a rough quantity (the inverse of <see cref="BandFrom"/>).</summary>
    public static int BandOf(QuantityBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return band.From <= 0 ? 0 : (int)Math.Round(Math.Log10(band.From));
    }

    /// <summary>Throws <see cref="ValidationFailedException"/> for a filter no row could have.</summary>
    public void Validate()
    {
        var errors = new ErrorCollector();
        if (!string.IsNullOrEmpty(EwcChapter) && (EwcChapter.Length != 2 || !EwcChapter.All(char.IsAsciiDigit)))
        {
            errors.Add(new FieldError(nameof(EwcChapter), "Match.EwcChapterFormat", []));
        }

        if (District is { Length: > MaxDistrictLength })
        {
            errors.Add(new FieldError(nameof(District), "Market.DistrictTooLong", [MaxDistrictLength]));
        }
        else if (District is not null && District.Any(char.IsControl))
        {
            // No district has one, and PostgreSQL refuses a NUL in text.
            errors.Add(new FieldError(nameof(District), "Market.DistrictInvalid", []));
        }

        if (Band is < 0 or > MaxBand)
        {
            errors.Add(new FieldError(nameof(Band), "Market.BandRange", [MaxBand]));
        }

        if (Kind is { } kind)
        {
            errors.Try(nameof(Kind), () => Guard.Defined(kind, nameof(Kind)));
        }

        errors.ThrowIfAny();
    }
}

/// <summary>
/// The markets of active streams: offers ("teklif pazarı") and needs ("aranıyor"). Other firms appear
/// anonymised (material, rough quantity, district); no name, id, contacts, exact quantity or price
/// leaves this service for them, and nothing is filtered or sorted on what they do not see (the
/// quantity sorts and filters by band, the time by day). The same rule serves both markets.
/// </summary>
public sealed class OfferBrowseService(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>One page of active offers, newest day first, searched by material or code.</summary>
    public Task<PagedResult<OfferListItem>> ListAsync(PageRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(StreamDirection.Offer, request, MarketFilter.None, cancellationToken);

    /// <summary>
    /// One page of the active offers or needs, filtered and searched by material or code; sorted by
    /// <c>newest</c> (day, the default), <c>material</c>, <c>ewc</c>, <c>district</c> or <c>quantity</c> (band).
    /// </summary>
    /// <exception cref="ValidationFailedException">The page, its size, the search or a filter is out of bounds.</exception>
    public async Task<PagedResult<OfferListItem>> ListAsync(StreamDirection direction, PageRequest request, MarketFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filter);
        Guard.Defined(direction, nameof(direction));
        request.ThrowIfInvalid();
        filter.Validate();
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.MaySeeFirmData)
        {
            return new PagedResult<OfferListItem>([], 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var streams = db.Streams.AsNoTracking().Where(s => s.Direction == direction && s.Status == StreamStatus.Active);
        foreach (var pattern in SearchPattern.ContainsAll(request.Search))
        {
            streams = streams.Where(s => EF.Functions.Like(s.SearchKey, pattern));
        }

        var query =
            from s in streams
            join c in db.Companies on s.CompanyId equals c.Id
            join w in db.WasteCodes on s.EwcCode equals w.Code into codes
            from w in codes.DefaultIfEmpty()
            select new Row
            {
                Stream = s,
                CompanyId = c.Id,
                LegalName = c.LegalName,
                District = c.District,
                ZoneId = c.ZoneId,
                Hazardous = w != null && w.IsHazardous,

                // The yearly amount in base units, as Quantity.AnnualBaseAmount computes it, in a form
                // the database runs: the filter, the sort and the band shown all come from this one figure.
                Annual = (double)s.Quantity.Amount
                    * (s.Quantity.Unit == QuantityUnit.Kilogram || s.Quantity.Unit == QuantityUnit.Litre || s.Quantity.Unit == QuantityUnit.KilowattHour ? 0.001
                        : s.Quantity.Unit == QuantityUnit.Gigajoule ? 1.0 / 3.6
                        : 1.0)
                    * (s.Quantity.Period == QuantityPeriod.PerDay ? 365.0
                        : s.Quantity.Period == QuantityPeriod.PerWeek ? 52.0
                        : s.Quantity.Period == QuantityPeriod.PerMonth ? 12.0
                        : 1.0),
            };
        query = Filter(db, user, query, filter);

        var total = await query.CountAsync(cancellationToken);
        var rows = await Sort(query, request).Skip(request.Skip).Take(request.Take)
            .Select(r => new { r.Stream.Id, r.Stream.Kind, r.Stream.Description, r.Stream.EwcCode, r.Hazardous, r.Stream.Quantity.Unit, r.Stream.Quantity.Period, r.Annual, r.CompanyId, r.LegalName, r.District, r.ZoneId })
            .ToListAsync(cancellationToken);

        return new PagedResult<OfferListItem>(
            [.. rows.Select(r =>
            {
                var named = AccessPolicy.ForCompany(user, r.CompanyId, r.ZoneId).CanRead();

                // The band from the same yearly figure the database filtered and sorted on.
                return new OfferListItem(
                    r.Id, r.Kind, r.Description, r.EwcCode, r.Hazardous, QuantityBand.OfAnnual(r.Annual, Quantity.DimensionOf(r.Unit)),
                    r.Period == QuantityPeriod.OneOff, r.District, named ? r.CompanyId : null, named ? r.LegalName : null);
            })],
            total);
    }

    /// <summary>The districts of the firms with an active stream in a market, in Turkish order (for the filter).</summary>
    public async Task<IReadOnlyList<string>> DistrictsAsync(StreamDirection direction, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.MaySeeFirmData)
        {
            return [];
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var districts = await db.Streams.Where(s => s.Direction == direction && s.Status == StreamStatus.Active)
            .Join(db.Companies, s => s.CompanyId, c => c.Id, (s, c) => c.District).Distinct().ToListAsync(cancellationToken);
        return [.. districts.Order(StringComparer.Create(TurkishText.Culture, ignoreCase: true))];
    }

    private sealed class Row
    {
        public required ResourceStream Stream { get; init; }

        public required Guid CompanyId { get; init; }

        public required string LegalName { get; init; }

        public required string District { get; init; }

        public required int? ZoneId { get; init; }

        public required bool Hazardous { get; init; }

        public required double Annual { get; init; }
    }

    private static IQueryable<Row> Filter(IAppDbContext db, UserContext user, IQueryable<Row> query, MarketFilter filter)
    {
        if (filter.EwcChapter is { Length: 2 } chapter)
        {
            query = query.Where(r => r.Stream.EwcCode != null && r.Stream.EwcCode.StartsWith(chapter));
        }

        if (!string.IsNullOrWhiteSpace(filter.District))
        {
            var district = filter.District.Trim();
            query = query.Where(r => r.District == district);
        }

        if (filter.ZoneId is { } zone)
        {
            // Among the firms the reader reads in full only (the zone of an anonymous firm is not shown).
            var scope = AccessPolicy.ScopeOf(user);
            var own = scope.OwnCompany;
            var zones = scope.Zones.ToList();
            query = scope.All
                ? query.Where(r => r.ZoneId == zone)
                : query.Where(r => r.ZoneId == zone && ((own != null && r.CompanyId == own) || zones.Contains(zone)));
        }

        if (filter.Band is { } band)
        {
            var from = MarketFilter.BandFrom(band);
            var to = band == MarketFilter.MaxBand ? double.MaxValue : MarketFilter.BandFrom(band + 1);
            query = query.Where(r => r.Annual >= from && r.Annual < to);
        }

        if (filter.Hazardous is { } hazardous)
        {
            query = query.Where(r => r.Hazardous == hazardous);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.Stream.Kind == kind);
        }

        return query;
    }

    private static IQueryable<Row> Sort(IQueryable<Row> query, PageRequest request)
    {
        var d = request.Descending;
        IOrderedQueryable<Row> ordered = request.SortBy?.ToLowerInvariant() switch
        {
            "material" => d ? query.OrderByDescending(r => r.Stream.Description) : query.OrderBy(r => r.Stream.Description),
            "ewc" => d ? query.OrderByDescending(r => r.Stream.EwcCode) : query.OrderBy(r => r.Stream.EwcCode),
            "district" => d ? query.OrderByDescending(r => r.District) : query.OrderBy(r => r.District),

            // By band only: the exact order inside a band would rank the hidden amounts.
            "quantity" => d
                ? query.OrderByDescending(r => r.Annual >= 100_000 ? 5 : r.Annual >= 10_000 ? 4 : r.Annual >= 1_000 ? 3 : r.Annual >= 100 ? 2 : r.Annual >= 10 ? 1 : 0)
                : query.OrderBy(r => r.Annual >= 100_000 ? 5 : r.Annual >= 10_000 ? 4 : r.Annual >= 1_000 ? 3 : r.Annual >= 100 ? 2 : r.Annual >= 10 ? 1 : 0),

            // Newest day first; within a day by the (random) id, so a firm's streams made together do
            // not stand side by side.
            _ => d ? query.OrderBy(r => r.Stream.CreatedAt.Date) : query.OrderByDescending(r => r.Stream.CreatedAt.Date),
        };
        return ordered.ThenBy(r => r.Stream.Id);
    }
}
