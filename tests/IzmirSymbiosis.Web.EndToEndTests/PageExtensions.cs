using Microsoft.Playwright;

namespace IzmirSymbiosis.Web.EndToEndTests;

internal static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is interactive (inputs are disabled until then).</summary>
    public static async Task WaitForInteractiveAsync(this IPage page, string testId) =>
        await Assertions.Expect(page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First).ToBeEnabledAsync();

    /// <summary>The text input of a MudTextField marked with a data-testid.</summary>
    public static ILocator Input(this IPage page, string testId) =>
        page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First;

    /// <summary>Where the tests' screenshots go (kept as CI artifacts).</summary>
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <summary>A full-page screenshot named <paramref name="name"/>.png in <see cref="ScreenshotFolder"/>.</summary>
    public static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
