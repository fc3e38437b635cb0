using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

[Collection(SeededDatabaseCollection.Name)]
public sealed class MatchingCoordinatorTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _power = null!;
    private Company _cement = null!;
    private Company _otherCement = null!;

    private StreamService Streams => Database.Services.GetRequiredService<StreamService>();

    private MatchingCoordinator Coordinator => Database.Services.GetRequiredService<MatchingCoordinator>();

    protected override async Task ArrangeAsync()
    {
        _power = TestData.CompanyAt("Aliağa Enerji Üretim A.Ş.", "35.11", 38.80, 26.97);
        _cement = TestData.CompanyAt("Ege Çimento Sanayi A.Ş.", "23.51", 38.75, 27.00);
        _otherCement = TestData.CompanyAt("Kemalpaşa Klinker A.Ş.", "23.51", 38.43, 27.42);
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_power, _cement, _otherCement);
            await db.SaveChangesAsync();
        }

        // The engine is per process: reload it from the freshly reset database.
        await Coordinator.RematchAllAsync();
    }

    /// <summary>The stored matches once the recorded changes are applied (the worker's step, run here).</summary>
    private async Task<List<Match>> StoredAsync()
    {
        await Coordinator.ApplyPendingAsync();
        await using var db = Database.CreateContext();
        return await db.Matches.AsNoTracking().OrderBy(m => m.Kind).ThenByDescending(m => m.Score).ToListAsync();
    }

    [Fact]
    public async Task CreateOffer_MatchingNeedExists_StoresExplainedMatch()
    {
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());

        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());

        var match = Assert.Single(await StoredAsync(), m => m.Kind == MatchKind.Registered);
        Assert.Equal(offer, match.OfferId);
        Assert.Equal(need, match.NeedId);
        Assert.Equal(_cement.Id, match.ReceiverCompanyId);
        Assert.InRange(match.Score, 60, 100);
        Assert.Contains("Aynı atık kodu (10 01 02)", match.Breakdown, StringComparison.Ordinal);
        Assert.Contains("Same waste code (10 01 02)", match.Breakdown, StringComparison.Ordinal);
        Assert.Equal(IzmirSymbiosis.Matching.Engine.MatchingEngine.EngineVersion, match.EngineVersion);
    }

    [Fact]
    public async Task CreateOffer_NoNeedRegistered_StoresLatentReceiversInCementSector()
    {
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());

        var latent = (await StoredAsync()).Where(m => m.Kind == MatchKind.Latent && m.OfferId == offer).ToList();
        Assert.Contains(latent, m => m.ReceiverCompanyId == _cement.Id && m.LatentNaceCode == "23.51");
        Assert.Contains(latent, m => m.ReceiverCompanyId == _otherCement.Id);
        Assert.DoesNotContain(latent, m => m.ReceiverCompanyId == _power.Id);
        var view = await Database.Services.GetRequiredService<MatchQueryService>().AllForCompanyAsync(_cement.Id);
        Assert.Contains(view, v => v.Kind == MatchKind.Latent && v.Reasons.Count > 0 && v.Reasons.All(r => r.Tr.Length > 0 && r.En.Length > 0));
    }

    [Fact]
    public async Task LatentReceiver_EachSideSeesTheOtherAnonymised_NoClassNoExactFigures()
    {
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        var stored = Assert.Single(await StoredAsync(), m => m.Kind == MatchKind.Latent && m.OfferId == offer && m.ReceiverCompanyId == _cement.Id);
        var user = Database.CurrentUser;
        var queries = Database.Services.GetRequiredService<MatchQueryService>();
        try
        {
            user.User = TestCurrentUser.FirmUser(_cement.Id);
            var asReceiver = Assert.Single(await queries.AllForCompanyAsync(_cement.Id), v => v.Id == stored.Id);
            user.User = TestCurrentUser.FirmUser(_power.Id);
            var asGiver = Assert.Single(await queries.AllForCompanyAsync(_power.Id), v => v.Id == stored.Id);

            foreach (var view in new[] { asReceiver, asGiver })
            {
                Assert.True(view.Anonymised);
                Assert.Null(view.RoadKm);
                Assert.NotNull(view.Distance);
                Assert.Equal(0, view.Score % 5);
                Assert.NotEmpty(view.Reasons);
            }

            // Neither reads the other's class (the giver may read its own).
            Assert.All(asReceiver.Reasons, r => Assert.DoesNotContain("35.11", r.Tr + r.En, StringComparison.Ordinal));

            Assert.Null(asReceiver.OfferCompanyId);
            Assert.Equal("23.51", asReceiver.LatentNaceCode);
            Assert.Null(asGiver.ReceiverCompanyId);
            Assert.Equal("23", asGiver.LatentNaceCode);
            Assert.All(asGiver.Reasons, r => Assert.DoesNotContain("23.51", r.Tr + r.En, StringComparison.Ordinal));
        }
        finally
        {
            user.User = TestCurrentUser.Admin;
        }
    }

    [Fact]
    public async Task CompanySavedWithoutChange_LatentRowsKeepTheirIds()
    {
        // Rows turning over together would tell a poller that one firm saved its profile.
        await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        var before = (await StoredAsync()).Where(m => m.Kind == MatchKind.Latent).Select(m => m.Id).ToHashSet();

        await using (var db = Database.CreateContext())
        {
            db.RematchRequests.AddRange(RematchRequest.ForCompany(_cement.Id, DateTimeOffset.UtcNow), RematchRequest.ForCompany(_power.Id, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, await Coordinator.ApplyPendingAsync());

        Assert.NotEmpty(before);
        Assert.True(before.SetEquals((await StoredAsync()).Where(m => m.Kind == MatchKind.Latent).Select(m => m.Id)));
    }

    [Fact]
    public async Task CloseNeed_MatchIsRemovedFromDatabase()
    {
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        Assert.Contains(await StoredAsync(), m => m.NeedId == need);
        var version = (await Streams.GetForEditAsync(need))!.Version;

        await Streams.SetStatusAsync(need, version, StreamStatus.Closed);

        Assert.DoesNotContain(await StoredAsync(), m => m.NeedId == need);
    }

    [Fact]
    public async Task ChangeOfferQuantity_StoredScoreIsRecomputed()
    {
        await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer(12_000));
        var before = Assert.Single(await StoredAsync(), m => m.Kind == MatchKind.Registered);
        var edit = (await Streams.GetForEditAsync(offer))!;

        // 12 t a year against a need of 12,000 t a year: the quantity fit collapses.
        await Streams.UpdateAsync(edit with { Input = edit.Input with { Amount = 12 } });

        var after = Assert.Single(await StoredAsync(), m => m.Kind == MatchKind.Registered);
        Assert.Equal(before.Id, after.Id);
        Assert.True(after.Score < before.Score, $"{after.Score} < {before.Score}");
        Assert.True(after.ComputedAt >= before.ComputedAt);
    }

    [Fact]
    public async Task ChangeOfferToUnrelatedMaterial_MatchDisappears()
    {
        await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        var edit = (await Streams.GetForEditAsync(offer))!;

        await Streams.UpdateAsync(edit with { Input = edit.Input with { Description = "Atık motor yağı", EwcCode = "13 02 05" } });

        Assert.DoesNotContain(await StoredAsync(), m => m.Kind == MatchKind.Registered);
    }

    [Fact]
    public async Task IncrementalChanges_EqualAFullRematch()
    {
        var need = await Streams.CreateAsync(_cement.Id, TestData.AshNeed());
        await Streams.CreateAsync(_otherCement.Id, TestData.AshNeed() with { Amount = 300 });
        var offer = await Streams.CreateAsync(_power.Id, TestData.FlyAshOffer());
        var edit = (await Streams.GetForEditAsync(offer))!;
        await Streams.UpdateAsync(edit with { Input = edit.Input with { Amount = 5_000 } });
        await Streams.SetStatusAsync(need, (await Streams.GetForEditAsync(need))!.Version, StreamStatus.Paused);
        var incremental = (await StoredAsync()).Select(m => (m.Kind, m.OfferId, m.NeedId, m.ReceiverCompanyId, Math.Round(m.Score, 6))).OrderBy(x => x.ToString()).ToList();

        await Coordinator.RematchAllAsync();

        var full = (await StoredAsync()).Select(m => (m.Kind, m.OfferId, m.NeedId, m.ReceiverCompanyId, Math.Round(m.Score, 6))).OrderBy(x => x.ToString()).ToList();
        Assert.NotEmpty(full);
        Assert.Equal(full, incremental);
    }
}
