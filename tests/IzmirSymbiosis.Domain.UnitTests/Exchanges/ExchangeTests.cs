using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Domain.UnitTests.Exchanges;

public sealed class ExchangeTests
{
    private static readonly Guid s_donor = Guid.NewGuid();
    private static readonly Guid s_receiver = Guid.NewGuid();
    private static readonly Guid s_staff = Guid.NewGuid();
    private static readonly DateTimeOffset s_now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly s_start = new(2026, 5, 1);

    private static ExchangeDraft CompleteDraft(ExchangeRoute route = ExchangeRoute.WasteRecovery) => new(
        "Atık yağ → rafineri",
        AgreedQuantity: new Quantity(120, QuantityUnit.Tonne, QuantityPeriod.PerYear),
        Route: route,
        RecoveryOperation: route == ExchangeRoute.WasteRecovery ? "r9" : null,
        TransportMode: TransportMode.Road,
        DistanceKm: 35,
        PlannedStart: s_start);

    private static Exchange NewExchange(ExchangeDraft? draft = null) =>
        Exchange.Create(s_donor, s_receiver, Guid.NewGuid(), draft ?? CompleteDraft(), s_staff, s_now);

    [Fact]
    public void Create_CompleteDraft_StartsIdentifiedAtVersionOneWithSixUnansweredConditions()
    {
        var e = NewExchange();

        Assert.Equal(ExchangeStage.Identified, e.Stage);
        Assert.Equal(1, e.Version);
        Assert.Equal("R9", e.RecoveryOperation);
        Assert.Equal(6, e.ByProductAnswers.Count);
        Assert.All(e.ByProductAnswers, a => Assert.Equal(ConditionAnswer.Unanswered, a.Answer));
        Assert.Empty(e.MissingForProposal());
    }

    [Theory]
    [InlineData("D10", "Exchange.RecoveryOperationUnknown")]
    [InlineData("R14", "Exchange.RecoveryOperationUnknown")]
    public void Create_NotARecoveryOperation_IsRefused(string operation, string code)
    {
        var e = Assert.Throws<DomainException>(() => NewExchange(CompleteDraft() with { RecoveryOperation = operation }));
        Assert.Equal(code, e.Code);
        Assert.Equal("RecoveryOperation", e.Field);
    }

    [Fact]
    public void Create_SameDonorAndReceiver_IsRefused() =>
        Assert.Equal("Exchange.SameFirm", Assert.Throws<DomainException>(() => Exchange.Create(s_donor, s_donor, Guid.NewGuid(), CompleteDraft(), s_staff, s_now)).Code);

    [Fact]
    public void Propose_IncompleteDraft_NamesTheMissingFields()
    {
        var e = NewExchange(new ExchangeDraft("Cüruf"));

        var ex = Assert.Throws<DomainException>(() => e.Apply(ExchangeActor.ZoneStaff, s_staff, null, ExchangeAction.Propose, TransitionDetails.None, s_now));

        Assert.Equal("Exchange.Incomplete", ex.Code);
        Assert.Equal("AgreedQuantity, Route, TransportMode, PlannedStart", ex.Args[0]);
        Assert.Equal(ExchangeStage.Identified, e.Stage);
        Assert.Equal(1, e.Version);
    }

    [Fact]
    public void SubmitForReview_BeforeBothConfirmed_IsRefusedNamingTheParty()
    {
        var e = NewExchange();
        e.Apply(ExchangeActor.ZoneStaff, s_staff, null, ExchangeAction.Propose, TransitionDetails.None, s_now);
        e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_donor, ExchangeAction.ConfirmParticipation, TransitionDetails.None, s_now);

        var ex = Assert.Throws<DomainException>(() => e.Apply(ExchangeActor.ZoneStaff, s_staff, null, ExchangeAction.SubmitForReview, TransitionDetails.None, s_now));

        Assert.Equal("Exchange.PartiesNotConfirmed", ex.Code);
        Assert.Equal("Receiver", ex.Args[0]);
    }

    [Fact]
    public void UpdateDraft_ByTheDonor_ClearsTheReceiversConfirmationOnly()
    {
        var e = NewExchange();
        e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_donor, ExchangeAction.ConfirmParticipation, TransitionDetails.None, s_now);
        e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_receiver, ExchangeAction.ConfirmParticipation, TransitionDetails.None, s_now);

        var entry = e.UpdateDraft(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_donor, CompleteDraft() with { DistanceKm = 40 }, s_now);

        Assert.NotNull(e.DonorConfirmedAt);
        Assert.Null(e.ReceiverConfirmedAt);
        Assert.Equal(ExchangeHistoryEntry.UpdateDraftAction, entry.Action);
        Assert.Equal(4, e.Version);
    }

    [Fact]
    public void Lifecycle_ToVerified_RecordsEachStepAndItsVersion()
    {
        var e = NewExchange();
        var expert = Guid.NewGuid();
        var steps = new List<ExchangeHistoryEntry>
        {
            e.Apply(ExchangeActor.ZoneStaff, s_staff, null, ExchangeAction.Propose, TransitionDetails.None, s_now),
            e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_donor, ExchangeAction.ConfirmParticipation, TransitionDetails.None, s_now),
            e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_receiver, ExchangeAction.ConfirmParticipation, TransitionDetails.None, s_now),
            e.Apply(ExchangeActor.ZoneStaff, s_staff, null, ExchangeAction.SubmitForReview, TransitionDetails.None, s_now),
        };
        var checklist = LegalChecklist.Evaluate(e, new OfferFacts("130205", false), []);
        steps.Add(e.Apply(ExchangeActor.Expert, expert, null, ExchangeAction.Approve, TransitionDetails.None, s_now, checklist));
        steps.Add(e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_receiver, ExchangeAction.StartImplementation, new TransitionDetails(Date: s_start), s_now));
        steps.Add(e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_receiver, ExchangeAction.ReportImplemented, new TransitionDetails(Date: s_start.AddDays(10)), s_now));
        steps.Add(e.Apply(ExchangeActor.Expert, expert, null, ExchangeAction.Verify, new TransitionDetails(Verification: new VerificationFigures(30.5m, QuantityUnit.Tonne, s_start, s_start.AddMonths(3), "Kantar fişleri")), s_now));

        Assert.Equal(ExchangeStage.Verified, e.Stage);
        Assert.Equal(Enumerable.Range(2, 8), steps.Select(s => s.Version));
        Assert.Equal(30.5m, e.VerifiedAmount);
        Assert.Equal(expert, e.VerifiedByUserId);
    }

    [Fact]
    public void ReportImplemented_FirstDeliveryBeforeStart_IsRefused()
    {
        var e = ApprovedExchange();
        e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_donor, ExchangeAction.StartImplementation, new TransitionDetails(Date: s_start), s_now);

        var ex = Assert.Throws<DomainException>(() =>
            e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_donor, ExchangeAction.ReportImplemented, new TransitionDetails(Date: s_start.AddDays(-1)), s_now));

        Assert.Equal("Exchange.FirstDeliveryBeforeStart", ex.Code);
    }

    [Theory]
    [InlineData(ExchangeAction.Withdraw, "Exchange.ReasonRequired")]
    [InlineData(ExchangeAction.Reject, "Exchange.ReasonRequired")]
    [InlineData(ExchangeAction.SendBack, "Exchange.CommentRequired")]
    public void ReasonedActions_WithoutText_AreRefused(ExchangeAction action, string code)
    {
        var e = UnderReview();
        var actor = action == ExchangeAction.Withdraw ? ExchangeActor.PartyFirmUser : ExchangeActor.Expert;

        var ex = Assert.Throws<DomainException>(() => e.Apply(actor, Guid.NewGuid(), s_donor, action, new TransitionDetails("  "), s_now));

        Assert.Equal(code, ex.Code);
        Assert.Equal(ExchangeStage.UnderReview, e.Stage);
    }

    [Fact]
    public void Approve_HazardousCodeWithoutCoveringPermit_FailsTheChecklist()
    {
        var e = UnderReview();
        var permit = HazardousWastePermit.Create("Bakanlık", "TAL-1", s_start.AddDays(-1), ["130205"], ["R9"], new HashSet<string> { "130205" });

        var checklist = LegalChecklist.Evaluate(e, new OfferFacts("130205", true), [permit]);

        var item = Assert.Single(checklist.Failed);
        Assert.Equal("Checklist.HazardousPermit", item.Key);
        Assert.Equal("Checklist.NoValidPermit", item.ProblemKey);
        Assert.Equal("Exchange.ChecklistFailed", Assert.Throws<DomainException>(() =>
            e.Apply(ExchangeActor.Expert, Guid.NewGuid(), null, ExchangeAction.Approve, TransitionDetails.None, s_now, checklist)).Code);
    }

    [Fact]
    public void Checklist_PermitValidOnStartCoveringCodeAndOperation_Passes()
    {
        var e = UnderReview();
        var permit = HazardousWastePermit.Create("Bakanlık", "TAL-1", s_start, ["1302"], ["R1", "R9"], new HashSet<string> { "130205" });

        var checklist = LegalChecklist.Evaluate(e, new OfferFacts("130205", true), [permit]);

        Assert.True(checklist.Passed);
        Assert.Contains("TAL-1", checklist.Items.Single(i => i.Key == "Checklist.HazardousPermit").Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_ByProduct_NamesEachConditionNotMet()
    {
        var answers = Enum.GetValues<ByProductCondition>()
            .Select(c => new ByProductAnswer(c, c == ByProductCondition.ContinuousDemand ? ConditionAnswer.Unanswered : ConditionAnswer.Yes, c == ByProductCondition.MeetsStandards ? null : "Kapasite raporu s. 4"))
            .ToList();
        var e = NewExchange(CompleteDraft(ExchangeRoute.ByProduct) with { ByProductAnswers = answers });

        var checklist = LegalChecklist.Evaluate(e, new OfferFacts("100202", false), []);

        Assert.Equal(
            ["Checklist.ByProduct.ContinuousDemand:Checklist.ConditionUnanswered", "Checklist.ByProduct.MeetsStandards:Checklist.EvidenceMissing"],
            checklist.Failed.Select(i => $"{i.Key}:{i.ProblemKey}"));
    }

    private static Exchange UnderReview()
    {
        var e = NewExchange();
        e.Apply(ExchangeActor.ZoneStaff, s_staff, null, ExchangeAction.Propose, TransitionDetails.None, s_now);
        e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_donor, ExchangeAction.ConfirmParticipation, TransitionDetails.None, s_now);
        e.Apply(ExchangeActor.PartyFirmUser, Guid.NewGuid(), s_receiver, ExchangeAction.ConfirmParticipation, TransitionDetails.None, s_now);
        e.Apply(ExchangeActor.ZoneStaff, s_staff, null, ExchangeAction.SubmitForReview, TransitionDetails.None, s_now);
        return e;
    }

    private static Exchange ApprovedExchange()
    {
        var e = UnderReview();
        e.Apply(ExchangeActor.Expert, Guid.NewGuid(), null, ExchangeAction.Approve, TransitionDetails.None, s_now, LegalChecklist.Evaluate(e, new OfferFacts("130205", false), []));
        return e;
    }
}
