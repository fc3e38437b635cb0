using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.DataQuality;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Notifications;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.DataQuality;

/// <summary>The data quality panel and its reminders, through the real database and access rule.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class DataQualityServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private readonly RecordingJobs _jobs = new();
    private readonly FixedClock _clock = new(DateTimeOffset.UtcNow);
    private int _zone;
    private int _otherZone;
    private Company _placed = null!;
    private Company _unplaced = null!;
    private Company _otherZoneFirm = null!;
    private ResourceStream _uncoded = null!;
    private ResourceStream _stale = null!;
    private ResourceStream _otherZoneStale = null!;

    private DataQualityService Quality() => new(
        Database.Contexts, Database.CurrentUser, Database.Services.GetRequiredService<INotificationDirectory>(), _jobs, _clock,
        Options.Create(new NotificationOptions { BaseUrl = "https://izmirsym.example.com.tr/" }));

    private static UserContext Expert() => new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        var zones = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync();
        (_zone, _otherZone) = (zones[0], zones[1]);
        _placed = TestData.CompanyAt("Konumlu Metal A.Ş.", "24.10", 38.45, 27.2);
        _placed.SetAddress(null, _zone);
        _unplaced = TestData.Company("Konumsuz Plastik Ltd. Şti.", "Çiğli", "99.99");
        _unplaced.SetAddress(null, _zone);
        _otherZoneFirm = TestData.Company("Öteki Bölge Döküm A.Ş.", "Torbalı", "24.51");
        _otherZoneFirm.SetAddress(null, _otherZone);
        db.Companies.AddRange(_placed, _unplaced, _otherZoneFirm);

        _uncoded = Material(_placed.Id, "Kodsuz plastik kırpıntı", null);
        _stale = Material(_placed.Id, "Eski çelik talaşı", "12 01 01");
        var closedStale = Material(_placed.Id, "Kapanmış eski akış", null);
        closedStale.SetStatus(StreamStatus.Closed);
        var energy = new ResourceStream(_placed.Id, StreamDirection.Offer, ResourceKind.Energy, "Atık ısı", new Quantity(10, QuantityUnit.MegawattHour, QuantityPeriod.PerMonth));
        _otherZoneStale = Material(_otherZoneFirm.Id, "Öteki bölgenin eski akışı", null);
        db.Streams.AddRange(_uncoded, _stale, closedStale, energy, _otherZoneStale);
        await db.SaveChangesAsync();

        // Age three streams past a year: the "updated" time is what makes a stream stale.
        var old = _clock.Now.AddDays(-400);
        Guid[] aged = [_stale.Id, closedStale.Id, _otherZoneStale.Id];
        await db.Streams.Where(s => aged.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.UpdatedAt, old));
        Database.CurrentUser.User = TestCurrentUser.Staff(_zone);
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private static ResourceStream Material(Guid companyId, string description, string? ewc)
    {
        var s = new ResourceStream(companyId, StreamDirection.Offer, ResourceKind.Material, description, new Quantity(5, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        s.Describe(description, ewc);
        s.SetStatus(StreamStatus.Active);
        return s;
    }

    [Fact]
    public async Task Staff_SeesTheFindingsOfTheirZoneOnly()
    {
        var quality = Quality();

        var totals = await quality.TotalsAsync(null);
        var uncoded = await quality.StreamsAsync(QualityFinding.StreamWithoutCode, null, new PageRequest());
        var stale = await quality.StreamsAsync(QualityFinding.StaleStream, null, new PageRequest());
        var unplaced = await quality.FirmsAsync(QualityFinding.FirmWithoutLocation, null, new PageRequest());
        var noNace = await quality.FirmsAsync(QualityFinding.FirmWithoutNace, null, new PageRequest());
        var otherZone = await quality.StreamsAsync(QualityFinding.StaleStream, _otherZone, new PageRequest());

        Assert.Equal(new QualityTotals(1, 1, 1, 1), totals);
        Assert.Equal(_uncoded.Id, Assert.Single(uncoded.Items).StreamId);
        var row = Assert.Single(stale.Items);
        Assert.Equal((_stale.Id, _placed.Id, "Konumlu Metal A.Ş."), (row.StreamId, row.CompanyId, row.CompanyName));
        Assert.Equal(_unplaced.Id, Assert.Single(unplaced.Items).CompanyId);
        Assert.Equal(_unplaced.Id, Assert.Single(noNace.Items).CompanyId);
        Assert.Empty(otherZone.Items);
        Assert.Equal([_zone], (await quality.ZonesAsync()).Select(z => z.Id));
    }

    [Fact]
    public async Task Expert_SeesAllZones_AndFiltersByOne()
    {
        Database.CurrentUser.User = Expert();
        var quality = Quality();

        var all = await quality.StreamsAsync(QualityFinding.StaleStream, null, new PageRequest());
        var other = await quality.StreamsAsync(QualityFinding.StaleStream, _otherZone, new PageRequest(PageSize: 1));

        Assert.Contains(all.Items, r => r.StreamId == _stale.Id);
        Assert.Contains(all.Items, r => r.StreamId == _otherZoneStale.Id);
        Assert.Equal(1, other.TotalCount);
        Assert.Equal(_otherZoneStale.Id, Assert.Single(other.Items).StreamId);
    }

    [Fact]
    public async Task FirmUser_IsRefused()
    {
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_placed.Id);
        var quality = Quality();

        await Assert.ThrowsAsync<DataQualityRefusedException>(() => quality.TotalsAsync(null));
        await Assert.ThrowsAsync<DataQualityRefusedException>(() => quality.StreamsAsync(QualityFinding.StaleStream, null, new PageRequest()));
        await Assert.ThrowsAsync<DataQualityRefusedException>(() => quality.RemindAsync([_stale.Id]));
    }

    [Fact]
    public async Task Remind_QueuesOnePerMemberInTheirLanguage_AndNotAgainWithinThirtyDays()
    {
        await TestUsers.AddAsync(Database, Roles.FirmUser, _placed.Id, email: "tr@konumlu.example.com.tr");
        var english = await TestUsers.AddAsync(Database, Roles.FirmUser, _placed.Id, email: "en@konumlu.example.com.tr");
        await using (var db = Database.CreateContext())
        {
            db.NotificationPreferences.Add(new NotificationPreference(english.UserId!.Value, EmailMode.Immediate, "en"));
            await db.SaveChangesAsync();
        }

        var results = await Task.WhenAll(Quality().RemindAsync([_stale.Id]), Quality().RemindAsync([_stale.Id]));

        Assert.Equal(1, results.Sum(r => r.Queued.Count));
        Assert.Equal(1, results.Sum(r => r.AlreadyReminded.Count));
        Assert.Equal(2, _jobs.Mails.Count);
        var turkish = Assert.Single(_jobs.Mails, m => m.To == "tr@konumlu.example.com.tr");
        Assert.Equal("IzmirSymbiosis: Akışınızı güncelleyin", turkish.Subject);
        Assert.Contains("\"Eski çelik talaşı\" teklifiniz", turkish.Body, StringComparison.Ordinal);
        Assert.Contains("güncellenmedi", turkish.Body, StringComparison.Ordinal);
        Assert.Contains("https://izmirsym.example.com.tr/companies/" + _placed.Id, turkish.Body, StringComparison.Ordinal);
        Assert.Equal("IzmirSymbiosis: Please update your stream", Assert.Single(_jobs.Mails, m => m.To == "en@konumlu.example.com.tr").Subject);

        _clock.Now = _clock.Now.AddDays(29);
        var again = await Quality().RemindAsync([_stale.Id]);
        Assert.Empty(again.Queued);
        Assert.Equal(_stale.Id, Assert.Single(again.AlreadyReminded).StreamId);
        Assert.Equal(2, _jobs.Mails.Count);

        // The reminder is not an update: the stream stays stale and listed.
        var listed = Assert.Single((await Quality().StreamsAsync(QualityFinding.StaleStream, null, new PageRequest())).Items);
        Assert.NotNull(listed.LastRemindedAt);

        _clock.Now = _clock.Now.AddDays(2);
        Assert.Equal([_stale.Id], (await Quality().RemindAsync([_stale.Id])).Queued);
        Assert.Equal(4, _jobs.Mails.Count);
    }

    [Fact]
    public async Task Remind_OtherZonesOrFreshStream_IsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Quality().RemindAsync([_otherZoneStale.Id]));
        await Assert.ThrowsAsync<NotFoundException>(() => Quality().RemindAsync([_uncoded.Id]));

        await using var db = Database.CreateContext();
        Assert.Null(await db.Streams.Where(s => s.Id == _otherZoneStale.Id).Select(s => s.LastRemindedAt).SingleAsync());
        Assert.Empty(_jobs.Mails);
    }
}
