namespace IzmirSymbiosis.Application.Common.Models;

/// <summary>A page request from a grid: zero-based page, size, sort column and a search text.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false, string? Search = null)
{
    /// <summary>Largest page size a client may ask for.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Highest page number a client may ask for (zero-based).</summary>
    public const int MaxPage = 100_000;

    /// <summary>Rows to skip.</summary>
    public int Skip => Math.Clamp(Page, 0, MaxPage) * Take;

    /// <summary>Rows to take, clamped to 1…<see cref="MaxPageSize"/>.</summary>
    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>
    /// Throws <see cref="ValidationFailedException"/> (fields <c>Page</c>, <c>PageSize</c>, <c>Search</c>)
    /// unless the page, its size and the search are within bounds. Every list service calls it first.
    /// </summary>
    public void ThrowIfInvalid()
    {
        var errors = new ErrorCollector();
        if (Page is < 0 or > MaxPage)
        {
            errors.Add(new FieldError(nameof(Page), "Paging.PageRange", [MaxPage]));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new FieldError(nameof(PageSize), "Paging.PageSizeRange", [MaxPageSize]));
        }

        if (SearchPattern.Problem(Search) is { } search)
        {
            errors.Add(search);
        }

        errors.ThrowIfAny();
    }
}

/// <summary>One page of rows and the total count.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
