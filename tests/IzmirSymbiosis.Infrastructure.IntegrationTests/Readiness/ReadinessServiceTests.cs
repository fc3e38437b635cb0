using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Readiness;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Readiness;

/// <summary>
/// Readiness assessments through the real database and the exchange access rule: who reads, who
/// assesses, history kept, stale and concurrent assessments told, and the distribution counted
/// from current assessments within what the user sees.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class ReadinessServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly DateOnly s_start = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);
    private Company _donor = null!;
    private Company _receiver = null!;
    private Company _otherReceiver = null!;
    private Company _thirdFirm = null!;
    private Company _farFirm = null!;
    private ResourceStream _offer = null!;
    private ResourceStream _farOffer = null!;
    private int _zone;
    private int _otherZone;

    private ExchangeService Exchanges => Database.Services.GetRequiredService<ExchangeService>();

    private ReadinessService Readiness => Database.Services.GetRequiredService<ReadinessService>();

    private static UserContext Expert() => new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());

    private static ReadinessInput Levels(int basedOn, params int[] levels) =>
        new(basedOn, [.. ReadinessScale.Perspectives.Select((p, i) => new ReadinessRatingInput(p, levels[i], null))]);

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        var zones = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync();
        (_zone, _otherZone) = (zones[0], zones[1]);
        _donor = TestData.Company("Kemalpaşa Döküm A.Ş.");
        _donor.SetAddress(null, _zone);
        _receiver = TestData.Company("Ege Çimento A.Ş.");
        _receiver.SetAddress(null, _zone);
        _otherReceiver = TestData.Company("Torbalı Tuğla A.Ş.");
        _otherReceiver.SetAddress(null, _zone);
        _thirdFirm = TestData.Company("Rakip Döküm A.Ş.");
        _thirdFirm.SetAddress(null, _zone);
        _farFirm = TestData.Company("Aliağa Çelik A.Ş.");
        _farFirm.SetAddress(null, _otherZone);
        _offer = new ResourceStream(_donor.Id, StreamDirection.Offer, ResourceKind.Material, "Döküm kumu", new Quantity(50, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        _offer.Describe("Kullanılmış döküm kumu", "10 09 08");
        _farOffer = new ResourceStream(_farFirm.Id, StreamDirection.Offer, ResourceKind.Material, "Cüruf", new Quantity(80, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        _farOffer.Describe("Elektrik ark ocağı cürufu", "10 02 02");
        db.Companies.AddRange(_donor, _receiver, _otherReceiver, _thirdFirm, _farFirm);
        db.Streams.AddRange(_offer, _farOffer);
        await db.SaveChangesAsync();
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private async Task<Guid> CreateAsync(ResourceStream? offer = null, Company? receiver = null, int? zone = null)
    {
        Database.CurrentUser.User = TestCurrentUser.Staff(zone ?? _zone);
        var draft = new ExchangeInput
        {
            Title = "Döküm kumu → çimento",
            AgreedAmount = 50,
            AgreedUnit = QuantityUnit.Tonne,
            AgreedPeriod = QuantityPeriod.PerMonth,
            Route = ExchangeRoute.WasteRecovery,
            RecoveryOperation = "R5",
            TransportMode = TransportMode.Road,
            DistanceKm = 25,
            PlannedStart = s_start,
        };
        return (await Exchanges.CreateAsync(new NewExchange(draft, OfferStreamId: (offer ?? _offer).Id, ReceiverCompanyId: (receiver ?? _receiver).Id))).Id;
    }

    private async Task<ReadinessAssessmentView> AssessAsync(UserContext user, Guid id, ReadinessInput input)
    {
        Database.CurrentUser.User = user;
        return await Readiness.AssessAsync(id, input);
    }

    private async Task<ExchangeReadiness?> ReadAsync(UserContext user, Guid id)
    {
        Database.CurrentUser.User = user;
        return await Readiness.ForExchangeAsync(id);
    }

    [Fact]
    public async Task Assess_ByAnExpert_IsReadByThePartiesAndZoneStaff_WithItsAuditRow()
    {
        var id = await CreateAsync();
        var expert = Expert();

        var view = await AssessAsync(expert, id, new ReadinessInput(0,
        [
            new(ReadinessPerspective.Technology, 4, "  Çimento fabrikası numuneyi laboratuvarda denedi. "),
            new(ReadinessPerspective.Business, 3, null),
            new(ReadinessPerspective.Organisational, 2, null),
            new(ReadinessPerspective.Legal, 3, "R5 yolu uygun; alıcının lisansı kontrol edilecek."),
            new(ReadinessPerspective.Societal, 2, null),
            new(ReadinessPerspective.Environmental, 4, null),
        ]));

        Assert.Equal((1, 4, "Çimento fabrikası numuneyi laboratuvarda denedi."), (view.Sequence, view.Of(ReadinessPerspective.Technology).Level, view.Of(ReadinessPerspective.Technology).Note));
        Assert.Equal("Technology validated in lab", view.Of(ReadinessPerspective.Technology).Definition.LabelEn);
        foreach (var reader in new[] { TestCurrentUser.FirmUser(_donor.Id), TestCurrentUser.FirmUser(_receiver.Id), TestCurrentUser.Staff(_zone), Expert(), TestCurrentUser.Admin })
        {
            var readiness = (await ReadAsync(reader, id))!;
            Assert.Equal(view.Id, readiness.Current!.Id);
            Assert.Equal([4, 3, 2, 3, 2, 4], readiness.Current.Ratings.Select(r => r.Level));
        }

        Assert.False((await ReadAsync(TestCurrentUser.FirmUser(_donor.Id), id))!.MayAssess);
        Assert.False((await ReadAsync(TestCurrentUser.Admin, id))!.MayAssess);
        Assert.True((await ReadAsync(TestCurrentUser.Staff(_zone), id))!.MayAssess);
        Assert.True((await ReadAsync(Expert(), id))!.MayAssess);
        await using var db = Database.CreateContext();
        var audit = await db.AuditEvents.SingleAsync(a => a.EventType == AuditEventTypes.ReadinessAssessed && a.Details!.StartsWith($"exchange {id}"));
        Assert.Equal(expert.UserId, audit.ActorUserId);
        Assert.Contains("Technology=4", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_AgainFromTheCurrentOne_AddsANewAssessmentAndKeepsTheHistory()
    {
        var id = await CreateAsync();
        var first = await AssessAsync(Expert(), id, Levels(0, 2, 2, 2, 2, 2, 2));

        var second = await AssessAsync(TestCurrentUser.Staff(_zone), id, Levels(1, 5, 4, 4, 5, 3, 4));

        var readiness = (await ReadAsync(Expert(), id))!;
        Assert.Equal([second.Id, first.Id], readiness.History.Select(h => h.Id));
        Assert.Equal((2, 2), (readiness.CurrentSequence, readiness.History[1].Of(ReadinessPerspective.Legal).Level));
        Assert.Equal(5, readiness.Current!.Of(ReadinessPerspective.Legal).Level);
    }

    [Fact]
    public async Task ThirdFirm_AndStaffOfAnotherZone_FindNothing_AndPartiesOrAdminsMayNotAssess()
    {
        var id = await CreateAsync();
        await AssessAsync(Expert(), id, Levels(0, 3, 3, 3, 3, 3, 3));

        foreach (var stranger in new[] { TestCurrentUser.FirmUser(_thirdFirm.Id), TestCurrentUser.Staff(_otherZone), UserContext.Anonymous })
        {
            Assert.Null(await ReadAsync(stranger, id));
            await Assert.ThrowsAsync<NotFoundException>(() => AssessAsync(stranger, id, Levels(1, 4, 4, 4, 4, 4, 4)));
        }

        foreach (var reader in new[] { TestCurrentUser.FirmUser(_receiver.Id), TestCurrentUser.Admin })
        {
            var refused = await Assert.ThrowsAsync<ReadinessActionRefusedException>(() => AssessAsync(reader, id, Levels(1, 4, 4, 4, 4, 4, 4)));
            Assert.Equal("Readiness.OnlyAssessors", refused.ReasonKey);
        }

        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.ReadinessAssessments.CountAsync(a => a.ExchangeId == id));
    }

    [Fact]
    public async Task Assess_FromAnOlderAssessment_IsToldAndAddsNothing()
    {
        var id = await CreateAsync();
        await AssessAsync(Expert(), id, Levels(0, 3, 3, 3, 3, 3, 3));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AssessAsync(Expert(), id, Levels(0, 7, 7, 7, 7, 7, 7)));

        Assert.All((await ReadAsync(Expert(), id))!.History, h => Assert.Equal(1, h.Sequence));
    }

    [Fact]
    public async Task Assess_TwoAssessorsAtOnceFromTheSameAssessment_OneWins_TheOtherIsTold()
    {
        var id = await CreateAsync();
        await AssessAsync(Expert(), id, Levels(0, 3, 3, 3, 3, 3, 3));
        var sp = Database.Services;
        var gate = new Barrier(2);
        var assessors = new[] { Expert(), TestCurrentUser.Staff(_zone) };
        var attempts = assessors.Select((user, i) => Task.Run(async () =>
        {
            // Each assessor has a service of their own: own user, own context and connection.
            var service = new ReadinessService(sp.GetRequiredService<IAppDbContextFactory>(), new FixedUser(user), sp.GetRequiredService<IAccountDirectory>(), TimeProvider.System);
            gate.SignalAndWait();
            try
            {
                return (object)await service.AssessAsync(id, Levels(1, 5 + i, 5, 5, 5, 5, 5));
            }
            catch (ConcurrencyConflictException e)
            {
                return e;
            }
        })).ToList();

        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes.OfType<ReadinessAssessmentView>());
        Assert.Single(outcomes.OfType<ConcurrencyConflictException>());
        var readiness = (await ReadAsync(Expert(), id))!;
        Assert.Equal([2, 1], readiness.History.Select(h => h.Sequence));
        Assert.Equal(winner.Id, readiness.Current!.Id);
        await using var db = Database.CreateContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.EventType == AuditEventTypes.ReadinessAssessed && a.Details!.StartsWith($"exchange {id}")));
    }

    [Fact]
    public async Task Assess_WithMissingOrOutOfRangeLevelsAndLongNotes_NamesEachFieldAndSavesNothing()
    {
        var id = await CreateAsync();
        var input = new ReadinessInput(0,
        [
            new(ReadinessPerspective.Technology, 0, null),
            new(ReadinessPerspective.Business, 10, null),
            new(ReadinessPerspective.Organisational, null, null),
            new(ReadinessPerspective.Legal, 4, new string('a', 501)),
            new(ReadinessPerspective.Societal, 4, null),
        ]);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => AssessAsync(Expert(), id, input));

        Assert.Equal(
            [("Technology", "Readiness.LevelRange"), ("Business", "Readiness.LevelRange"), ("Organisational", "Readiness.PerspectiveMissing"),
             ("LegalNote", "Readiness.NoteTooLong"), ("Environmental", "Readiness.PerspectiveMissing")],
            e.Errors.Select(x => (x.Field, x.Code)));
        Assert.Equal([1, 9], e.Errors[0].Args);
        await using var db = Database.CreateContext();
        Assert.False(await db.ReadinessAssessments.AnyAsync());
    }

    [Fact]
    public async Task Assess_AWithdrawnExchange_IsRefusedAsClosed()
    {
        var id = await CreateAsync();
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_donor.Id);
        await Exchanges.TransitionAsync(id, new TransitionRequest(ExchangeAction.Withdraw, 1, "Vazgeçildi"));

        var refused = await Assert.ThrowsAsync<ReadinessActionRefusedException>(() => AssessAsync(Expert(), id, Levels(0, 3, 3, 3, 3, 3, 3)));

        Assert.Equal("Readiness.Closed", refused.ReasonKey);
        Assert.False((await ReadAsync(Expert(), id))!.MayAssess);
    }

    [Fact]
    public async Task Distribution_CountsTheCurrentAssessmentOfEachExchange_WithinWhatTheUserSees()
    {
        var a = await CreateAsync();
        var b = await CreateAsync(receiver: _otherReceiver);
        var far = await CreateAsync(_farOffer, _receiver, _otherZone);
        await CreateAsync(_farOffer, _otherReceiver, _otherZone); // never assessed
        await AssessAsync(Expert(), a, Levels(0, 2, 2, 2, 2, 2, 2));
        await AssessAsync(Expert(), a, Levels(1, 4, 3, 2, 5, 1, 9));
        await AssessAsync(TestCurrentUser.Staff(_zone), b, Levels(0, 4, 1, 2, 3, 1, 8));
        await AssessAsync(TestCurrentUser.Staff(_otherZone), far, Levels(0, 7, 7, 7, 7, 7, 7));

        Database.CurrentUser.User = Expert();
        var region = await Readiness.DistributionAsync();

        Assert.Equal((4, 3), (region.Exchanges, region.Assessed));
        Assert.Equal([0, 0, 0, 2, 0, 0, 1, 0, 0], region.Perspectives[0].Counts);
        Assert.Equal((2, 1), (region.Perspectives[2].At(2), region.Perspectives[2].At(7)));
        Assert.Equal((1, 1, 1), (region.Perspectives[5].At(7), region.Perspectives[5].At(8), region.Perspectives[5].At(9)));
        Assert.Equal(4, region.Perspectives[0].Median);
        Assert.All(region.Perspectives, p => Assert.Equal(3, p.Counts.Sum()));

        // Staff of the first zone: the three exchanges with a firm of their zone (the far one's receiver is theirs).
        Database.CurrentUser.User = TestCurrentUser.Staff(_zone);
        var zone = await Readiness.DistributionAsync();
        Assert.Equal((4, 3), (zone.Exchanges, zone.Assessed));

        // Staff of the other zone only see the exchanges of the far firm; one of them is assessed.
        Database.CurrentUser.User = TestCurrentUser.Staff(_otherZone);
        var other = await Readiness.DistributionAsync();
        Assert.Equal((2, 1), (other.Exchanges, other.Assessed));
        Assert.Equal(1, other.Perspectives[0].At(7));

        // A firm user: only its own exchanges.
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_otherReceiver.Id);
        var firm = await Readiness.DistributionAsync();
        Assert.Equal((2, 1), (firm.Exchanges, firm.Assessed));

        // An expert narrowing to the other zone.
        Database.CurrentUser.User = Expert();
        var narrowed = await Readiness.DistributionAsync(new ReadinessScope(ZoneId: _otherZone));
        Assert.Equal((2, 1), (narrowed.Exchanges, narrowed.Assessed));
        Database.CurrentUser.User = UserContext.Anonymous;
        Assert.Equal((0, 0), ((await Readiness.DistributionAsync()).Exchanges, (await Readiness.DistributionAsync()).Assessed));
    }

    [Fact]
    public async Task Database_RefusesToChangeAnAssessment()
    {
        var id = await CreateAsync();
        await AssessAsync(Expert(), id, Levels(0, 3, 3, 3, 3, 3, 3));
        await using var conn = new NpgsqlConnection(Database.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE readiness_assessments SET legal_level = 9 WHERE exchange_id = '{id}'", conn);

        var e = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("only ever added", e.MessageText, StringComparison.Ordinal);
    }
}
