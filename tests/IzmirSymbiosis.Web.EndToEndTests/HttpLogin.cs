using System.Net;
using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>Signs in through the real login form over HTTP (antiforgery token and all), keeping the cookies.</summary>
public static partial class HttpLogin
{
    /// <summary>A client with no redirects followed and its own cookie jar.</summary>
    public static HttpClient Client(string baseUrl, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = new Uri(baseUrl),
        };

    /// <summary>Posts the login form (and the 2FA form when a key is given); returns the last response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string email, string password, string? totpKey = null)
    {
        var response = await PostFormAsync(http, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (totpKey is not null && response.Headers.Location?.OriginalString.Contains("login-2fa", StringComparison.OrdinalIgnoreCase) == true)
        {
            response.Dispose();
            response = await PostFormAsync(http, response.Headers.Location.OriginalString, "login-2fa", new() { ["Input.Code"] = Totp.Code(totpKey) });
        }

        return response;
    }

    /// <summary>GETs a page with a form, then posts it with the antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(path);
        var token = TokenRegex().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = formName,
        };
        return await http.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>GETs a page and posts <paramref name="fields"/> to another path with that page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenFromAsync(HttpClient http, string pagePath, string postPath, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(pagePath);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenRegex().Match(page).Groups[1].Value) };
        return await http.PostAsync(postPath, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
