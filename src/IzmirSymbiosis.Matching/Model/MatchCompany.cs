using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;

namespace IzmirSymbiosis.Matching.Model;

/// <summary>A company as the engine sees it.</summary>
/// <param name="Id">Company identifier.</param>
/// <param name="NaceCode">NACE Rev.2 class, dotted (<c>23.51</c>).</param>
/// <param name="Location">Location, when known.</param>
/// <param name="HazardousPermits">
/// The hazardous codes and prefixes the firm's permits valid on the matching day cover; null or
/// empty when it holds none.
/// </param>
public sealed record MatchCompany(Guid Id, string NaceCode, GeoPoint? Location, PermitCoverage? HazardousPermits = null)
{
    /// <summary>The coverage, never null.</summary>
    public PermitCoverage Permits => HazardousPermits ?? PermitCoverage.None;

    /// <summary>Whether the firm holds any valid hazardous-waste permit (the blocking key of hazardous offers).</summary>
    public bool MayReceiveHazardous => !Permits.IsEmpty;

    /// <summary>
    /// The one mapping of a domain company, its permits included: the codes of the permits valid
    /// on <paramref name="matchingDay"/> (valid-until on or after it) are what it may receive.
    /// </summary>
    public static MatchCompany FromDomain(Company company, DateOnly matchingDay)
    {
        ArgumentNullException.ThrowIfNull(company);
        var permits = PermitCoverage.Of(company.PermitsValidOn(matchingDay).SelectMany(p => p.WasteCodes));
        return new MatchCompany(company.Id, company.NaceCode, company.Location, permits);
    }

    /// <inheritdoc />
    public bool Equals(MatchCompany? other) =>
        other is not null && Id == other.Id && NaceCode == other.NaceCode && Location == other.Location && Permits.Equals(other.Permits);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, NaceCode, Location, Permits);
}
