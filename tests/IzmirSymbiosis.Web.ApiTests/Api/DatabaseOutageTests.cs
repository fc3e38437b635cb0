using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// The database goes away: API clients get a translated 503 problem, browsers the friendly Turkish
/// page, never the developer exception page or the database's address; when it comes back the
/// first request succeeds (transient errors are retried).
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2";

    [Theory]
    [InlineData(null, "Veritabanına şu anda ulaşılamıyor. Lütfen biraz sonra yeniden deneyin.")]
    [InlineData("en", "The database cannot be reached right now. Please try again shortly.")]
    public async Task DatabaseUnreachable_ApiAnswers503ProblemInTheRequestLanguage(string? language, string title)
    {
        // The app ran with its database (its Data Protection key ring is there and now cached), then
        // the database went away.
        await using var cluster = await DedicatedCluster.StartAsync();
        await cluster.CreateDatabaseAsync("izmirsym");
        await using var app = Start(cluster.ConnectionString("izmirsym"), initialize: true);
        using var bearer = Client(app, language);
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "izs_not-checked-while-the-database-is-down");
        using var cookie = Client(app, language);
        cookie.DefaultRequestHeaders.Add("Cookie", SessionCookie(app, issuedAgo: TimeSpan.Zero));
        await cluster.StopAsync();

        // The token is looked up while authenticating; the cookie user is read inside the endpoint.
        foreach (var client in new[] { bearer, cookie })
        {
            using var response = await client.GetAsync("/api/v1/companies");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(title, (await response.JsonAsync())["title"]!.GetValue<string>());
            AssertRevealsNothing(body);
        }
    }

    [Fact]
    public async Task DatabaseUnreachable_PagesShowTheFriendlyTurkishPage()
    {
        // An app that never reached its database (no key ring either), and one whose database went
        // away under a session due for its security-stamp check (which reads the database while
        // authenticating).
        await using var never = Start(UnreachableDatabase);
        await using var cluster = await DedicatedCluster.StartAsync();
        await cluster.CreateDatabaseAsync("izmirsym");
        await using var app = Start(cluster.ConnectionString("izmirsym"), initialize: true);
        using var anonymous = Client(never, null);
        using var signedIn = Client(app, null);
        signedIn.DefaultRequestHeaders.Add("Cookie", SessionCookie(app, issuedAgo: TimeSpan.FromHours(1)));
        await cluster.StopAsync();

        foreach (var client in new[] { anonymous, signedIn })
        {
            using var response = await client.GetAsync("/");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Hizmet geçici olarak kullanılamıyor", html, StringComparison.Ordinal);
            AssertRevealsNothing(html);
        }
    }

    [Fact]
    public async Task DatabaseRestarted_FirstRequestsAfterwardSucceed()
    {
        await using var cluster = await DedicatedCluster.StartAsync();
        await cluster.CreateDatabaseAsync("izmirsym");
        await using var app = Start(cluster.ConnectionString("izmirsym"), initialize: true);
        using var client = Client(app, null);
        using var tokenClient = Client(app, null);
        tokenClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "izs_unknown-token");

        // Warm the connection pool, then restart PostgreSQL under the running app: every pooled
        // connection is now dead.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.GetAsync("/api/v1/companies")).StatusCode);
        }

        await cluster.StopAsync();
        await cluster.StartAgainAsync();

        // 401 means the token was looked up in the database and not found.
        using var page = await client.GetAsync("/");
        using var api = await tokenClient.GetAsync("/api/v1/companies");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    private static void AssertRevealsNothing(string body)
    {
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Start(string connection, bool initialize = false)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            // Development: the environment that would show the developer exception page.
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Default", connection);
            b.UseSetting("ConnectionStrings:Migrations", connection);
            b.UseSetting("Database:Initialize", initialize ? "true" : "false");
            b.UseSetting("Database:SeedDemo", "false");
        });
        factory.StartServer();
        return factory;
    }

    private static HttpClient Client(WebApplicationFactory<Program> app, string? language)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    /// <summary>A browser session of some user, issued <paramref name="issuedAgo"/> ago, made without the database.</summary>
    private static string SessionCookie(WebApplicationFactory<Program> app, TimeSpan issuedAgo)
    {
        var identity = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(identity.UserIdClaimType, Guid.NewGuid().ToString()), new Claim(identity.SecurityStampClaimType, "stamp")],
            IdentityConstants.ApplicationScheme));
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(
            principal,
            new AuthenticationProperties { IssuedUtc = now - issuedAgo, ExpiresUtc = now + TimeSpan.FromHours(1) },
            IdentityConstants.ApplicationScheme);
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }
}
