using System.Diagnostics;
using System.Net;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The app's own password hasher, counting how often a password is checked (the app keeps hashing
/// and checking exactly as before: this only counts).
/// </summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verifications;

    /// <summary>Password checks so far.</summary>
    public int Verifications => Volatile.Read(ref _verifications);

    /// <inheritdoc />
    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    /// <inheritdoc />
    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>A server of its own whose password hasher counts checks (no demo data).</summary>
public sealed class SignInServerFixture : IAsyncLifetime
{
    public CountingPasswordHasher Hasher { get; } = new();

    public AppServer App { get; private set; } = null!;

    public async Task InitializeAsync() =>
        App = await AppServer.StartAsync(new() { ["Database:SeedDemo"] = "false" }, s => s.AddSingleton<IPasswordHasher<AppUser>>(Hasher));

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>A confirmed account with <see cref="BrowserFixture.TestPassword"/>.</summary>
    public async Task<AppUser> AddUserAsync(string prefix)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{prefix}.{Guid.NewGuid():N}@test.example.com.tr";
        var user = new AppUser { UserName = email, Email = email, DisplayName = prefix, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, BrowserFixture.TestPassword)).Succeeded);
        return user;
    }

    /// <summary>Forgets an account's failed sign-ins (between timing samples).</summary>
    public async Task ResetFailuresAsync(AppUser user)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.ResetAccessFailedCountAsync((await users.FindByIdAsync(user.Id.ToString()))!);
    }
}

/// <summary>
/// Sign-in answers the same way, at the same cost, whether or not the address has an account:
/// the same message, the password hasher run for unknown addresses too, the lockout page after the
/// same number of failures.
/// </summary>
public sealed class SignInAnswerTests(SignInServerFixture server, ITestOutputHelper output) : IClassFixture<SignInServerFixture>
{
    private const string Wrong = "bu parola yanlış bir parola";

    [Fact]
    public async Task Login_UnknownAddress_RunsThePasswordHasherAndAnswersLikeAWrongPassword()
    {
        var user = await server.AddUserAsync("sayac");

        var (unknownChecks, unknownAnswer) = await CountedAttemptAsync($"yok.{Guid.NewGuid():N}@test.example.com.tr", Wrong);
        var (wrongChecks, wrongAnswer) = await CountedAttemptAsync(user.Email!, Wrong);

        Assert.Equal(1, wrongChecks);
        Assert.Equal(wrongChecks, unknownChecks);
        Assert.Equal("E-posta veya parola hatalı.", wrongAnswer);
        Assert.Equal(wrongAnswer, unknownAnswer);
    }

    [Fact]
    public async Task Login_RepeatedFailures_UnknownAndRealAddressesReachTheLockoutPageAlike()
    {
        var user = await server.AddUserAsync("kilit");
        var unknown = $"hayalet.{Guid.NewGuid():N}@test.example.com.tr";

        var real = new List<string>();
        var ghost = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            real.Add((await CountedAttemptAsync(user.Email!, Wrong)).Answer);
            ghost.Add((await CountedAttemptAsync(unknown, Wrong)).Answer);
        }

        Assert.Equal(["E-posta veya parola hatalı.", "E-posta veya parola hatalı.", "E-posta veya parola hatalı.", "E-posta veya parola hatalı.", "lockout", "lockout"], real);
        Assert.Equal(real, ghost);

        // Locked: even the right password gets the lockout page, after a password check like any other.
        var (checks, answer) = await CountedAttemptAsync(user.Email!, BrowserFixture.TestPassword);
        Assert.Equal("lockout", answer);
        Assert.Equal(1, checks);
    }

    [Fact]
    public async Task Login_UnknownAddress_TakesAboutAsLongAsAWrongPassword()
    {
        // Pairs taken back to back (so both see the same machine load), the median of their ratios
        // and generous bounds: robust on a busy machine, yet a shortcut that skips the password hash
        // (about a hundred milliseconds here) falls far below the lower bound.
        var user = await server.AddUserAsync("zaman");
        var ratios = new List<double>();
        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var i = 0; i < 22; i++)
        {
            var u = await TimedAttemptAsync($"zaman.{Guid.NewGuid():N}@test.example.com.tr");
            await server.ResetFailuresAsync(user);
            var w = await TimedAttemptAsync(user.Email!);
            if (i >= 2)
            {
                ratios.Add(u / w);
                unknown.Add(u);
                wrong.Add(w);
            }
        }

        var ratio = Median(ratios);
        output.WriteLine($"median unknown {Median(unknown):F1} ms, wrong password {Median(wrong):F1} ms, median ratio {ratio:F2}");
        Assert.InRange(ratio, 1 / 3.0, 3.0);
    }

    private async Task<(int Checks, string Answer)> CountedAttemptAsync(string email, string password)
    {
        using var http = HttpLogin.Client(server.App.BaseUrl);
        await http.GetStringAsync("/account/login");
        var before = server.Hasher.Verifications;
        using var response = await HttpLogin.SignInAsync(http, email, password);
        var checks = server.Hasher.Verifications - before;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return (checks, response.Headers.Location!.OriginalString.EndsWith("/account/lockout", StringComparison.Ordinal) ? "lockout" : response.Headers.Location.OriginalString);
        }

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var start = html.IndexOf("data-testid=\"login-error\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "No error shown.");
        start += "data-testid=\"login-error\">".Length;
        return (checks, html[start..html.IndexOf('<', start)]);
    }

    private async Task<double> TimedAttemptAsync(string email)
    {
        using var http = HttpLogin.Client(server.App.BaseUrl);
        var page = await http.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Wrong,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = "login",
        });
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/account/login", form);
        await response.Content.ReadAsStringAsync();
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
