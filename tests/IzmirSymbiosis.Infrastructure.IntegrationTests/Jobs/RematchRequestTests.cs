using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Jobs;

/// <summary>
/// A save records what needs re-matching with the change and returns; the worker's step
/// (<see cref="MatchingCoordinator.ApplyPendingAsync"/>, run here by the test) stores the matches.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class RematchRequestTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _power = null!;
    private Company _cement = null!;

    private StreamService Streams => Database.Services.GetRequiredService<StreamService>();

    private MatchingCoordinator Coordinator => Database.Services.GetRequiredService<MatchingCoordinator>();

    private MatchQueryService Queries => Database.Services.GetRequiredService<MatchQueryService>();

    protected override async Task ArrangeAsync()
    {
        _power = TestData.CompanyAt("Aliağa Enerji Üretim A.Ş.", "35.11", 38.80, 26.97);
        _cement = TestData.CompanyAt("Ege Çimento Sanayi A.Ş.", "23.51", 38.75, 27.00);
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_power, _cement);
            await db.SaveChangesAsync();
        }

        await Coordinator.RematchAllAsync();
    }

    private async Task<List<RematchRequest>> RequestsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.RematchRequests.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    private async Task<List<(MatchKind, Guid, Guid?, Guid, double)>> StoredAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.Matches.AsNoTracking().ToListAsync())
            .Select(m => (m.Kind, m.OfferId, m.NeedId, m.ReceiverCompanyId, Math.Round(m.Score, 6)))
            .OrderBy(x => x.ToString(), StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public async Task SaveStream_ReturnsBeforeMatching_RequestStoredWithTheChangeAndAppliedLater()
    {
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());

        // Both saves returned with nothing matched yet: only their requests are stored.
        var pending = await RequestsAsync();
        Assert.Equal([(need, _cement.Id), (offer, _power.Id)], pending.Select(r => (r.TargetId, r.CompanyId)));
        Assert.All(pending, r => Assert.Equal(RematchTarget.Stream, r.Target));
        Assert.DoesNotContain(await StoredAsync(), m => m.Item1 == MatchKind.Registered);
        Assert.True(await Queries.IsUpdatingAsync(_power.Id));
        Assert.True(await Queries.IsUpdatingAsync());

        Assert.Equal(2, await Coordinator.ApplyPendingAsync());

        Assert.Contains(await StoredAsync(), m => m.Item2 == offer && m.Item3 == need);
        Assert.Empty(await RequestsAsync());
        Assert.False(await Queries.IsUpdatingAsync(_power.Id));
        Assert.False(await Queries.IsUpdatingAsync());
    }

    [Fact]
    public async Task SaveStream_InvalidInput_NoRequestRecorded()
    {
        await Assert.ThrowsAsync<Application.Common.ValidationFailedException>(() => Streams.CreateAsync(_power.Id, TestData.FlyAshOffer() with { Amount = -1 }));

        Assert.Empty(await RequestsAsync());
    }

    [Fact]
    public async Task UpdateCompany_OnlyWhatTheEngineReadsRecordsARequest()
    {
        var companies = Database.Services.GetRequiredService<CompanyService>();
        var loaded = (await companies.GetAsync(_cement.Id))!;
        var update = new CompanyUpdate(_cement.Id, loaded.Version, "Ege Çimento ve Klinker A.Ş.", loaded.NaceCode!, loaded.District!, null, null, loaded.SizeBand);

        var version = await companies.UpdateAsync(update);
        Assert.Empty(await RequestsAsync());

        await companies.UpdateAsync(update with { Version = version, NaceCode = "23.52" });
        var request = Assert.Single(await RequestsAsync());
        Assert.Equal((RematchTarget.Company, _cement.Id, _cement.Id), (request.Target, request.TargetId, request.CompanyId));
    }

    [Fact]
    public async Task StoredDistance_IsTheKmOfTheFirmsPlaces_AndFollowsAFirmThatMoves()
    {
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        await Coordinator.ApplyPendingAsync();
        await AssertDistanceAsync(offer, need, (38.80, 26.97), (38.75, 27.00));

        // The cement plant moves 8 km south within its district: the re-match writes the new figures.
        var companies = Database.Services.GetRequiredService<CompanyService>();
        var loaded = (await companies.GetAsync(_cement.Id))!;
        await companies.UpdateAsync(new CompanyUpdate(
            _cement.Id, loaded.Version, loaded.LegalName, loaded.NaceCode!, loaded.District!, null, null, loaded.SizeBand, Latitude: 38.68, Longitude: 27.03));
        await Coordinator.ApplyPendingAsync();
        await AssertDistanceAsync(offer, need, (38.80, 26.97), (38.68, 27.03));
    }

    /// <summary>
    /// The stored km of a pair: great circle × the road factor between the firms' points (rounded as
    /// shown, and equal to the breakdown's figure), and between the centres of their 0.1° cells.
    /// </summary>
    private async Task AssertDistanceAsync(Guid offer, Guid need, (double Lat, double Lon) giver, (double Lat, double Lon) receiver)
    {
        await using var db = Database.CreateContext();
        var row = await db.Matches.AsNoTracking().SingleAsync(m => m.OfferId == offer && m.NeedId == need);
        static double Km((double Lat, double Lon) a, (double Lat, double Lon) b) =>
            new GeoPoint(a.Lat, a.Lon).DistanceKmTo(new GeoPoint(b.Lat, b.Lon)) * new MatchingOptions().RoadFactor;
        static (double, double) Cell((double Lat, double Lon) p) => (Math.Round(p.Lat, 1), Math.Round(p.Lon, 1));
        Assert.Equal(Math.Round(Km(giver, receiver), 1), row.RoadKm);
        Assert.Equal(Km(Cell(giver), Cell(receiver)), row.AreaRoadKm!.Value, 6);
        using var breakdown = System.Text.Json.JsonDocument.Parse(row.Breakdown);
        Assert.Equal(row.RoadKm, breakdown.RootElement.GetProperty("roadKm").GetDouble());
    }

    [Fact]
    public async Task ApplyFails_RequestKeptAndTheNextRunStoresWhatAFullRematchGives()
    {
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        await Coordinator.ApplyPendingAsync();
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());

        await using (var fault = await MatchWriteFault.FailFirstInsertsAsync(Database.OwnerConnectionString, failures: 1))
        {
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => Coordinator.ApplyPendingAsync());
            Assert.Contains("injected failure", error.InnerException!.Message, StringComparison.Ordinal);
            Assert.Equal([offer], (await RequestsAsync()).Select(r => r.TargetId));
            Assert.DoesNotContain(await StoredAsync(), m => m.Item2 == offer);

            await Coordinator.ApplyPendingAsync();
            Assert.True(await fault.InsertsSeenAsync() >= 2);
        }

        var repaired = await StoredAsync();
        Assert.Empty(await RequestsAsync());
        Assert.Contains(repaired, m => m.Item2 == offer && m.Item3 == need);
        await Coordinator.RematchAllAsync();
        Assert.Equal(await StoredAsync(), repaired);
    }
}
