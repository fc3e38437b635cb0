using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>
/// The match browser's distance filter and sort, in SQL on the stored matches of firms at known
/// places: the exact road km where the reader sees both firms, only the anonymised band elsewhere
/// (so neither the filter nor the order tells the hidden firm's place), unknown distances last and
/// never kept by the filter, equal keys in a fixed order.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class MatchDistanceFilterTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private CrossZoneMatches _region = null!;

    private MatchQueryService Matches => Database.Services.GetRequiredService<MatchQueryService>();

    protected override async Task ArrangeAsync() => _region = await CrossZoneMatches.ArrangeAsync(Database);

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MaxDistance_ForAReaderOfBothFirms_KeepsTheExactKmWithin_AndNeverAnUnknownOne()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        var r = _region;

        Assert.Equal([r.SameZoneMatch.Id, r.NearMatch.Id], await IdsAsync(new MatchFilter { MaxDistanceKm = 20 }, "distance"));
        Assert.Equal([r.SameZoneMatch.Id, r.NearMatch.Id, r.MidMatch.Id], await IdsAsync(new MatchFilter { MaxDistanceKm = 25 }, "distance"));
        Assert.Equal([r.SameZoneMatch.Id, r.NearMatch.Id, r.MidMatch.Id, r.FarMatch.Id], await IdsAsync(new MatchFilter { MaxDistanceKm = 1000 }, "distance"));
        Assert.Equal([r.SameZoneMatch.Id], await IdsAsync(new MatchFilter { MaxDistanceKm = 2 }, "distance"));
    }

    [Fact]
    public async Task SortByDistance_Exact_BothWays_UnknownLast()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        var r = _region;

        Assert.Equal([r.SameZoneMatch.Id, r.NearMatch.Id, r.MidMatch.Id, r.FarMatch.Id, r.UnlocatedMatch.Id], await IdsAsync(new MatchFilter(), "distance"));
        Assert.Equal([r.FarMatch.Id, r.MidMatch.Id, r.NearMatch.Id, r.SameZoneMatch.Id, r.UnlocatedMatch.Id], await IdsAsync(new MatchFilter(), "distance", descending: true));
    }

    [Fact]
    public async Task StaffOfTheReceiversZone_FilterAndSortOnTheBandTheySee_NotOnTheHiddenKm()
    {
        Database.CurrentUser.User = TestCurrentUser.Staff(_region.ReceiverZone);
        var r = _region;

        // The donor is hidden: the rows show 0–10 and 25–50 km (and Torbalı, of a third zone, not at all).
        var all = (await Matches.ListAsync(new PageRequest(0, 100, "distance", false), new MatchFilter())).Items;
        Assert.Equal([r.NearMatch.Id, r.MidMatch.Id, r.UnlocatedMatch.Id], all.Select(m => m.Id).ToList());
        Assert.All(all, m => Assert.Null(m.RoadKm));
        Assert.Equal(new Domain.Matches.DistanceBand(25, 50), all[1].Distance);

        // 21.9 km is within 25, but the row says 25–50 km: kept only once the whole band is.
        Assert.Equal([r.NearMatch.Id], await IdsAsync(new MatchFilter { MaxDistanceKm = 25 }, "distance"));
        Assert.Equal([r.NearMatch.Id, r.MidMatch.Id], await IdsAsync(new MatchFilter { MaxDistanceKm = 50 }, "distance"));
    }

    [Fact]
    public async Task StaffOfTheDonorsZone_SeeExactKmOfTheirOwnPair_AndBandsOfTheOthers()
    {
        Database.CurrentUser.User = TestCurrentUser.Staff(_region.DonorZone);
        var r = _region;

        var sorted = (await Matches.ListAsync(new PageRequest(0, 100, "distance", true), new MatchFilter())).Items;

        // Descending: 97.8 and 28.9 km between the areas, 1.8 km exact, 0 between the areas, then unknown.
        Assert.Equal([r.FarMatch.Id, r.MidMatch.Id, r.SameZoneMatch.Id, r.NearMatch.Id, r.UnlocatedMatch.Id], sorted.Select(m => m.Id).ToList());
        Assert.Equal(1.8, sorted[2].RoadKm);
        Assert.Equal([r.NearMatch.Id, r.SameZoneMatch.Id], await IdsAsync(new MatchFilter { MaxDistanceKm = 10 }, "distance"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task MaxDistance_NotAPositiveNumber_IsRefusedAtTheField(double km)
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Matches.ListAsync(new PageRequest(), new MatchFilter { MaxDistanceKm = km }));
        var error = Assert.Single(e.Errors);
        Assert.Equal("MaxDistanceKm", error.Field);
        Assert.Equal("Match.MaxDistancePositive", error.Code);
    }

    private async Task<List<Guid>> IdsAsync(MatchFilter filter, string sort, bool descending = false) =>
        [.. (await Matches.ListAsync(new PageRequest(0, 100, sort, descending), filter)).Items.Select(m => m.Id)];
}
