using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Offers;

/// <summary>The offer and needs markets: filters, sorting and paging in the database, anonymised alike.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class OfferBrowseServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _mine = null!;
    private Company _torbali = null!;
    private Company _cigli = null!;

    private OfferBrowseService Market => Database.Services.GetRequiredService<OfferBrowseService>();

    protected override async Task ArrangeAsync()
    {
        _mine = TestData.Company("Benim Mobilya A.Ş.", "Aliağa", "31.01");
        _mine.SetAddress(null, 1);
        _torbali = TestData.Company("Torbalı Döküm A.Ş.", "Torbalı", "24.51");
        _torbali.SetAddress(null, 2);
        _cigli = TestData.Company("Çiğli Çimento A.Ş.", "Çiğli", "23.51");
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_mine, _torbali, _cigli);
            await db.SaveChangesAsync();
        }

        var streams = Database.Services.GetRequiredService<StreamService>();
        await streams.CreateAsync(_mine.Id, Need(ResourceKind.Material, "Kurutma için talaş", "03 01 05", 30, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        await streams.CreateAsync(_torbali.Id, Need(ResourceKind.Material, "Döküm kumu", "10 09 08", 500, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        await streams.CreateAsync(_torbali.Id, Need(ResourceKind.Material, "Rejenerasyon için atık yağ", "13 02 05", 50, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        await streams.CreateAsync(_cigli.Id, Need(ResourceKind.Material, "Klinker katkısı uçucu kül", "10 01 02", 20_000, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        await streams.CreateAsync(_cigli.Id, Need(ResourceKind.Energy, "Proses buharı", null, 5000, QuantityUnit.MegawattHour, QuantityPeriod.PerYear));
        var closed = await streams.CreateAsync(_cigli.Id, Need(ResourceKind.Material, "Eski alçı ihtiyacı", "10 01 05", 100, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        await streams.SetStatusAsync(closed, (await streams.GetForEditAsync(closed))!.Version, StreamStatus.Closed);
        await streams.CreateAsync(_torbali.Id, new StreamInput(StreamDirection.Offer, ResourceKind.Material, "Döküm kumu fazlası", "10 09 08", 700, QuantityUnit.Tonne, QuantityPeriod.PerYear));
    }

    private static StreamInput Need(ResourceKind kind, string description, string? ewc, decimal amount, QuantityUnit unit, QuantityPeriod period) =>
        new(StreamDirection.Need, kind, description, ewc, amount, unit, period, PricePerUnit: 987.65m);

    private async Task<List<string>> NeedsAsync(MarketFilter filter, string? sortBy = null, bool descending = false) =>
        [.. (await Market.ListAsync(StreamDirection.Need, new PageRequest(SortBy: sortBy, Descending: descending), filter)).Items.Select(i => i.Description)];

    [Fact]
    public void ActiveCount_CountsEachFilterThatNarrowsTheMarket()
    {
        Assert.Equal(0, MarketFilter.None.ActiveCount());
        Assert.Equal(2, new MarketFilter(EwcChapter: "10", Hazardous: false).ActiveCount());
        Assert.Equal(4, new MarketFilter(District: "Torbalı", ZoneId: 3, Band: 0, Kind: ResourceKind.Water).ActiveCount());
    }

    [Fact]
    public async Task ListNeeds_NoFilter_ActiveNeedsOnly()
    {
        var page = await Market.ListAsync(StreamDirection.Need, new PageRequest(), MarketFilter.None);

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(
            ["Döküm kumu", "Klinker katkısı uçucu kül", "Kurutma için talaş", "Proses buharı", "Rejenerasyon için atık yağ"],
            page.Items.Select(i => i.Description).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListNeeds_EachFilter_KeepsOnlyItsRows()
    {
        Assert.Equal(["Döküm kumu", "Klinker katkısı uçucu kül"], (await NeedsAsync(new MarketFilter(EwcChapter: "10"), "material")));
        Assert.Equal(["Döküm kumu", "Rejenerasyon için atık yağ"], await NeedsAsync(new MarketFilter(District: "Torbalı"), "material"));

        // 30 t a month is 360 t a year: the 100–1.000 band, as the 500 t a year.
        Assert.Equal(["Döküm kumu", "Kurutma için talaş"], await NeedsAsync(new MarketFilter(Band: 2), "material"));
        Assert.Equal(["Klinker katkısı uçucu kül"], await NeedsAsync(new MarketFilter(Band: 4)));
        Assert.Equal(["Rejenerasyon için atık yağ"], await NeedsAsync(new MarketFilter(Hazardous: true)));
        Assert.DoesNotContain("Rejenerasyon için atık yağ", await NeedsAsync(new MarketFilter(Hazardous: false)));
        Assert.Equal(["Proses buharı"], await NeedsAsync(new MarketFilter(Kind: ResourceKind.Energy)));
        Assert.Equal(["Döküm kumu"], await NeedsAsync(new MarketFilter(EwcChapter: "10", District: "Torbalı", Hazardous: false)));
    }

    [Fact]
    public async Task ListOffers_SameFilters_OffersOnly()
    {
        var page = await Market.ListAsync(StreamDirection.Offer, new PageRequest(), new MarketFilter(EwcChapter: "10", District: "Torbalı"));

        Assert.Equal(["Döküm kumu fazlası"], page.Items.Select(i => i.Description));
    }

    [Fact]
    public async Task ListNeeds_Paging_EveryRowOnceAndTheSameTotal()
    {
        var seen = new List<Guid>();
        for (var p = 0; p < 3; p++)
        {
            var page = await Market.ListAsync(StreamDirection.Need, new PageRequest(p, 2, "quantity"), MarketFilter.None);
            Assert.Equal(5, page.TotalCount);
            seen.AddRange(page.Items.Select(i => i.Id));
        }

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Empty((await Market.ListAsync(StreamDirection.Need, new PageRequest(3, 2), MarketFilter.None)).Items);
    }

    [Fact]
    public async Task ListNeeds_SortByQuantity_ByBandNotByTheHiddenAmount()
    {
        var up = (await Market.ListAsync(StreamDirection.Need, new PageRequest(SortBy: "quantity"), MarketFilter.None)).Items;
        var down = (await Market.ListAsync(StreamDirection.Need, new PageRequest(SortBy: "quantity", Descending: true), MarketFilter.None)).Items;

        Assert.Equal(up.Select(i => i.Band.From).Order(), up.Select(i => i.Band.From));
        Assert.Equal(down.Select(i => i.Band.From).OrderDescending(), down.Select(i => i.Band.From));

        // Inside one band (360 and 500 t a year) the order is the random id's, the same both ways.
        var band2Up = up.Where(i => i.Band.From == 100).Select(i => i.Id).ToList();
        var band2Down = down.Where(i => i.Band.From == 100).Select(i => i.Id).ToList();
        Assert.Equal(band2Up.Order(), band2Up);
        Assert.Equal(band2Down.Order(), band2Down);
    }

    [Fact]
    public async Task ListNeeds_FirmUser_OtherFirmsAnonymisedOwnNamed()
    {
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_mine.Id);

        var items = (await Market.ListAsync(StreamDirection.Need, new PageRequest(), MarketFilter.None)).Items;

        var own = Assert.Single(items, i => i.Description == "Kurutma için talaş");
        Assert.Equal((_mine.Id, _mine.LegalName), (own.CompanyId!.Value, own.CompanyName!));
        Assert.All(items.Where(i => i != own), i => Assert.True(i.CompanyId is null && i.CompanyName is null));
        var sand = Assert.Single(items, i => i.Description == "Döküm kumu");
        Assert.Equal(("Torbalı", 100d, 1000d), (sand.District, sand.Band.From, sand.Band.To!.Value));
    }

    [Fact]
    public async Task ListNeeds_ZoneFilter_OnlyAmongFirmsTheReaderReadsInFull()
    {
        // The zone of an anonymous firm is not shown, so a firm user cannot find it by filtering.
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_mine.Id);
        Assert.Empty(await NeedsAsync(new MarketFilter(ZoneId: 2)));
        Assert.Equal(["Kurutma için talaş"], await NeedsAsync(new MarketFilter(ZoneId: 1)));

        Database.CurrentUser.User = TestCurrentUser.Staff(2);
        Assert.Equal(["Döküm kumu", "Rejenerasyon için atık yağ"], await NeedsAsync(new MarketFilter(ZoneId: 2), "material"));
        Assert.Empty(await NeedsAsync(new MarketFilter(ZoneId: 1)));

        Database.CurrentUser.User = TestCurrentUser.Admin;
        Assert.Equal(["Döküm kumu", "Rejenerasyon için atık yağ"], await NeedsAsync(new MarketFilter(ZoneId: 2), "material"));
    }

    [Theory]
    [InlineData("1x", null, null, "EwcChapter")]
    [InlineData(null, 6, null, "Band")]
    [InlineData(null, -1, null, "Band")]
    [InlineData(null, null, "Çi\0ğli", "District")]
    public async Task ListNeeds_BadFilter_RefusedAtTheField(string? chapter, int? band, string? district, string field)
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Market.ListAsync(StreamDirection.Need, new PageRequest(), new MarketFilter(EwcChapter: chapter, District: district, Band: band)));

        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }

    [Fact]
    public async Task Districts_OfTheMarketsFirms()
    {
        Assert.Equal(["Aliağa", "Çiğli", "Torbalı"], await Market.DistrictsAsync(StreamDirection.Need));
        Assert.Equal(["Torbalı"], await Market.DistrictsAsync(StreamDirection.Offer));
    }
}
