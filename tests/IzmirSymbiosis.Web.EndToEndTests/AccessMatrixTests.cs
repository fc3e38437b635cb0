using System.Net;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// Every page × every role, over HTTP with real sign-ins: allowed pages answer 200, the rest a
/// redirect to the login page (anonymous), 403 (wrong role) or 404 (another firm's data).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessMatrixTests(BrowserFixture fixture)
{
    private const string Login = "login";

    private static readonly string[] s_roles = ["anonymous", "firm", "otherFirm", "staff", "expert", "admin"];

    public static TheoryData<string> Roles() => new(s_roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_AnswersAsDesignedForRole(string role)
    {
        var (firmCompany, otherCompany) = (await fixture.DemoCompanyOfAsync(DemoUsers.Firm), await fixture.DemoCompanyOfAsync(DemoUsers.OtherFirm));
        using var http = HttpLogin.Client(fixture.App.BaseUrl);
        await SignInAsync(http, role);

        // page → expected answer per role: anonymous, firm, otherFirm, staff, expert, admin
        var table = new (string Path, string[] Expected)[]
        {
            ("/", ["200", "200", "200", "200", "200", "200"]),
            ("/waste-codes", ["200", "200", "200", "200", "200", "200"]),
            ("/privacy", ["200", "200", "200", "200", "200", "200"]),
            ("/companies", [Login, "200", "200", "200", "200", "200"]),
            ("/offers", [Login, "200", "200", "200", "200", "200"]),
            ("/matches", [Login, "200", "200", "200", "200", "200"]),
            ("/map", [Login, "200", "200", "200", "200", "200"]),
            ($"/companies/{firmCompany}", [Login, "200", "404", "200", "200", "200"]),
            ($"/companies/{otherCompany}", [Login, "404", "200", "200", "200", "200"]),
            ($"/companies/{fixture.KnownCompany.Id}", [Login, "404", "404", "404", "200", "200"]),
            ($"/companies/{Guid.NewGuid()}", [Login, "404", "404", "404", "404", "404"]),
            ("/staff/memberships", [Login, "403", "403", "200", "403", "200"]),
            ("/staff/import", [Login, "403", "403", "200", "200", "200"]),
            ("/field/visits", [Login, "403", "403", "200", "200", "200"]),
            ("/field/workshops", [Login, "403", "403", "200", "200", "200"]),
            ("/zones/quality", [Login, "403", "403", "200", "200", "200"]),
            ("/export/firm-lists/firmalar.csv", [Login, "403", "403", "200", "200", "200"]),
            ("/export/firm-lists/akislar.csv?template=true", [Login, "403", "403", "200", "200", "200"]),
        };
        var column = Array.IndexOf(s_roles, role);
        var failures = new List<string>();
        foreach (var (path, expected) in table)
        {
            using var response = await http.GetAsync(path);
            var actual = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true
                ? Login
                : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (actual != expected[column])
            {
                failures.Add($"{role} GET {path}: expected {expected[column]}, got {actual}");
            }

            if (actual == "404")
            {
                // A forbidden firm's page looks exactly like a missing one: nothing of it in the body.
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(fixture.KnownCompany.TaxNumber, body, StringComparison.Ordinal);
            }
        }

        Assert.Empty(failures);
    }

    private async Task SignInAsync(HttpClient http, string role)
    {
        var (email, key) = role switch
        {
            "firm" => (DemoUsers.Firm, null),
            "otherFirm" => (DemoUsers.OtherFirm, null),
            "staff" => (DemoUsers.Staff, null),
            "expert" => (DemoUsers.Expert, DemoUsers.ExpertKey),
            "admin" => (DemoUsers.Admin, DemoUsers.AdminKey),
            _ => ((string?)null, (string?)null),
        };
        if (email is not null)
        {
            using var response = await HttpLogin.SignInAsync(http, email, DemoUsers.Password, key);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.DoesNotContain("login", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        }
    }
}
