using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Field;

namespace IzmirSymbiosis.Domain.UnitTests.Field;

public sealed class FieldVisitTests
{
    private static readonly DateOnly s_today = new(2026, 12, 1);
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static FieldVisit Visit(DateOnly? on = null) =>
        FieldVisit.Create(Guid.NewGuid(), on ?? s_today.AddDays(-2), " Ayşe Yılmaz ", "Notlar", s_today, Guid.NewGuid(), s_now);

    private static string Code(Action act) => Assert.Throws<DomainException>(act).Code;

    [Fact]
    public void Create_TrimsVisitors()
    {
        Assert.Equal("Ayşe Yılmaz", Visit().Visitors);
    }

    [Theory]
    [InlineData(1, "Field.DateInFuture")]
    [InlineData(-10_000, "Field.DateTooEarly")]
    public void Create_DateOutOfRange_IsRefused(int days, string code)
    {
        Assert.Equal(code, Code(() => Visit(s_today.AddDays(days))));
    }

    [Fact]
    public void Create_WithoutFirmOrVisitors_IsRefusedAtTheField()
    {
        var noFirm = Assert.Throws<DomainException>(() => FieldVisit.Create(Guid.Empty, s_today, "Ayşe", null, s_today, Guid.NewGuid(), s_now));
        var noVisitors = Assert.Throws<DomainException>(() => FieldVisit.Create(Guid.NewGuid(), s_today, "  ", null, s_today, Guid.NewGuid(), s_now));

        Assert.Equal(("CompanyId", "Visitors"), (noFirm.Field, noVisitors.Field));
    }

    [Fact]
    public void Notes_WithControlCharacters_AreRefused_LineBreaksAllowed()
    {
        Assert.Equal("Text.ControlCharacters", Code(() => FieldVisit.CheckNotes("a\u0000b")));
        Assert.Equal("satır 1\nsatır 2", FieldVisit.CheckNotes("satır 1\nsatır 2"));
    }

    [Fact]
    public void FollowUp_DueBeforeTheVisit_IsRefusedOnDueOn()
    {
        var e = Assert.Throws<DomainException>(() => FollowUp.Create("Rapor iste", s_today.AddDays(-3), false, s_today.AddDays(-2)));

        Assert.Equal(("FieldVisit.FollowUpBeforeVisit", "DueOn"), (e.Code, e.Field));
    }

    [Fact]
    public void Describe_MovingTheVisitAfterAFollowUp_IsRefused()
    {
        var visit = Visit();
        visit.SetFollowUps([FollowUp.Create("Numune al", s_today.AddDays(-2), false, s_today.AddDays(-2))]);

        Assert.Equal("FieldVisit.FollowUpBeforeVisit", Code(() => visit.Describe(s_today, "Ayşe", null, s_today)));
        Assert.Equal(s_today.AddDays(-2), visit.VisitedOn);
    }

    [Fact]
    public void Participant_NeedsAName_AndADefinedGender()
    {
        Assert.Equal("FullName", Assert.Throws<DomainException>(() => VisitParticipant.Create(" ", null, Gender.Female)).Field);
        Assert.Equal("Value.Undefined", Code(() => VisitParticipant.Create("Zeynep Kaya", null, (Gender)9)));
    }

    [Fact]
    public void SetParticipants_BeyondTheLimit_IsRefused()
    {
        var many = Enumerable.Range(0, FieldVisit.MaxParticipants + 1).Select(i => VisitParticipant.Create($"Kişi {i}", null, Gender.Male)).ToList();

        Assert.Equal("Field.TooMany", Code(() => Visit().SetParticipants(many)));
    }

    [Fact]
    public void AddStream_ListsEachStreamOnce()
    {
        var visit = Visit();
        var stream = Guid.NewGuid();

        visit.AddStream(stream);
        visit.AddStream(stream);

        Assert.Equal([stream], visit.StreamIds);
    }
}
