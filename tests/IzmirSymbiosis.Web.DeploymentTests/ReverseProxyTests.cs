using System.Net;
using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// Production behind a TLS-terminating nginx, as `docker compose up` runs it: pages and forms work
/// over HTTPS (secure cookies, antiforgery), security headers and HSTS are sent, and forwarded
/// headers count only when they come from the proxy.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed partial class ReverseProxyTests(PublishedApp published)
{
    [Fact]
    public async Task HomePage_HttpsThroughProxy_ServedWithSecurityHeadersAndHsts()
    {
        var site = await published.BehindProxyAsync();
        using var http = site.Proxy.Client();

        using var response = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task LoginForm_HttpsThroughProxy_AntiforgeryAcceptedAndAdminSignedIn()
    {
        var site = await published.BehindProxyAsync();
        var cookies = new CookieContainer();
        using var http = site.Proxy.Client(cookies);

        var page = await http.GetStringAsync("/account/login");
        var antiforgery = Assert.Single(cookies.GetCookies(site.Proxy.BaseAddress), c => c.Name == "__Host-izmirsym-af");
        Assert.True(antiforgery.Secure);
        using var login = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value),
            ["_handler"] = "login",
            ["Input.Email"] = ProductionBehindProxy.AdminEmail,
            ["Input.Password"] = site.AdminPassword,
        }));

        // Signed in; an admin without two-factor authentication is sent to set it up first.
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/account/2fa", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var session = Assert.Single(cookies.GetCookies(site.Proxy.BaseAddress), c => c.Name == "__Host-izmirsym");
        Assert.True(session.Secure);
        using var enrol = await http.GetAsync("/account/2fa");
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
    }

    [Fact]
    public async Task DirectRequest_ForwardedProtoFromAnAddressNotListed_Ignored()
    {
        var site = await published.BehindProxyAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{site.AppPort}/");
        request.Headers.Host = NginxProxy.HostName;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await http.SendAsync(request);

        // The same page through the proxy carries HSTS (HTTPS); straight from 127.0.0.1 it is plain HTTP.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : string.Empty;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
