using System.Text.RegularExpressions;
using IzmirSymbiosis.Infrastructure.Persistence;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// The published app in Production, as docker-compose.yml runs it: as the application role, no
/// demo data, trusting forwarded headers from the proxy's address only, behind nginx terminating
/// TLS; its first admin made with `izmirsym create-admin`.
/// </summary>
public sealed partial class ProductionBehindProxy : IAsyncDisposable
{
    public const string AdminEmail = "yonetici@izka.example";

    private ProductionBehindProxy(ChildProcess app, int appPort, NginxProxy proxy, string adminPassword)
    {
        App = app;
        AppPort = appPort;
        Proxy = proxy;
        AdminPassword = adminPassword;
    }

    public ChildProcess App { get; }

    /// <summary>The app's own (plain HTTP) port on 127.0.0.1.</summary>
    public int AppPort { get; }

    public NginxProxy Proxy { get; }

    public string AdminPassword { get; }

    public static async Task<ProductionBehindProxy> StartAsync(PublishedApp published)
    {
        DatabaseConnections database = await published.NewDatabaseAsync("dep_proxy");
        var appPort = ChildProcess.FreePort();
        var app = published.StartApp("Production", database, appPort, new Dictionary<string, string>
        {
            ["Database__Initialize"] = "true",
            ["Proxy__KnownProxies__0"] = NginxProxy.BindAddress,
        });
        try
        {
            await PublishedApp.WaitUntilReadyAsync(app, appPort);
            var (code, output) = await PublishedApp.RunCliAsync(database, "Production", "create-admin", "--email", AdminEmail);
            Assert.True(code == 0, output);
            var proxy = await NginxProxy.StartAsync(appPort);
            return new ProductionBehindProxy(app, appPort, proxy, PasswordLine().Match(output).Groups[1].Value);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await App.DisposeAsync();
    }

    [GeneratedRegex(@"Initial password \(shown only now\): (\S+)")]
    private static partial Regex PasswordLine();
}
