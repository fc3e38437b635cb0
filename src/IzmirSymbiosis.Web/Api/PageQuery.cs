using IzmirSymbiosis.Application.Common.Models;

namespace IzmirSymbiosis.Web.Api;

/// <summary>Paging, sorting and search of a list endpoint (query string).</summary>
/// <param name="Page">Zero-based page.</param>
/// <param name="PageSize">Rows per page (1–200, default 25).</param>
/// <param name="Search">Words that must all match (Turkish-aware: <c>izmir</c> finds <c>İZMİR</c>).</param>
/// <param name="SortBy">Sort key of the list.</param>
/// <param name="Descending">Sort descending.</param>
public sealed record PageQuery(int? Page, int? PageSize, string? Search, string? SortBy, bool? Descending)
{
    /// <summary>The application's page request.</summary>
    public PageRequest ToRequest() => new(Page ?? 0, PageSize ?? 25, SortBy, Descending ?? false, Search);
}

/// <summary>The new version after a change; send it with the next change.</summary>
public sealed record VersionResponse(Guid Id, uint Version);
