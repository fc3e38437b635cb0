using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Matching.Latent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>“Not our material” answers reach the engine only when no single firm can be recognised from them.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class MaterialFeedbackTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private readonly List<(Company Company, UserContext User)> _receivers = [];
    private Company _giver = null!;
    private Company _idleCement = null!;
    private UserContext _giverUser = null!;

    private T Service<T>()
        where T : notnull => Database.Services.GetRequiredService<T>();

    protected override async Task ArrangeAsync()
    {
        _giver = TestData.CompanyAt("Veren Döküm A.Ş.", "24.51", 38.50, 27.05);
        _idleCement = TestData.CompanyAt("İhtiyaç Girmemiş Çimento A.Ş.", "23.51", 38.52, 27.07);
        var receivers = Enumerable.Range(1, 3).Select(i => TestData.CompanyAt($"Alıcı {i} Çimento A.Ş.", "23.51", 38.49 + (i * 0.01), 27.06)).ToList();
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_giver, _idleCement);
            db.Companies.AddRange(receivers);
            await db.SaveChangesAsync();
        }

        await Service<MatchingCoordinator>().RematchAllAsync();

        await Service<StreamService>().CreateAsync(_giver.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Döküm kumu", "10 09 08", 1234, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        foreach (var r in receivers)
        {
            await Service<StreamService>().CreateAsync(r.Id, new StreamInput(
                StreamDirection.Need, ResourceKind.Material, "Döküm kumu", "10 09 08", 100, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
            _receivers.Add((r, await TestUsers.AddAsync(Database, Roles.FirmUser, r.Id)));
        }

        await Service<MatchingCoordinator>().ApplyPendingAsync();
        _giverUser = await TestUsers.AddAsync(Database, Roles.FirmUser, _giver.Id);
    }

    private async Task AnswerAsync(Guid companyId, UserContext user, FeedbackReason reason)
    {
        Guid id;
        await using (var db = Database.CreateContext())
        {
            id = await db.Matches.Where(m => m.Kind == MatchKind.Registered && m.ReceiverCompanyId == companyId).Select(m => m.Id).SingleAsync();
        }

        Database.CurrentUser.User = user;
        try
        {
            await Service<MatchFeedbackService>().SetAsync(id, new FeedbackInput(false, reason));
        }
        finally
        {
            Database.CurrentUser.User = TestCurrentUser.Admin;
        }
    }

    private async Task<IReadOnlyList<FeedbackItem>> ReadAsync()
    {
        await using var db = Database.CreateContext();
        return await MaterialFeedback.ReadAsync(db);
    }

    [Fact]
    public async Task ThreeFirmsOfAClass_Count_OneItemPerFirm_WithTheOffersCodeAndTheirClass()
    {
        foreach (var (company, user) in _receivers)
        {
            await AnswerAsync(company.Id, user, FeedbackReason.NotOurMaterial);
        }

        var items = await ReadAsync();

        Assert.Equal(MaterialFeedback.MinFirms, items.Count);
        Assert.All(items, i => Assert.Equal(("100908", "23.51", FeedbackAnswer.NotOurMaterial), (Assert.Single(i.EwcCodes), i.ReceiverNace, i.Answer)));
    }

    [Fact]
    public async Task FewerFirms_OtherReasons_OrTheGiversOwnAnswer_DoNotCount()
    {
        await AnswerAsync(_receivers[0].Company.Id, _receivers[0].User, FeedbackReason.NotOurMaterial);
        await AnswerAsync(_receivers[1].Company.Id, _receivers[1].User, FeedbackReason.NotOurMaterial);
        await AnswerAsync(_receivers[2].Company.Id, _receivers[2].User, FeedbackReason.Distance);

        Assert.Empty(await ReadAsync());

        // The giver's own "not our material" on the third pair is about its offer, not a receiving class.
        await AnswerAsync(_receivers[2].Company.Id, _giverUser, FeedbackReason.NotOurMaterial);
        Assert.Empty(await ReadAsync());
    }

    [Fact]
    public async Task AfterAFullRematch_ThatClassIsNoLongerTheDivisionsProposal_OrIsLoweredAndSaysWhy()
    {
        static async Task<Match?> LatentRowAsync(TestDatabase database, Guid companyId)
        {
            await using var db = database.CreateContext();
            return await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Kind == MatchKind.Latent && m.ReceiverCompanyId == companyId);
        }

        var before = await LatentRowAsync(Database, _idleCement.Id);
        Assert.Equal("23.51", before?.LatentNaceCode);
        foreach (var (company, user) in _receivers)
        {
            await AnswerAsync(company.Id, user, FeedbackReason.NotOurMaterial);
        }

        await Service<MatchingCoordinator>().RematchAllAsync();

        var after = await LatentRowAsync(Database, _idleCement.Id);
        // Division 23 is proposed through another class (bricks, concrete), or cement with a lower score and the reason.
        Assert.True(
            after is null || after.LatentNaceCode != "23.51" || (after.Score < before!.Score && after.Breakdown.Contains("malzememiz değil", StringComparison.Ordinal)),
            after?.Breakdown);
    }
}
