using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Field;

/// <summary>Site visits through the real database, the access rule and the stream service.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class FieldVisitServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly DateOnly s_today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));
    private Company _firm = null!;
    private Company _otherZoneFirm = null!;
    private int _zone;
    private int _otherZone;

    private FieldVisitService Visits => Database.Services.GetRequiredService<FieldVisitService>();

    private static UserContext Expert() => new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        var zones = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync();
        (_zone, _otherZone) = (zones[0], zones[1]);
        _firm = TestData.Company("Ege Mermer San. A.Ş.", "Kemalpaşa", "23.70");
        _firm.SetAddress(null, _zone);
        _otherZoneFirm = TestData.Company("Torbalı Döküm Ltd. Şti.", "Torbalı", "24.51");
        _otherZoneFirm.SetAddress(null, _otherZone);
        db.Companies.AddRange(_firm, _otherZoneFirm);
        await db.SaveChangesAsync();
        Database.CurrentUser.User = TestCurrentUser.Staff(_zone);
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private FieldVisitInput Visit(Guid? company = null) => new(
        company ?? _firm.Id,
        s_today.AddDays(-3),
        "Ayşe Yılmaz, Mehmet Demir",
        "Mermer tozu açık sahada birikiyor; çamur presi var.",
        [new ParticipantInput("Zeynep Kaya", "Çevre Mühendisi", Gender.Female), new ParticipantInput("Ali Şahin", "Fabrika Müdürü", Gender.Male)],
        [new FollowUpInput("Atık analiz raporunu iste", s_today.AddDays(10))]);

    private static StreamInput MarbleDust() =>
        new(StreamDirection.Offer, ResourceKind.Material, "Mermer tozu (çamur presi keki)", "01 04 13", 120, QuantityUnit.Tonne, QuantityPeriod.PerMonth);

    [Fact]
    public async Task Create_ByZoneStaff_IsListedWithCounts()
    {
        var saved = await Visits.CreateAsync(Visit());

        var page = await Visits.ListAsync(new FieldVisitFilter(CompanyId: _firm.Id), new PageRequest());
        var row = Assert.Single(page.Items);
        Assert.Equal((saved.Id, 2, 1, 1, s_today.AddDays(10)), (row.Id, row.Participants, row.Women, row.OpenFollowUps, row.NextDue!.Value));
        var detail = await Visits.GetAsync(saved.Id);
        Assert.Equal("Zeynep Kaya", detail!.Input.Participants[0].FullName);
        Assert.True(detail.CanAddStreams);
    }

    [Fact]
    public async Task Create_WithBadFields_ReportsEveryFieldAndSavesNothing()
    {
        var bad = Visit() with
        {
            VisitedOn = s_today.AddDays(2),
            Visitors = " ",
            Participants = [new ParticipantInput("", null, Gender.Female)],
            FollowUps = [new FollowUpInput("Rapor", null), new FollowUpInput(" ", s_today)],
        };

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Visits.CreateAsync(bad));

        Assert.Equal(
            ["FollowUps[0].DueOn", "FollowUps[1].Text", "Participants[0].FullName", "VisitedOn", "Visitors"],
            e.Errors.Select(x => x.Field).Order(StringComparer.Ordinal));
        Assert.Equal("Field.DateInFuture", e.Errors.Single(x => x.Field == "VisitedOn").Code);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.FieldVisits.CountAsync());
    }

    [Fact]
    public async Task Update_FollowUpBeforeVisit_IsRefusedAtTheRow()
    {
        var saved = await Visits.CreateAsync(Visit());

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Visits.UpdateAsync(saved.Id, saved.Version, Visit() with
        {
            FollowUps = [new FollowUpInput("Numune al", s_today.AddDays(-5))],
        }));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("FollowUps[0].DueOn", "FieldVisit.FollowUpBeforeVisit"), (error.Field, error.Code));
    }

    [Fact]
    public async Task Update_FromStaleVersion_IsRefusedAndKeepsTheFirstEdit()
    {
        var saved = await Visits.CreateAsync(Visit());
        var first = await Visits.UpdateAsync(saved.Id, saved.Version, Visit() with { Notes = "İlk düzenleme" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Visits.UpdateAsync(saved.Id, saved.Version, Visit() with { Notes = "Eski sürümden" }));

        var detail = await Visits.GetAsync(saved.Id);
        Assert.Equal(("İlk düzenleme", first), (detail!.Input.Notes, detail.Version));
    }

    [Fact]
    public async Task AddStream_CreatesTheFirmsStreamAndListsItOnTheVisit()
    {
        var saved = await Visits.CreateAsync(Visit());

        var (streamId, version) = await Visits.AddStreamAsync(saved.Id, saved.Version, MarbleDust());

        var detail = await Visits.GetAsync(saved.Id);
        Assert.Equal(version, detail!.Version);
        Assert.Equal(streamId, Assert.Single(detail.Streams).Id);
        await using var db = Database.CreateContext();
        var stream = await db.Streams.SingleAsync(s => s.Id == streamId);
        Assert.Equal((_firm.Id, "010413"), (stream.CompanyId, stream.EwcCode));
        Assert.True(await db.RematchRequests.AnyAsync(r => r.TargetId == streamId));
    }

    [Fact]
    public async Task AddStream_WithInvalidStream_SavesNeitherStreamNorVisitChange()
    {
        var saved = await Visits.CreateAsync(Visit());

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Visits.AddStreamAsync(saved.Id, saved.Version, MarbleDust() with { Description = "", Amount = -1 }));

        Assert.Contains(e.Errors, x => x.Field == nameof(StreamInput.Amount));
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Streams.CountAsync(s => s.CompanyId == _firm.Id));
        Assert.Equal(saved.Version, (await db.FieldVisits.SingleAsync()).Version);
    }

    [Fact]
    public async Task AddStream_ByExpert_IsRefusedByTheStreamRule()
    {
        Database.CurrentUser.User = Expert();
        var saved = await Visits.CreateAsync(Visit());
        Assert.False((await Visits.GetAsync(saved.Id))!.CanAddStreams);

        await Assert.ThrowsAsync<NotFoundException>(() => Visits.AddStreamAsync(saved.Id, saved.Version, MarbleDust()));
    }

    [Fact]
    public async Task OtherZoneStaff_NeitherSeesNorEditsNorCreates()
    {
        var saved = await Visits.CreateAsync(Visit());
        Database.CurrentUser.User = TestCurrentUser.Staff(_otherZone);

        Assert.Null(await Visits.GetAsync(saved.Id));
        Assert.Empty((await Visits.ListAsync(new FieldVisitFilter(), new PageRequest())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => Visits.UpdateAsync(saved.Id, saved.Version, Visit()));
        await Assert.ThrowsAsync<NotFoundException>(() => Visits.AddStreamAsync(saved.Id, saved.Version, MarbleDust()));
        await Assert.ThrowsAsync<NotFoundException>(() => Visits.CreateAsync(Visit(_firm.Id)));
    }

    [Fact]
    public async Task FirmUser_OfTheVisitedFirm_SeesNothing()
    {
        var saved = await Visits.CreateAsync(Visit());
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_firm.Id);

        Assert.Null(await Visits.GetAsync(saved.Id));
        Assert.Empty((await Visits.ListAsync(new FieldVisitFilter(CompanyId: _firm.Id), new PageRequest())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => Visits.UpdateAsync(saved.Id, saved.Version, Visit()));
        await Assert.ThrowsAsync<NotFoundException>(() => Visits.CreateAsync(Visit()));
    }

    [Fact]
    public async Task List_FiltersByZoneAndDate_ForAnExpert()
    {
        Database.CurrentUser.User = Expert();
        await Visits.CreateAsync(Visit());
        await Visits.CreateAsync(Visit(_otherZoneFirm.Id) with { VisitedOn = s_today.AddDays(-40), FollowUps = [] });

        var zone = await Visits.ListAsync(new FieldVisitFilter(ZoneId: _otherZone), new PageRequest());
        var recent = await Visits.ListAsync(new FieldVisitFilter(From: s_today.AddDays(-7)), new PageRequest());
        var all = await Visits.ListAsync(new FieldVisitFilter(), new PageRequest(PageSize: 1));

        Assert.Equal(_otherZoneFirm.Id, Assert.Single(zone.Items).CompanyId);
        Assert.Equal(_firm.Id, Assert.Single(recent.Items).CompanyId);
        Assert.Equal((2, 1), (all.TotalCount, all.Items.Count));
    }
}
