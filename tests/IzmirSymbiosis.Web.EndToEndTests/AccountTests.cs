using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>Account features seen from the outside: the profile page, sign-up, sign-in answers.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountTests(BrowserFixture fixture)
{
    // Turkish short dates have no leading zero in the day (1.03.2027), and the date is Türkiye's.
    private static string ExpiryDay() =>
        DateTimeOffset.UtcNow.AddDays(90).ToOffset(TimeSpan.FromHours(3)).ToString("d", CultureInfo.GetCultureInfo("tr-TR"));

    [Fact]
    public async Task Profile_NewToken_ShowsItsExpiryDateInTurkish()
    {
        var user = await fixture.AddUserAsync("anahtar", role: null, twoFactor: false);
        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        await page.GotoAsync("/profile");
        await page.WaitForInteractiveAsync("token-name");
        var before = ExpiryDay();

        await page.Input("token-name").FillAsync("ERP aktarımı");
        await page.Locator("[data-testid=token-create]").ClickAsync();
        await Expect(page.Locator("[data-testid=token-secret]")).ToBeVisibleAsync();

        var after = ExpiryDay();
        var expires = await page.Locator("[data-testid=token-expires]").First.TextContentAsync();
        Assert.Contains(expires?.Trim(), new[] { before, after });
        await Expect(page.Locator("[data-testid=token-table]")).ToContainTextAsync("Geçerlilik sonu");
        await Expect(page.Locator("body")).ToContainTextAsync("Anahtarlar oluşturulduktan 90 gün sonra geçersiz olur.");

        // Two-factor settings are one click away.
        await page.Locator("[data-testid=profile-2fa]").ClickAsync();
        await Expect(page.Locator("[data-testid='2fa-password']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TwoFactorSecrets_InTheDatabase_AreNotPlainAndTotpAndRecoveryCodeLoginsWork()
    {
        var user = await fixture.AddUserAsync("gizli", role: null, twoFactor: true);
        List<string> codes;
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            codes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 8))!];
        }

        var key = await RawTokenAsync(user.Id, "AuthenticatorKey");
        var stored = await RawTokenAsync(user.Id, "RecoveryCodes");
        Assert.DoesNotContain(BrowserFixture.TestTotpKey, key, StringComparison.OrdinalIgnoreCase);
        Assert.All(codes, c => Assert.DoesNotContain(c[..5], stored, StringComparison.OrdinalIgnoreCase));
        var demoExpert = await RawTokenAsync(await UserIdAsync(DemoUsers.Expert), "AuthenticatorKey");
        Assert.DoesNotContain(DemoUsers.ExpertKey, demoExpert, StringComparison.OrdinalIgnoreCase);

        using var withTotp = HttpLogin.Client(fixture.App.BaseUrl);
        using (var login = await HttpLogin.SignInAsync(withTotp, user.Email!, BrowserFixture.TestPassword, BrowserFixture.TestTotpKey))
        {
            Assert.Equal("/", PathOf(login));
        }

        Assert.Equal(HttpStatusCode.OK, (await withTotp.GetAsync("/profile")).StatusCode);
        Assert.Equal("/", await SignInWithRecoveryCodeAsync(user.Email!, codes[0]));
        Assert.NotEqual("/", await SignInWithRecoveryCodeAsync(user.Email!, codes[0]));
        Assert.Equal("/", await SignInWithRecoveryCodeAsync(user.Email!, codes[1].ToLowerInvariant()));
    }

    [Fact]
    public async Task DataProtectionKeys_AnotherInstanceOnTheSameDatabase_AcceptsSessionsAndAuthenticatorKeys()
    {
        await using var second = fixture.App.StartAnotherInstance();
        var cookies = new CookieContainer();

        // Signed in on the first instance (demo expert: key stored encrypted by the first instance's seeding)...
        using (var first = HttpLogin.Client(fixture.App.BaseUrl, cookies))
        using (var login = await HttpLogin.SignInAsync(first, DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey))
        {
            Assert.Equal("/", PathOf(login));
        }

        // ...the second instance reads the same cookie (cookies do not depend on the port)...
        using var other = HttpLogin.Client(second.BaseUrl, cookies);
        using var profile = await other.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);

        // ...and decrypts the stored authenticator key for a fresh sign-in of its own.
        using var fresh = HttpLogin.Client(second.BaseUrl);
        using var again = await HttpLogin.SignInAsync(fresh, DemoUsers.Admin, DemoUsers.Password, DemoUsers.AdminKey);
        Assert.Equal("/", PathOf(again));

        await using var conn = new NpgsqlConnection(fixture.App.ConnectionString);
        await conn.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys", conn);
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
    }

    [Fact]
    public async Task TwoFactorPage_SessionWithoutPassword_NeverSeesTheKeyNorGetsRecoveryCodes()
    {
        var user = await fixture.AddUserAsync("oturum", role: null, twoFactor: true);
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using (var login = await HttpLogin.SignInAsync(http, user.Email!, BrowserFixture.TestPassword, BrowserFixture.TestTotpKey))
        {
            Assert.Equal("/", PathOf(login));
        }

        // Whatever a session holder posts without the password: no key, no codes.
        var answers = new List<string> { await http.GetStringAsync("/account/2fa") };
        foreach (var (form, fields) in new (string, Dictionary<string, string>)[]
        {
            ("enable-2fa", new() { ["Input.Code"] = "000000" }),
            ("2fa-verify", new() { ["Input.Code"] = Totp.Code(BrowserFixture.TestTotpKey), ["Input.Ticket"] = "forged" }),
            ("2fa-reauth", new() { ["Input.Code"] = Totp.Code(BrowserFixture.TestTotpKey), ["Input.Action"] = "codes" }),
            ("2fa-reauth", new() { ["Input.Password"] = "yanlış ama uzun bir parola", ["Input.Code"] = Totp.Code(BrowserFixture.TestTotpKey), ["Input.Action"] = "enrol" }),
            ("2fa-reauth", new() { ["Input.Password"] = BrowserFixture.TestPassword, ["Input.Action"] = "codes" }),
        })
        {
            using var response = await HttpLogin.PostFormAsync(http, "/account/2fa", form, fields);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        foreach (var html in answers)
        {
            Assert.DoesNotContain("2fa-key", html, StringComparison.Ordinal);
            Assert.DoesNotContain("2fa-recovery", html, StringComparison.Ordinal);
            Assert.DoesNotContain(BrowserFixture.TestTotpKey[..8], html.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains("Parola ya da kod hatalı.", WebUtility.HtmlDecode(answers[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactorPage_PasswordAndCurrentCode_IssuesCodesAndReplacesTheKeyOnlyWhenConfirmed()
    {
        var user = await fixture.AddUserAsync("yenile", role: null, twoFactor: true);
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using (var login = await HttpLogin.SignInAsync(http, user.Email!, BrowserFixture.TestPassword, BrowserFixture.TestTotpKey))
        {
            Assert.Equal("/", PathOf(login));
        }

        using var codes = await HttpLogin.PostFormAsync(http, "/account/2fa", "2fa-reauth", new()
        {
            ["Input.Password"] = BrowserFixture.TestPassword,
            ["Input.Code"] = Totp.Code(BrowserFixture.TestTotpKey),
            ["Input.Action"] = "codes",
        });
        Assert.Contains("data-testid=\"2fa-recovery\"", await codes.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reenrol = await HttpLogin.PostFormAsync(http, "/account/2fa", "2fa-reauth", new()
        {
            ["Input.Password"] = BrowserFixture.TestPassword,
            ["Input.Code"] = Totp.Code(BrowserFixture.TestTotpKey),
            ["Input.Action"] = "enrol",
        });
        var page = await reenrol.Content.ReadAsStringAsync();
        var newKey = SecurityFlowTests.KeyRegex().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var ticket = SecurityFlowTests.TicketRegex().Match(page).Groups[1].Value;
        Assert.Equal(32, newKey.Length);
        Assert.NotEqual(BrowserFixture.TestTotpKey, newKey);

        // Shown but not confirmed: the old key still signs in.
        Assert.Equal("/", await SignInWithKeyAsync(user.Email!, BrowserFixture.TestTotpKey));

        using var confirm = await HttpLogin.PostFormAsync(http, "/account/2fa", "2fa-verify", new() { ["Input.Ticket"] = ticket, ["Input.Code"] = Totp.Code(newKey) });
        Assert.Contains("data-testid=\"2fa-recovery\"", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/", await SignInWithKeyAsync(user.Email!, newKey));
        Assert.NotEqual("/", await SignInWithKeyAsync(user.Email!, BrowserFixture.TestTotpKey));
    }

    [Fact]
    public async Task ForgotPassword_KnownAndUnknownAddress_SameAnswerSameWorkMailOnlyToTheAccount()
    {
        var user = await fixture.AddUserAsync("unuttum", role: null, twoFactor: false);
        var unknown = $"yok.{Guid.NewGuid():N}@test.example.com.tr";
        var auditBefore = await PasswordResetAuditCountAsync();

        var known = await ForgotAsync(user.Email!);
        var missing = await ForgotAsync(unknown);

        Assert.Equal(known, missing);
        Assert.Contains("data-testid=\"forgot-sent\"", known, StringComparison.Ordinal);
        Assert.NotNull(fixture.LastMailLink(user.Email!));
        Assert.Null(FileEmailSenderLink(unknown));

        // Both requests do the same work, audit row included (no address stored for the unknown one).
        Assert.Equal(auditBefore + 2, await PasswordResetAuditCountAsync());
    }

    [Fact]
    public async Task SignUp_KnownEmailOrVkn_SameAnswerAndNothingCreatedUntilTheMailboxConfirms()
    {
        var fresh = $"yeni.{Guid.NewGuid():N}@firma.example.com.tr";
        var joiner = $"katilan.{Guid.NewGuid():N}@firma.example.com.tr";
        var newVkn = fixture.NextVkn();

        var answers = new[]
        {
            await SignUpAsync(fresh, newVkn),
            await SignUpAsync(DemoUsers.Firm, fixture.NextVkn()),
            await SignUpAsync(joiner, fixture.KnownCompany.TaxNumber),
        };

        Assert.All(answers, a => Assert.Contains("data-testid=\"register-done\"", a, StringComparison.Ordinal));
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
        Assert.DoesNotContain("zaten", WebUtility.HtmlDecode(answers[1]), StringComparison.OrdinalIgnoreCase);

        // Nothing for the firms yet; the known address's owner is told someone tried, with a reset link.
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await db.Users.AnyAsync(u => u.Email == fresh || u.Email == joiner));
            Assert.False(await db.Companies.AnyAsync(c => c.TaxNumber == newVkn));
        }

        Assert.EndsWith("/account/forgot-password", fixture.LastMailLink(DemoUsers.Firm), StringComparison.Ordinal);

        // The mailbox owners confirm: a new firm for one, a pending membership of the known firm for the other.
        // Both read the same page: a mailbox owner does not learn whether the VKN was registered.
        var newFirmPage = WebUtility.HtmlDecode(await ConfirmAsync(fixture.LastMailLink(fresh)));
        var joinedPage = WebUtility.HtmlDecode(await ConfirmAsync(fixture.LastMailLink(joiner)));
        Assert.Contains("data-testid=\"confirm-done\"", newFirmPage, StringComparison.Ordinal);
        Assert.Equal(Text(newFirmPage, "confirm-done"), Text(joinedPage, "confirm-done"));
        Assert.Contains("data-testid=\"confirm-invalid\"", await ConfirmAsync(fixture.LastMailLink(fresh)), StringComparison.Ordinal);

        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var created = await db.Users.AsNoTracking().SingleAsync(u => u.Email == fresh);
            var company = await db.Companies.AsNoTracking().SingleAsync(c => c.TaxNumber == newVkn);
            Assert.Equal(company.Id, created.CompanyId);
            Assert.Equal("Karşıyaka Geri Dönüşüm A.Ş.", company.LegalName);
            Assert.Equal(MembershipStatus.Pending, created.Membership);
            Assert.True(created.EmailConfirmed);
            var member = await db.Users.AsNoTracking().SingleAsync(u => u.Email == joiner);
            Assert.Equal(fixture.KnownCompany.Id, member.CompanyId);
            Assert.Equal(MembershipStatus.Pending, member.Membership);
            Assert.Equal(fixture.KnownCompany.LegalName, (await db.Companies.AsNoTracking().SingleAsync(c => c.Id == fixture.KnownCompany.Id)).LegalName);
            Assert.False(await db.PendingRegistrations.AnyAsync(r => r.Email == fresh || r.Email == joiner));
        }

        using var login = HttpLogin.Client(fixture.App.BaseUrl);
        using var signedIn = await HttpLogin.SignInAsync(login, fresh, "kayıt olanın uzun parolası");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task SignUp_InvalidFields_TranslatedMessagesAtTheFieldsAndNothingStored()
    {
        var email = $"hatali.{Guid.NewGuid():N}@firma.example.com.tr";
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using var response = await HttpLogin.PostFormAsync(http, "/account/register", "register", new()
        {
            ["Input.FullName"] = "Hatalı Kayıt",
            ["Input.Email"] = email,
            ["Input.Password"] = "kısa",
            ["Input.TaxNumber"] = "1234567890",
            ["Input.LegalName"] = "Hatalı A.Ş.",
            ["Input.NaceCode"] = "99.99",
            ["Input.District"] = "Bornova",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Parola en az 12 karakter olmalıdır.", html, StringComparison.Ordinal);
        Assert.Contains("has-error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"register-done\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"kısa\"", html, StringComparison.Ordinal);
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.False(await db.PendingRegistrations.AnyAsync(r => r.Email == email));
    }

    [Theory]
    [InlineData(MembershipStatus.Pending, "Hesabınız onay bekliyor")]
    [InlineData(MembershipStatus.Rejected, "Üyelik talebiniz onaylanmadı")]
    public async Task UnapprovedMember_GetsTheWaitingPageAndNoMarketData(MembershipStatus status, string title)
    {
        var user = await fixture.AddUserAsync("bekleyen", IzmirSymbiosis.Application.Security.Roles.FirmUser, twoFactor: false);
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.CompanyId, fixture.Receiver.Id)
                .SetProperty(u => u.Membership, status));
        }

        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using (var login = await HttpLogin.SignInAsync(http, user.Email!, BrowserFixture.TestPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        foreach (var path in new[] { "/", "/companies", "/offers", "/matches", "/profile", $"/companies/{fixture.Receiver.Id}" })
        {
            using var page = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/account/pending", PathOf(page));
        }

        var waiting = WebUtility.HtmlDecode(await http.GetStringAsync("/account/pending"));
        Assert.Contains($"<h1>{title}</h1>", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Receiver.LegalName, waiting, StringComparison.Ordinal);
        using (var privacy = await http.GetAsync("/privacy"))
        {
            Assert.Equal(HttpStatusCode.OK, privacy.StatusCode);
        }

        // The API (same cookie) has nothing for them either: empty lists, their own firm unknown.
        var offers = await http.GetStringAsync("/api/v1/offers");
        var companies = await http.GetStringAsync("/api/v1/companies");
        Assert.DoesNotContain("çam talaşı", offers, StringComparison.Ordinal);
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(offers).RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(companies).RootElement.GetProperty("items").GetArrayLength());
        using var own = await http.GetAsync($"/api/v1/companies/{fixture.Receiver.Id}");
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
    }

    private async Task<string> SignUpAsync(string email, string vkn)
    {
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using var response = await HttpLogin.PostFormAsync(http, "/account/register", "register", new()
        {
            ["Input.FullName"] = "Deniz Kaya",
            ["Input.Email"] = email,
            ["Input.Password"] = "kayıt olanın uzun parolası",
            ["Input.TaxNumber"] = vkn,
            ["Input.LegalName"] = "Karşıyaka Geri Dönüşüm A.Ş.",
            ["Input.NaceCode"] = "38.32",
            ["Input.District"] = "Karşıyaka",
            ["Input.ZoneId"] = "1",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await NormalisedAsync(response);
    }

    /// <summary>The text of the element with a data-testid in a page.</summary>
    private static string Text(string html, string testId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>(?<text>[^<]*)<");
        Assert.True(match.Success, testId);
        return match.Groups["text"].Value;
    }

    private async Task<string> ConfirmAsync(string link)
    {
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        var path = new Uri(link).PathAndQuery;
        using var response = await HttpLogin.PostFormAsync(http, path, "confirm", new() { ["Input.Token"] = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"]! });
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> ForgotAsync(string email)
    {
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using var response = await HttpLogin.PostFormAsync(http, "/account/forgot-password", "forgot", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await NormalisedAsync(response);
    }

    private static async Task<string> NormalisedAsync(HttpResponseMessage response)
    {
        // Per-response values (antiforgery token, protected state blobs, MudBlazor's generated element
        // ids) aside, the pages must be equal.
        var html = GeneratedValues().Replace(await response.Content.ReadAsStringAsync(), "$1=\"…\"");
        return Blob().Replace(html, "…");
    }

    private string? FileEmailSenderLink(string email)
    {
        Task.Run(fixture.WaitForBackgroundWorkAsync).GetAwaiter().GetResult();
        var options = fixture.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IzmirSymbiosis.Web.Security.MailOptions>>().Value;
        return IzmirSymbiosis.Web.Security.FileEmailSender.LastLinkFor(options.PickupDirectory, email);
    }

    private async Task<int> PasswordResetAuditCountAsync()
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.CountAsync(e => e.EventType == IzmirSymbiosis.Domain.Auditing.AuditEventTypes.PasswordReset);
    }

    [GeneratedRegex("\\b(value|id|for|aria-[a-z]+)=\"[^\"]*\"")]
    private static partial Regex GeneratedValues();

    [GeneratedRegex("[A-Za-z0-9+/=_\\-]{40,}")]
    private static partial Regex Blob();

    private async Task<string?> SignInWithKeyAsync(string email, string key)
    {
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using var login = await HttpLogin.SignInAsync(http, email, BrowserFixture.TestPassword, key);
        return PathOf(login);
    }

    private async Task<string?> SignInWithRecoveryCodeAsync(string email, string code)
    {
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using var login = await HttpLogin.SignInAsync(http, email, BrowserFixture.TestPassword);
        Assert.Contains("login-2fa", login.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var second = await HttpLogin.PostFormAsync(http, login.Headers.Location!.OriginalString, "login-2fa", new() { ["Input.Code"] = code });
        return PathOf(second);
    }

    /// <summary>The path a response redirects to (null when it does not redirect).</summary>
    private static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;

    private async Task<Guid> UserIdAsync(string email)
    {
        using var scope = fixture.App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<string> RawTokenAsync(Guid userId, string name)
    {
        await using var conn = new NpgsqlConnection(fixture.App.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT value FROM user_tokens WHERE user_id = @u AND name = @n", conn);
        cmd.Parameters.AddWithValue("u", userId);
        cmd.Parameters.AddWithValue("n", name);
        return (string?)await cmd.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No {name} stored.");
    }
}
