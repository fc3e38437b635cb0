using System.Globalization;
using System.Net;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>Account features seen from the outside: the profile page, sign-up, sign-in answers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Profile_NewToken_ShowsItsExpiryDateInTurkish()
    {
        var user = await fixture.AddUserAsync("anahtar", role: null, twoFactor: false);
        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        await page.GotoAsync("/profile");
        await page.WaitForInteractiveAsync("token-name");
        var before = DateTimeOffset.Now.AddDays(90).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

        await page.Input("token-name").FillAsync("ERP aktarımı");
        await page.Locator("[data-testid=token-create]").ClickAsync();
        await Expect(page.Locator("[data-testid=token-secret]")).ToBeVisibleAsync();

        var after = DateTimeOffset.Now.AddDays(90).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var expires = await page.Locator("[data-testid=token-expires]").First.TextContentAsync();
        Assert.Contains(expires?.Trim(), new[] { before, after });
        await Expect(page.Locator("[data-testid=token-table]")).ToContainTextAsync("Geçerlilik sonu");
        await Expect(page.Locator("body")).ToContainTextAsync("Anahtarlar oluşturulduktan 90 gün sonra geçersiz olur.");
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
