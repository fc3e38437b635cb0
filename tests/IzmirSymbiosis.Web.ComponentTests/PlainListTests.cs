using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Web.Components.Shared;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>A plain list's state: what each change asks the service for, and which page it returns to.</summary>
public sealed class PlainListTests
{
    private readonly List<PageRequest> _asked = [];

    [Fact]
    public async Task ASearchAnOrderOrAFilter_StartAgainAtTheFirstPage_ThePagerKeepsItsPage()
    {
        var filter = "none";
        var list = new PlainList<int>(ReadAsync).SortedBy("score", descending: true);

        await list.PageAsync((3, 50));
        await list.SearchAsync("kül");
        await list.PageAsync((2, 50));
        await list.SortAsync(("distance", false));
        await list.PageAsync((1, 50));
        await list.ReloadAsync(() => filter = "chapter 10");

        Assert.Equal(
            [
                new PageRequest(3, 50, "score", true, null),
                new PageRequest(0, 50, "score", true, "kül"),
                new PageRequest(2, 50, "score", true, "kül"),
                new PageRequest(0, 50, "distance", false, "kül"),
                new PageRequest(1, 50, "distance", false, "kül"),
                new PageRequest(0, 50, "distance", false, "kül"),
            ],
            _asked);
        Assert.Equal("chapter 10", filter);
    }

    [Fact]
    public async Task TheRowsAndTotalAreThePageRead_AndNoOrderMeansTheServicesDefault()
    {
        var list = new PlainList<int>(ReadAsync);
        Assert.False(list.Loaded);

        await list.LoadAsync();

        Assert.Null(Assert.Single(_asked).SortBy);
        Assert.True(list.Loaded);
        Assert.Equal([0, 1, 2], list.Rows);
        Assert.Equal(103, list.Total);
    }

    private Task<PagedResult<int>> ReadAsync(PageRequest request, CancellationToken cancellationToken)
    {
        _asked.Add(request);
        return Task.FromResult(new PagedResult<int>([request.Page, request.Page + 1, request.Page + 2], 103));
    }
}
