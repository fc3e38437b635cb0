using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace IzmirSymbiosis.Web.Security;

/// <summary>The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers the app believes.</summary>
public sealed class ProxyOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Proxy";

    /// <summary>Addresses of the TLS-terminating proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

/// <summary>
/// Forwarded headers from configured proxies only. ASP.NET Core trusts loopback by default; we
/// trust nobody unless <see cref="ProxyOptions"/> names the proxy, so a client that reaches the
/// app port directly cannot claim HTTPS or another address (which would defeat the secure-cookie
/// policy, HSTS and the per-address sign-in rate limit).
/// </summary>
public static class TrustedProxies
{
    /// <summary>Reads <see cref="ProxyOptions"/> (refusing to start on an address it cannot parse).</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new ProxyOptions();
        var addresses = proxy.KnownProxies.Select(p => IPAddress.TryParse(p, out var a)
            ? a
            : throw new InvalidOperationException($"{ProxyOptions.SectionName}:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = proxy.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var net)
            ? net
            : throw new InvalidOperationException($"{ProxyOptions.SectionName}:KnownNetworks: '{n}' is not a network in CIDR notation.")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            addresses.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return services;
    }
}
