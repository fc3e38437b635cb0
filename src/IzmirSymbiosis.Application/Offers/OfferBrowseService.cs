using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Offers;

/// <summary>An offer as any signed-in user may see it: the firm's name only when they may read that firm.</summary>
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
/// The marketplace of active offers. Other firms appear anonymised (material, rough quantity,
/// district); no name, contacts, exact quantity or price leaves this service for them.
/// </summary>
public sealed class OfferBrowseService(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>One page of active offers, newest day first, searched by material or code.</summary>
    public async Task<PagedResult<OfferListItem>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.MaySeeFirmData)
        {
            return new PagedResult<OfferListItem>([], 0);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var query = db.Streams.AsNoTracking().Where(s => s.Direction == StreamDirection.Offer && s.Status == StreamStatus.Active);
        foreach (var pattern in SearchPattern.ContainsAll(request.Search))
        {
            query = query.Where(s => EF.Functions.Like(s.SearchKey, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await (
            from s in query
            join c in db.Companies on s.CompanyId equals c.Id
            join w in db.WasteCodes on s.EwcCode equals w.Code into codes
            from w in codes.DefaultIfEmpty()
                // Newest day first; within a day by the (random) id, so a firm's offers made together do
                // not stand side by side.
            orderby s.CreatedAt.Date descending, s.Id
            select new { Stream = s, c.Id, c.LegalName, c.District, c.ZoneId, Hazardous = w != null && w.IsHazardous })
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);

        return new PagedResult<OfferListItem>(
            [.. rows.Select(r =>
            {
                var named = AccessPolicy.ForCompany(user, r.Id, r.ZoneId).CanRead();
                return new OfferListItem(
                    r.Stream.Id, r.Stream.Kind, r.Stream.Description, r.Stream.EwcCode, r.Hazardous, QuantityBand.Of(r.Stream.Quantity),
                    r.Stream.Quantity.Period == QuantityPeriod.OneOff, r.District, named ? r.Id : null, named ? r.LegalName : null);
            })],
            total);
    }
}
