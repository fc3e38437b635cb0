using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Streams;

/// <summary>A stream in full, for a user who may read its company.</summary>
public sealed record StreamView(Guid Id, Guid CompanyId, uint Version, StreamInput Input, bool IsHazardous, bool CanEdit);

/// <summary>
/// Reads one stream for anyone who may read its company (experts included, who cannot edit);
/// <see cref="StreamService.GetForEditAsync"/> is the editors' view.
/// </summary>
public sealed class StreamQueryService(IAppDbContextFactory contexts, ICurrentUser currentUser)
{
    /// <summary>The stream; null when it does not exist or the user may not read its company (the same answer).</summary>
    public async Task<StreamView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var row = await (
            from s in db.Streams.AsNoTracking()
            where s.Id == id
            join c in db.Companies on s.CompanyId equals c.Id
            join w in db.WasteCodes on s.EwcCode equals w.Code into codes
            from w in codes.DefaultIfEmpty()
            select new { Stream = s, c.ZoneId, Hazardous = w != null && w.IsHazardous })
            .FirstOrDefaultAsync(cancellationToken);
        var access = row is null ? Access.None : AccessPolicy.ForCompany(user, row.Stream.CompanyId, row.ZoneId);
        if (row is null || !access.CanRead())
        {
            return null;
        }

        var x = row.Stream;
        return new StreamView(x.Id, x.CompanyId, x.Version, new StreamInput(
                x.Direction, x.Kind, x.Description, x.EwcScope, x.Quantity.Amount, x.Quantity.Unit, x.Quantity.Period,
                x.PhysicalState, x.QualityNotes, x.AvailableFrom, x.AvailableUntil, x.PricePerUnit, x.MaxTransportKm, x.Status, x.Visibility),
            row.Hazardous, access.CanEdit());
    }
}
