using Microsoft.Playwright;

namespace IzmirSymbiosis.Web.EndToEndTests;

internal static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is interactive (inputs are disabled until then).</summary>
    public static async Task WaitForInteractiveAsync(this IPage page, string testId) =>
        await Assertions.Expect(page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First).ToBeEnabledAsync();

    /// <summary>
    /// Answers the open message box with its <paramref name="button"/> and waits until the box has closed.
    /// </summary>
    /// <remarks>
    /// In one CI run a box stayed open after the click on its button, and nothing was sent; the click is
    /// repeated only while the box is still there (a message box closes as its button is taken, before the
    /// page acts on the answer, so a repeat never answers twice), at most three times.
    /// </remarks>
    public static async Task AnswerDialogAsync(this IPage page, string button)
    {
        var dialog = page.Locator(".mud-dialog");
        for (var attempt = 1; ; attempt++)
        {
            await dialog.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            try
            {
                await Assertions.Expect(dialog).ToHaveCountAsync(0, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>The text input of a MudTextField marked with a data-testid.</summary>
    public static ILocator Input(this IPage page, string testId) =>
        page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First;

    /// <summary>
    /// Types <paramref name="text"/> into the autocomplete marked <paramref name="testId"/> and clicks the
    /// offered option containing <paramref name="option"/>, as a user picks a waste code or NACE class.
    /// </summary>
    /// <remarks>
    /// The text is typed key by key, as a user types it; when the list has not opened (a search started
    /// while the previous picker's list was closing is dropped by the debounce), or the click landed on an
    /// option the list was just redrawing (the field keeps the typed text), the field is cleared and typed
    /// again, at most three times.
    /// </remarks>
    public static async Task PickAsync(this IPage page, string testId, string text, string option)
    {
        await page.WaitForInteractiveAsync(testId);
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First;
        var picked = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(option));
        for (var attempt = 1; ; attempt++)
        {
            await page.Input(testId).FillAsync(string.Empty);
            await page.Input(testId).PressSequentiallyAsync(text, new() { Delay = 30 });
            try
            {
                await item.WaitForAsync(new() { Timeout = 8000 });
                await item.ClickAsync(new() { Timeout = 8000 });
                await Assertions.Expect(page.Input(testId)).ToHaveValueAsync(picked, new() { Timeout = 8000 });
                return;
            }
            catch (Exception e) when (attempt < 3 && e is TimeoutException or PlaywrightException)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }

    /// <summary>
    /// Once a company page lists matches, opens every group ("Tümünü gör"), for tests that look for one card
    /// among more than a group shows at first. Waits for the circuit (the buttons are disabled until then).
    /// </summary>
    public static async Task ShowAllMatchesAsync(this IPage page)
    {
        await Assertions.Expect(page.Locator("[data-testid=company-match]").First).ToBeVisibleAsync();
        var more = page.Locator("[data-testid=match-group-toggle]").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Tümünü gör|Show all") });

        // The list may reload while this runs (matches updated in the background): count afresh each
        // round and stop once no group is left closed.
        for (var round = 0; round < 50; round++)
        {
            var count = await more.CountAsync();
            if (count == 0)
            {
                return;
            }

            await Assertions.Expect(more.First).ToBeEnabledAsync();
            await more.First.ClickAsync();
            await page.WaitForFunctionAsync(
                "n => document.querySelectorAll('[data-testid=match-group-toggle]').length === 0 || [...document.querySelectorAll('[data-testid=match-group-toggle]')].filter(b => /Tümünü gör|Show all/.test(b.textContent)).length < n",
                count);
        }
    }

    /// <summary>
    /// Opens the select marked <paramref name="testId"/> and chooses the option whose text matches
    /// <paramref name="pattern"/> (null: the first).
    /// </summary>
    public static Task ChooseAsync(this IPage page, string testId, string? pattern) =>
        page.ChooseAsync(page.Locator($"[data-testid={testId}]"), pattern);

    /// <summary>
    /// Opens a select and chooses the option whose text matches <paramref name="pattern"/> (null: the
    /// first). The click goes to the select's box: the element carrying the test id is the text input
    /// until the chosen item can be shown, then a shown slot beside a hidden input (a CI run once waited
    /// 20 s for an input that had gone hidden).
    /// </summary>
    public static async Task ChooseAsync(this IPage page, ILocator select, string? pattern)
    {
        await select.Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' mud-select ')]").First.ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        var option = pattern is null ? options.First : options.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(pattern) }).First;
        await option.ClickAsync();
        await Assertions.Expect(options).ToHaveCountAsync(0);
    }

    /// <summary>Where the tests' screenshots go (kept as CI artifacts).</summary>
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <summary>
    /// A screenshot named <paramref name="name"/>.png in <see cref="ScreenshotFolder"/>: the whole page,
    /// or with <paramref name="fullPage"/> false only the screen the reader sees first.
    /// </summary>
    public static async Task Shot(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }
}
