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
}
