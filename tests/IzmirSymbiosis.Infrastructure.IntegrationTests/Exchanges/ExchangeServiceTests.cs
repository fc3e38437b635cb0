using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Exchanges;

/// <summary>The exchange workflow through the real database, access rule and stage machine.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class ExchangeServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly DateOnly s_start = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);
    private Company _donor = null!;
    private Company _receiver = null!;
    private Company _thirdFirm = null!;
    private ResourceStream _offer = null!;
    private int _zone;
    private int _otherZone;

    private ExchangeService Exchanges => Database.Services.GetRequiredService<ExchangeService>();

    private static UserContext Expert() => new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());

    private static ExchangeInput CompleteDraft(ExchangeRoute route = ExchangeRoute.WasteRecovery) => new()
    {
        Title = "Atık yağ → rejenerasyon",
        AgreedAmount = 40,
        AgreedUnit = QuantityUnit.Tonne,
        AgreedPeriod = QuantityPeriod.PerMonth,
        Route = route,
        RecoveryOperation = route == ExchangeRoute.WasteRecovery ? "R9" : null,
        TransportMode = TransportMode.Road,
        DistanceKm = 18,
        PlannedStart = s_start,
        CommercialTerms = "Ton başına 1.200 TL, alıcı öder",
    };

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        var zones = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync();
        (_zone, _otherZone) = (zones[0], zones[1]);
        _donor = TestData.Company("Aliağa Rafineri A.Ş.");
        _donor.SetAddress(null, _zone);
        _receiver = TestData.Company("Ege Yağ Rejenerasyon A.Ş.");
        _receiver.SetAddress(null, _zone);
        _thirdFirm = TestData.Company("Rakip Kimya A.Ş.");
        _thirdFirm.SetAddress(null, _zone);
        _offer = new ResourceStream(_donor.Id, StreamDirection.Offer, ResourceKind.Material, "Atık madeni yağ", new Quantity(40, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        _offer.Describe("Atık madeni yağ", "13 02 05*");
        db.Companies.AddRange(_donor, _receiver, _thirdFirm);
        db.Streams.Add(_offer);
        await db.SaveChangesAsync();
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private async Task<ExchangeRef> CreateAsync(UserContext creator, ExchangeInput? draft = null)
    {
        Database.CurrentUser.User = creator;
        return await Exchanges.CreateAsync(new NewExchange(draft ?? CompleteDraft(), OfferStreamId: _offer.Id, ReceiverCompanyId: _receiver.Id));
    }

    private async Task<TransitionResult> ActAsync(UserContext user, Guid id, ExchangeAction action, TransitionDetailsFor? details = null)
    {
        Database.CurrentUser.User = user;
        var version = (await Exchanges.GetAsync(id))!.Version;
        return await Exchanges.TransitionAsync(id, new TransitionRequest(action, version, details?.Comment, details?.Date, details?.Verification));
    }

    /// <summary>An exchange of waste oil waiting for review, created and submitted by zone staff.</summary>
    private async Task<Guid> UnderReviewAsync(ExchangeInput? draft = null)
    {
        var staff = TestCurrentUser.Staff(_zone);
        var id = (await CreateAsync(staff, draft)).Id;
        await ActAsync(staff, id, ExchangeAction.Propose);
        await ActAsync(TestCurrentUser.FirmUser(_donor.Id), id, ExchangeAction.ConfirmParticipation);
        await ActAsync(TestCurrentUser.FirmUser(_receiver.Id), id, ExchangeAction.ConfirmParticipation);
        await ActAsync(staff, id, ExchangeAction.SubmitForReview);
        return id;
    }

    private async Task GivePermitAsync(DateOnly validUntil)
    {
        await using var db = Database.CreateContext();
        var receiver = await db.Companies.FirstAsync(c => c.Id == _receiver.Id);
        receiver.AddPermit("İzmir Çevre İl Müdürlüğü", "TAL-35-001", validUntil, ["130205"], ["R9"], new HashSet<string> { "130205" });
        await db.SaveChangesAsync();
    }

    private async Task<(List<ExchangeHistoryEntry> History, List<AuditEvent> Audit)> TrailAsync(Guid id)
    {
        await using var db = Database.CreateContext();
        var marker = $"exchange {id}";
        return (
            await db.ExchangeHistory.AsNoTracking().Where(h => h.ExchangeId == id).OrderBy(h => h.Id).ToListAsync(),
            await db.AuditEvents.AsNoTracking().Where(a => a.Details != null && a.Details.StartsWith(marker)).OrderBy(a => a.Id).ToListAsync());
    }

    [Fact]
    public async Task Lifecycle_ToVerified_LeavesAHistoryAndAuditRowForEveryStep()
    {
        await GivePermitAsync(s_start.AddYears(1));
        var id = await UnderReviewAsync();
        var expert = Expert();
        await ActAsync(expert, id, ExchangeAction.Approve);
        var receiverUser = TestCurrentUser.FirmUser(_receiver.Id);
        await ActAsync(receiverUser, id, ExchangeAction.StartImplementation, new(Date: s_start));
        await ActAsync(receiverUser, id, ExchangeAction.ReportImplemented, new(Date: s_start.AddDays(7)));
        var result = await ActAsync(expert, id, ExchangeAction.Verify, new(Verification: new VerificationInput(38.5m, QuantityUnit.Tonne, s_start, s_start.AddMonths(1), "Kantar fişleri ve atık beyanları")));

        Assert.Equal((ExchangeStage.Implemented, ExchangeStage.Verified, 9), (result.From, result.To, result.Version));
        var (history, audit) = await TrailAsync(id);
        Assert.Equal(
            ["Create", "Propose", "ConfirmParticipation", "ConfirmParticipation", "SubmitForReview", "Approve", "StartImplementation", "ReportImplemented", "Verify"],
            history.Select(h => h.Action));
        Assert.Equal(Enumerable.Range(1, 9), history.Select(h => h.Version));
        Assert.All(history, h => Assert.NotNull(h.ActorUserId));
        Assert.Equal(
            [ExchangeStage.Identified, ExchangeStage.Proposed, ExchangeStage.Proposed, ExchangeStage.Proposed, ExchangeStage.UnderReview, ExchangeStage.Approved, ExchangeStage.InImplementation, ExchangeStage.Implemented, ExchangeStage.Verified],
            history.Select(h => h.ToStage));
        Assert.Equal([AuditEventTypes.ExchangeCreated, .. Enumerable.Repeat(AuditEventTypes.ExchangeTransition, 8)], audit.Select(a => a.EventType));
        Assert.Equal(history.Select(h => h.ActorUserId), audit.Select(a => a.ActorUserId));

        Database.CurrentUser.User = expert;
        var detail = (await Exchanges.GetAsync(id))!;
        Assert.Equal(38.5m, detail.Verification!.Amount);
        Assert.Empty(detail.Actions);
    }

    [Fact]
    public async Task Approve_TwentyExpertsAtOnce_ExactlyOneTransitionAndOneAuditRow()
    {
        await GivePermitAsync(s_start.AddYears(1));
        var id = await UnderReviewAsync();
        Database.CurrentUser.User = Expert();
        var version = (await Exchanges.GetAsync(id))!.Version;
        var sp = Database.Services;
        var gate = new Barrier(20);
        var attempts = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            // Each expert has a service of their own (own user, own context and connection per call).
            var service = new ExchangeService(
                sp.GetRequiredService<IAppDbContextFactory>(), new FixedUser(Expert()), sp.GetRequiredService<INotifier>(),
                sp.GetRequiredService<IAccountDirectory>(), TimeProvider.System);
            gate.SignalAndWait();
            try
            {
                return (object)await service.TransitionAsync(id, new TransitionRequest(ExchangeAction.Approve, version));
            }
            catch (ConcurrencyConflictException e)
            {
                return e;
            }
        })).ToList();

        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes.OfType<TransitionResult>());
        Assert.Equal(19, outcomes.OfType<ConcurrencyConflictException>().Count());
        var (history, audit) = await TrailAsync(id);
        Assert.Single(history, h => h.Action == nameof(ExchangeAction.Approve));
        Assert.Single(audit, a => a.Details!.Contains("Approve", StringComparison.Ordinal));
        Database.CurrentUser.User = Expert();
        Assert.Equal((ExchangeStage.Approved, version + 1), ((await Exchanges.GetAsync(id))!.Stage, (await Exchanges.GetAsync(id))!.Version));
    }

    [Fact]
    public async Task Transition_SameIdempotencyKeyTwiceAndAtOnce_TransitionsOnce()
    {
        var staff = TestCurrentUser.Staff(_zone);
        var id = (await CreateAsync(staff)).Id;
        Database.CurrentUser.User = staff;

        var first = await Exchanges.TransitionAsync(id, new TransitionRequest(ExchangeAction.Propose, 1, IdempotencyKey: "click-1"));
        var again = await Exchanges.TransitionAsync(id, new TransitionRequest(ExchangeAction.Propose, 1, IdempotencyKey: "click-1"));
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_donor.Id);
        var atOnce = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Exchanges.TransitionAsync(id, new TransitionRequest(ExchangeAction.Withdraw, 2, "Vazgeçildi", IdempotencyKey: "click-2"))));

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal((first.From, first.To, first.Version), (again.From, again.To, again.Version));
        Assert.All(atOnce, r => Assert.Equal((ExchangeStage.Withdrawn, 3), (r.To, r.Version)));
        Assert.Single(atOnce, r => !r.Replayed);
        var (history, _) = await TrailAsync(id);
        Assert.Equal(["Create", "Propose", "Withdraw"], history.Select(h => h.Action));
    }

    [Fact]
    public async Task Approve_HazardousCodeWithoutValidPermit_IsRefusedNamingThePermit()
    {
        await GivePermitAsync(s_start.AddDays(-1));
        var id = await UnderReviewAsync();

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => ActAsync(Expert(), id, ExchangeAction.Approve));

        Assert.Contains(e.Errors, f => f.Field == "Checklist.HazardousPermit" && f.Code == "Checklist.NoValidPermit");
        var detail = (await Exchanges.GetAsync(id))!;
        Assert.Equal(ExchangeStage.UnderReview, detail.Stage);
        Assert.False(detail.Checklist.Passed);
        Assert.Equal("Exchange.ChecklistFailed", detail.Actions.Single(a => a.Action == ExchangeAction.Approve).BlockedReasonKey);
    }

    [Fact]
    public async Task Approve_ByProductWithAnUnansweredCondition_IsRefusedNamingTheCondition()
    {
        var draft = CompleteDraft(ExchangeRoute.ByProduct) with
        {
            ByProductAnswers = [.. Enum.GetValues<ByProductCondition>()
                .Where(c => c != ByProductCondition.ContinuousDemand)
                .Select(c => new ByProductAnswerInput(c, ConditionAnswer.Yes, "Kapasite raporu ve analiz"))],
        };
        var id = await UnderReviewAsync(draft);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => ActAsync(Expert(), id, ExchangeAction.Approve));

        var failed = Assert.Single(e.Errors, f => f.Field.StartsWith("Checklist.", StringComparison.Ordinal));
        Assert.Equal(("Checklist.ByProduct.ContinuousDemand", "Checklist.ConditionUnanswered"), (failed.Field, failed.Code));
    }

    [Fact]
    public async Task Approve_ByTheExpertWhoCreatedIt_IsRefused()
    {
        var expert = Expert();
        var id = (await CreateAsync(expert)).Id;
        await ActAsync(expert, id, ExchangeAction.Propose);
        await ActAsync(TestCurrentUser.FirmUser(_donor.Id), id, ExchangeAction.ConfirmParticipation);
        await ActAsync(TestCurrentUser.FirmUser(_receiver.Id), id, ExchangeAction.ConfirmParticipation);
        await ActAsync(TestCurrentUser.Staff(_zone), id, ExchangeAction.SubmitForReview);

        var e = await Assert.ThrowsAsync<ExchangeActionRefusedException>(() => ActAsync(expert, id, ExchangeAction.Approve));

        Assert.Equal(ExchangeRules.ProposerMayNotReview, e.ReasonKey);
        Database.CurrentUser.User = expert;
        var queue = await Exchanges.ListAsync(new PageRequest(), new ExchangeFilter(ReviewQueue: true));
        Assert.Empty(queue.Items);
        Database.CurrentUser.User = Expert();
        Assert.Single((await Exchanges.ListAsync(new PageRequest(), new ExchangeFilter(ReviewQueue: true))).Items);
    }

    [Fact]
    public async Task ThirdFirmAndOtherZoneStaff_SeeNothingAndCannotAct()
    {
        var id = (await CreateAsync(TestCurrentUser.Staff(_zone))).Id;
        var subjects = Database.Services.GetServices<ISubjectAccess>().Single(s => s.Kind == SubjectKind.Exchange);

        foreach (var outsider in new[] { TestCurrentUser.FirmUser(_thirdFirm.Id), TestCurrentUser.Staff(_otherZone) })
        {
            Database.CurrentUser.User = outsider;
            Assert.Null(await Exchanges.GetAsync(id));
            Assert.Empty((await Exchanges.ListAsync(new PageRequest(), new ExchangeFilter())).Items);
            await Assert.ThrowsAsync<NotFoundException>(() => Exchanges.TransitionAsync(id, new TransitionRequest(ExchangeAction.Withdraw, 1, "x")));
            await Assert.ThrowsAsync<NotFoundException>(() => Exchanges.UpdateDraftAsync(id, 1, CompleteDraft()));
            await using var db = Database.CreateContext();
            Assert.Equal(SubjectRights.None, await subjects.RightsAsync(db, outsider, id));
        }

        await using var ctx = Database.CreateContext();
        Assert.Equal(SubjectRights.Contribute, await subjects.RightsAsync(ctx, TestCurrentUser.FirmUser(_donor.Id), id));
        Assert.Equal(SubjectRights.Contribute, await subjects.RightsAsync(ctx, Expert(), id));
        Assert.Equal(SubjectRights.Read, await subjects.RightsAsync(ctx, TestCurrentUser.Admin, id));
    }

    [Fact]
    public async Task CommercialTerms_PartiesAndExpertsSeeThem_StaffNeitherSeesNorErasesThem()
    {
        var staff = TestCurrentUser.Staff(_zone);
        var id = (await CreateAsync(Expert())).Id;
        Database.CurrentUser.User = staff;
        var seen = (await Exchanges.GetAsync(id))!;
        Assert.False(seen.CommercialTermsVisible);
        Assert.Null(seen.CommercialTerms);

        await Exchanges.UpdateDraftAsync(id, seen.Version, CompleteDraft() with { CommercialTerms = null, DistanceKm = 25 });

        Database.CurrentUser.User = TestCurrentUser.FirmUser(_receiver.Id);
        var party = (await Exchanges.GetAsync(id))!;
        Assert.Equal("Ton başına 1.200 TL, alıcı öder", party.CommercialTerms);
        Assert.Equal(25, party.DistanceKm);
    }

    [Fact]
    public async Task OtherParty_HiddenFromAFirmUntilEveryPartyConfirmed()
    {
        var staff = TestCurrentUser.Staff(_zone);
        var id = (await CreateAsync(staff)).Id;
        await ActAsync(staff, id, ExchangeAction.Propose);
        var receiverUser = TestCurrentUser.FirmUser(_receiver.Id);
        await ActAsync(receiverUser, id, ExchangeAction.ConfirmParticipation);

        Database.CurrentUser.User = receiverUser;
        var before = (await Exchanges.GetAsync(id))!;
        var row = Assert.Single((await Exchanges.ListAsync(new PageRequest(), new ExchangeFilter())).Items);

        Assert.False(before.PartiesRevealed);
        Assert.Null(before.Parties.Single(p => p.Role == PartyRole.Donor).Name);
        Assert.Equal(_receiver.LegalName, before.Parties.Single(p => p.Role == PartyRole.Receiver).Name);
        Assert.Null(before.Offer.Amount);
        Assert.Equal((null, _receiver.LegalName), (row.DonorName, row.ReceiverName));

        await ActAsync(TestCurrentUser.FirmUser(_donor.Id), id, ExchangeAction.ConfirmParticipation);
        Database.CurrentUser.User = receiverUser;
        var after = (await Exchanges.GetAsync(id))!;

        Assert.True(after.PartiesRevealed);
        Assert.Equal(_donor.LegalName, after.Parties.Single(p => p.Role == PartyRole.Donor).Name);
        Assert.Equal(40, after.Offer.Amount);
        Database.CurrentUser.User = staff;
        Assert.Equal(_donor.LegalName, (await Exchanges.GetAsync(id))!.Parties[0].Name);
    }

    [Fact]
    public async Task UpdateDraft_FromAStaleVersion_IsAConflictAndChangesNothing()
    {
        var staff = TestCurrentUser.Staff(_zone);
        var id = (await CreateAsync(staff)).Id;
        Database.CurrentUser.User = staff;
        await Exchanges.UpdateDraftAsync(id, 1, CompleteDraft() with { DistanceKm = 30 });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Exchanges.UpdateDraftAsync(id, 1, CompleteDraft() with { DistanceKm = 99 }));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Exchanges.TransitionAsync(id, new TransitionRequest(ExchangeAction.Propose, 1)));

        var detail = (await Exchanges.GetAsync(id))!;
        Assert.Equal((30, 2, ExchangeStage.Identified), (detail.DistanceKm, detail.Version, detail.Stage));
    }

    [Fact]
    public async Task Create_AFirmWithoutIntroduction_IsRefused_AndByHandNeedsStaffOrExpert()
    {
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_donor.Id);

        var e = await Assert.ThrowsAsync<ExchangeActionRefusedException>(() =>
            Exchanges.CreateAsync(new NewExchange(CompleteDraft(), OfferStreamId: _offer.Id, ReceiverCompanyId: _receiver.Id)));

        Assert.Equal("Exchange.Rule.OnlyStaffOrExperts", e.ReasonKey);
        var staff = TestCurrentUser.Staff(_zone);
        await CreateAsync(staff);
        var dup = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync(staff));
        Assert.Equal("Exchange.AlreadyExists", Assert.Single(dup.Errors).Code);
    }

    [Fact]
    public async Task Create_FromAnIntroduction_NeedsOneBothFirmsAcceptedForThisPair()
    {
        var now = DateTimeOffset.UtcNow;
        var donorUser = TestCurrentUser.FirmUser(_donor.Id);
        var match = new Match(MatchKind.Latent, _offer.Id, _donor.Id, null, _receiver.Id, "38.32", 70, 70, 70, "{}", "test", now);
        var pending = new Introduction(match.Id, _offer.Id, null, _donor.Id, _receiver.Id, donorUser.UserId!.Value, IntroductionRequesterRole.Giver, now, now.AddDays(30));
        await using (var db = Database.CreateContext())
        {
            db.Matches.Add(match);
            db.Introductions.Add(pending);
            await db.SaveChangesAsync();
        }

        Database.CurrentUser.User = donorUser;
        var waiting = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Exchanges.CreateAsync(new NewExchange(CompleteDraft(), MatchId: match.Id, IntroductionId: pending.Id)));
        Assert.Equal(("IntroductionId", "Exchange.IntroductionNotAccepted"), (Assert.Single(waiting.Errors).Field, waiting.Errors[0].Code));
        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Exchanges.CreateAsync(new NewExchange(CompleteDraft(), MatchId: match.Id, IntroductionId: Guid.NewGuid())));
        Assert.Equal("Exchange.IntroductionNotAccepted", Assert.Single(unknown.Errors).Code);

        await using (var db = Database.CreateContext())
        {
            var stored = await db.Introductions.FirstAsync(i => i.Id == pending.Id);
            stored.Decide(IntroductionSide.Receiver, IntroductionDecision.Accepted, Guid.NewGuid(), null, now);
            await db.SaveChangesAsync();
        }

        var created = await Exchanges.CreateAsync(new NewExchange(CompleteDraft(), MatchId: match.Id, IntroductionId: pending.Id));
        var detail = await Exchanges.GetAsync(created.Id);
        Assert.Equal(ExchangeStage.Identified, detail!.Stage);
        Assert.True(detail.PartiesRevealed);
    }

    /// <summary>What a test action carries.</summary>
    private sealed record TransitionDetailsFor(string? Comment = null, DateOnly? Date = null, VerificationInput? Verification = null);
}
