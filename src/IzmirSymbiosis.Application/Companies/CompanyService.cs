using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Matching.Model;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Companies;

/// <summary>Lists, shows and edits companies.</summary>
public sealed class CompanyService(IAppDbContextFactory contexts, ICurrentUser currentUser, IBackgroundJobs jobs, TimeProvider clock)
{
    /// <summary>Sort keys accepted by <see cref="ListAsync"/>.</summary>
    public static readonly IReadOnlySet<string> SortKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "name", "district", "nace", "zone", "size",
    };

    /// <summary>One page of companies, searched with Turkish rules and sorted on the server.</summary>
    public async Task<PagedResult<CompanyListItem>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var query = VisibleInFull(db.Companies.AsNoTracking(), user);
        foreach (var pattern in SearchPattern.ContainsAll(request.Search))
        {
            query = query.Where(c => EF.Functions.Like(c.SearchKey, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows =
            from c in query
            join z in db.Zones on c.ZoneId equals z.Id into zones
            from z in zones.DefaultIfEmpty()
            join n in db.NaceActivities on c.NaceCode equals n.Code into naces
            from n in naces.DefaultIfEmpty()
            select new { Company = c, ZoneShort = z == null ? null : z.ShortName, NaceTitle = n == null ? null : n.TitleEn, NaceTitleTr = n == null ? null : n.TitleTr };

        var d = request.Descending;
        rows = (request.SortBy?.ToLowerInvariant()) switch
        {
            "district" => d ? rows.OrderByDescending(r => r.Company.District).ThenBy(r => r.Company.LegalName) : rows.OrderBy(r => r.Company.District).ThenBy(r => r.Company.LegalName),
            "nace" => d ? rows.OrderByDescending(r => r.Company.NaceCode).ThenBy(r => r.Company.LegalName) : rows.OrderBy(r => r.Company.NaceCode).ThenBy(r => r.Company.LegalName),
            "zone" => d ? rows.OrderByDescending(r => r.ZoneShort).ThenBy(r => r.Company.LegalName) : rows.OrderBy(r => r.ZoneShort).ThenBy(r => r.Company.LegalName),
            "size" => d ? rows.OrderByDescending(r => r.Company.SizeBand).ThenBy(r => r.Company.LegalName) : rows.OrderBy(r => r.Company.SizeBand).ThenBy(r => r.Company.LegalName),
            _ => d ? rows.OrderByDescending(r => r.Company.LegalName) : rows.OrderBy(r => r.Company.LegalName),
        };

        var items = await rows
            .Skip(request.Skip)
            .Take(request.Take)
            .Select(r => new CompanyListItem(
                r.Company.Id,
                r.Company.LegalName,
                r.Company.District,
                r.Company.NaceCode,
                r.NaceTitle,
                r.ZoneShort,
                r.Company.SizeBand,
                db.Streams.Count(s => s.CompanyId == r.Company.Id && s.Direction == Domain.Streams.StreamDirection.Offer),
                db.Streams.Count(s => s.CompanyId == r.Company.Id && s.Direction == Domain.Streams.StreamDirection.Need))
            { NaceTitleTr = r.NaceTitleTr })
            .ToListAsync(cancellationToken);
        return new PagedResult<CompanyListItem>(items, total);
    }

    /// <summary>How many firms take part (a public aggregate: no firm data).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        return await db.Companies.CountAsync(cancellationToken);
    }

    /// <summary>
    /// The companies a user sees in full (the list): all for admins and experts, their zones' firms
    /// for OIZ staff, their own firm for a firm user, none otherwise. Others are only ever shown
    /// anonymised (see the offers list).
    /// </summary>
    public static IQueryable<Domain.Companies.Company> VisibleInFull(IQueryable<Domain.Companies.Company> companies, UserContext user)
    {
        var scope = AccessPolicy.ScopeOf(user);
        if (scope.All)
        {
            return companies;
        }

        var own = scope.OwnCompany;
        var zones = scope.Zones.ToList();
        return companies.Where(c => (own != null && c.Id == own) || (c.ZoneId != null && zones.Contains(c.ZoneId.Value)));
    }

    /// <summary>
    /// A company with its streams; null when it does not exist or the user may not read it
    /// (the same answer, so an id reveals nothing).
    /// </summary>
    public async Task<CompanyDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        if (await db.ReadableAsync(user, id, cancellationToken) is not { } readable)
        {
            return null;
        }

        var (company, access) = readable;

        var zone = company.ZoneId is { } zoneId
            ? await db.Zones.AsNoTracking().Where(z => z.Id == zoneId).Select(z => z.NameTr).FirstOrDefaultAsync(cancellationToken)
            : null;
        var nace = await db.NaceActivities.AsNoTracking().Where(n => n.Code == company.NaceCode).Select(n => new { n.TitleEn, n.TitleTr }).FirstOrDefaultAsync(cancellationToken);
        var streams = await (
            from s in db.Streams.AsNoTracking()
            where s.CompanyId == id
            join w in db.WasteCodes on s.EwcCode equals w.Code into codes
            from w in codes.DefaultIfEmpty()
            orderby s.Direction, s.Description
            select new StreamSummary(
                s.Id, s.Direction, s.Kind, s.EwcCode ?? s.EwcPrefix, w != null && w.IsHazardous, s.Description,
                s.Quantity.Amount, s.Quantity.Unit, s.Quantity.Period, s.Status, s.AvailableFrom, s.AvailableUntil, s.Version))
            .ToListAsync(cancellationToken);

        return new CompanyDetail(
            company.Id, company.LegalName, company.TaxNumber, company.NaceCode, nace?.TitleEn, zone, company.Address,
            company.District, company.Latitude, company.Longitude, company.SizeBand, [.. company.Contacts.Select(ContactRow.Of)], streams, company.Version, access.CanEdit())
        {
            ZoneId = company.ZoneId,
            NaceTitleTr = nace?.TitleTr,
            NamingConsentAt = company.NamingConsentAt,
            CanDecideNaming = user.CompanyId == company.Id,
        };
    }

    /// <summary>
    /// Saves an edit made from <see cref="CompanyUpdate.Version"/>. When someone saved in between,
    /// throws <see cref="ConcurrencyConflictException"/> and changes nothing.
    /// </summary>
    public async Task<uint> UpdateAsync(CompanyUpdate update, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var company = await db.EditableAsync(user, update.Id, update.Version, cancellationToken);

        var matchedAs = MatchCompany.FromDomain(company, clock.TodayInTurkey());
        var errors = new ErrorCollector();
        errors.Try(nameof(CompanyUpdate.LegalName), () => company.Rename(update.LegalName));
        errors.Try(nameof(CompanyUpdate.NaceCode), () => company.SetNace(update.NaceCode));
        var oldDistrict = company.District;
        errors.Try(nameof(CompanyUpdate.District), () => company.SetDistrict(update.District));
        errors.Try(nameof(CompanyUpdate.Latitude), () => company.SetLocation(
            CompanyLocation.After(company.Location, update.Latitude, update.Longitude, districtChanged: company.District != oldDistrict)));
        errors.Try(nameof(CompanyUpdate.Address), () => company.SetAddress(update.Address, update.ZoneId));
        errors.Try(nameof(CompanyUpdate.SizeBand), () => company.SetSize(update.SizeBand));
        if (update.AgreesToBeNamed is { } agrees && agrees != company.AgreesToBeNamed)
        {
            // The firm's own decision: staff may edit its record but not consent in its name.
            if (user.CompanyId == company.Id && user.UserId is { } by)
            {
                company.SetNamingConsent(agrees, by, clock.GetUtcNow());
            }
            else
            {
                errors.Add(new FieldError(nameof(CompanyUpdate.AgreesToBeNamed), "Company.NamingConsentFirmOnly", []));
            }
        }

        if (errors.Errors.All(e => e.Field != nameof(CompanyUpdate.NaceCode)) &&
            !await db.NaceActivities.AnyAsync(n => n.Code == company.NaceCode && n.Level == 4, cancellationToken))
        {
            errors.Add(new FieldError(nameof(CompanyUpdate.NaceCode), "Company.NaceUnknown", [company.NaceCode]));
        }

        if (update.ZoneId is { } zone && !await db.Zones.AnyAsync(z => z.Id == zone, cancellationToken))
        {
            errors.Add(new FieldError(nameof(CompanyUpdate.ZoneId), "Company.ZoneUnknown", []));
        }

        errors.ThrowIfAny();

        // Only what the engine reads (NACE class, location) calls for re-matching.
        var rematch = MatchCompany.FromDomain(company, clock.TodayInTurkey()) != matchedAs;
        if (rematch)
        {
            db.RematchRequests.Add(RematchRequest.ForCompany(company.Id, clock.GetUtcNow()));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(nameof(Company), update.Id);
        }

        if (rematch)
        {
            jobs.RematchSoon();
        }

        return company.Version;
    }
}
