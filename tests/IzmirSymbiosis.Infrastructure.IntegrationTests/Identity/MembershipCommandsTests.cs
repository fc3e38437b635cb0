using IzmirSymbiosis.Application.Accounts;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Identity;

/// <summary>
/// The membership and account commands decide with the one access rule: staff manage the members of
/// their zones' firms only, admins everyone's, and everyone else nothing (an answer that reveals nothing).
/// </summary>
public sealed class MembershipCommandsTests(IdentityDatabaseFixture fixture) : IClassFixture<IdentityDatabaseFixture>, IAsyncLifetime
{
    private const string Password = "uzun-ve-akilda-kalir-parola";

    private AsyncServiceScope _scope;

    public Task InitializeAsync()
    {
        _scope = fixture.Services.CreateAsyncScope();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task DecideMembership_StaffOfTheFirmsZone_ApprovesAndAudits()
    {
        var firm = await AddCompanyAsync("Çiğli Ambalaj", zoneId: 1);
        var member = await SignUpAndConfirmAsync(firm);
        var staff = TestCurrentUser.Staff(1);

        Assert.Contains(await As<PendingMembershipsQuery>(staff).ExecuteAsync(), p => p.UserId == member);
        await As<DecideMembershipCommand>(staff).ExecuteAsync(member, approve: true);

        Assert.Equal(MembershipStatus.Active, await MembershipOfAsync(member));
        await using var db = fixture.Database.CreateContext();
        var row = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.EventType == AuditEventTypes.MembershipDecided && e.SubjectUserId == member);
        Assert.Equal(staff.UserId, row.ActorUserId);
        Assert.Equal("approved", row.Details);
    }

    [Fact]
    public async Task DecideMembership_StaffOfAnotherZoneOrFirmUser_NotFoundAndStillPending()
    {
        var firm = await AddCompanyAsync("Kemalpaşa Döküm", zoneId: 1);
        var member = await SignUpAndConfirmAsync(firm);

        foreach (var outsider in new[] { TestCurrentUser.Staff(2), TestCurrentUser.FirmUser(firm.Id), UserContext.Anonymous })
        {
            Assert.DoesNotContain(await As<PendingMembershipsQuery>(outsider).ExecuteAsync(), p => p.UserId == member);
            await Assert.ThrowsAsync<NotFoundException>(() => As<DecideMembershipCommand>(outsider).ExecuteAsync(member, approve: true));
        }

        Assert.Equal(MembershipStatus.Pending, await MembershipOfAsync(member));
    }

    [Fact]
    public async Task Invite_StaffOfAnotherZone_NotFoundAndNoAccount()
    {
        var firm = await AddCompanyAsync("Torbalı Kimya", zoneId: 1);
        var email = UniqueEmail("davetli");

        Assert.DoesNotContain(await As<InvitableCompaniesQuery>(TestCurrentUser.Staff(2)).ExecuteAsync(), c => c.Id == firm.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => As<InviteMemberCommand>(TestCurrentUser.Staff(2)).ExecuteAsync(email, "Davetli Kişi", firm.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => As<InviteMemberCommand>(TestCurrentUser.FirmUser(firm.Id)).ExecuteAsync(email, "Davetli Kişi", firm.Id));

        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Invite_StaffOfTheFirmsZone_CreatesActiveMemberWithPasswordToken()
    {
        var firm = await AddCompanyAsync("Aliağa Metal", zoneId: 1);
        var email = UniqueEmail("yeni");

        Assert.Contains(await As<InvitableCompaniesQuery>(TestCurrentUser.Staff(1)).ExecuteAsync(), c => c.Id == firm.Id);
        var invitation = await As<InviteMemberCommand>(TestCurrentUser.Staff(1)).ExecuteAsync(email, "  Yeni Üye ", firm.Id);

        Assert.Equal(email, invitation.Email);
        Assert.False(string.IsNullOrEmpty(invitation.PasswordToken));
        await using var db = fixture.Database.CreateContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == invitation.UserId);
        Assert.Equal("Yeni Üye", user.DisplayName);
        Assert.Equal(firm.Id, user.CompanyId);
        Assert.Equal(MembershipStatus.Active, user.Membership);
        Assert.Null(user.PasswordHash);
    }

    [Theory]
    [InlineData(Roles.OizStaff)]
    [InlineData(Roles.Expert)]
    [InlineData(Roles.FirmUser)]
    public async Task DisableAndChangeRole_NonAdmin_NotFoundAndNothingChanged(string role)
    {
        var firm = await AddCompanyAsync("Bornova Tekstil", zoneId: 1);
        var member = await SignUpAndConfirmAsync(firm);
        var user = new UserContext(Guid.NewGuid(), new HashSet<string> { role }, firm.Id, new HashSet<int> { 1 });

        await Assert.ThrowsAsync<NotFoundException>(() => As<DisableAccountCommand>(user).ExecuteAsync(member));
        await Assert.ThrowsAsync<NotFoundException>(() => As<ChangeUserRoleCommand>(user).ExecuteAsync(member, Roles.Admin, null, []));

        await using var db = fixture.Database.CreateContext();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == member);
        Assert.False(stored.IsDisabled);
        Assert.Equal([Roles.FirmUser], await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where ur.UserId == member
            select r.Name).ToListAsync());
    }

    [Fact]
    public async Task ChangeRole_Admin_ReplacesRoleAndKeepsOnlyTheRolesData()
    {
        var firm = await AddCompanyAsync("Menemen Seramik", zoneId: 1);
        var member = await SignUpAndConfirmAsync(firm);

        await As<ChangeUserRoleCommand>(TestCurrentUser.Admin).ExecuteAsync(member, Roles.OizStaff, firm.Id, [1, 2]);

        await using var db = fixture.Database.CreateContext();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == member);
        Assert.Null(stored.CompanyId);
        Assert.Equal(MembershipStatus.None, stored.Membership);
        Assert.Equal([1, 2], stored.ZoneIds.Order());
    }

    private T As<T>(UserContext user)
        where T : notnull
    {
        _scope.ServiceProvider.GetRequiredService<TestCurrentUser>().User = user;
        return _scope.ServiceProvider.GetRequiredService<T>();
    }

    [Fact]
    public async Task ConfirmSignUp_NewFirm_RecordsItsRematchWithTheFirm()
    {
        var vkn = TestData.NextVkn();
        var started = await _scope.ServiceProvider.GetRequiredService<StartSignUpCommand>().ExecuteAsync(new FirmSignUp
        {
            FullName = "Yeni Firma Sahibi",
            Email = UniqueEmail("yeni"),
            Password = Password,
            TaxNumber = vkn,
            LegalName = "Menemen Seramik Ltd. Şti.",
            NaceCode = "23.31",
            District = "Menemen",
        });

        Assert.Equal(
            SignUpConfirmation.CreatedFirm,
            await _scope.ServiceProvider.GetRequiredService<ConfirmSignUpCommand>().ExecuteAsync(started.ConfirmationToken));

        // The new firm can be a latent receiver of others' offers: its re-match is recorded with it.
        await using var db = fixture.Database.CreateContext();
        var companyId = await db.Companies.Where(c => c.TaxNumber == vkn).Select(c => c.Id).SingleAsync();
        Assert.True(await db.RematchRequests.AnyAsync(r => r.Target == RematchTarget.Company && r.TargetId == companyId));
    }

    private async Task<Company> AddCompanyAsync(string name, int zoneId)
    {
        var company = TestData.Company(name);
        company.SetAddress(null, zoneId);
        await using var db = fixture.Database.CreateContext();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    /// <summary>A firm user whose sign-up to <paramref name="firm"/> was confirmed: pending approval.</summary>
    private async Task<Guid> SignUpAndConfirmAsync(Company firm)
    {
        var email = UniqueEmail("uye");
        var started = await _scope.ServiceProvider.GetRequiredService<StartSignUpCommand>().ExecuteAsync(new FirmSignUp
        {
            FullName = "Bekleyen Üye",
            Email = email,
            Password = Password,
            TaxNumber = firm.TaxNumber,
            LegalName = firm.LegalName,
            NaceCode = firm.NaceCode,
            District = firm.District,
        });
        Assert.Equal(
            SignUpConfirmation.JoinedExistingFirm,
            await _scope.ServiceProvider.GetRequiredService<ConfirmSignUpCommand>().ExecuteAsync(started.ConfirmationToken));
        await using var db = fixture.Database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<MembershipStatus> MembershipOfAsync(Guid userId)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Membership).SingleAsync();
    }

    private static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@firma.com.tr";
}
