namespace IzmirSymbiosis.Application.Common.Models;

/// <summary>A page request from a grid: zero-based page, size, sort column and a search text.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false, string? Search = null)
{
    /// <summary>Largest page size a client may ask for.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Rows to skip.</summary>
    public int Skip => Math.Max(0, Page) * Take;

    /// <summary>Rows to take, clamped to 1…<see cref="MaxPageSize"/>.</summary>
    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}

/// <summary>One page of rows and the total count.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
