using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Companies;

/// <summary>
/// The one way a service loads a firm's record for a reader or an editor, through
/// <see cref="AccessPolicy.ForCompany"/>: a firm that does not exist and one the user may not reach
/// answer the same (null, or not found), so an id reveals nothing.
/// </summary>
internal static class CompanyAccess
{
    /// <summary>The company (not tracked) with the user's access to it; null when it does not exist or the user may not read it.</summary>
    public static async Task<(Company Company, Access Access)?> ReadableAsync(this IAppDbContext db, UserContext user, Guid companyId, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        var access = company is null ? Access.None : AccessPolicy.ForCompany(user, company.Id, company.ZoneId);
        return company is not null && access.CanRead() ? (company, access) : null;
    }

    /// <summary>The company (tracked) for an edit from <paramref name="version"/> (null: any version).</summary>
    /// <exception cref="NotFoundException">It does not exist or the user may not edit it.</exception>
    /// <exception cref="ConcurrencyConflictException">It changed since the editor read <paramref name="version"/>.</exception>
    public static async Task<Company> EditableAsync(this IAppDbContext db, UserContext user, Guid companyId, uint? version, CancellationToken cancellationToken)
    {
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null || !AccessPolicy.ForCompany(user, company.Id, company.ZoneId).CanEdit())
        {
            throw new NotFoundException(nameof(Company), companyId);
        }

        if (version is { } v && company.Version != v)
        {
            throw new ConcurrencyConflictException(nameof(Company), companyId);
        }

        return company;
    }
}
