using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IzmirSymbiosis.Application.Accounts;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.TestSupport;
using IzmirSymbiosis.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.ApiTests;

/// <summary>A firm created for the tests, with the values that must never leak to other firms.</summary>
public sealed record TestFirm(Guid Id, string Name, string Vkn, string ContactEmail, int? ZoneId);

/// <summary>
/// The real app (in-memory test server) on its own PostgreSQL database in the cluster given by
/// IZMIRSYM_TEST_DB: migrated and seeded with reference data, plus three firms, one user per role
/// (and the awkward cases: an expert without 2FA, a disabled user, a revoked token), streams posted
/// through the API as their firms, and the match the engine made between them.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string Password = "Api-Test-Parola-2026";

    /// <summary>The zone of firm A, which the OIZ staff user works for.</summary>
    public const int StaffZone = 1;

    private readonly Dictionary<string, string> _tokens = [];
    private readonly Dictionary<string, Guid> _users = [];
    private WebApplicationFactory<Program>? _factory;
    private ThrowawayDatabase? _database;

    /// <summary>Where the app under test keeps documents (a temporary folder, removed at the end).</summary>
    public string DocumentsFolder { get; } = Path.Combine(Path.GetTempPath(), $"izmirsym-api-documents-{Guid.NewGuid():N}");

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    /// <summary>Firm A (zone 1): offers board packaging waste with a price.</summary>
    /// <summary>The schema owner's connection (the tests' own set-up and fault injection).</summary>
    public string OwnerConnectionString { get; private set; } = string.Empty;

    public TestFirm FirmA { get; private set; } = null!;

    /// <summary>Firm B (zone 2): needs the waste, offers its own with a price.</summary>
    public TestFirm FirmB { get; private set; } = null!;

    /// <summary>Firm C (no zone): the outsider.</summary>
    public TestFirm FirmC { get; private set; } = null!;

    public Guid OfferA { get; private set; }

    public Guid NeedB { get; private set; }

    public Guid OfferB { get; private set; }

    /// <summary>The registered match of A's offer with B's need.</summary>
    public Guid MatchAB { get; private set; }

    /// <summary>Firm A's hazardous-waste permit.</summary>
    public Guid PermitA { get; private set; }

    /// <summary>A site visit to firm A (staff's zone).</summary>
    public Guid VisitA { get; private set; }

    /// <summary>A site visit to firm B (another zone).</summary>
    public Guid VisitB { get; private set; }

    /// <summary>A workshop of the staff's zone.</summary>
    public Guid WorkshopA { get; private set; }

    /// <summary>
    /// Exact price of A's offer (TRY per tonne): must never reach another firm. Far from the public
    /// figures the score uses instead (the avoided purchase of the offer's material, 4,000 TRY/t for
    /// paper in <c>material_transport.csv</c>), which the leak probe recovers by design: those are no secret.
    /// </summary>
    public const decimal OfferAPrice = 8765.25m;

    /// <summary>Exact amount of A's offer: must never reach another firm.</summary>
    public const decimal OfferAAmount = 137.5m;

    /// <summary>Exact amount of B's need (t/year): must never reach A while A sees B anonymised.</summary>
    public const decimal NeedBAmount = 171.4m;

    /// <summary>Exact price B would pay (TRY per tonne): must never reach A while A sees B anonymised.</summary>
    public const decimal NeedBPrice = 2345.5m;

    /// <summary>Exact price of B's offer.</summary>
    public const decimal OfferBPrice = 8765.25m;

    public string Token(string who) => _tokens[who];

    public Guid UserId(string who) => _users[who];

    /// <summary>A client with <paramref name="who"/>'s bearer token (none for null), in a language.</summary>
    public HttpClient Client(string? who, string? language = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (who is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[who]);
        }

        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    /// <summary>A client with a browser session cookie of <paramref name="who"/> (no token).</summary>
    public async Task<HttpClient> CookieClientAsync(string who)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(_users[who].ToString()) ?? throw new InvalidOperationException(who);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme);
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}");
        return client;
    }

    /// <summary>A short-lived database context for setup and checks.</summary>
    /// <summary>Waits until the app's background worker has matched every saved change (matches update asynchronously).</summary>
    public Task WaitForBackgroundWorkAsync() => Factory.Services.GetRequiredService<IBackgroundJobs>().WaitForIdleAsync();

    public AppDbContext Db() => Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public async Task InitializeAsync()
    {
        // As deployed: the app runs as the least-privileged role, migrations as the owner.
        _database = await ThrowawayDatabase.CreateAsync("api");
        var connections = _database.Connections;
        OwnerConnectionString = connections.Migrations;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Default", connections.Application);
            b.UseSetting("ConnectionStrings:Migrations", connections.Migrations);
            b.UseSetting("Database:Initialize", "true");
            b.UseSetting("Database:SeedDemo", "false");
            b.UseSetting("Documents:Folder", DocumentsFolder);
        });
        _factory.StartServer();

        FirmA = await AddFirmAsync("Anadolu Süt Ürünleri A.Ş.", "100000001", "10.51", "Çiğli", StaffZone, 38.4790, 27.0560, "cevre@anadolusut.example");
        FirmB = await AddFirmAsync("Ege Karton Sanayi Ltd. Şti.", "200000002", "17.12", "Çiğli", 2, 38.4850, 27.0650, "uretim@egekarton.example");
        FirmC = await AddFirmAsync("Körfez Metal İşleme A.Ş.", "300000003", "25.11", "Torbalı", null, 38.1600, 27.3600, "info@korfezmetal.example");

        await AddUserAsync("firmA", Roles.FirmUser, FirmA.Id, [], twoFactor: false);
        await AddUserAsync("firmB", Roles.FirmUser, FirmB.Id, [], twoFactor: false);
        await AddUserAsync("firmC", Roles.FirmUser, FirmC.Id, [], twoFactor: false);
        await AddUserAsync("staff", Roles.OizStaff, null, [StaffZone], twoFactor: false);
        await AddUserAsync("expert", Roles.Expert, null, [], twoFactor: true);
        await AddUserAsync("admin", Roles.Admin, null, [], twoFactor: true);
        await AddUserAsync("expertNo2fa", Roles.Expert, null, [], twoFactor: false);
        await AddUserAsync("disabled", Roles.FirmUser, FirmA.Id, [], twoFactor: false);
        await AddUserAsync("revoked", Roles.FirmUser, FirmA.Id, [], twoFactor: false);

        using (var scope = Factory.Services.CreateScope())
        {
            var tokens = new AccessTokensAs(scope.ServiceProvider);
            foreach (var who in _users.Keys)
            {
                _tokens[who] = (await tokens.CreateAsync(Context(who), $"{who} test token")).Secret;
            }

            var revoked = await tokens.ListAsync(Context("revoked"));
            await tokens.RevokeAsync(Context("revoked"), revoked[0].Id);
            scope.ServiceProvider.GetRequiredService<ActingUser>().User = new UserContext(_users["admin"], new HashSet<string> { Roles.Admin }, null, new HashSet<int>());
            await scope.ServiceProvider.GetRequiredService<DisableAccountCommand>().ExecuteAsync(_users["disabled"]);
        }

        OfferA = await PostStreamAsync("firmA", FirmA.Id, "Offer", "Oluklu karton ambalaj atığı", OfferAAmount, OfferAPrice);
        NeedB = await PostStreamAsync("firmB", FirmB.Id, "Need", "Geri dönüşüm için karton ve kağıt ambalaj", NeedBAmount, NeedBPrice);
        OfferB = await PostStreamAsync("firmB", FirmB.Id, "Offer", "Karton kenar kesim artığı", 42.25m, OfferBPrice);

        PermitA = await PostPermitAsync("firmA", FirmA.Id, PermitBody("TAL-35-0001", "13 02 05*"));
        await WaitForBackgroundWorkAsync();
        await using var db = Db();
        MatchAB = await db.Matches.Where(m => m.OfferId == OfferA && m.NeedId == NeedB).Select(m => m.Id).SingleAsync();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var visitA = FieldVisit.Create(FirmA.Id, today.AddDays(-2), "Saha Ekibi A", "Karton balyalama alanı görüldü.", today, _users["staff"], DateTimeOffset.UtcNow);
        visitA.SetParticipants([VisitParticipant.Create("Deniz Aksoy", "Çevre Sorumlusu", Gender.Female)]);
        var visitB = FieldVisit.Create(FirmB.Id, today.AddDays(-3), "Saha Ekibi B", null, today, _users["expert"], DateTimeOffset.UtcNow);
        var workshop = Workshop.Create(today.AddDays(-5), "İAOSB Konferans Salonu", "İZKA", StaffZone, null, today, _users["staff"], DateTimeOffset.UtcNow);
        db.AddRange(visitA, visitB, workshop);
        await db.SaveChangesAsync();
        (VisitA, VisitB, WorkshopA) = (visitA.Id, visitB.Id, workshop.Id);
    }

    public static object StreamBody(string direction, string description, decimal amount, decimal? price, string? ewc = "15 01 01") => new
    {
        direction,
        kind = "Material",
        description,
        ewcCode = ewc,
        amount,
        unit = "Tonne",
        period = "PerYear",
        physicalState = "Solid",
        pricePerUnit = price,
        maxTransportKm = 80,
    };

    /// <summary>A valid permit body (valid for three years).</summary>
    public static object PermitBody(string number, params string[] codes) => new
    {
        authority = "İzmir Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü",
        number,
        validUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        wasteCodes = codes,
        operations = new[] { "R9", "R13" },
    };

    private async Task<Guid> PostPermitAsync(string who, Guid companyId, object body)
    {
        using var client = Client(who);
        using var response = await client.PostAsJsonAsync($"/api/v1/companies/{companyId}/permits", body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Adding a permit failed: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<Guid> PostStreamAsync(string who, Guid companyId, string direction, string description, decimal amount, decimal? price)
    {
        using var client = Client(who);
        using var response = await client.PostAsJsonAsync($"/api/v1/companies/{companyId}/streams", StreamBody(direction, description, amount, price));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating a stream failed: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private UserContext Context(string who) => new(_users[who], new HashSet<string>(), null, new HashSet<int>());

    private async Task<TestFirm> AddFirmAsync(string name, string firstNine, string nace, string district, int? zone, double lat, double lon, string email)
    {
        var vkn = firstNine + Vkn.ComputeCheckDigit(firstNine);
        var company = new Company(name, vkn, nace, district, SizeBand.Medium);
        company.SetAddress("Organize Sanayi Bölgesi", zone);
        company.SetLocation(new GeoPoint(lat, lon));
        company.SetContacts([new ContactPerson { FullName = "Deniz Yılmaz", Email = email, Phone = "+90 232 000 00 00", ConsentAt = DateTimeOffset.UtcNow }]);
        await using var db = Db();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return new TestFirm(company.Id, name, vkn, email, zone);
    }

    private async Task AddUserAsync(string who, string role, Guid? companyId, List<int> zones, bool twoFactor)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{who.ToLowerInvariant()}@api.test";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = who,
            CompanyId = companyId,
            Membership = companyId is null ? MembershipStatus.None : MembershipStatus.Active,
            ZoneIds = zones,
            TwoFactorEnabled = twoFactor,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        _users[who] = user.Id;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(DocumentsFolder))
        {
            Directory.Delete(DocumentsFolder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
