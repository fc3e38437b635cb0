using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>Feedback on matches: per user and pair, hidden for the one who declined, invisible to the other side.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class MatchFeedbackServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _giver = null!;
    private Company _receiver = null!;
    private Company _third = null!;
    private Guid _offer;
    private UserContext _giverUser = null!;
    private UserContext _giverColleague = null!;
    private UserContext _receiverUser = null!;
    private UserContext _thirdUser = null!;
    private UserContext _staff = null!;

    private T Service<T>()
        where T : notnull => Database.Services.GetRequiredService<T>();

    protected override async Task ArrangeAsync()
    {
        _giver = TestData.CompanyAt("Veren Döküm A.Ş.", "24.51", 38.50, 27.05);
        _giver.SetAddress(null, 1);
        _receiver = TestData.CompanyAt("Alan Döküm A.Ş.", "24.51", 38.49, 27.06);
        _receiver.SetAddress(null, 1);
        _third = TestData.CompanyAt("Üçüncü Çimento A.Ş.", "23.51", 38.79, 26.97);
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_giver, _receiver, _third);
            await db.SaveChangesAsync();
        }

        _offer = await Service<StreamService>().CreateAsync(_giver.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Döküm kumu", "10 09 08", 1234, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        await Service<StreamService>().CreateAsync(_receiver.Id, new StreamInput(
            StreamDirection.Need, ResourceKind.Material, "Döküm kumu", "10 09 08", 100, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        await Service<MatchingCoordinator>().ApplyPendingAsync();

        _giverUser = await TestUsers.AddAsync(Database, Roles.FirmUser, _giver.Id);
        _giverColleague = await TestUsers.AddAsync(Database, Roles.FirmUser, _giver.Id);
        _receiverUser = await TestUsers.AddAsync(Database, Roles.FirmUser, _receiver.Id);
        _thirdUser = await TestUsers.AddAsync(Database, Roles.FirmUser, _third.Id);
        _staff = await TestUsers.AddAsync(Database, Roles.OizStaff, zones: [1]);
    }

    private void SignIn(UserContext user) => Database.CurrentUser.User = user;

    private async Task<Guid> RegisteredMatchIdAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Matches.Where(m => m.OfferId == _offer && m.Kind == MatchKind.Registered).Select(m => m.Id).SingleAsync();
    }

    private async Task<IReadOnlyList<MatchView>> ListAsync(bool includeHidden = false) =>
        (await Service<MatchQueryService>().ListAsync(new PageRequest(), new MatchFilter(MatchKind.Registered, IncludeHidden: includeHidden))).Items;

    [Fact]
    public async Task NotInterested_HidesThePairForThatUserOnly_AndLeavesNoTraceForTheOtherSide()
    {
        var id = await RegisteredMatchIdAsync();
        SignIn(_giverUser);

        await Service<MatchFeedbackService>().SetAsync(id, new FeedbackInput(false, FeedbackReason.Price, "Çok pahalı"));

        Assert.DoesNotContain(await ListAsync(), m => m.Id == id);
        Assert.DoesNotContain(await Service<MatchQueryService>().AllForCompanyAsync(_giver.Id), m => m.Id == id);
        var hidden = Assert.Single(await ListAsync(includeHidden: true), m => m.Id == id);
        Assert.Equal(new FeedbackView(false, FeedbackReason.Price, "Çok pahalı", hidden.MyFeedback!.UpdatedAt), hidden.MyFeedback);
        Assert.Contains(await Service<MatchQueryService>().AllForCompanyAsync(_giver.Id, includeHidden: true), m => m.Id == id);

        // A colleague answers for themselves: the match stays in their list.
        SignIn(_giverColleague);
        Assert.Null(Assert.Single(await ListAsync(), m => m.Id == id).MyFeedback);

        // The other side sees the match as before: no answer, no counts.
        SignIn(_receiverUser);
        var theirs = Assert.Single(await ListAsync(), m => m.Id == id);
        Assert.Null(theirs.MyFeedback);
        Assert.Null(theirs.FeedbackCounts);
        Assert.Null((await Service<MatchQueryService>().GetAsync(id))!.FeedbackCounts);
    }

    [Fact]
    public async Task Feedback_BelongsToThePair_AndSurvivesTheMatchRowBeingRecomputed()
    {
        var first = await RegisteredMatchIdAsync();
        SignIn(_receiverUser);
        await Service<MatchFeedbackService>().SetAsync(first, new FeedbackInput(false, FeedbackReason.Distance));

        // The offer is paused (its match goes) and activated again (the match comes back as a new row).
        SignIn(TestCurrentUser.Admin);
        var streams = Service<StreamService>();
        var version = (await streams.GetForEditAsync(_offer))!.Version;
        version = await streams.SetStatusAsync(_offer, version, StreamStatus.Paused);
        await Service<MatchingCoordinator>().ApplyPendingAsync();
        Assert.Empty((await Service<MatchQueryService>().ListAsync(new PageRequest(), new MatchFilter(MatchKind.Registered))).Items);
        await streams.SetStatusAsync(_offer, version, StreamStatus.Active);
        await Service<MatchingCoordinator>().ApplyPendingAsync();
        var second = await RegisteredMatchIdAsync();

        SignIn(_receiverUser);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain(await ListAsync(), m => m.Id == second);
        Assert.Equal(FeedbackReason.Distance, Assert.Single(await ListAsync(includeHidden: true), m => m.Id == second).MyFeedback!.Reason);
        await using var db = Database.CreateContext();
        var stored = await db.MatchFeedback.SingleAsync();
        Assert.Equal((MatchSide.Receiver, _receiver.Id), (stored.Side, stored.CompanyId));
        Assert.False(string.IsNullOrEmpty(stored.EngineVersion));
        Assert.True(stored.Score > 0);
    }

    [Fact]
    public async Task ChangeAndWithdraw_ShowThePairAgain()
    {
        var id = await RegisteredMatchIdAsync();
        SignIn(_giverUser);
        var feedback = Service<MatchFeedbackService>();

        await feedback.SetAsync(id, new FeedbackInput(false, FeedbackReason.Quantity));
        await feedback.SetAsync(id, new FeedbackInput(true));
        Assert.True(Assert.Single(await ListAsync(), m => m.Id == id).MyFeedback!.Interested);

        await feedback.SetAsync(id, new FeedbackInput(false, FeedbackReason.Quantity));
        await feedback.WithdrawAsync(id);
        Assert.Null(Assert.Single(await ListAsync(), m => m.Id == id).MyFeedback);
        await using var db = Database.CreateContext();
        Assert.Empty(await db.MatchFeedback.ToListAsync());
    }

    [Fact]
    public async Task Staff_SeeCountsOnly()
    {
        var id = await RegisteredMatchIdAsync();
        SignIn(_giverUser);
        await Service<MatchFeedbackService>().SetAsync(id, new FeedbackInput(false, FeedbackReason.AlreadySolved));
        SignIn(_receiverUser);
        await Service<MatchFeedbackService>().SetAsync(id, new FeedbackInput(true));

        SignIn(_staff);
        var listed = Assert.Single(await ListAsync(), m => m.Id == id);
        Assert.Equal(new FeedbackCounts(1, 1), listed.FeedbackCounts);
        Assert.Null(listed.MyFeedback);
        Assert.Equal(new FeedbackCounts(1, 1), (await Service<MatchQueryService>().GetAsync(id))!.FeedbackCounts);
        SignIn(TestCurrentUser.Admin);
        Assert.Equal(new FeedbackCounts(1, 1), (await Service<MatchQueryService>().GetAsync(id))!.FeedbackCounts);
    }

    [Fact]
    public async Task OnlyFirmUsersOfThePairMayAnswer()
    {
        var id = await RegisteredMatchIdAsync();
        var feedback = Service<MatchFeedbackService>();

        foreach (var outsider in new[] { _thirdUser, _staff, TestCurrentUser.Admin, UserContext.Anonymous })
        {
            SignIn(outsider);
            await Assert.ThrowsAsync<NotFoundException>(() => feedback.SetAsync(id, new FeedbackInput(true)));
            await Assert.ThrowsAsync<NotFoundException>(() => feedback.WithdrawAsync(id));
        }

        SignIn(_giverUser);
        await Assert.ThrowsAsync<NotFoundException>(() => feedback.SetAsync(Guid.NewGuid(), new FeedbackInput(true)));
    }

    [Theory]
    [InlineData(false, null, null, "Reason", "Feedback.ReasonRequired")]
    [InlineData(false, FeedbackReason.Other, "  ", "Text", "Feedback.TextRequired")]
    [InlineData(true, FeedbackReason.Price, null, "Reason", "Feedback.ReasonOnlyWhenNotInterested")]
    [InlineData(false, (FeedbackReason)42, null, "Reason", "Value.Undefined")]
    public async Task BadAnswer_IsRefusedAtTheField_AndNothingSaved(bool interested, FeedbackReason? reason, string? text, string field, string code)
    {
        var id = await RegisteredMatchIdAsync();
        SignIn(_giverUser);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Service<MatchFeedbackService>().SetAsync(id, new FeedbackInput(interested, reason, text)));

        Assert.Equal((field, code), (e.Errors[0].Field, e.Errors[0].Code));
        await using var db = Database.CreateContext();
        Assert.Empty(await db.MatchFeedback.ToListAsync());
    }

    [Fact]
    public async Task TooLongText_IsRefused()
    {
        var id = await RegisteredMatchIdAsync();
        SignIn(_giverUser);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Service<MatchFeedbackService>().SetAsync(
            id, new FeedbackInput(false, FeedbackReason.Other, new string('x', MatchFeedback.TextMaxLength + 1))));

        Assert.Equal(("Text", "Feedback.TextTooLong"), (e.Errors[0].Field, e.Errors[0].Code));
    }
}
