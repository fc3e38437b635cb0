using System.Net;
using System.Text.Json;
using IzmirSymbiosis.Web.EndToEndTests;

namespace IzmirSymbiosis.LoadTests;

/// <summary>
/// A demo account signed in once through the login form (with its TOTP code when it has one), and
/// the pages and API reads its users open every day.
/// </summary>
public sealed class Role
{
    public const string DemoPassword = "Izmir-Demo-Parola-2026";

    private Role(string name, string email, string? totpKey)
    {
        Name = name;
        Email = email;
        TotpKey = totpKey;
    }

    public string Name { get; }

    public string Email { get; }

    public string? TotpKey { get; }

    /// <summary>The session's cookies after sign-in.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>Pages the role opens, in order (set after sign-in: the firm's page needs its id).</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>API reads the role makes.</summary>
    public IReadOnlyList<string> ApiReads { get; private set; } = [];

    /// <summary>The four demo roles: a firm, OIZ staff, an İZKA expert and an administrator.</summary>
    public static IReadOnlyList<Role> Demo() =>
    [
        new("firma", "firma@demo.izmirsym.org", null),
        new("osb", "osb@demo.izmirsym.org", null),
        new("uzman", "uzman@demo.izmirsym.org", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
        new("admin", "admin@demo.izmirsym.org", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA"),
    ];

    /// <summary>Signs in (one login per role: the login form is rate-limited per address) and finds the role's pages.</summary>
    public async Task SignInAsync(Uri baseUrl)
    {
        using var http = HttpLogin.Client(baseUrl.ToString(), Cookies);
        using (var response = await HttpLogin.SignInAsync(http, Email, DemoPassword, TotpKey))
        {
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("login", StringComparison.OrdinalIgnoreCase) == true)
            {
                throw new InvalidOperationException($"Sign-in of {Email} failed: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        switch (Name)
        {
            case "firma":
                var company = await FirstCompanyIdAsync(http);
                Pages = ["/", $"/companies/{company}", "/offers", "/needs", "/notifications"];
                ApiReads = ["/api/v1/companies", $"/api/v1/companies/{company}", $"/api/v1/companies/{company}/matches", "/api/v1/offers", "/api/v1/needs", "/api/v1/notifications/unread-count"];
                break;
            case "osb":
                Pages = ["/matches", "/companies", "/zones/quality", "/field/visits", "/map"];
                ApiReads = ["/api/v1/matches", "/api/v1/companies", "/api/v1/exchanges", "/api/v1/offers", "/api/v1/field/visits"];
                break;
            case "uzman":
                Pages = ["/exchanges", "/dashboard", "/impact", "/exchanges/review", "/matches"];
                ApiReads = ["/api/v1/exchanges", "/api/v1/matches", "/api/v1/companies", "/api/v1/needs"];
                break;
            default:
                Pages = ["/admin/users", "/waste-codes", "/companies", "/matches"];
                ApiReads = ["/api/v1/companies", "/api/v1/matches", "/api/v1/notifications"];
                break;
        }
    }

    private static async Task<Guid> FirstCompanyIdAsync(HttpClient http)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("/api/v1/companies?pageSize=1"));
        return document.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
