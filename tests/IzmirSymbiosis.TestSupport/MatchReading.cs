using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Matching;

namespace IzmirSymbiosis.TestSupport;

/// <summary>Reads a company's whole match list through the paged service, as the API and pages read it.</summary>
public static class MatchReading
{
    /// <summary>
    /// Every match of <paramref name="companyId"/> the signed-in user sees, best first, read page
    /// by page; empty when the user may not read the company.
    /// </summary>
    public static async Task<IReadOnlyList<MatchView>> AllForCompanyAsync(this MatchQueryService matches, Guid companyId, bool includeHidden = false)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var all = new List<MatchView>();
        for (var page = 0; ; page++)
        {
            if (await matches.ForCompanyAsync(companyId, includeHidden, new PageRequest(page, PageRequest.MaxPageSize)) is not { } result)
            {
                return [];
            }

            all.AddRange(result.Items);
            if (result.Items.Count < PageRequest.MaxPageSize || all.Count >= result.TotalCount)
            {
                return all;
            }
        }
    }
}
