using System.Net;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// Two published instances in Production on one database behind nginx with sticky sessions
/// (deploy/nginx/izmirsym-cluster.conf.template, as docker-compose.yml runs them). Each instance
/// starts with an empty home folder, so only the database can carry the Data Protection keys from
/// one instance, or one run, to the next.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed partial class ClusterTests(PublishedApp published) : IAsyncLifetime
{
    private const string AdminEmail = "yonetici@izka.example";

    // nginx skips an instance for fail_timeout (10 s) once a request to it failed; a restarted one is
    // used again only after that.
    private static readonly TimeSpan s_failTimeout = TimeSpan.FromSeconds(11);

    private readonly ChildProcess?[] _apps = new ChildProcess?[2];
    private readonly int[] _ports = [ChildProcess.FreePort(), ChildProcess.FreePort()];
    private DatabaseConnections _database = null!;
    private NginxProxy _proxy = null!;
    private string _adminPassword = null!;

    public async Task InitializeAsync()
    {
        _database = await published.NewDatabaseAsync("dep_cluster");
        await StartAsync(0, initialize: true);
        var (code, output) = await PublishedApp.RunCliAsync(_database, "Production", "create-admin", "--email", AdminEmail);
        Assert.True(code == 0, output);
        _adminPassword = PasswordLine().Match(output).Groups[1].Value;
        await StartAsync(1, initialize: false);
        _proxy = await NginxProxy.StartAsync(_ports);
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        foreach (var app in _apps)
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>Starts instance 0 (A) or 1 (B) on its port and waits until it is ready.</summary>
    private async Task StartAsync(int instance, bool initialize = false)
    {
        var app = published.StartApp("Production", _database, _ports[instance], new Dictionary<string, string>
        {
            ["Database__Initialize"] = initialize ? "true" : "false",
            ["Proxy__KnownProxies__0"] = NginxProxy.BindAddress,
        });
        _apps[instance] = app;
        await PublishedApp.WaitUntilReadyAsync(app, _ports[instance]);
    }

    /// <summary>Ends an instance as <c>kill -9</c> does.</summary>
    private async Task KillAsync(int instance)
    {
        await _apps[instance]!.KillAsync();
        await _apps[instance]!.DisposeAsync();
        _apps[instance] = null;
    }

    /// <summary>Restarts <paramref name="start"/>, waits until nginx uses it again, then kills <paramref name="kill"/>.</summary>
    private async Task SwitchAsync(int start, int kill)
    {
        await StartAsync(start);
        await Task.Delay(s_failTimeout);
        await KillAsync(kill);
    }

    [Fact]
    public async Task SignInThroughProxy_FormFromAPostedToB_SessionFromBUsedOnARestartedA()
    {
        var cookies = new CookieContainer();
        using var http = _proxy.Client(cookies);

        // The proxy gives the browser its instance key once; the browser keeps it, so the hash keeps its instance.
        using (var first = await http.GetAsync("/account/login"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var node = Assert.Single(cookies.GetCookies(_proxy.BaseAddress), c => c.Name == "izmirsym_node");
        Assert.True(node.Secure && node.HttpOnly);
        using (var second = await http.GetAsync("/account/login"))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.False(second.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.StartsWith("izmirsym_node=", StringComparison.Ordinal)));
        }

        // B down: the login form (and its antiforgery cookie) can only come from A.
        await KillAsync(1);
        var form = await http.GetStringAsync("/account/login");

        // A down, B back: the form from A is posted to B, which accepts A's antiforgery token.
        await SwitchAsync(start: 1, kill: 0);
        using var login = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value),
            ["_handler"] = "login",
            ["Input.Email"] = AdminEmail,
            ["Input.Password"] = _adminPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/account/2fa", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(cookies.GetCookies(_proxy.BaseAddress), c => c.Name == "__Host-izmirsym");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/account/2fa")).StatusCode);

        // B down, A started afresh (empty memory and home folder): the sign-in B made still holds.
        await SwitchAsync(start: 0, kill: 1);
        using var signedIn = await http.GetAsync("/account/2fa");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        // The same request without the session cookie is sent to the login page.
        using var anonymous = _proxy.Client();
        using var refused = await anonymous.GetAsync("/account/2fa");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstanceOfTheCircuitKilled_BrowserShowsTheTurkishDialogAndCarriesOnOnTheOtherInstance()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", $"--host-resolver-rules=MAP {NginxProxy.HostName} 127.0.0.1",
            ],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true,
            BaseURL = _proxy.BaseAddress.ToString(),
            Locale = "tr-TR",
        });
        // The dialog can be open for a moment only: when nginx sends the reconnect straight to the other
        // instance, that instance rejects the circuit and the page reloads. The page notes each text the
        // dialog shows in its session storage, which outlives the reload.
        await context.AddInitScriptAsync(DialogRecorder);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/waste-codes");
        await SearchAsync(page, "uçucu kül", "10 01 02");
        var dialog = page.Locator("#components-reconnect-modal");

        // nginx's hash of the browser's node cookie chose an instance; kill A, and if the circuit
        // lived on B (no dialog), bring A back and kill B instead.
        await page.EvaluateAsync("() => sessionStorage.removeItem('izs-reconnect')");
        await KillAsync(0);
        var shown = await DialogTextAsync(page);
        if (shown is null)
        {
            await page.EvaluateAsync("() => sessionStorage.removeItem('izs-reconnect')");
            await SwitchAsync(start: 0, kill: 1);
            shown = await DialogTextAsync(page);
            Assert.True(shown is not null, "the circuit's connection did not drop on either instance");
        }

        Assert.Matches(new Regex("Sunucuyla bağlantı koptu|Yeniden bağlanılamadı"), shown);

        // The surviving instance does not know the circuit: the page loads again there (a new document,
        // its search box empty) and works.
        await Expect(dialog).ToBeHiddenAsync(new() { Timeout = 90_000 });
        await Expect(SearchBox(page)).ToHaveValueAsync(string.Empty);
        await SearchAsync(page, "17 05 04", "17 05 04");
    }

    private static ILocator SearchBox(IPage page) => page.Locator("[data-testid=waste-search] input, input[data-testid=waste-search]").First;

    /// <summary>Searches once the page is interactive (its inputs are disabled until the circuit runs).</summary>
    private static async Task SearchAsync(IPage page, string query, string firstCode)
    {
        await Expect(SearchBox(page)).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await SearchBox(page).FillAsync(query);
        await Expect(page.Locator("[data-testid=waste-code]").First).ToHaveTextAsync(firstCode, new() { Timeout = 30_000 });
    }

    // Notes the reconnect dialog's words each time it is open (its state changes its classes and words).
    private const string DialogRecorder = """
        document.addEventListener("DOMContentLoaded", () => {
            const dialog = document.getElementById("components-reconnect-modal");
            if (!dialog) return;
            new MutationObserver(() => {
                if (dialog.open && dialog.innerText.trim()) sessionStorage.setItem("izs-reconnect", dialog.innerText);
            }).observe(dialog, { attributes: true, subtree: true, childList: true, characterData: true });
        });
        """;

    /// <summary>The words the reconnect dialog showed within 10 s, or null when it did not open.</summary>
    private static async Task<string?> DialogTextAsync(IPage page)
    {
        for (var waited = 0; waited < 10_000; waited += 100)
        {
            try
            {
                if (await page.EvaluateAsync<string?>("() => sessionStorage.getItem('izs-reconnect')") is { } text)
                {
                    return text;
                }
            }
            catch (PlaywrightException)
            {
                // The page is reloading.
            }

            await Task.Delay(100);
        }

        return null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex(@"Initial password \(shown only now\): (\S+)")]
    private static partial Regex PasswordLine();
}
