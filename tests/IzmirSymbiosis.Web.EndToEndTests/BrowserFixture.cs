using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>One app server and one headless Debian Chromium for the end-to-end collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private int _nextVkn = 7_000_000;
    private IPlaywright? _playwright;
    private string? _adminState;

    /// <summary>The running app.</summary>
    public AppServer App { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A firm the tests add themselves, so they do not depend on the demo generator's names.</summary>
    public Company KnownCompany { get; private set; } = null!;

    /// <summary>A firm that needs what <see cref="KnownCompany"/> offers.</summary>
    public Company Receiver { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        App = await AppServer.StartAsync();
        KnownCompany = new Company("İZMİR ISLAK TALAŞ GERİ KAZANIM A.Ş.", "9876543217", "38.32", "Torbalı", SizeBand.Small);
        KnownCompany.SetLocation(new GeoPoint(38.16, 27.36));
        Receiver = new Company("Ege Yonga Levha Sanayi A.Ş.", "9876543209", "16.21", "Torbalı", SizeBand.Medium);
        Receiver.SetLocation(new GeoPoint(38.18, 27.35));
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Companies.AddRange(KnownCompany, Receiver);
            await db.SaveChangesAsync();
        }

        // Through the service, as a user would, so the stored matches follow.
        using (var scope = AdminScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<StreamService>();
            await streams.CreateAsync(Receiver.Id, new StreamInput(StreamDirection.Need, ResourceKind.Material, "Yonga levha için talaş", "03 01 05", 400, QuantityUnit.Tonne, QuantityPeriod.PerYear));
            await streams.CreateAsync(KnownCompany.Id, new StreamInput(StreamDirection.Offer, ResourceKind.Material, "Islak çam talaşı", "03 01 05", 350, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        }

        await WaitForBackgroundWorkAsync();

        // Assertions wait as long as actions do: the 5 s default is too short on a loaded 2-core CI machine.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
            ],
        });
    }

    /// <summary>Adds a firm with a valid VKN near Torbalı.</summary>
    public async Task<Company> AddCompanyAsync(string name, string nace)
    {
        var company = new Company(name, NextVkn(), nace, "Torbalı", SizeBand.Small);
        company.SetLocation(new GeoPoint(38.17, 27.37));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    /// <summary>Adds a sawdust offer through the stream service (so it is matched).</summary>
    public async Task AddOfferAsync(Guid companyId, string description)
    {
        using var scope = AdminScope();
        await scope.ServiceProvider.GetRequiredService<StreamService>().CreateAsync(
            companyId,
            new StreamInput(StreamDirection.Offer, ResourceKind.Material, description, "03 01 05", 200, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        await WaitForBackgroundWorkAsync();
    }

    /// <summary>
    /// Holds the background worker back: readers of <c>matches</c> pass, writers wait (a lock in an
    /// open owner transaction) until the result is disposed.
    /// </summary>
    public async Task<IAsyncDisposable> HoldMatchWritesAsync()
    {
        var conn = new Npgsql.NpgsqlConnection(App.Connections!.Migrations);
        await conn.OpenAsync();
        var tx = await conn.BeginTransactionAsync();
        await using (var cmd = new Npgsql.NpgsqlCommand("LOCK TABLE matches IN SHARE ROW EXCLUSIVE MODE", conn, tx))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        return new MatchWriteHold(conn, tx);
    }

    private sealed class MatchWriteHold(Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    /// <summary>The company of a demo account (for example <see cref="DemoUsers.Firm"/>).</summary>
    public async Task<Guid> DemoCompanyOfAsync(string email)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.CompanyId!.Value).SingleAsync();
    }

    /// <summary>Waits until the app's background worker has matched every saved change and sent every queued mail.</summary>
    public Task WaitForBackgroundWorkAsync() => App.Services.GetRequiredService<IBackgroundJobs>().WaitForIdleAsync();

    /// <summary>A DI scope whose services act as an admin (set-up work outside any request).</summary>
    public IServiceScope AdminScope()
    {
        var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IzmirSymbiosis.Web.Security.ActingUser>().User = new IzmirSymbiosis.Application.Security.UserContext(
            Guid.NewGuid(), new HashSet<string> { IzmirSymbiosis.Application.Security.Roles.Admin }, null, new HashSet<int>());
        return scope;
    }

    /// <summary>Password of users the tests create.</summary>
    public const string TestPassword = "test kullanıcısının uzun parolası";

    /// <summary>Authenticator key of users the tests create with 2FA on.</summary>
    public const string TestTotpKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /// <summary>A fresh valid VKN.</summary>
    public string NextVkn()
    {
        var nine = (100_000_000 + Interlocked.Increment(ref _nextVkn)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return nine + Vkn.ComputeCheckDigit(nine);
    }

    /// <summary>Creates an account directly through Identity (role null: no role).</summary>
    public async Task<AppUser> AddUserAsync(string prefix, string? role, bool twoFactor)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{prefix}.{Guid.NewGuid():N}@test.example.com.tr";
        var user = new AppUser { UserName = email, Email = email, DisplayName = prefix };
        Check(await users.CreateAsync(user, TestPassword));
        if (role is not null)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        if (twoFactor)
        {
            var store = (IUserAuthenticatorKeyStore<AppUser>)scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>();
            await store.SetAuthenticatorKeyAsync(user, TestTotpKey, CancellationToken.None);
            Check(await users.UpdateAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return user;

        static void Check(IdentityResult r) => Assert.True(r.Succeeded, string.Join(",", r.Errors.Select(e => e.Code)));
    }

    /// <summary>The audit event types recorded about a user, oldest first.</summary>
    public async Task<List<string>> AuditEventsAsync(Guid userId)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.Where(e => e.ActorUserId == userId || e.SubjectUserId == userId).OrderBy(e => e.Id).Select(e => e.EventType).ToListAsync();
    }

    /// <summary>The last link the file mail sender wrote for an address.</summary>
    public string LastMailLink(string email)
    {
        // Mail goes through the job queue: wait until it is written (no sleeping, no guessing).
        Task.Run(WaitForBackgroundWorkAsync).GetAwaiter().GetResult();
        var options = App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IzmirSymbiosis.Web.Security.MailOptions>>().Value;
        return IzmirSymbiosis.Web.Security.FileEmailSender.LastLinkFor(options.PickupDirectory, email)
            ?? throw new InvalidOperationException("No mail was written for " + email);
    }

    /// <summary>A new page in a fresh context (no cookies), with a generous default timeout for 2-core CI.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = "tr-TR" });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as the demo admin (password and authenticator code through the real forms).</summary>
    public async Task<IPage> NewAdminPageAsync()
    {
        _adminState ??= await SignInStateAsync(DemoUsers.Admin, DemoUsers.Password, DemoUsers.AdminKey);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = "tr-TR", StorageState = _adminState });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on a fresh page and returns it.</summary>
    public async Task<IPage> SignInAsync(string email, string password, string? totpKey = null)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("[data-testid=login-email]").FillAsync(email);
        await page.Locator("[data-testid=login-password]").FillAsync(password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        if (totpKey is not null)
        {
            await page.Locator("[data-testid=login-code]").FillAsync(Totp.Code(totpKey));
            await page.Locator("[data-testid=login-code-submit]").ClickAsync();
        }

        await Assertions.Expect(page.Locator("[data-testid=logout]")).ToBeVisibleAsync();
        return page;
    }

    private async Task<string> SignInStateAsync(string email, string password, string? totpKey)
    {
        var page = await SignInAsync(email, password, totpKey);
        var state = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
        return state;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
