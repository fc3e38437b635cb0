using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>One app server and one headless Debian Chromium for the end-to-end collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The running app.</summary>
    public AppServer App { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A firm the tests add themselves, so they do not depend on the demo generator's names.</summary>
    public Company KnownCompany { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        App = await AppServer.StartAsync();
        KnownCompany = new Company("İZMİR ISLAK TALAŞ GERİ KAZANIM A.Ş.", "9876543217", "38.32", "Torbalı", SizeBand.Small);
        var stream = new ResourceStream(KnownCompany.Id, StreamDirection.Offer, ResourceKind.Material, "Islak çam talaşı", new Quantity(350, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        stream.Describe("Islak çam talaşı", "03 01 05");
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Companies.Add(KnownCompany);
            db.Streams.Add(stream);
            await db.SaveChangesAsync();
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
            ],
        });
    }

    /// <summary>A new page in a fresh context (no cookies), with a generous default timeout for 2-core CI.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = "tr-TR" });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
