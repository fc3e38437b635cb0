using System.Net;

namespace IzmirSymbiosis.Web.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class HttpTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_DatabaseUp_Answers200(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.App.BaseUrl) };

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CultureSet_ForeignRedirect_StaysOnSite()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(fixture.App.BaseUrl) };

        using var response = await http.GetAsync("/culture/set?culture=en-US&redirectUri=https://evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/%5Cx", "/")]
    [InlineData("/%5C%5Cevil.example", "/")]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("/companies%0D%0ASet-Cookie:%20x=1", "/")]
    [InlineData("/%00", "/")]
    [InlineData("~/companies", "/")]
    [InlineData("", "/")]
    [InlineData("/companies?search=%C3%A7i%C4%9Fli", "/companies?search=%C3%A7i%C4%9Fli")]
    [InlineData("/%C3%A7i%C4%9Fli%20firmalar", "/%C3%A7i%C4%9Fli%20firmalar")]
    [InlineData("/offers", "/offers")]
    public async Task CultureSet_OddRedirect_SafeLocalRedirect(string redirectUri, string expected)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(fixture.App.BaseUrl) };

        using var response = await http.GetAsync("/culture/set?culture=en-US&redirectUri=" + redirectUri);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }
}

public sealed class DatabaseDownTests
{
    [Fact]
    public async Task DatabaseDown_PagesShowFriendlyErrorAndReadinessFails()
    {
        await using var app = AppServer.StartWithUnreachableDatabase();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        using var page = await http.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        using var ready = await http.GetAsync("/health/ready");
        using var live = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Hizmet geçici olarak kullanılamıyor", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
