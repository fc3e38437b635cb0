using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Domain.Zones;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Zones;

/// <summary>The İzmir zones (public reference data).</summary>
public sealed class ZoneService(IAppDbContextFactory contexts)
{
    /// <summary>All zones by Turkish name.</summary>
    public async Task<IReadOnlyList<OrganizedIndustrialZone>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var zones = await db.Zones.AsNoTracking().ToListAsync(cancellationToken);
        return [.. zones.OrderBy(z => z.NameTr, StringComparer.Create(Domain.Common.TurkishText.Culture, ignoreCase: true))];
    }
}
