using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Companies;

/// <summary>Permits through the real database, the access rule and the coordinator.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class PermitServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly DateOnly s_today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));
    private Company _refinery = null!;
    private Company _permitted = null!;
    private Company _expired = null!;
    private Company _otherCode = null!;
    private Company _noPermit = null!;

    private PermitService Permits => Database.Services.GetRequiredService<PermitService>();

    private StreamService Streams => Database.Services.GetRequiredService<StreamService>();

    protected override async Task ArrangeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        _refinery = TestData.CompanyAt("Aliağa Rafineri A.Ş.", "19.20", 38.80, 26.97);
        _permitted = TestData.CompanyAt("Ege Yağ Rejenerasyon A.Ş.", "38.32", 38.75, 27.00);
        _expired = TestData.CompanyAt("Eski Lisans Geri Kazanım A.Ş.", "38.32", 38.74, 27.01);
        _otherCode = TestData.CompanyAt("Akü Geri Dönüşüm A.Ş.", "38.32", 38.73, 27.02);
        _noPermit = TestData.CompanyAt("Lisanssız Yağ Ltd. Şti.", "38.32", 38.72, 27.03);
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_refinery, _permitted, _expired, _otherCode, _noPermit);
            await db.SaveChangesAsync();
        }

        await Database.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private static PermitInput Permit(string number, DateOnly until, params string[] codes) =>
        new("İzmir Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü", number, until, codes, ["R9", "R13"]);

    private static StreamInput WasteOil(StreamDirection direction) =>
        new(direction, ResourceKind.Material, "Atık madeni yağ", "13 02 05*", 40, QuantityUnit.Tonne, QuantityPeriod.PerMonth);

    /// <summary>The registered matches once the worker's step applied what the saves recorded.</summary>
    private async Task<List<Match>> RegisteredAsync()
    {
        await Database.Services.GetRequiredService<MatchingCoordinator>().ApplyPendingAsync();
        await using var db = Database.CreateContext();
        return await db.Matches.AsNoTracking().Where(m => m.Kind == MatchKind.Registered).ToListAsync();
    }

    [Fact]
    public async Task HazardousOffer_MatchesOnlyTheReceiverWithAValidPermitForItsCode()
    {
        await Permits.AddAsync(_permitted.Id, Permit("TAL-35-001", s_today.AddYears(3), "13 02 05*"));
        await Permits.AddAsync(_expired.Id, Permit("TAL-35-002", s_today.AddDays(-1), "13 02 05*"));
        await Permits.AddAsync(_otherCode.Id, Permit("TAL-35-003", s_today.AddYears(3), "16 06 01*"));
        foreach (var receiver in new[] { _permitted, _expired, _otherCode, _noPermit })
        {
            await Streams.CreateAsync(receiver.Id, WasteOil(StreamDirection.Need));
        }

        var offer = await Streams.CreateAsync(_refinery.Id, WasteOil(StreamDirection.Offer));

        var match = Assert.Single(await RegisteredAsync());
        Assert.Equal((offer, _permitted.Id), (match.OfferId, match.ReceiverCompanyId));
    }

    [Fact]
    public async Task PermitChanges_RematchTheCompany()
    {
        await Streams.CreateAsync(_permitted.Id, WasteOil(StreamDirection.Need));
        await Streams.CreateAsync(_refinery.Id, WasteOil(StreamDirection.Offer));
        Assert.Empty(await RegisteredAsync());

        var (permitId, version) = await Permits.AddAsync(_permitted.Id, Permit("TAL-35-001", s_today.AddYears(3), "13 02"));
        await using (var db = Database.CreateContext())
        {
            // Recorded with the permit, applied by the worker.
            Assert.True(await db.RematchRequests.AnyAsync(r => r.Target == RematchTarget.Company && r.TargetId == _permitted.Id));
        }

        Assert.Single(await RegisteredAsync());

        version = await Permits.UpdateAsync(_permitted.Id, permitId, version, Permit("TAL-35-001", s_today.AddYears(3), "16 06 01"));
        Assert.Empty(await RegisteredAsync());

        version = await Permits.UpdateAsync(_permitted.Id, permitId, version, Permit("TAL-35-001", s_today, "13"));
        Assert.Single(await RegisteredAsync());

        await Permits.RemoveAsync(_permitted.Id, permitId, version);
        Assert.Empty(await RegisteredAsync());
        Assert.Empty((await Permits.ListAsync(_permitted.Id))!.Permits);
    }

    [Fact]
    public async Task BadInput_EveryFieldReportedAndNothingSaved()
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Permits.AddAsync(
            _permitted.Id, new PermitInput(" ", "", null, ["10 01 02"], ["R14"])));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Authority"] = "Permit.AuthorityRequired",
                ["Number"] = "Permit.NumberRequired",
                ["ValidUntil"] = "Permit.ValidUntilRequired",
                ["WasteCodes"] = "Permit.CodeNotHazardous",
                ["Operations"] = "Permit.OperationUnknown",
            },
            e.Errors.ToDictionary(x => x.Field, x => x.Code));
        Assert.Empty((await Permits.ListAsync(_permitted.Id))!.Permits);
    }

    [Fact]
    public async Task StaleVersion_IsRefused()
    {
        var (permitId, version) = await Permits.AddAsync(_permitted.Id, Permit("TAL-35-001", s_today.AddYears(3), "130205"));
        await Permits.UpdateAsync(_permitted.Id, permitId, version, Permit("TAL-35-001", s_today.AddYears(4), "130205"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Permits.RemoveAsync(_permitted.Id, permitId, version));
        Assert.Single((await Permits.ListAsync(_permitted.Id))!.Permits);
    }

    [Fact]
    public async Task FirmUser_ReadsAndEditsOwnPermitsOnly()
    {
        var (permitId, version) = await Permits.AddAsync(_otherCode.Id, Permit("TAL-35-003", s_today.AddYears(3), "160601"));
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_permitted.Id);

        var own = await Permits.AddAsync(_permitted.Id, Permit("TAL-35-001", s_today.AddYears(3), "130205"));

        Assert.True((await Permits.ListAsync(_permitted.Id))!.CanEdit);
        Assert.Null(await Permits.ListAsync(_otherCode.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Permits.AddAsync(_otherCode.Id, Permit("X-1", s_today, "130205")));
        await Assert.ThrowsAsync<NotFoundException>(() => Permits.RemoveAsync(_otherCode.Id, permitId, version));
        await Assert.ThrowsAsync<NotFoundException>(() => Permits.RemoveAsync(_permitted.Id, permitId, own.Version));
        Database.CurrentUser.User = TestCurrentUser.Admin;
        Assert.Single((await Permits.ListAsync(_otherCode.Id))!.Permits);
    }
}
