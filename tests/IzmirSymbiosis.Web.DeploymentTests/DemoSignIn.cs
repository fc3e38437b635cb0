using System.Net;
using IzmirSymbiosis.Web.EndToEndTests;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>Signs in to a published app with the demo accounts (seed --demo) through its login forms.</summary>
public static class DemoSignIn
{
    /// <summary>Demo firm account.</summary>
    public const string FirmEmail = "firma@demo.izmirsym.org";

    /// <summary>Demo İZKA expert (two-factor sign-in).</summary>
    public const string ExpertEmail = "uzman@demo.izmirsym.org";

    /// <summary>The expert's authenticator key (public, demo only).</summary>
    public const string ExpertTotpKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>The demo accounts' public password.</summary>
    public const string Password = "Izmir-Demo-Parola-2026";

    /// <summary>A client signed in on 127.0.0.1:<paramref name="port"/>; it keeps the cookie for the API.</summary>
    public static async Task<HttpClient> AsAsync(int port, string email, string? totpKey = null)
    {
        var http = HttpLogin.Client($"http://127.0.0.1:{port}");
        using var response = await HttpLogin.SignInAsync(http, email, Password, totpKey);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/account/login", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        return http;
    }
}
