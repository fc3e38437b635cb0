using IzmirSymbiosis.Application.Common.Models;

namespace IzmirSymbiosis.Web.Components.Shared;

/// <summary>
/// The state of a plain list read one server page at a time (the match browser, the markets): the page,
/// its size, the order, the search, and the rows on screen. A new search, filter or order starts at the
/// first page; the newest read wins (<see cref="LatestRead"/>).
/// </summary>
/// <param name="read">Reads one page; it may read what its rows need too, before it returns.</param>
public sealed class PlainList<T>(Func<PageRequest, CancellationToken, Task<PagedResult<T>>> read)
{
    private readonly LatestRead _reads = new();

    /// <summary>The page shown, from 0.</summary>
    public int Page { get; private set; }

    /// <summary>Rows per page.</summary>
    public int PageSize { get; private set; } = 25;

    /// <summary>The column the list is sorted by (empty: the service's default order).</summary>
    public string Sort { get; private set; } = string.Empty;

    /// <summary>Whether the order is descending.</summary>
    public bool Descending { get; private set; }

    /// <summary>The search text.</summary>
    public string? Search { get; private set; }

    /// <summary>The rows on screen.</summary>
    public IReadOnlyList<T> Rows { get; private set; } = [];

    /// <summary>How many rows all pages hold.</summary>
    public int Total { get; private set; }

    /// <summary>Whether a page has been read (before that, the list says its rows are coming).</summary>
    public bool Loaded { get; private set; }

    /// <summary>Sets the first page size without reading.</summary>
    public PlainList<T> WithPageSize(int pageSize)
    {
        PageSize = pageSize;
        return this;
    }

    /// <summary>Sets the first order without reading.</summary>
    public PlainList<T> SortedBy(string sort, bool descending)
    {
        (Sort, Descending) = (sort, descending);
        return this;
    }

    /// <summary>Reads the page shown again; a read still running is cancelled.</summary>
    public Task LoadAsync() => _reads.RunAsync(
        cancellationToken => read(new PageRequest(Page, PageSize, Sort.Length == 0 ? null : Sort, Descending, Search), cancellationToken),
        page => (Rows, Total, Loaded) = (page.Items, page.TotalCount, true));

    /// <summary>Another order (a header or the phone's select), from the first page.</summary>
    public Task SortAsync((string Sort, bool Descending) sort) => ReloadAsync(() => (Sort, Descending) = sort);

    /// <summary>Another page or page size (the pager).</summary>
    public Task PageAsync((int Page, int PageSize) page)
    {
        (Page, PageSize) = page;
        return LoadAsync();
    }

    /// <summary>Another search, from the first page.</summary>
    public Task SearchAsync(string? text) => ReloadAsync(() => Search = text);

    /// <summary>Applies a change of the caller's filter and reads from the first page.</summary>
    public async Task ReloadAsync(Action change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change();
        Page = 0;
        await LoadAsync();
    }
}
