using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The circuit's connection drops (Playwright takes over the page's WebSocket to /_blazor and closes
/// it, then refuses the next attempts for a while): the reconnect dialog speaks Turkish, and once the
/// server is reachable again the same circuit carries on. On a phone (390×844) the dialog fits the
/// screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReconnectUiTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(0, 0, "reconnect-dialog")]
    [InlineData(390, 844, "reconnect-dialog-phone")]
    public async Task ConnectionLost_TurkishReconnectDialog_ThenTheSameCircuitCarriesOn(int width, int height, string shot)
    {
        var page = await fixture.NewPageAsync();
        if (width > 0)
        {
            await page.SetViewportSizeAsync(width, height);
        }

        IWebSocketRoute? current = null;
        var refuse = false;
        await page.RouteWebSocketAsync(BlazorSocket(), async socket =>
        {
            if (Volatile.Read(ref refuse))
            {
                await socket.CloseAsync();
                return;
            }

            socket.ConnectToServer();
            current = socket;
        });
        // While refusing, the client's fallback transports (long polling, server-sent events) are refused
        // too: in one CI run the circuit came back over one of them at once and the dialog was gone
        // before it could be looked at.
        await page.RouteAsync(BlazorSocket(), async route =>
        {
            if (Volatile.Read(ref refuse))
            {
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync("/waste-codes");
        await page.WaitForInteractiveAsync("waste-search");
        await page.Input("waste-search").FillAsync("uçucu kül");
        await Expect(page.Locator("[data-testid=waste-code]").First).ToHaveTextAsync("10 01 02");

        Volatile.Write(ref refuse, true);
        await current!.CloseAsync();

        var dialog = page.Locator("[data-testid=reconnect-modal]");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync(new Regex("Sunucuyla bağlantı koptu; yeniden bağlanılıyor|Yeniden bağlanılamadı; \\d+ saniye sonra yeniden denenecek"));
        await Expect(dialog).ToBeInViewportAsync(new() { Ratio = 1 });
        await PageExtensions.Shot(page, shot, fullPage: false);

        Volatile.Write(ref refuse, false);

        await Expect(dialog).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await page.Input("waste-search").FillAsync("17 05 04");
        await Expect(page.Locator("[data-testid=waste-code]").First).ToHaveTextAsync("17 05 04");
    }

    [GeneratedRegex(@"/_blazor\?id=")]
    private static partial Regex BlazorSocket();
}
