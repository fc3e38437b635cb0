using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>
/// Two app instances on one database, each with its own in-memory engine (no job servers: each test
/// says which instance applies what). Whatever order the instances apply changes in, and even when
/// they apply at the same moment, the stored matches equal a full re-match from the database.
/// </summary>
public sealed class SeveralEnginesTests : IAsyncLifetime
{
    private TestDatabase _a = null!;
    private ServiceProvider _b = null!;
    private Company _power = null!;
    private Company _cement = null!;
    private Company _otherCement = null!;

    public async Task InitializeAsync()
    {
        _a = await TestDatabase.CreateAsync("it_engines");
        await _a.Initializer.MigrateAsync();
        await _a.Initializer.SeedReferenceDataAsync();
        _power = TestData.CompanyAt("Aliağa Enerji Üretim A.Ş.", "35.11", 38.80, 26.97);
        _cement = TestData.CompanyAt("Ege Çimento Sanayi A.Ş.", "23.51", 38.75, 27.00);
        _otherCement = TestData.CompanyAt("Kemalpaşa Klinker A.Ş.", "23.51", 38.43, 27.42);
        await using (var db = _a.CreateContext())
        {
            db.Companies.AddRange(_power, _cement, _otherCement);
            await db.SaveChangesAsync();
        }

        _b = _a.AnotherInstance(backgroundWorker: false);
        await Coordinator(_a.Services).EnsureLoadedAsync();
        await Coordinator(_b).EnsureLoadedAsync();
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    private static MatchingCoordinator Coordinator(IServiceProvider instance) => instance.GetRequiredService<MatchingCoordinator>();

    private static StreamService Streams(IServiceProvider instance) => instance.GetRequiredService<StreamService>();

    private static StreamInput Slag() =>
        new(StreamDirection.Offer, ResourceKind.Material, "Yüksek fırın cürufu", "10 02 02", 5_000, QuantityUnit.Tonne, QuantityPeriod.PerYear);

    private async Task<List<string>> StoredAsync()
    {
        await using var db = _a.CreateContext();
        return (await db.Matches.AsNoTracking().ToListAsync())
            .Select(m => $"{m.Kind} {m.OfferId} {m.NeedId} {m.ReceiverCompanyId} {Math.Round(m.Score, 6)}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What a full re-match computes from the database as it is now.</summary>
    private async Task<List<string>> FullRematchAsync()
    {
        await using var fresh = _a.AnotherInstance(backgroundWorker: false);
        await Coordinator(fresh).RematchAllAsync();
        return await StoredAsync();
    }

    [Fact]
    public async Task ChangesAppliedAlternatelyOnAAndB_EveryPairIsStored()
    {
        var need = await Streams(_a.Services).CreateAsync(_cement.Id, TestData.AshNeed());
        await Coordinator(_a.Services).ApplyPendingAsync();

        // B's engine was loaded before the need existed; it learns it from what A applied.
        var offer = await Streams(_b).CreateAsync(_power.Id, TestData.FlyAshOffer());
        await Coordinator(_b).ApplyPendingAsync();
        Assert.Contains(await StoredAsync(), m => m.StartsWith($"Registered {offer} {need} ", StringComparison.Ordinal));

        var otherNeed = await Streams(_b).CreateAsync(_otherCement.Id, TestData.AshNeed());
        await Coordinator(_b).ApplyPendingAsync();
        uint version;
        await using (var db = _a.CreateContext())
        {
            version = await db.Streams.Where(s => s.Id == offer).Select(s => s.Version).SingleAsync();
        }

        await Streams(_a.Services).UpdateAsync(new StreamEdit(offer, _power.Id, version, TestData.FlyAshOffer() with { Description = "Uçucu kül, F sınıfı (termik santral)", Amount = 30_000 }));
        await Coordinator(_a.Services).ApplyPendingAsync();

        var stored = await StoredAsync();
        Assert.Contains(stored, m => m.StartsWith($"Registered {offer} {otherNeed} ", StringComparison.Ordinal));
        Assert.Equal(await FullRematchAsync(), stored);
    }

    [Fact]
    public async Task BothInstancesApplyAtOnce_TheLockOrdersThemAndNoPairIsMissed()
    {
        var needs = new List<Guid>();
        var offers = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            needs.Add(await Streams(_a.Services).CreateAsync(i % 2 == 0 ? _cement.Id : _otherCement.Id, TestData.AshNeed()));
            offers.Add(await Streams(_b).CreateAsync(_power.Id, i == 1 ? Slag() : TestData.FlyAshOffer()));
        }

        // Started together, on separate connections: each takes the lock in turn.
        using var start = new ManualResetEventSlim();
        var racers = new[] { _a.Services, _b }.Select(instance => Task.Run(async () =>
        {
            start.Wait();
            await Coordinator(instance).ApplyPendingAsync();
        })).ToList();
        start.Set();
        await Task.WhenAll(racers);

        var stored = await StoredAsync();
        foreach (var (offer, need) in new[] { (offers[0], needs[0]), (offers[2], needs[2]), (offers[0], needs[1]) })
        {
            Assert.Contains(stored, m => m.StartsWith($"Registered {offer} {need} ", StringComparison.Ordinal));
        }

        Assert.Equal(await FullRematchAsync(), stored);
    }

    [Fact]
    public async Task LockHeldElsewhere_ApplyingWaitsUntilItIsReleased()
    {
        await Streams(_a.Services).CreateAsync(_cement.Id, TestData.AshNeed());
        var held = await _a.Services.GetRequiredService<IMatchingLock>().AcquireAsync();

        var applying = Coordinator(_b).ApplyPendingAsync();
        Assert.NotSame(applying, await Task.WhenAny(applying, Task.Delay(TimeSpan.FromSeconds(2))));
        await held.DisposeAsync();

        Assert.Equal(1, await applying.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task AppliedEntriesPrunedBeforeAnEngineSawThem_ItLoadsAfreshInsteadOfMissingThem()
    {
        var need = await Streams(_a.Services).CreateAsync(_cement.Id, TestData.AshNeed());
        await Coordinator(_a.Services).ApplyPendingAsync();
        var second = await Streams(_a.Services).CreateAsync(_otherCement.Id, TestData.AshNeed());
        await Coordinator(_a.Services).ApplyPendingAsync();

        // As if a day had passed: the first entry is gone, the last is always kept.
        await using (var db = _a.CreateContext())
        {
            Assert.Equal([1L, 2L], await db.AppliedRematches.OrderBy(a => a.Seq).Select(a => a.Seq).ToListAsync());
            await db.AppliedRematches.Where(a => a.Seq == 1).ExecuteDeleteAsync();
        }

        var offer = await Streams(_b).CreateAsync(_power.Id, TestData.FlyAshOffer());
        await Coordinator(_b).ApplyPendingAsync();

        var stored = await StoredAsync();
        Assert.Contains(stored, m => m.StartsWith($"Registered {offer} {need} ", StringComparison.Ordinal));
        Assert.Contains(stored, m => m.StartsWith($"Registered {offer} {second} ", StringComparison.Ordinal));
    }
}
