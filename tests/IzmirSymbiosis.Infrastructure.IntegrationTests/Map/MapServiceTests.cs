using System.Text.Json;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Map;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Map;

/// <summary>
/// The map on the demo region: a reader gets the firms they read in full at their points and every
/// other firm only as a count in its area, so no id, name or exact point of a hidden firm is in
/// what the page receives (checked on the serialised data, as the browser would get it); the match
/// lines are the match browser's list under the same filter, bounded, with the full count.
/// </summary>
public sealed class MapServiceTests : IClassFixture<MapServiceTests.DemoRegion>
{
    private readonly TestDatabase _db;

    public MapServiceTests(DemoRegion region)
    {
        _db = region.Database;
        _db.CurrentUser.User = TestCurrentUser.Admin;
    }

    /// <summary>The demo region with its matches and exchanges, seeded once for the class.</summary>
    public sealed class DemoRegion : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync("it_map");
            await Database.Initializer.MigrateAsync();
            await Database.Initializer.SeedReferenceDataAsync();
            await Database.Initializer.SeedDemoDataAsync();
            await Database.Initializer.SeedDemoExchangesAsync();
            await Database.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
        }

        public async Task DisposeAsync() => await Database.DisposeAsync();
    }

    private MapService Maps => _db.Services.GetRequiredService<MapService>();

    [Fact]
    public async Task Get_AsFirmUser_SendsNoIdNameOrExactPointOfAnotherFirm()
    {
        await using var db = _db.CreateContext();
        var own = await db.Matches.GroupBy(m => m.OfferCompanyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        _db.CurrentUser.User = TestCurrentUser.FirmUser(own);

        var map = await Maps.GetAsync(new MapQuery(new MatchFilter(), MaxLines: MapQuery.LineLimit));

        Assert.Equal([own], map.Firms.Select(f => f.Id));
        Assert.NotEmpty(map.Areas);
        Assert.NotEmpty(map.Matches);
        Assert.Contains(map.Matches, l => l.Anonymised);
        await AssertNothingOfHiddenFirmsAsync(map, [own]);
    }

    [Fact]
    public async Task Get_AsZoneStaff_ShowsTheZonesFirmsAtTheirPointsAndCountsEveryOtherMarketFirmInItsArea()
    {
        await using var db = _db.CreateContext();
        var zone = await db.Companies.Where(c => c.ZoneId != null).GroupBy(c => c.ZoneId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
        var zoneFirms = await db.Companies.Where(c => c.ZoneId == zone).ToListAsync();
        _db.CurrentUser.User = TestCurrentUser.Staff(zone);

        var map = await Maps.GetAsync(new MapQuery(new MatchFilter(), MaxLines: MapQuery.LineLimit));

        var located = zoneFirms.Where(c => c.Location is not null).ToList();
        Assert.Equal(located.Select(c => c.Id).ToHashSet(), map.Firms.Select(f => f.Id).ToHashSet());
        Assert.All(map.Firms, f =>
        {
            var firm = located.Single(c => c.Id == f.Id);
            Assert.Equal((firm.Latitude, firm.Longitude), (f.Latitude, f.Longitude));
        });
        Assert.Equal(zoneFirms.Count - located.Count, map.FirmsWithoutLocation);

        // Every other firm the markets show (an active stream, a location) is counted once, in an area.
        var zoneIds = zoneFirms.Select(c => c.Id).ToList();
        var marketFirms = await db.Streams.Where(s => s.Status == StreamStatus.Active && !zoneIds.Contains(s.CompanyId))
            .Join(db.Companies.Where(c => c.Latitude != null), s => s.CompanyId, c => c.Id, (s, c) => c.Id).Distinct().CountAsync();
        Assert.True(marketFirms > 0);
        Assert.Equal(marketFirms, map.Areas.Sum(a => a.Firms));
        Assert.All(map.Areas, a => Assert.Equal((Math.Round(a.Latitude, 1), Math.Round(a.Longitude, 1)), (a.Latitude, a.Longitude)));
        Assert.NotEmpty(map.Zones);
        await AssertNothingOfHiddenFirmsAsync(map, zoneIds);
    }

    [Fact]
    public async Task Get_MatchLines_AreTheMatchBrowsersBestUnderTheSameFilterWithTheFullCount()
    {
        var filter = new MatchFilter(MinScore: 30) { Hazardous = false };
        var browser = await _db.Services.GetRequiredService<MatchQueryService>()
            .ListAsync(new PageRequest(0, 10, "score", Descending: true), filter);
        Assert.True(browser.TotalCount > 10);

        var map = await Maps.GetAsync(new MapQuery(filter, ShowExchanges: false, MaxLines: 10));

        Assert.Equal(browser.Items.Select(m => m.Id), map.Matches.Select(l => l.Id));
        Assert.Equal(browser.TotalCount, map.MatchTotal);
        Assert.Empty(map.Exchanges);

        // A filter the browser would keep nothing for draws nothing.
        var none = await Maps.GetAsync(new MapQuery(new MatchFilter(MinScore: 100) { EwcChapter = "99" }));
        Assert.Empty(none.Matches);
        Assert.Equal(0, none.MatchTotal);
    }

    [Fact]
    public async Task Get_ExchangeLines_AreTheExchangesTheReaderMaySee()
    {
        await using var db = _db.CreateContext();
        var all = await Maps.GetAsync(new MapQuery(new MatchFilter(), ShowMatches: false, MaxLines: MapQuery.LineLimit));
        Assert.NotEmpty(all.Exchanges);
        Assert.Equal(await db.Exchanges.CountAsync(), all.ExchangeTotal);
        Assert.Empty(all.Matches);

        var exchange = await db.Exchanges.FirstAsync();
        _db.CurrentUser.User = TestCurrentUser.FirmUser(exchange.DonorCompanyId);
        var party = await Maps.GetAsync(new MapQuery(new MatchFilter(), ShowMatches: false, MaxLines: MapQuery.LineLimit));

        var own = await db.Exchanges.Where(e => e.DonorCompanyId == exchange.DonorCompanyId || e.ReceiverCompanyId == exchange.DonorCompanyId
            || e.TransporterCompanyId == exchange.DonorCompanyId || e.ProcessorCompanyId == exchange.DonorCompanyId).Select(e => e.Id).ToListAsync();
        Assert.Equal(own.Count, party.ExchangeTotal);
        Assert.Contains(exchange.Id, party.Exchanges.Select(l => l.Id));
        Assert.All(party.Exchanges, l => Assert.Contains(l.Id, own));
    }

    [Fact]
    public async Task Get_LineCountOutOfBounds_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Maps.GetAsync(new MapQuery(new MatchFilter(), MaxLines: MapQuery.LineLimit + 1)));
        Assert.Equal(nameof(MapQuery.MaxLines), Assert.Single(e.Errors).Field);
    }

    [Fact]
    public async Task Get_Anonymous_GetsNothing()
    {
        _db.CurrentUser.User = Application.Security.UserContext.Anonymous;
        var map = await Maps.GetAsync(new MapQuery(new MatchFilter()));
        Assert.Same(MapData.Empty, map);
    }

    /// <summary>
    /// What the page would send to the browser holds no id or name of a firm outside
    /// <paramref name="readable"/>, and no point of the map is such a firm's exact point (unless that
    /// point is its area's centre anyway).
    /// </summary>
    private async Task AssertNothingOfHiddenFirmsAsync(MapData map, IReadOnlyCollection<Guid> readable)
    {
        await using var db = _db.CreateContext();
        var hidden = await db.Companies.Where(c => !readable.Contains(c.Id)).ToListAsync();
        Assert.NotEmpty(hidden);
        var json = JsonSerializer.Serialize(map);
        var points = map.Firms.Select(f => (f.Latitude, f.Longitude))
            .Concat(map.Areas.Select(a => (a.Latitude, a.Longitude)))
            .Concat(map.Matches.Concat(map.Exchanges).SelectMany(l => new[] { (l.FromLatitude, l.FromLongitude), (l.ToLatitude, l.ToLongitude) }))
            .ToHashSet();
        foreach (var firm in hidden)
        {
            Assert.DoesNotContain(firm.Id.ToString(), json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(JsonSerializer.Serialize(firm.LegalName).Trim('"'), json, StringComparison.Ordinal);
            if (firm.Latitude is { } lat && firm.Longitude is { } lon && (Math.Round(lat, 1), Math.Round(lon, 1)) != (lat, lon))
            {
                Assert.DoesNotContain((lat, lon), points);
            }
        }
    }
}
