using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Common;
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
    private int _nextVkn = 7_000_000;
    private IPlaywright? _playwright;

    /// <summary>The running app.</summary>
    public AppServer App { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A firm the tests add themselves, so they do not depend on the demo generator's names.</summary>
    public Company KnownCompany { get; private set; } = null!;

    /// <summary>A firm that needs what <see cref="KnownCompany"/> offers.</summary>
    public Company Receiver { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        App = await AppServer.StartAsync();
        KnownCompany = new Company("İZMİR ISLAK TALAŞ GERİ KAZANIM A.Ş.", "9876543217", "38.32", "Torbalı", SizeBand.Small);
        KnownCompany.SetLocation(new GeoPoint(38.16, 27.36));
        Receiver = new Company("Ege Yonga Levha Sanayi A.Ş.", "9876543209", "16.21", "Torbalı", SizeBand.Medium);
        Receiver.SetLocation(new GeoPoint(38.18, 27.35));
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Companies.AddRange(KnownCompany, Receiver);
            await db.SaveChangesAsync();
        }

        // Through the service, as a user would, so the stored matches follow.
        using (var scope = App.Services.CreateScope())
        {
            var streams = scope.ServiceProvider.GetRequiredService<StreamService>();
            await streams.CreateAsync(Receiver.Id, new StreamInput(StreamDirection.Need, ResourceKind.Material, "Yonga levha için talaş", "03 01 05", 400, QuantityUnit.Tonne, QuantityPeriod.PerYear));
            await streams.CreateAsync(KnownCompany.Id, new StreamInput(StreamDirection.Offer, ResourceKind.Material, "Islak çam talaşı", "03 01 05", 350, QuantityUnit.Tonne, QuantityPeriod.PerYear));
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

    /// <summary>Adds a firm with a valid VKN near Torbalı.</summary>
    public async Task<Company> AddCompanyAsync(string name, string nace)
    {
        var nine = (100_000_000 + Interlocked.Increment(ref _nextVkn)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var company = new Company(name, nine + Vkn.ComputeCheckDigit(nine), nace, "Torbalı", SizeBand.Small);
        company.SetLocation(new GeoPoint(38.17, 27.37));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    /// <summary>Adds a sawdust offer through the stream service (so it is matched).</summary>
    public async Task AddOfferAsync(Guid companyId, string description)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<StreamService>().CreateAsync(
            companyId,
            new StreamInput(StreamDirection.Offer, ResourceKind.Material, description, "03 01 05", 200, QuantityUnit.Tonne, QuantityPeriod.PerYear));
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
