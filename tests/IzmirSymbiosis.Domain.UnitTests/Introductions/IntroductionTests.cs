using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Introductions;

namespace IzmirSymbiosis.Domain.UnitTests.Introductions;

public sealed class IntroductionTests
{
    private static readonly DateTimeOffset s_now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid s_giver = Guid.NewGuid();
    private static readonly Guid s_receiver = Guid.NewGuid();

    private static Introduction Make(IntroductionRequesterRole role) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), s_giver, s_receiver, Guid.NewGuid(), role, s_now, s_now.AddDays(30));

    [Theory]
    [InlineData(IntroductionRequesterRole.Giver, IntroductionDecision.Accepted, null)]
    [InlineData(IntroductionRequesterRole.Receiver, null, IntroductionDecision.Accepted)]
    [InlineData(IntroductionRequesterRole.OizStaff, null, null)]
    [InlineData(IntroductionRequesterRole.Expert, null, null)]
    public void New_AskingFirmAcceptsItsSide_ProposalsLeaveBothPending(IntroductionRequesterRole role, IntroductionDecision? giver, IntroductionDecision? receiver)
    {
        var i = Make(role);

        Assert.Equal(IntroductionStatus.Pending, i.Status);
        Assert.Equal((giver, receiver), (i.GiverDecision, i.ReceiverDecision));
    }

    [Fact]
    public void Decide_BothAccept_Accepted()
    {
        var i = Make(IntroductionRequesterRole.OizStaff);

        i.Decide(IntroductionSide.Giver, IntroductionDecision.Accepted, Guid.NewGuid(), null, s_now.AddHours(1));
        Assert.Equal(IntroductionStatus.Pending, i.Status);
        i.Decide(IntroductionSide.Receiver, IntroductionDecision.Accepted, Guid.NewGuid(), null, s_now.AddHours(2));

        Assert.Equal(IntroductionStatus.Accepted, i.Status);
        Assert.Equal(s_now.AddHours(2), i.ClosedAt);
    }

    [Fact]
    public void Decide_Decline_EndsItWithTheTrimmedReason()
    {
        var i = Make(IntroductionRequesterRole.Giver);

        i.Decide(IntroductionSide.Receiver, IntroductionDecision.Declined, Guid.NewGuid(), "  uygun değil ", s_now);

        Assert.Equal(IntroductionStatus.Declined, i.Status);
        Assert.Equal("uygun değil", i.DeclineReason);
    }

    [Fact]
    public void Decide_Refused_WhenAnsweredClosedLapsedOrReasonTooLong()
    {
        var answered = Make(IntroductionRequesterRole.Giver);
        Assert.Equal("Introduction.AlreadyDecided", Assert.Throws<DomainException>(() => answered.Decide(IntroductionSide.Giver, IntroductionDecision.Declined, Guid.NewGuid(), null, s_now)).Code);

        var withdrawn = Make(IntroductionRequesterRole.Giver);
        withdrawn.Withdraw(Guid.NewGuid(), s_now);
        Assert.Equal("Introduction.NotPending", Assert.Throws<DomainException>(() => withdrawn.Decide(IntroductionSide.Receiver, IntroductionDecision.Accepted, Guid.NewGuid(), null, s_now)).Code);

        var lapsed = Make(IntroductionRequesterRole.Giver);
        Assert.Equal("Introduction.Expired", Assert.Throws<DomainException>(() => lapsed.Decide(IntroductionSide.Receiver, IntroductionDecision.Accepted, Guid.NewGuid(), null, s_now.AddDays(30))).Code);

        var wordy = Make(IntroductionRequesterRole.Giver);
        Assert.Equal("Introduction.ReasonTooLong", Assert.Throws<DomainException>(() => wordy.Decide(IntroductionSide.Receiver, IntroductionDecision.Declined, Guid.NewGuid(), new string('x', Introduction.ReasonMaxLength + 1), s_now)).Code);
        Assert.Equal(IntroductionStatus.Pending, wordy.Status);
    }

    [Fact]
    public void Expire_OnlyPendingAndDue()
    {
        var i = Make(IntroductionRequesterRole.Giver);

        Assert.False(i.Expire(s_now.AddDays(29)));
        Assert.True(i.Expire(s_now.AddDays(30)));
        Assert.Equal(IntroductionStatus.Expired, i.Status);
        Assert.False(i.Expire(s_now.AddDays(31)));
    }
}
