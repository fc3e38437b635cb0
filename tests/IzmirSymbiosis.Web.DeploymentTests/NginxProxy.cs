using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// Debian's nginx on a free loopback port, configured from deploy/nginx/izmirsym.conf.template in
/// front of one app, or from deploy/nginx/izmirsym-cluster.conf.template (the file docker-compose.yml
/// uses) in front of two, with a throwaway certificate from deploy/nginx/10-izmirsym-cert.sh.
/// It connects to the app from <see cref="BindAddress"/>, so the app can tell it from a client
/// that reaches the app port directly from 127.0.0.1.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    /// <summary>The name clients use (resolved to loopback by <see cref="Client"/>); not an HSTS-exempt localhost name.</summary>
    public const string HostName = "izmirsym.test";

    /// <summary>The address nginx connects to the app from (Proxy:KnownProxies of the app).</summary>
    public const string BindAddress = "127.0.0.2";

    private readonly ChildProcess _nginx;
    private readonly string _work;
    private readonly byte[] _certificate;

    private NginxProxy(ChildProcess nginx, string work, int port, byte[] certificate)
    {
        _nginx = nginx;
        _work = work;
        Port = port;
        _certificate = certificate;
    }

    /// <summary>The HTTPS port.</summary>
    public int Port { get; }

    /// <summary>Base address of the proxied site.</summary>
    public Uri BaseAddress => new($"https://{HostName}:{Port}/");

    /// <summary>
    /// Starts nginx in front of the app listening on 127.0.0.1:<paramref name="appPorts"/>, or of the
    /// two instances (sticky sessions) when two ports are given.
    /// </summary>
    public static async Task<NginxProxy> StartAsync(params int[] appPorts)
    {
        ArgumentNullException.ThrowIfNull(appPorts);
        Assert.InRange(appPorts.Length, 1, 2);
        var work = Directory.CreateTempSubdirectory("izmirsym-nginx-").FullName;
        try
        {
            return await StartInAsync(work, appPorts);
        }
        catch
        {
            Directory.Delete(work, recursive: true);
            throw;
        }
    }

    private static async Task<NginxProxy> StartInAsync(string work, int[] appPorts)
    {
        var binary = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var certs = Path.Combine(work, "certs");
        var (code, output) = await ChildProcess.RunAsync(
            "bash",
            [Repository.File("deploy", "nginx", "10-izmirsym-cert.sh")],
            work,
            new Dictionary<string, string?> { ["IZMIRSYM_CERT_DIR"] = certs, ["IZMIRSYM_CERT_SAN"] = $"DNS:{HostName}" });
        Assert.True(code == 0, "Certificate script failed:\n" + output);

        var port = ChildProcess.FreePort();
        var template = appPorts.Length == 1 ? "izmirsym.conf.template" : "izmirsym-cluster.conf.template";
        var server = (await File.ReadAllTextAsync(Repository.File("deploy", "nginx", template)))
            .Replace("${IZMIRSYM_LISTEN}", $"127.0.0.1:{port}", StringComparison.Ordinal)
            .Replace("${IZMIRSYM_UPSTREAM}", $"127.0.0.1:{appPorts[0]}", StringComparison.Ordinal)
            .Replace("${IZMIRSYM_UPSTREAM_A}", $"127.0.0.1:{appPorts[0]}", StringComparison.Ordinal)
            .Replace("${IZMIRSYM_UPSTREAM_B}", $"127.0.0.1:{appPorts[^1]}", StringComparison.Ordinal)
            .Replace("${IZMIRSYM_CERT_DIR}", certs, StringComparison.Ordinal);
        Assert.DoesNotContain("${IZMIRSYM_", server, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(work, "izmirsym.conf"), server);

        // As root, the workers would run as nobody and could not use the temporary folders.
        var user = Environment.UserName == "root" ? "user root;" : string.Empty;
        await File.WriteAllTextAsync(Path.Combine(work, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{work}}/nginx.pid;
            error_log {{work}}/error.log;
            events { worker_connections 256; }
            http {
                access_log {{work}}/access.log;
                client_body_temp_path {{work}}/body;
                proxy_temp_path {{work}}/proxy;
                fastcgi_temp_path {{work}}/fastcgi;
                uwsgi_temp_path {{work}}/uwsgi;
                scgi_temp_path {{work}}/scgi;
                proxy_bind {{BindAddress}};
                include {{work}}/izmirsym.conf;
            }
            """);

        var nginx = ChildProcess.Start(binary, ["-p", work, "-c", Path.Combine(work, "nginx.conf"), "-e", Path.Combine(work, "error.log")], work, new Dictionary<string, string?>());
        var certificate = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(Path.Combine(certs, "cert.pem"))).RawData;
        var proxy = new NginxProxy(nginx, work, port, certificate);
        try
        {
            await proxy.WaitUntilListeningAsync();
            return proxy;
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// An HTTPS client for https://izmirsym.test:port that connects to this nginx and trusts only
    /// its certificate; no redirects followed.
    /// </summary>
    public HttpClient Client(CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(_certificate);
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        await _nginx.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + ChildProcess.Patience;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_nginx.HasExited, "nginx exited:\n" + _nginx.Output + ErrorLog());
            try
            {
                using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not listen:\n" + ErrorLog());
    }

    private string ErrorLog()
    {
        var log = Path.Combine(_work, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : string.Empty;
    }
}
