using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>
/// "Diğer OSB'ye ilet" from the outside: staff who see one side of a match anonymised tell the staff
/// of that side's zone, once a day, with a notice that names only the recipients' own firm and an
/// audit row with the actor; everyone else is refused with a clear message.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class MatchHandOffServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private CrossZoneMatches _region = null!;

    private MatchHandOffService HandOff => Database.Services.GetRequiredService<MatchHandOffService>();

    protected override async Task ArrangeAsync() => _region = await CrossZoneMatches.ArrangeAsync(Database);

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task HandOff_TellsTheOtherZonesStaffOnly_NamingTheirFirm_AndAuditsTheActor()
    {
        var r = _region;
        var receivers = new[] { await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.ReceiverZone]), await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.ReceiverZone]) };
        var colleague = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.DonorZone]);
        var actor = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.DonorZone]);
        Database.CurrentUser.User = actor;
        Assert.True((await Database.Services.GetRequiredService<MatchQueryService>().GetAsync(r.MidMatch.Id))!.CanHandOff);

        await HandOff.HandOffAsync(r.MidMatch.Id);

        await using var db = Database.CreateContext();
        var notices = await db.Notifications.Where(n => n.Kind == MatchHandOffService.NoticeKind).ToListAsync();
        Assert.Equal(receivers.Select(u => u.UserId!.Value).Order(), notices.Select(n => n.UserId).Order());
        Assert.DoesNotContain(notices, n => n.UserId == colleague.UserId || n.UserId == actor.UserId);
        Assert.All(notices, n =>
        {
            Assert.Equal(SubjectKind.Match, n.Subject);
            Assert.Equal(r.MidMatch.Id, n.SubjectId);
            Assert.Equal($"matches?match={r.MidMatch.Id}", n.Link);
            Assert.Contains(r.Mid.LegalName, n.TitleTr, StringComparison.Ordinal);
            Assert.Contains(r.Mid.LegalName, n.TitleEn, StringComparison.Ordinal);
            Assert.DoesNotContain("Aliağa", n.TitleTr, StringComparison.Ordinal);
            Assert.DoesNotContain("Aliağa", n.TitleEn, StringComparison.Ordinal);
        });
        // The audit trail is append-only (never reset between tests): this actor's row.
        var audit = await db.AuditEvents.SingleAsync(e => e.EventType == AuditEventTypes.MatchHandedOff && e.ActorUserId == actor.UserId);
        Assert.Equal(actor.UserId, audit.ActorUserId);
        Assert.Contains(r.MidMatch.Id.ToString(), audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandOff_TheSameMatchAgainWithinADay_SaysHandedAlready_AndAddsNothing()
    {
        var r = _region;
        await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.ReceiverZone]);
        Database.CurrentUser.User = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.DonorZone]);
        await HandOff.HandOffAsync(r.MidMatch.Id);

        // Another colleague of the same zone, a moment later.
        Database.CurrentUser.User = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.DonorZone]);
        var e = await Assert.ThrowsAsync<DomainException>(() => HandOff.HandOffAsync(r.MidMatch.Id));

        Assert.Equal("Match.HandOffAlready", e.Code);
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.Kind == MatchHandOffService.NoticeKind));
        // The audit trail is append-only (never reset between tests): count this match's rows.
        var match = r.MidMatch.Id.ToString();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.EventType == AuditEventTypes.MatchHandedOff && a.Details!.Contains(match)));
    }

    [Fact]
    public async Task HandOff_TheReceivingSide_MayHandBackToTheDonorsZone()
    {
        var r = _region;
        var donorStaff = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.DonorZone]);
        Database.CurrentUser.User = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.ReceiverZone]);

        await HandOff.HandOffAsync(r.NearMatch.Id);

        await using var db = Database.CreateContext();
        var notice = await db.Notifications.SingleAsync(n => n.Kind == MatchHandOffService.NoticeKind);
        Assert.Equal(donorStaff.UserId, notice.UserId);
        Assert.Contains(r.Donor.LegalName, notice.TitleTr, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Near.LegalName, notice.TitleTr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandOff_ToAZoneWithNoStaff_IsRefusedWithAClearMessage()
    {
        Database.CurrentUser.User = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [_region.DonorZone]);

        var e = await Assert.ThrowsAsync<DomainException>(() => HandOff.HandOffAsync(_region.FarMatch.Id));

        Assert.Equal("Match.HandOffNoStaff", e.Code);
    }

    [Fact]
    public async Task HandOff_ByStaffOfNeitherFirmsZone_IsNotFound()
    {
        Database.CurrentUser.User = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [_region.ThirdZone]);

        await Assert.ThrowsAsync<NotFoundException>(() => HandOff.HandOffAsync(_region.MidMatch.Id));
    }

    [Fact]
    public async Task HandOff_ByAFirmUserAnExpertOrStaffOfBothZones_IsRefused()
    {
        var r = _region;
        await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.ReceiverZone]);
        foreach (var user in new[]
        {
            await TestUsers.AddAsync(Database, Roles.FirmUser, r.Donor.Id),
            await TestUsers.AddAsync(Database, Roles.Expert),
            await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.DonorZone, r.ReceiverZone]),
        })
        {
            Database.CurrentUser.User = user;
            var e = await Assert.ThrowsAsync<DomainException>(() => HandOff.HandOffAsync(r.MidMatch.Id));
            Assert.Equal("Match.HandOffNotAllowed", e.Code);
            Assert.False((await Database.Services.GetRequiredService<MatchQueryService>().GetAsync(r.MidMatch.Id))!.CanHandOff);
        }

        // A match whose two firms are both of the staff's zone has no other zone to go to.
        Database.CurrentUser.User = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [r.DonorZone]);
        Assert.Equal("Match.HandOffNotAllowed", (await Assert.ThrowsAsync<DomainException>(() => HandOff.HandOffAsync(r.SameZoneMatch.Id))).Code);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.Kind == MatchHandOffService.NoticeKind));
    }

    [Theory]
    [InlineData(new[] { 1 }, 1, 2, 2)]
    [InlineData(new[] { 2 }, 1, 2, 1)]
    [InlineData(new[] { 1, 2 }, 1, 2, null)]
    [InlineData(new[] { 3 }, 1, 2, null)]
    [InlineData(new[] { 1 }, 1, null, null)]
    [InlineData(new[] { 1 }, 1, 1, null)]
    public void HandOffZone_IsTheOtherFirmsZone_ForStaffOfExactlyOneSide(int[] staffZones, int? giverZone, int? receiverZone, int? expected) =>
        Assert.Equal(expected, AccessPolicy.HandOffZone(TestCurrentUser.Staff(staffZones), giverZone, receiverZone));

    [Fact]
    public void HandOffZone_IsNullForFirmUsersExpertsAndAdmins()
    {
        Assert.Null(AccessPolicy.HandOffZone(TestCurrentUser.FirmUser(Guid.NewGuid()), 1, 2));
        Assert.Null(AccessPolicy.HandOffZone(TestCurrentUser.Admin, 1, 2));
        Assert.Null(AccessPolicy.HandOffZone(new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Expert, Roles.OizStaff }, null, new HashSet<int> { 1 }), 1, 2));
    }
}
