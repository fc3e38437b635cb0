using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Notifications;

/// <summary>The notifier: who is told, and that notices live and die with the caller's change.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class NotifierTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _firm = null!;
    private Company _otherFirm = null!;

    protected override async Task ArrangeAsync()
    {
        _firm = TestData.Company("Bildirim Metal A.Ş.");
        _otherFirm = TestData.Company("Başka Plastik A.Ş.");
        await using var db = Database.CreateContext();
        db.Companies.AddRange(_firm, _otherFirm);
        await db.SaveChangesAsync();
    }

    private static Notice NoticeFor(NoticeAudience audience) =>
        new("introduction.requested", SubjectKind.Introduction, Guid.NewGuid(), "introductions/1", "Bir firma tanıştırma istedi", "A firm asked for an introduction", audience);

    private async Task<List<Guid>> AddAndSaveAsync(Notice notice, Guid? actor)
    {
        await using (var db = await Database.Contexts.CreateAsync())
        {
            await Database.Services.GetRequiredService<INotifier>().AddAsync(db, notice, actor);
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        return await check.Notifications.Where(n => n.SubjectId == notice.SubjectId).Select(n => n.UserId).ToListAsync();
    }

    [Fact]
    public async Task Audience_IsMembersStaffExpertsAndListedUsers_WithoutTheActorOrDuplicates()
    {
        var member = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id);
        var actor = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id);
        var pending = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id, membership: MembershipStatus.Pending);
        var disabled = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id, disabled: true);
        var otherFirm = await TestUsers.AddAsync(Database, Roles.FirmUser, _otherFirm.Id);
        var staff = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [2, 5]);
        var otherStaff = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [3]);
        var expert = await TestUsers.AddAsync(Database, Roles.Expert);
        var expertWithout2Fa = await TestUsers.AddAsync(Database, Roles.Expert, twoFactor: false);
        var admin = await TestUsers.AddAsync(Database, Roles.Admin);

        var told = await AddAndSaveAsync(
            NoticeFor(new NoticeAudience([_firm.Id], [5], Experts: true, UserIds: [admin.UserId!.Value, member.UserId!.Value, actor.UserId!.Value])),
            actor.UserId);

        Assert.Equal(new[] { member.UserId!.Value, staff.UserId!.Value, expert.UserId!.Value, admin.UserId!.Value }.Order(), told.Order());
        Assert.DoesNotContain(pending.UserId!.Value, told);
        Assert.DoesNotContain(disabled.UserId!.Value, told);
        Assert.DoesNotContain(otherFirm.UserId!.Value, told);
        Assert.DoesNotContain(otherStaff.UserId!.Value, told);
        Assert.DoesNotContain(expertWithout2Fa.UserId!.Value, told);
    }

    [Fact]
    public async Task Notices_AreRolledBackWithAFailedChange()
    {
        var member = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id);
        var notice = NoticeFor(new NoticeAudience([_firm.Id], []));

        await using (var db = await Database.Contexts.CreateAsync())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async () =>
            {
                await Database.Services.GetRequiredService<INotifier>().AddAsync(db, notice, null);
                await db.SaveChangesAsync();
                throw new InvalidOperationException("The change failed after the notice was written.");
            }));
        }

        await using var check = Database.CreateContext();
        Assert.Empty(await check.Notifications.ToListAsync());
        Assert.Single(await AddAndSaveAsync(notice, null), member.UserId!.Value);
    }

    [Fact]
    public async Task Notices_ReadAndMarkedRead_OnlyByTheirRecipient()
    {
        var member = await TestUsers.AddAsync(Database, Roles.FirmUser, _firm.Id);
        var other = await TestUsers.AddAsync(Database, Roles.FirmUser, _otherFirm.Id);
        await AddAndSaveAsync(NoticeFor(new NoticeAudience([_firm.Id], [])), null);
        await AddAndSaveAsync(NoticeFor(new NoticeAudience([_firm.Id, _otherFirm.Id], [])), null);
        var service = Database.Services.GetRequiredService<NotificationService>();

        Database.CurrentUser.User = member;
        var mine = await service.ListAsync(new(), unreadOnly: false);
        Assert.Equal(2, await service.UnreadCountAsync());
        Database.CurrentUser.User = other;
        Assert.Equal(1, await service.UnreadCountAsync());
        await Assert.ThrowsAsync<Application.Common.NotFoundException>(() => service.MarkReadAsync(mine.Items[0].Id));

        Database.CurrentUser.User = member;
        Assert.Equal("introductions/1", await service.MarkReadAsync(mine.Items[0].Id));
        Assert.Equal(1, await service.UnreadCountAsync());
        Assert.Single((await service.ListAsync(new(), unreadOnly: true)).Items);
        Assert.Equal(1, await service.MarkAllReadAsync());
        Assert.Equal(0, await service.UnreadCountAsync());
        Database.CurrentUser.User = other;
        Assert.Equal(1, await service.UnreadCountAsync());
    }
}
