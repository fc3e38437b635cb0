using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Field;

/// <summary>Workshops and their synergy topics through the real database, access rule and exchange workflow.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class WorkshopServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly DateOnly s_today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));
    private Company _quarry = null!;
    private Company _cement = null!;
    private ResourceStream _dust = null!;
    private int _zone;
    private int _otherZone;

    private WorkshopService Workshops => Database.Services.GetRequiredService<WorkshopService>();

    private static UserContext Expert() => new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        var zones = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync();
        (_zone, _otherZone) = (zones[0], zones[1]);
        _quarry = TestData.Company("Kemalpaşa Mermer A.Ş.", "Kemalpaşa", "23.70");
        _quarry.SetAddress(null, _zone);
        _cement = TestData.Company("Ege Çimento A.Ş.", "Bornova", "23.51");
        _cement.SetAddress(null, _zone);
        _dust = new ResourceStream(_quarry.Id, StreamDirection.Offer, ResourceKind.Material, "Mermer tozu", new Quantity(120, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        db.Companies.AddRange(_quarry, _cement);
        db.Streams.Add(_dust);
        await db.SaveChangesAsync();
        Database.CurrentUser.User = TestCurrentUser.Staff(_zone);
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private WorkshopInput Workshop(params TopicInput[] topics) => new(
        s_today.AddDays(-1),
        "İAOSB Konferans Salonu, Çiğli",
        "İZKA ve UNDP",
        _zone,
        null,
        [new ParticipantCountInput(StakeholderType.Firm, Gender.Female, 12), new ParticipantCountInput(StakeholderType.Firm, Gender.Male, 20)],
        topics);

    private TopicInput DustToCement(Guid? offer = null) => new(null, "Mermer tozu", DonorCompanyId: _quarry.Id, ReceiverCompanyId: _cement.Id, OfferStreamId: offer ?? _dust.Id);

    [Fact]
    public async Task Create_TopicWithBothFirmsAndOffer_BecomesAnIdentifiedExchangeInTheSameSave()
    {
        var saved = await Workshops.CreateAsync(Workshop(DustToCement(), new TopicInput(null, "Atık ısı", DonorNace: "24", ReceiverNace: "10.51")));

        var detail = await Workshops.GetAsync(saved.Id);
        var exchangeId = detail!.Topics[0].ExchangeId;
        Assert.NotNull(exchangeId);
        Assert.Null(detail.Topics[1].ExchangeId);
        await using var db = Database.CreateContext();
        var exchange = await db.Exchanges.SingleAsync();
        Assert.Equal((exchangeId, ExchangeStage.Identified, _quarry.Id, _cement.Id, _dust.Id), (exchange.Id, exchange.Stage, exchange.DonorCompanyId, exchange.ReceiverCompanyId, exchange.OfferStreamId));
        var row = Assert.Single((await Workshops.ListAsync(new WorkshopFilter(), new PageRequest())).Items);
        Assert.Equal((32, 12, 2, 1), (row.Participants, row.Women, row.Topics, row.Exchanges));
    }

    [Fact]
    public async Task Update_KeepsTheTopicsExchange_AndRefusesChangingItsFirms()
    {
        var saved = await Workshops.CreateAsync(Workshop(DustToCement()));
        var topic = (await Workshops.GetAsync(saved.Id))!.Topics[0];

        var version = await Workshops.UpdateAsync(saved.Id, saved.Version, Workshop(topic.Input with { Material = "Mermer tozu (kalsit)" }));
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Workshops.UpdateAsync(saved.Id, version, Workshop(topic.Input with { ReceiverCompanyId = null, ReceiverNace = "23.51" })));

        Assert.Equal("Workshop.TopicHasExchange", Assert.Single(e.Errors).Code);
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Exchanges.CountAsync());
        Assert.Equal(topic.ExchangeId, (await Workshops.GetAsync(saved.Id))!.Topics[0].ExchangeId);
    }

    [Fact]
    public async Task Create_WithBadRows_ReportsThemAtTheirRowsAndSavesNothing()
    {
        var input = Workshop(
            new TopicInput(null, " ", DonorNace: "24"),
            new TopicInput(null, "Cüruf", DonorNace: "24.1x", ReceiverNace: "23"),
            DustToCement(offer: Guid.NewGuid())) with
        {
            Place = null,
            Participants = [new ParticipantCountInput(StakeholderType.University, Gender.Female, 0)],
        };

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Workshops.CreateAsync(input));

        Assert.Equal(
            ["Participants[0].Count", "Place", "Topics[0].Material", "Topics[1].DonorNace", "Topics[2].OfferStreamId"],
            e.Errors.Select(x => x.Field).Order(StringComparer.Ordinal));
        await using var db = Database.CreateContext();
        Assert.Equal((0, 0), (await db.Workshops.CountAsync(), await db.Exchanges.CountAsync()));
    }

    [Fact]
    public async Task Create_WhenTheExchangeIsRefused_SavesNeitherWorkshopNorExchange()
    {
        // An open exchange of the same offer and receiver exists: the topic's exchange is refused.
        Database.CurrentUser.User = Expert();
        await Workshops.CreateAsync(Workshop(DustToCement()));

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Workshops.CreateAsync(Workshop(DustToCement())));

        Assert.Equal(("Topics[0].OfferStreamId", "Exchange.AlreadyExists"), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
        await using var db = Database.CreateContext();
        Assert.Equal((1, 1), (await db.Workshops.CountAsync(), await db.Exchanges.CountAsync()));
    }

    [Fact]
    public async Task Update_FromStaleVersion_IsRefused()
    {
        var saved = await Workshops.CreateAsync(Workshop());
        await Workshops.UpdateAsync(saved.Id, saved.Version, Workshop() with { Notes = "Birinci" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Workshops.UpdateAsync(saved.Id, saved.Version, Workshop() with { Notes = "İkinci" }));

        Assert.Equal("Birinci", (await Workshops.GetAsync(saved.Id))!.Input.Notes);
    }

    [Fact]
    public async Task OtherZoneStaffAndFirmUsers_NeitherSeeNorEdit_NorRecordForAnotherZone()
    {
        var saved = await Workshops.CreateAsync(Workshop());

        foreach (var outsider in new[] { TestCurrentUser.Staff(_otherZone), TestCurrentUser.FirmUser(_quarry.Id) })
        {
            Database.CurrentUser.User = outsider;
            Assert.Null(await Workshops.GetAsync(saved.Id));
            Assert.Empty((await Workshops.ListAsync(new WorkshopFilter(), new PageRequest())).Items);
            await Assert.ThrowsAsync<NotFoundException>(() => Workshops.UpdateAsync(saved.Id, saved.Version, Workshop()));
        }

        Database.CurrentUser.User = TestCurrentUser.Staff(_otherZone);
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Workshops.CreateAsync(Workshop()));
        Assert.Equal(("ZoneId", "Workshop.ZoneNotYours"), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_quarry.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => Workshops.CreateAsync(Workshop()));
    }
}
