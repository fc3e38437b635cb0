using System.Globalization;
using Microsoft.Playwright;

namespace IzmirSymbiosis.LoadTests;

/// <summary>
/// Opens <c>count</c> real Blazor circuits in headless Chromium (one browser context each, signed in as
/// one of the four roles in turn), walks each through its role's main pages inside the circuit, leaves
/// them idle, and reads the server's GC heap and circuit counters before and after (each after a full
/// collection), so the memory an idle circuit holds is measured, not estimated.
/// </summary>
public sealed class CircuitLoad(Uri baseUrl, ServerMetrics metrics, IReadOnlyList<Role> roles)
{
    public int Count { get; init; } = 100;

    /// <summary>Circuits opened at the same time while ramping up.</summary>
    public int Parallel { get; init; } = 6;

    /// <summary>When set, every circuit opens this page only (to measure one page); else each walks its role's pages.</summary>
    public string? Page { get; init; }

    public TimeSpan Idle { get; init; } = TimeSpan.FromSeconds(15);

    public async Task<int> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
            Headless = true,
            Args = ["--disable-gpu", "--disable-dev-shm-usage", "--no-sandbox"],
        });

        var cold = await metrics.ReadAsync(collect: true);
        Report.Line($"cold:   {Describe(cold)}");

        // One circuit per role walks the same pages and leaves first: what the app builds once for
        // everyone (component metadata, compiled queries, shared markup, localized strings) is then
        // in the baseline, not counted against the idle circuits. The cold figure is printed too.
        await WarmUpAsync(browser, cold);
        var before = await metrics.ReadAsync(collect: true);
        Report.Line($"warmed: {Describe(before)}");

        var pages = new List<IBrowserContext>();
        var errors = 0;
        var started = DateTime.UtcNow;
        using var gate = new SemaphoreSlim(Parallel);
        var tasks = Enumerable.Range(0, Count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var context = await OpenCircuitAsync(browser, roles[i % roles.Count]);
                lock (pages)
                {
                    pages.Add(context);
                }
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
            {
                Interlocked.Increment(ref errors);
                Report.Line($"circuit {i + 1} ({roles[i % roles.Count].Name}) failed: {e.Message.Split('\n')[0]}");
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        Report.Line($"opened {pages.Count} circuits in {(DateTime.UtcNow - started).TotalSeconds:0} s ({errors} errors); idle {Idle.TotalSeconds:0} s");

        await Task.Delay(Idle);
        var after = await metrics.ReadAsync(collect: true);
        Report.Line($"idle:   {Describe(after)}");
        var circuits = after.ActiveCircuits - before.ActiveCircuits;
        if (circuits > 0)
        {
            Report.Line(string.Create(CultureInfo.InvariantCulture,
                $"per idle circuit over the warmed app: GC heap {(after.GcHeapBytes - before.GcHeapBytes) / circuits / 1024:0} KB (of it fragmentation {(after.FragmentationBytes - before.FragmentationBytes) / circuits / 1024:0} KB), working set {(after.WorkingSetBytes - before.WorkingSetBytes) / circuits / 1024:0} KB ({circuits:0} circuits)"));
            Report.Line(string.Create(CultureInfo.InvariantCulture,
                $"per idle circuit over the cold app: GC heap {(after.GcHeapBytes - cold.GcHeapBytes) / circuits / 1024:0} KB"));
            // Live objects (the heap less its free gaps): whether a collection compacts is the GC's choice, so
            // the heap size alone moves by the gaps one run leaves and another does not.
            Report.Line(string.Create(CultureInfo.InvariantCulture,
                $"per idle circuit, live objects (GC heap less fragmentation) over the warmed app: {(after.LiveBytes - before.LiveBytes) / circuits / 1024:0} KB"));
        }

        foreach (var context in pages)
        {
            await context.CloseAsync();
        }

        var closed = DateTime.UtcNow;
        while (DateTime.UtcNow - closed < TimeSpan.FromSeconds(10) && await metrics.ActiveCircuitsAsync() > before.ActiveCircuits)
        {
            await Task.Delay(500);
        }

        var released = await metrics.ReadAsync(collect: true);
        Report.Line($"closed: {Describe(released)} (10 s after the browsers left)");
        Report.Line($"errors: {errors}");
        return errors == 0 && pages.Count == Count ? 0 : 1;
    }

    private async Task WarmUpAsync(IBrowser browser, MetricsReading cold)
    {
        var contexts = new List<IBrowserContext>();
        foreach (var role in roles)
        {
            contexts.Add(await OpenCircuitAsync(browser, role));
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        var closed = DateTime.UtcNow;
        while (DateTime.UtcNow - closed < TimeSpan.FromSeconds(30) && await metrics.ActiveCircuitsAsync() > cold.ActiveCircuits)
        {
            await Task.Delay(500);
        }
    }

    private async Task<IBrowserContext> OpenCircuitAsync(IBrowser browser, Role role)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl.ToString(), Locale = "tr-TR", ViewportSize = new() { Width = 1280, Height = 800 } });
        await context.AddCookiesAsync(role.Cookies.GetAllCookies().Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = baseUrl.ToString() }));
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var walk = Page is null ? role.Pages : [Page];
        var socket = page.WaitForWebSocketAsync(new() { Predicate = w => w.Url.Contains("/_blazor", StringComparison.Ordinal), Timeout = 60_000 });
        var response = await page.GotoAsync(walk[0]);
        if (response is null || !response.Ok)
        {
            throw new InvalidOperationException($"{walk[0]} answered {response?.Status}");
        }

        await socket;
        await SettleAsync(page, walk[0]);
        foreach (var path in walk.Skip(1))
        {
            // Navigation inside the circuit, as a click on the menu does.
            await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
            await page.WaitForURLAsync(new Uri(baseUrl, path).ToString());
            await SettleAsync(page, path);
        }

        return context;
    }

    private static async Task SettleAsync(IPage page, string path)
    {
        await Task.Delay(1500);
        if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
        {
            throw new InvalidOperationException($"{path}: the page shows Blazor's error bar");
        }

        if (page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path}: sent to the login page");
        }
    }

    private static string Describe(MetricsReading r) => string.Create(CultureInfo.InvariantCulture,
        $"GC heap {r.GcHeapBytes / 1048576:0.0} MB, working set {r.WorkingSetBytes / 1048576:0.0} MB, circuits active {r.ActiveCircuits:0} (connected {r.ConnectedCircuits:0})");
}
