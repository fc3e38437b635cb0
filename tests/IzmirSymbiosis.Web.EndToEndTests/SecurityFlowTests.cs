using System.Net;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed partial class SecurityFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignUp_StaffConfirms_FirmSeesOnlyItsOwnData()
    {
        // 1. A firm signs up for a new company in İAOSB (zone 1).
        var email = $"yeni.{Guid.NewGuid():N}@firma.example.com.tr";
        var vkn = fixture.NextVkn();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.Locator("[data-testid=reg-name]").FillAsync("Ayşe Çelik");
        await page.Locator("[data-testid=reg-email]").FillAsync(email);
        await page.Locator("[data-testid=reg-password]").FillAsync("kısa");
        await page.Locator("[data-testid=reg-vkn]").FillAsync(vkn);
        await page.Locator("[data-testid=reg-company]").FillAsync("Çiğli Yeni Plastik A.Ş.");
        await page.Locator("[data-testid=reg-nace]").FillAsync("22.22");
        await page.Locator("[data-testid=reg-district]").FillAsync("Çiğli");
        await page.Locator("[data-testid=reg-zone]").SelectOptionAsync(new SelectOptionValue { Value = "1" });
        await page.Locator("[data-testid=reg-submit]").ClickAsync();
        await Expect(page.Locator(".form-field.has-error")).ToContainTextAsync("Parola en az 12 karakter olmalıdır.");

        await page.Locator("[data-testid=reg-password]").FillAsync("uzun ve akılda kalan bir parola");
        await page.Locator("[data-testid=reg-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=register-done]")).ToBeVisibleAsync();

        // Nothing exists for the firm until the e-mail link is followed.
        Assert.Null(await UserAsync(email));
        await page.GotoAsync(fixture.LastMailLink(email));
        await page.Locator("[data-testid=confirm-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=confirm-done]")).ToBeVisibleAsync();
        Assert.Equal(MembershipStatus.Pending, (await UserAsync(email))!.Membership);

        // 2. Before approval the firm user gets the waiting page, not the app's pages.
        var pending = await fixture.SignInAsync(email, "uzun ve akılda kalan bir parola");
        await pending.GotoAsync("/companies");
        await Expect(pending).ToHaveURLAsync(new Regex("/account/pending$"));
        await Expect(pending.Locator("h1")).ToHaveTextAsync("Hesabınız onay bekliyor");
        await Expect(pending.Locator("[data-testid=pending-who]")).ToContainTextAsync("OSB'nin yetkili personeli");
        await Expect(pending.Locator("[data-testid=pending-approval]")).Not.ToContainTextAsync("İAOSB");

        // 3. OIZ staff of the zone confirm.
        var staff = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await staff.GotoAsync("/staff/memberships");
        var row = staff.Locator("[data-testid=membership-row]").Filter(new() { HasText = email });
        await row.Locator("[data-testid=membership-approve]").ClickAsync();
        await Expect(staff.Locator("[data-testid=membership-row]").Filter(new() { HasText = email })).ToHaveCountAsync(0);

        // 4. The firm signs in again and sees its own firm only.
        var firm = await fixture.SignInAsync(email, "uzun ve akılda kalan bir parola");
        await firm.GotoAsync("/companies");
        await firm.WaitForInteractiveAsync("company-search");
        var links = firm.Locator("[data-testid=company-link]");
        await Expect(links).ToHaveCountAsync(1);
        await Expect(links.First).ToHaveTextAsync("Çiğli Yeni Plastik A.Ş.");
        var response = await firm.GotoAsync($"/companies/{fixture.KnownCompany.Id}");
        Assert.Equal(404, response!.Status);
        Assert.DoesNotContain(fixture.KnownCompany.LegalName, await firm.ContentAsync(), StringComparison.Ordinal);

        // 5. Other firms' offers are anonymised in the rendered HTML.
        await firm.GotoAsync("/offers");
        await firm.WaitForInteractiveAsync("offer-search");
        await firm.Input("offer-search").FillAsync("çam talaşı");
        await Expect(firm.Locator("[data-testid=offers-table]")).ToContainTextAsync("Islak çam talaşı");
        var html = await firm.ContentAsync();
        Assert.DoesNotContain(fixture.KnownCompany.LegalName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.KnownCompany.TaxNumber, html, StringComparison.Ordinal);
        Assert.Contains("Anonim firma", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountAndAuditsEachAttempt()
    {
        var user = await fixture.AddUserAsync("kilit", role: null, twoFactor: false);
        using var http = HttpLogin.Client(fixture.App.BaseUrl);

        for (var i = 0; i < 4; i++)
        {
            using var wrong = await HttpLogin.SignInAsync(http, user.Email!, "bu parola yanlış bir parola");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("E-posta veya parola hatalı.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // The fifth failure locks the account; after that even the right password is refused.
        using var fifth = await HttpLogin.SignInAsync(http, user.Email!, "bu parola yanlış bir parola");
        Assert.EndsWith("/account/lockout", fifth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var right = await HttpLogin.SignInAsync(http, user.Email!, BrowserFixture.TestPassword);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.EndsWith("/account/lockout", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var events = await fixture.AuditEventsAsync(user.Id);
        Assert.True(events.Count(e => e == AuditEventTypes.LoginFailed) >= 4, string.Join(",", events));
        Assert.Contains(AuditEventTypes.LockedOut, events);
    }

    [Fact]
    public async Task Expert_WithoutTwoFactor_IsSentToSetupAndSeesNothingUntilEnabled()
    {
        var expert = await fixture.AddUserAsync("uzman", IzmirSymbiosis.Application.Security.Roles.Expert, twoFactor: false);
        using var http = HttpLogin.Client(fixture.App.BaseUrl);

        using var login = await HttpLogin.SignInAsync(http, expert.Email!, BrowserFixture.TestPassword);
        Assert.EndsWith("/account/2fa", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using (var before = await http.GetAsync($"/companies/{fixture.KnownCompany.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        // The key appears only after the password, and counts only once a code from it is confirmed.
        Assert.DoesNotContain("2fa-key", await http.GetStringAsync("/account/2fa"), StringComparison.Ordinal);
        using var start = await HttpLogin.PostFormAsync(http, "/account/2fa", "2fa-reauth", new() { ["Input.Password"] = BrowserFixture.TestPassword, ["Input.Action"] = "enrol" });
        var setup = await start.Content.ReadAsStringAsync();
        var key = KeyRegex().Match(setup).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var ticket = TicketRegex().Match(setup).Groups[1].Value;
        using var enable = await HttpLogin.PostFormAsync(http, "/account/2fa", "2fa-verify", new() { ["Input.Ticket"] = ticket, ["Input.Code"] = Totp.Code(key) });
        Assert.Contains("data-testid=\"2fa-enabled\"", await enable.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var after = await http.GetAsync($"/companies/{fixture.KnownCompany.Id}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(AuditEventTypes.TwoFactorEnabled, await fixture.AuditEventsAsync(expert.Id));
    }

    [Fact]
    public async Task Logout_EndsTheSessionEverywhere()
    {
        var user = await fixture.AddUserAsync("cikis", IzmirSymbiosis.Application.Security.Roles.Expert, twoFactor: true);
        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword, BrowserFixture.TestTotpKey);
        using var other = HttpLogin.Client(fixture.App.BaseUrl);
        using (var otherLogin = await HttpLogin.SignInAsync(other, user.Email!, BrowserFixture.TestPassword, BrowserFixture.TestTotpKey))
        {
            Assert.Equal(HttpStatusCode.Redirect, otherLogin.StatusCode);
        }

        using (var ok = await other.GetAsync($"/companies/{fixture.KnownCompany.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        await page.Locator("[data-testid=logout]").ClickAsync();
        await Expect(page.Locator("[data-testid=login-link]")).ToBeVisibleAsync();

        // The other session's cookie carries the old security stamp: no data any more.
        using var after = await other.GetAsync($"/companies/{fixture.KnownCompany.Id}");
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(AuditEventTypes.Logout, await fixture.AuditEventsAsync(user.Id));
    }

    [Fact]
    public async Task Logout_CrossSitePostWithoutToken_KeepsTheSession()
    {
        var user = await fixture.AddUserAsync("capraz", role: null, twoFactor: false);
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using (var login = await HttpLogin.SignInAsync(http, user.Email!, BrowserFixture.TestPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        // What a hostile page's auto-submitted form sends: the victim's cookies, no token.
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/account/logout") { Content = new FormUrlEncodedContent([]) };
        forged.Headers.Add("Origin", "https://evil.example");
        using var refused = await http.SendAsync(forged);
        using var stillIn = await http.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.DoesNotContain(AuditEventTypes.Logout, await fixture.AuditEventsAsync(user.Id));

        // The app's own form (token from the page) still signs out.
        using var real = await HttpLogin.PostWithTokenFromAsync(http, "/profile", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        using var after = await http.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_RefusesUpdateAndDeleteFromTheAppsConnection()
    {
        await using var conn = new NpgsqlConnection(fixture.App.ConnectionString);
        await conn.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE audit_events SET details = 'x'", conn);
        await using var delete = new NpgsqlCommand("DELETE FROM audit_events", conn);

        await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task PasswordReset_LinkFromMail_SetsANewPassword()
    {
        var user = await fixture.AddUserAsync("sifre", role: null, twoFactor: false);
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        using (var forgot = await HttpLogin.PostFormAsync(http, "/account/forgot-password", "forgot", new() { ["Input.Email"] = user.Email! }))
        {
            Assert.Contains("data-testid=\"forgot-sent\"", await forgot.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var link = new Uri(fixture.LastMailLink(user.Email!));
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        using var reset = await HttpLogin.PostFormAsync(http, link.PathAndQuery, "reset", new()
        {
            ["Input.Email"] = query["email"]!,
            ["Input.Code"] = query["code"]!,
            ["Input.Password"] = "yepyeni ve uzun bir parola",
        });
        Assert.Contains("data-testid=\"reset-done\"", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var login = await HttpLogin.SignInAsync(HttpLogin.Client(fixture.App.BaseUrl), user.Email!, "yepyeni ve uzun bir parola");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.DoesNotContain("login", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_StaffSendsLink_PersonSetsPasswordAndSeesTheFirm()
    {
        var staff = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await staff.GotoAsync("/staff/memberships");
        await staff.WaitForInteractiveAsync("invite-name");
        var email = $"davet.{Guid.NewGuid():N}@firma.example.com.tr";
        await staff.Input("invite-name").FillAsync("Mehmet Davetli");
        await staff.Input("invite-email").FillAsync(email);
        await staff.Locator("[data-testid=invite-send]").ClickAsync();
        var link = await staff.Locator("[data-testid=invite-link]").TextContentAsync();
        Assert.Equal(link, fixture.LastMailLink(email));

        var invited = await fixture.NewPageAsync();
        await invited.GotoAsync(link!);
        await invited.Locator("[data-testid=reset-password]").FillAsync("davetlinin uzun parolası");
        await invited.Locator("[data-testid=reset-submit]").ClickAsync();
        await Expect(invited.Locator("[data-testid=reset-done]")).ToBeVisibleAsync();

        var firm = await fixture.SignInAsync(email, "davetlinin uzun parolası");
        await firm.GotoAsync("/companies");
        await firm.WaitForInteractiveAsync("company-search");
        await Expect(firm.Locator("[data-testid=company-link]")).ToHaveCountAsync(1);
    }

    private async Task<AppUser?> UserAsync(string email)
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }

    [GeneratedRegex("data-testid=\"2fa-key\">([a-z0-9 ]+)<")]
    internal static partial Regex KeyRegex();

    [GeneratedRegex("name=\"Input.Ticket\" value=\"([^\"]+)\"")]
    internal static partial Regex TicketRegex();
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task LoginPosts_OverTheLimit_Answer429()
    {
        await using var app = await AppServer.StartAsync(new() { ["Security:AccountPostsPerMinute"] = "3", ["Database:SeedDemo"] = "false" });
        using var http = HttpLogin.Client(app.BaseUrl);
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await HttpLogin.SignInAsync(http, "yok@example.com.tr", "bir parola bir parola");
            codes.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task SignUpPosts_OverTheLimit_Answer429()
    {
        await using var app = await AppServer.StartAsync(new() { ["Security:AccountPostsPerMinute"] = "3", ["Database:SeedDemo"] = "false" });
        using var http = HttpLogin.Client(app.BaseUrl);
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await HttpLogin.PostFormAsync(http, "/account/register", "register", new()
            {
                ["Input.FullName"] = "Seri Kayıt",
                ["Input.Email"] = $"seri.{i}@example.com.tr",
                ["Input.Password"] = "bir parola bir parola",
            });
            codes.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }
}
