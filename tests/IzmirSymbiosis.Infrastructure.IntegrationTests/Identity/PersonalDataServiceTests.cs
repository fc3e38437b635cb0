using System.Text;
using System.Text.Json;
using IzmirSymbiosis.Application.Accounts;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.PersonalData;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Identity;

public sealed class PersonalDataServiceTests(IdentityDatabaseFixture fixture) : IClassFixture<IdentityDatabaseFixture>, IAsyncLifetime
{
    private const string Password = "uzun-ve-akilda-kalir-parola";

    private static readonly UserContext s_admin = new(Guid.NewGuid(), new HashSet<string> { Roles.Admin }, null, new HashSet<int>());

    private AsyncServiceScope _scope;

    private Task<PersonalDataFile> ExportAsync(UserContext user, string email) => As<ExportPersonalDataCommand>(user).ExecuteAsync(email);

    private Task<PersonalDataErasure> EraseAsync(UserContext user, string email) => As<ErasePersonalDataCommand>(user).ExecuteAsync(email);

    private Task<IReadOnlyList<PersonHit>> FindPeopleAsync(UserContext user, string? query) => As<FindPeopleQuery>(user).ExecuteAsync(query);

    private Task<PagedResult<AccountListItem>> ListAccountsAsync(UserContext user, PageRequest request) => As<AccountListQuery>(user).ExecuteAsync(request);

    // The commands read the signed-in user themselves; here it is whoever the test says.
    private T As<T>(UserContext user)
        where T : notnull
    {
        _scope.ServiceProvider.GetRequiredService<TestCurrentUser>().User = user;
        return _scope.ServiceProvider.GetRequiredService<T>();
    }

    public Task InitializeAsync()
    {
        _scope = fixture.Services.CreateAsyncScope();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    public static TheoryData<string> NonAdmins => [Roles.FirmUser, Roles.OizStaff, Roles.Expert, "anonymous"];

    [Fact]
    public async Task Export_AccountAndContacts_ContainsEverythingAndNoSecrets()
    {
        var email = UniqueEmail("ayse");
        var firm = await AddCompanyAsync("Çiğli Döküm A.Ş.", Contact("Ayşe Yılmaz", email, "Çevre Müdürü", "0232 555 10 10"), Contact("Mehmet Kaya", UniqueEmail("mehmet")));
        var other = await AddCompanyAsync("Torbalı Plastik Ltd.", Contact("AYŞE YILMAZ", email.ToUpperInvariant(), "Danışman"));
        var user = await CreateUserAsync(email, "Ayşe Yılmaz", Roles.FirmUser, firm.Id, withAuthenticator: true);
        var stored = await LoadUserAsync(user.Id);
        var authenticatorKey = await AuthenticatorKeyAsync(user.Id);
        var tokenHash = await AddAccessTokenAsync(user.Id, "Raporlama betiği");

        var file = await ExportAsync(s_admin, email);

        var text = Encoding.UTF8.GetString(file.Content);
        Assert.EndsWith(".json", file.FileName, StringComparison.Ordinal);
        Assert.DoesNotContain("@", file.FileName, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(file.Content);
        var account = json.RootElement.GetProperty("account");
        Assert.Equal(user.Id, account.GetProperty("id").GetGuid());
        Assert.Equal("Ayşe Yılmaz", account.GetProperty("displayName").GetString());
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal([Roles.FirmUser], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Çiğli Döküm A.Ş.", account.GetProperty("company").GetProperty("legalName").GetString());
        Assert.True(account.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Contains("Çiğli Döküm", text, StringComparison.Ordinal);

        var contacts = json.RootElement.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(2, contacts.Count);
        Assert.Equal(
            ["Çiğli Döküm A.Ş.", "Torbalı Plastik Ltd."],
            contacts.Select(c => c.GetProperty("companyName").GetString()));
        var main = contacts.Single(c => c.GetProperty("companyId").GetGuid() == firm.Id);
        Assert.Equal("Çevre Müdürü", main.GetProperty("title").GetString());
        Assert.Equal("0232 555 10 10", main.GetProperty("phone").GetString());
        Assert.Contains(contacts, c => c.GetProperty("companyId").GetGuid() == other.Id);
        Assert.DoesNotContain("Mehmet", text, StringComparison.Ordinal);
        Assert.Equal("Raporlama betiği", Assert.Single(json.RootElement.GetProperty("accessTokens").EnumerateArray()).GetProperty("name").GetString());
        Assert.DoesNotContain(tokenHash, text, StringComparison.Ordinal);

        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("concurrencyStamp", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stored.PasswordHash!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.SecurityStamp!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(authenticatorKey!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WritesDataExportedAuditRowWithoutPersonalData()
    {
        var email = UniqueEmail("fatma");
        await AddCompanyAsync("Menemen Seramik", Contact("Fatma Şahin", email));
        await AddCompanyAsync("Aliağa Çelik", Contact("Fatma Şahin", email));
        var user = await CreateUserAsync(email, "Fatma Şahin", Roles.OizStaff, zones: [1]);

        await ExportAsync(s_admin, email);

        var row = Assert.Single(await AuditRowsAsync(AuditEventTypes.DataExported, user.Id));
        Assert.Equal(s_admin.UserId, row.ActorUserId);
        Assert.StartsWith("1 account, 2 contacts", row.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(email, row.Details!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Fatma", row.Details!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_ContactOnly_HasNoAccountAndAuditsWithoutSubject()
    {
        var email = UniqueEmail("ali");
        var company = await AddCompanyAsync("Kemalpaşa Gıda", Contact("Ali Demir", email, "Üretim Şefi"));

        var file = await ExportAsync(s_admin, email);

        using var json = JsonDocument.Parse(file.Content);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("account").ValueKind);
        Assert.Equal("Ali Demir", Assert.Single(json.RootElement.GetProperty("contacts").EnumerateArray()).GetProperty("fullName").GetString());
        await using var db = fixture.Database.CreateContext();
        Assert.Contains(
            await db.AuditEvents.Where(e => e.EventType == AuditEventTypes.DataExported && e.SubjectUserId == null).Select(e => e.Details).ToListAsync(),
            d => d!.StartsWith("0 accounts, 1 contact;", StringComparison.Ordinal) && d.Contains(company.Id.ToString("N"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_UnknownEmail_NotFoundAndNoAuditRow()
    {
        await using var db = fixture.Database.CreateContext();
        var before = await db.AuditEvents.CountAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => ExportAsync(s_admin, UniqueEmail("nobody")));

        Assert.Equal(before, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task Erase_AccountAndContacts_RemovesContactsAndAnonymisesAccount()
    {
        var email = UniqueEmail("zeynep");
        var keptEmail = UniqueEmail("kalan");
        var firm = await AddCompanyAsync("Kemalpaşa Kağıt", Contact("Zeynep Arslan", email, "Enerji Yöneticisi", "0532 000 00 00"), Contact("Kalan Kişi", keptEmail));
        var other = await AddCompanyAsync("Bergama Tekstil", Contact("Zeynep Arslan", email.ToUpperInvariant()));
        var user = await CreateUserAsync(email, "Zeynep Arslan", Roles.Expert, withAuthenticator: true, phone: "0532 000 00 00");
        var before = await LoadUserAsync(user.Id);
        await AddAccessTokenAsync(user.Id, "Zeynep'in betiği");

        var erased = await EraseAsync(s_admin, email);

        Assert.Equal(new PersonalDataErasure(1, 2), erased);
        await using (var db = fixture.Database.CreateContext())
        {
            var firmAfter = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == firm.Id);
            Assert.Equal([keptEmail], firmAfter.Contacts.Select(c => c.Email));
            Assert.Empty((await db.Companies.AsNoTracking().SingleAsync(c => c.Id == other.Id)).Contacts);
            Assert.False(await db.PersonalAccessTokens.AnyAsync(t => t.UserId == user.Id));
        }

        var after = await LoadUserAsync(user.Id);
        var placeholder = $"deleted-{user.Id:N}@invalid";
        Assert.Equal(ErasePersonalDataCommand.ErasedDisplayName, after.DisplayName);
        Assert.Equal(placeholder, after.Email);
        Assert.Equal(placeholder, after.UserName);
        Assert.Equal(placeholder.ToUpperInvariant(), after.NormalizedEmail);
        Assert.Equal(placeholder.ToUpperInvariant(), after.NormalizedUserName);
        Assert.Null(after.PhoneNumber);
        Assert.Null(after.PasswordHash);
        Assert.True(after.IsDisabled);
        Assert.False(after.TwoFactorEnabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Null(await AuthenticatorKeyAsync(user.Id));

        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Null(await users.FindByEmailAsync(email));
        Assert.False(await users.CheckPasswordAsync(after, Password));
        await Assert.ThrowsAsync<NotFoundException>(() => ExportAsync(s_admin, email));
    }

    [Fact]
    public async Task ExportAndErase_UnconfirmedSignUpOnly_ExportsThenDeletesIt()
    {
        var email = UniqueEmail("kayit");
        var nine = "4" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var started = await _scope.ServiceProvider.GetRequiredService<StartSignUpCommand>().ExecuteAsync(new FirmSignUp
        {
            FullName = "Zeynep Arslan",
            Email = email,
            Password = Password,
            TaxNumber = nine + Vkn.ComputeCheckDigit(nine),
            LegalName = "Arslan Kimya A.Ş.",
            NaceCode = "20.13",
            District = "Aliağa",
        });
        Assert.Equal(SignUpStart.ConfirmationNeeded, started.Outcome);
        var export = await ExportAsync(s_admin, email);
        using (var json = JsonDocument.Parse(export.Content))
        {
            var signUp = Assert.Single(json.RootElement.GetProperty("pendingSignUps").EnumerateArray());
            Assert.Equal("Zeynep Arslan", signUp.GetProperty("fullName").GetString());
            Assert.DoesNotContain("passwordHash", Encoding.UTF8.GetString(export.Content), StringComparison.OrdinalIgnoreCase);
        }

        var result = await EraseAsync(s_admin, email.ToUpperInvariant());

        Assert.Equal(new PersonalDataErasure(0, 0), result);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.PendingRegistrations.AnyAsync(r => r.Email == email));
    }

    [Fact]
    public async Task Erase_WritesDataErasedAuditRowWithIdsOnly()
    {
        var email = UniqueEmail("emre");
        var company = await AddCompanyAsync("Tire Süt", Contact("Emre Çelik", email));
        var user = await CreateUserAsync(email, "Emre Çelik", Roles.FirmUser, company.Id);

        await EraseAsync(s_admin, email);

        var row = Assert.Single(await AuditRowsAsync(AuditEventTypes.DataErased, user.Id));
        Assert.Equal(s_admin.UserId, row.ActorUserId);
        Assert.Equal($"1 account, 1 contact; companies {company.Id:N}", row.Details);
    }

    [Fact]
    public async Task Erase_AccountStepFails_NothingIsChanged()
    {
        var email = UniqueEmail("hakan");
        var company = await AddCompanyAsync("Ödemiş Zeytin", Contact("Hakan Öz", email));
        var user = await CreateUserAsync(email, "Hakan Öz", Roles.FirmUser, company.Id);

        // Someone already holds the name the erased account would get: the account step fails
        // after the contacts were changed, and the transaction must take the contact change back.
        await CreateUserAsync($"deleted-{user.Id:N}@invalid", "Yer Tutucu", Roles.FirmUser);

        await Assert.ThrowsAsync<InvalidOperationException>(() => EraseAsync(s_admin, email));

        await using var db = fixture.Database.CreateContext();
        Assert.Equal([email], (await db.Companies.AsNoTracking().SingleAsync(c => c.Id == company.Id)).Contacts.Select(c => c.Email));
        var after = await LoadUserAsync(user.Id);
        Assert.Equal("Hakan Öz", after.DisplayName);
        Assert.False(after.IsDisabled);
        Assert.Empty(await AuditRowsAsync(AuditEventTypes.DataErased, user.Id));
    }

    [Theory]
    [MemberData(nameof(NonAdmins))]
    public async Task AllOperations_NonAdmin_NotFound(string role)
    {
        var email = UniqueEmail("gizli");
        var company = await AddCompanyAsync("Gizli Firma", Contact("Gizli Kişi", email));
        var user = role == "anonymous"
            ? UserContext.Anonymous
            : new UserContext(Guid.NewGuid(), new HashSet<string> { role }, company.Id, new HashSet<int> { 1, 2, 3 });

        await Assert.ThrowsAsync<NotFoundException>(() => FindPeopleAsync(user, "gizli"));
        await Assert.ThrowsAsync<NotFoundException>(() => ExportAsync(user, email));
        await Assert.ThrowsAsync<NotFoundException>(() => EraseAsync(user, email));
        await Assert.ThrowsAsync<NotFoundException>(() => ListAccountsAsync(user, new PageRequest()));

        await using var db = fixture.Database.CreateContext();
        Assert.Equal([email], (await db.Companies.AsNoTracking().SingleAsync(c => c.Id == company.Id)).Contacts.Select(c => c.Email));
    }

    [Theory]
    [InlineData("ayse kilic")]
    [InlineData("AYŞE KILIÇ")]
    [InlineData("Ayşe Kılıç")]
    public async Task FindPeople_TurkishQuery_FindsAccountsAndContacts(string query)
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        var email = $"a.kilic.{token}@firma.com.tr";
        var company = await AddCompanyAsync("Kınık Enerji", Contact("AYŞE KILIÇ", email, "Tesis Müdürü"), Contact("Başka Biri", UniqueEmail("baska")));
        await CreateUserAsync(email, "Ayşe Kılıç", Roles.FirmUser, company.Id);

        var hits = await FindPeopleAsync(s_admin, $"{query} {token}");

        Assert.Equal(2, hits.Count);
        var account = Assert.Single(hits, h => h.Source == PersonSource.Account);
        Assert.Equal("Kınık Enerji", account.CompanyName);
        var contact = Assert.Single(hits, h => h.Source == PersonSource.Contact);
        Assert.Equal(("AYŞE KILIÇ", "Tesis Müdürü", company.Id), (contact.FullName, contact.Title, contact.CompanyId));
        Assert.Equal(2, (await FindPeopleAsync(s_admin, email.ToUpperInvariant())).Count);
        Assert.Empty(await FindPeopleAsync(s_admin, "   "));
    }

    [Fact]
    public async Task ListAccounts_SearchedByName_ShowsRoleCompanyZonesAndTwoFactor()
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        var staff = await CreateUserAsync(UniqueEmail("osb"), $"Gökhan İnce {token}", Roles.OizStaff, zones: [2, 1]);
        var admin = await CreateUserAsync(UniqueEmail("yonetici"), $"Işıl Öztürk {token}", Roles.Admin, withAuthenticator: true);

        var page = await ListAccountsAsync(s_admin, new PageRequest(SortBy: "name", Search: $"isil {token}"));

        var item = Assert.Single(page.Items);
        Assert.Equal((admin.Id, Roles.Admin, true, false), (item.Id, item.Role, item.TwoFactorEnabled, item.IsDisabled));
        var staffItem = Assert.Single((await ListAccountsAsync(s_admin, new PageRequest(Search: $"GÖKHAN {token}"))).Items);
        Assert.Equal((staff.Id, Roles.OizStaff), (staffItem.Id, staffItem.Role));
        Assert.Equal([1, 2], staffItem.ZoneIds);
        Assert.Equal(2, staffItem.ZoneNames.Count);
        Assert.Equal(2, (await ListAccountsAsync(s_admin, new PageRequest(Search: token))).TotalCount);
    }

    [Theory]
    [InlineData("UPDATE audit_events SET details = 'rewritten'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    public async Task AuditTable_UpdateOrDeleteThroughAppConnection_Refused(string sql)
    {
        var email = UniqueEmail("denetim");
        await AddCompanyAsync("Denetim Firma", Contact("Denetim Kişi", email));
        await ExportAsync(s_admin, email);
        await using var db = fixture.Database.CreateContext();
        var before = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Details }).ToListAsync();
        Assert.NotEmpty(before);

        await using var conn = new NpgsqlConnection(fixture.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var error = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        var after = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Details }).ToListAsync();
        Assert.Equal(before.Select(e => (e.Id, e.Details)), after.Take(before.Count).Select(e => (e.Id, e.Details)));
    }

    private static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@firma.com.tr";

    private static ContactPerson Contact(string name, string email, string? title = null, string? phone = null) =>
        new() { FullName = name, Email = email, Title = title, Phone = phone };

    private async Task<Company> AddCompanyAsync(string name, params ContactPerson[] contacts)
    {
        var company = TestData.Company(name);
        company.SetContacts(contacts);
        await using var db = fixture.Database.CreateContext();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    private async Task<AppUser> CreateUserAsync(string email, string name, string role, Guid? companyId = null, List<int>? zones = null, bool withAuthenticator = false, string? phone = null)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            PhoneNumber = phone,
            CompanyId = companyId,
            Membership = companyId is null ? MembershipStatus.None : MembershipStatus.Active,
            ZoneIds = zones ?? [],
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        if (withAuthenticator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return user;
    }

    private async Task<string> AddAccessTokenAsync(Guid userId, string name)
    {
        var hash = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        await using var db = fixture.Database.CreateContext();
        db.PersonalAccessTokens.Add(new PersonalAccessToken(userId, name, hash, "izs_" + hash[..8], DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90)));
        await db.SaveChangesAsync();
        return hash;
    }

    private async Task<AppUser> LoadUserAsync(Guid id)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    private async Task<string?> AuthenticatorKeyAsync(Guid id)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(id.ToString()))!);
    }

    private async Task<List<AuditEvent>> AuditRowsAsync(string type, Guid subject)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.EventType == type && e.SubjectUserId == subject).ToListAsync();
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
}
