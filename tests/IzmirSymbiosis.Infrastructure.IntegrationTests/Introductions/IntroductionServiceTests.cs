using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Introductions;

/// <summary>Introductions on a real database: lifecycle, one per pair, races, audit, and anonymity lifted for the pair only.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class IntroductionServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private IntroductionArrangement _a = null!;
    private Guid _sandMatch;

    private T Service<T>()
        where T : notnull => Database.Services.GetRequiredService<T>();

    private IntroductionService Introductions => Service<IntroductionService>();

    protected override async Task ArrangeAsync()
    {
        _a = await IntroductionArrangement.CreateAsync(Database);
        _sandMatch = await _a.MatchAsync(Database, _a.SandOffer, _a.SandNeed);
    }

    private void SignIn(UserContext user) => Database.CurrentUser.User = user;

    private IntroductionService As(UserContext user) =>
        ActivatorUtilities.CreateInstance<IntroductionService>(Database.Services, new FixedCurrentUser(user));

    private async Task<List<string>> AuditTrailAsync(Guid id)
    {
        await using var db = Database.CreateContext();
        var text = $"introduction={id}";
        return await db.AuditEvents.AsNoTracking().Where(e => e.Details != null && e.Details.StartsWith(text)).OrderBy(e => e.Id).Select(e => e.EventType).ToListAsync();
    }

    [Fact]
    public async Task Request_ByReceiverFirm_AcceptsItsOwnSideAndWaitsForTheGiver()
    {
        SignIn(_a.ReceiverUser);

        var id = await Introductions.RequestAsync(_sandMatch);

        var view = await Introductions.GetAsync(id);
        Assert.NotNull(view);
        Assert.Equal(IntroductionStatus.Pending, view.Status);
        Assert.Equal(IntroductionRequesterRole.Receiver, view.RequestedAs);
        Assert.Equal(IntroductionDecision.Accepted, view.Receiver.Decision);
        Assert.Null(view.Giver.Decision);
        Assert.False(view.Actions.CanAccept);
        Assert.True(view.Actions.CanWithdraw);
        Assert.InRange(view.ExpiresAt - view.CreatedAt, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30.1));

        // Before both accepted the giver stays as anonymous as in the match.
        Assert.False(view.Giver.Named);
        Assert.Null(view.Giver.Name);
        Assert.Null(view.Giver.Contact);
        Assert.Null(view.Giver.Stream!.Amount);
        Assert.Null(view.Giver.Stream.PricePerUnit);
        Assert.Equal(_a.Giver.District, view.Giver.District);
        Assert.Equal([AuditEventTypes.IntroductionRequested], await AuditTrailAsync(id));
    }

    [Fact]
    public async Task Accept_ByTheOtherFirm_NamesBothFirmsForThisPairOnly()
    {
        SignIn(_a.ReceiverUser);
        var id = await Introductions.RequestAsync(_sandMatch);
        SignIn(_a.GiverUser);
        var waiting = await Introductions.GetAsync(id);
        Assert.True(waiting!.Actions.CanAccept);
        Assert.False(waiting.Receiver.Named);

        await Introductions.AcceptAsync(id);

        SignIn(_a.ReceiverUser);
        var view = await Introductions.GetAsync(id);
        Assert.Equal(IntroductionStatus.Accepted, view!.Status);
        Assert.True(view.Giver.Named);
        Assert.Equal(_a.Giver.LegalName, view.Giver.Name);
        Assert.Equal("Ayşe Verici", view.Giver.Contact!.FullName);
        Assert.Equal(1234m, view.Giver.Stream!.Amount);
        Assert.Equal(777m, view.Giver.Stream.PricePerUnit);
        Assert.Equal([AuditEventTypes.IntroductionRequested, AuditEventTypes.IntroductionAccepted], await AuditTrailAsync(id));

        // The match of this pair names the giver; the other pair of the same two firms does not.
        var matches = await Service<MatchQueryService>().AllForCompanyAsync(_a.Receiver.Id);
        Assert.Equal(_a.Giver.LegalName, Assert.Single(matches, m => m.OfferId == _a.SandOffer && m.NeedId == _a.SandNeed).OfferCompanyName);
        Assert.Contains(matches, m => m.OfferId == _a.SlagOffer && m.NeedId == _a.SlagNeed);
        Assert.All(matches.Where(m => !(m.OfferId == _a.SandOffer && m.NeedId == _a.SandNeed)), m => Assert.Null(m.OfferCompanyName));

        // Every other read of the giver is as before.
        Assert.Null(await Service<CompanyService>().GetAsync(_a.Giver.Id));
        Assert.Null(await Service<StreamService>().GetForEditAsync(_a.SlagOffer));
        Assert.Null(await Service<StreamService>().GetForEditAsync(_a.SandOffer));
        var offers = await Service<OfferBrowseService>().ListAsync(new PageRequest());
        Assert.All(offers.Items.Where(o => o.Id == _a.SandOffer || o.Id == _a.SlagOffer), o => Assert.Null(o.CompanyName));

        // And the third firm, matched to the same offer, still sees the giver anonymised.
        SignIn(_a.ThirdUser);
        var third = await Service<MatchQueryService>().AllForCompanyAsync(_a.Third.Id);
        Assert.Null(Assert.Single(third, m => m.OfferId == _a.SandOffer && m.NeedId == _a.ThirdNeed).OfferCompanyName);
    }

    [Fact]
    public async Task Decline_EndsItAndKeepsTheReasonFromTheOtherFirm()
    {
        SignIn(_a.ReceiverUser);
        var id = await Introductions.RequestAsync(_sandMatch);
        SignIn(_a.GiverUser);

        await Introductions.DeclineAsync(id, "  Şu an uygun değil  ");

        Assert.Equal("Şu an uygun değil", (await Introductions.GetAsync(id))!.DeclineReason);
        SignIn(_a.ReceiverUser);
        var view = await Introductions.GetAsync(id);
        Assert.Equal(IntroductionStatus.Declined, view!.Status);
        Assert.Null(view.DeclineReason);
        Assert.False(view.Giver.Named);
        Assert.Equal([AuditEventTypes.IntroductionRequested, AuditEventTypes.IntroductionDeclined], await AuditTrailAsync(id));

        // Declined is over: the pair may be asked again.
        Assert.NotEqual(id, await Introductions.RequestAsync(_sandMatch));
    }

    [Fact]
    public async Task Withdraw_ByTheRequester_EndsIt_AndAnswersAfterwardsAreRefused()
    {
        SignIn(_a.ReceiverUser);
        var id = await Introductions.RequestAsync(_sandMatch);
        SignIn(_a.GiverUser);
        var notYours = await Assert.ThrowsAsync<ValidationFailedException>(() => Introductions.WithdrawAsync(id));
        Assert.Equal("Introduction.NotRequester", Assert.Single(notYours.Errors).Code);

        SignIn(_a.ReceiverUser);
        await Introductions.WithdrawAsync(id);

        SignIn(_a.GiverUser);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Introductions.AcceptAsync(id));
        Assert.Equal("Introduction.NotPending", Assert.Single(refused.Errors).Code);
        Assert.Equal(IntroductionStatus.Withdrawn, (await Introductions.GetAsync(id))!.Status);
        Assert.Equal([AuditEventTypes.IntroductionRequested, AuditEventTypes.IntroductionWithdrawn], await AuditTrailAsync(id));
    }

    [Fact]
    public async Task Expiry_LapsedRequestIsRefusedAndSweptToExpired()
    {
        SignIn(_a.ReceiverUser);
        var id = await Introductions.RequestAsync(_sandMatch);
        await LapseAsync(id);

        SignIn(_a.GiverUser);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Introductions.AcceptAsync(id));
        Assert.Equal("Introduction.Expired", Assert.Single(refused.Errors).Code);

        Assert.Equal(1, await Introductions.ExpireDueAsync());
        Assert.Equal(0, await Introductions.ExpireDueAsync());
        Assert.Equal(IntroductionStatus.Expired, (await Introductions.GetAsync(id))!.Status);
        Assert.Equal([AuditEventTypes.IntroductionRequested, AuditEventTypes.IntroductionExpired], await AuditTrailAsync(id));
    }

    [Fact]
    public async Task Request_OnePendingOrAcceptedPerPair()
    {
        SignIn(_a.ReceiverUser);
        await Introductions.RequestAsync(_sandMatch);
        SignIn(_a.GiverUser);

        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => Introductions.RequestAsync(_sandMatch));

        Assert.Equal("Introduction.AlreadyExists", Assert.Single(again.Errors).Code);
        var state = await Introductions.ForMatchAsync(_sandMatch);
        Assert.False(state!.CanRequest);
        Assert.Equal(IntroductionStatus.Pending, state.Status);
    }

    [Fact]
    public async Task Request_TwoAtOnce_OnlyOneIsSaved()
    {
        var giver = As(_a.GiverUser);
        var receiver = As(_a.ReceiverUser);

        var results = await Task.WhenAll(Attempt(() => giver.RequestAsync(_sandMatch)), Attempt(() => receiver.RequestAsync(_sandMatch)));

        Assert.Single(results, r => r is null);
        Assert.Equal("Introduction.AlreadyExists", Assert.Single(Assert.IsType<ValidationFailedException>(Assert.Single(results, r => r is not null))!.Errors).Code);
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Introductions.CountAsync());
    }

    [Fact]
    public async Task Decide_TwoRacingAnswers_OneWinsTheOtherIsToldClearly()
    {
        var staff = As(TestCurrentUser.Staff(1));
        var id = await staff.RequestAsync(_sandMatch);
        var giver = As(_a.GiverUser);
        var receiver = As(_a.ReceiverUser);

        var results = await Task.WhenAll(Attempt(() => giver.DeclineAsync(id, null)), Attempt(() => receiver.AcceptAsync(id)));

        var loser = Assert.Single(results, r => r is not null);
        Assert.True(loser is ConcurrencyConflictException or ValidationFailedException { Errors: [{ Code: "Introduction.NotPending" }] }, loser!.ToString());
        var trail = await AuditTrailAsync(id);
        Assert.Equal(2, trail.Count);
        Assert.Equal(AuditEventTypes.IntroductionRequested, trail[0]);
        var status = (await staff.GetAsync(id))!.Status;
        Assert.Equal(trail[1] == AuditEventTypes.IntroductionDeclined ? IntroductionStatus.Declined : IntroductionStatus.Pending, status);
    }

    [Fact]
    public async Task StaffProposal_LeavesBothSidesPending_AndBothAcceptancesMakeItAccepted()
    {
        SignIn(TestCurrentUser.Staff(1));
        var id = await Introductions.RequestAsync(_sandMatch);
        var proposed = await Introductions.GetAsync(id);
        Assert.Equal(IntroductionRequesterRole.OizStaff, proposed!.RequestedAs);
        Assert.Null(proposed.Giver.Decision);
        Assert.Null(proposed.Receiver.Decision);
        Assert.True(proposed.Giver.Named);

        await As(_a.GiverUser).AcceptAsync(id);
        await As(_a.ReceiverUser).AcceptAsync(id);

        Assert.Equal(IntroductionStatus.Accepted, (await Introductions.GetAsync(id))!.Status);
        Assert.Equal(
            [AuditEventTypes.IntroductionRequested, AuditEventTypes.IntroductionSideAccepted, AuditEventTypes.IntroductionAccepted],
            await AuditTrailAsync(id));
    }

    [Fact]
    public async Task Outsiders_GetNotFound()
    {
        SignIn(_a.ReceiverUser);
        var id = await Introductions.RequestAsync(_sandMatch);

        foreach (var outsider in new[] { _a.ThirdUser, TestCurrentUser.Staff(2), UserContext.Anonymous })
        {
            SignIn(outsider);
            Assert.Null(await Introductions.GetAsync(id));
            await Assert.ThrowsAsync<NotFoundException>(() => Introductions.AcceptAsync(id));
            await Assert.ThrowsAsync<NotFoundException>(() => Introductions.WithdrawAsync(id));
            await Assert.ThrowsAsync<NotFoundException>(() => Introductions.RequestAsync(_sandMatch));
            Assert.DoesNotContain((await Introductions.ListAsync(new PageRequest(), new IntroductionFilter())).Items, i => i.Id == id);
        }

        SignIn(TestCurrentUser.Staff(1));
        Assert.NotNull(await Introductions.GetAsync(id));
        var notAParty = await Assert.ThrowsAsync<ValidationFailedException>(() => Introductions.AcceptAsync(id));
        Assert.Equal("Introduction.NotAParty", Assert.Single(notAParty.Errors).Code);
    }

    [Fact]
    public async Task List_IncomingAndOutgoing()
    {
        SignIn(_a.ReceiverUser);
        var id = await Introductions.RequestAsync(_sandMatch);

        Assert.Equal([id], (await Introductions.ListAsync(new PageRequest(), new IntroductionFilter(IntroductionBox.Outgoing))).Items.Select(i => i.Id));
        Assert.Empty((await Introductions.ListAsync(new PageRequest(), new IntroductionFilter(IntroductionBox.Incoming))).Items);
        SignIn(_a.GiverUser);
        var incoming = Assert.Single((await Introductions.ListAsync(new PageRequest(), new IntroductionFilter(IntroductionBox.Incoming))).Items);
        Assert.True(incoming.WaitingForMe);
        Assert.Null(incoming.ReceiverName);
        Assert.Equal(_a.Giver.LegalName, incoming.GiverName);
        Assert.Empty((await Introductions.ListAsync(new PageRequest(), new IntroductionFilter(Status: IntroductionStatus.Accepted))).Items);
    }

    private async Task LapseAsync(Guid id)
    {
        await using var conn = new NpgsqlConnection(Database.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE introductions SET expires_at = now() - interval '1 minute' WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", id);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or ValidationFailedException)
        {
            return e;
        }
    }

    private static async Task<Exception?> Attempt<T>(Func<Task<T>> action) => await Attempt(async () => { await action(); });
}
