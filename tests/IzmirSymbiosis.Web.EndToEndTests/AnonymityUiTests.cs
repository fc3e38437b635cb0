using System.Text;
using System.Text.RegularExpressions;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// What a firm's browser receives of a match with an anonymous counterpart: neither the page's
/// HTML nor any frame Blazor sends over the circuit carries the other firm's name, VKN, exact
/// amount or price, while the firm's own figures are there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnonymityUiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CompanyPage_MatchWithAnonymousReceiver_HtmlAndCircuitCarryNoHiddenFigure()
    {
        var giver = await fixture.AddCompanyAsync("Gizlilik Deneme Talaş A.Ş.", "16.10");
        var receiver = await fixture.AddCompanyAsync("Sır Saklayan Levha Sanayi A.Ş.", "16.21");
        using (var scope = fixture.AdminScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<StreamService>();
            await streams.CreateAsync(receiver.Id, new StreamInput(
                StreamDirection.Need, ResourceKind.Material, "Levha üretimi için kuru talaş", "03 01 05", 888.8m, QuantityUnit.Tonne, QuantityPeriod.PerYear,
                PricePerUnit: 2468.2m));
            await streams.CreateAsync(giver.Id, new StreamInput(
                StreamDirection.Offer, ResourceKind.Material, "Kuru kayın talaşı", "03 01 05", 333.3m, QuantityUnit.Tonne, QuantityPeriod.PerYear,
                PricePerUnit: 1777.7m));
        }

        var user = await fixture.AddUserAsync("gizlilik", Roles.FirmUser, twoFactor: false);
        using (var scope = fixture.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.CompanyId = giver.Id;
            stored.Membership = MembershipStatus.Active;
            Assert.True((await users.UpdateAsync(stored)).Succeeded);
        }

        var page = await fixture.SignInAsync(user.Email!, BrowserFixture.TestPassword);
        var frames = new StringBuilder();
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) => frames.Append(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
            socket.FrameSent += (_, frame) => frames.Append(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
        };
        await page.GotoAsync($"/companies/{giver.Id}");
        // The panel of this match (the page lists others too, collapsed).
        await page.ShowAllMatchesAsync();
        var panel = page.Locator(".mud-expand-panel").Filter(new() { HasText = "Levha üretimi için kuru talaş" });
        await Expect(panel).ToHaveCountAsync(1);

        // A click before the circuit is interactive is lost; the page's buttons are enabled then.
        await Expect(page.Locator("[data-testid=stream-add]")).ToBeEnabledAsync();
        await panel.Locator("[data-testid=match-score]").ClickAsync();
        await Expect(panel.Locator("[data-testid=match-reasons]")).ToContainTextAsync("Teklif 333 t/yıl; ihtiyaç 100–1.000 t/yıl aralığında (kesin miktarı gizli: karşı taraf anonim)");
        await Expect(panel.Locator("[data-testid=match-anonymised-note]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "izmirsym-anonymised-match.png"), FullPage = true });

        // Blazor's element-reference attributes (_bl_<random guid>) are no figure: a random guid may hold "2468".
        var seen = Regex.Replace(await page.ContentAsync() + frames, "_bl_[0-9a-f-]{36}", "_bl_");
        Assert.Contains("Teklif 333 t/yıl", seen, StringComparison.Ordinal);
        foreach (var hidden in new[] { receiver.LegalName, receiver.TaxNumber, receiver.Id.ToString(), "888,8", "888.8", "2.468", "2468", "16.21" })
        {
            // As a value of its own, not inside a random element id such as "list-itemb2468jcf".
            var standalone = new Regex($"(?<![0-9A-Za-z]){Regex.Escape(hidden)}(?![0-9A-Za-z])");
            Assert.False(standalone.IsMatch(seen), $"Found {hidden}: …{Around(seen, standalone.Match(seen).Index)}…");
        }
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 80), Math.Min(160, text.Length - Math.Max(0, index - 80)));

    [Fact]
    public void HiddenFigureProbe_FindsValuesButNotRandomIds()
    {
        var standalone = new Regex($"(?<![0-9A-Za-z]){Regex.Escape("2468")}(?![0-9A-Za-z])");
        Assert.Matches(standalone, "<td>2468 TL</td>");
        Assert.Matches(standalone, "fiyat:2468,2");
        Assert.DoesNotMatch(standalone, "<div id=\"list-itemb2468jcf\">");
    }
}
