using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;

namespace IzmirSymbiosis.Matching.Model;

/// <summary>A company as the engine sees it.</summary>
/// <param name="Id">Company identifier.</param>
/// <param name="NaceCode">NACE Rev.2 class, dotted (<c>23.51</c>).</param>
/// <param name="Location">Location, when known.</param>
/// <param name="MayReceiveHazardous">Whether the firm holds a permit to take hazardous waste.</param>
public sealed record MatchCompany(Guid Id, string NaceCode, GeoPoint? Location, bool MayReceiveHazardous = false)
{
    /// <summary>Maps a domain company; the hazardous-waste permit is not on the domain entity yet, so the caller passes it.</summary>
    public static MatchCompany FromDomain(Company company, bool mayReceiveHazardous = false)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new MatchCompany(company.Id, company.NaceCode, company.Location, mayReceiveHazardous);
    }
}
