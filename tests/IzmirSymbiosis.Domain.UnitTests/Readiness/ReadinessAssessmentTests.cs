using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Readiness;

namespace IzmirSymbiosis.Domain.UnitTests.Readiness;

public sealed class ReadinessAssessmentTests
{
    private static readonly Guid s_exchange = Guid.NewGuid();
    private static readonly Guid s_expert = Guid.NewGuid();
    private static readonly DateTimeOffset s_at = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private static List<ReadinessRating> All(int level) => [.. ReadinessScale.Perspectives.Select(p => new ReadinessRating(p, level))];

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    public void Rating_AtTheEndsOfTheScale_IsAccepted(int level) =>
        Assert.Equal(level, new ReadinessRating(ReadinessPerspective.Legal, level).Level);

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-3)]
    public void Rating_OutsideOneToNine_IsRefusedAtThePerspective(int level)
    {
        var e = Assert.Throws<DomainException>(() => new ReadinessRating(ReadinessPerspective.Societal, level));

        Assert.Equal(("Readiness.LevelRange", "Societal"), (e.Code, e.Field));
        Assert.Equal([1, 9], e.Args);
    }

    [Fact]
    public void Rating_NoteIsTrimmed_BlankIsNone_AndTooLongIsRefusedAtTheNote()
    {
        Assert.Equal("Numune testi yapıldı.", new ReadinessRating(ReadinessPerspective.Technology, 4, "  Numune testi yapıldı. ").Note);
        Assert.Null(new ReadinessRating(ReadinessPerspective.Technology, 4, "   ").Note);
        Assert.Equal(500, new ReadinessRating(ReadinessPerspective.Technology, 4, new string('ş', 500)).Note!.Length);

        var e = Assert.Throws<DomainException>(() => new ReadinessRating(ReadinessPerspective.Business, 4, new string('ş', 501)));

        Assert.Equal(("Readiness.NoteTooLong", "BusinessNote"), (e.Code, e.Field));
    }

    [Fact]
    public void Next_First_IsNumberOne_WithEveryLevelAndNote()
    {
        var ratings = ReadinessScale.Perspectives.Select((p, i) => new ReadinessRating(p, i + 2, $"not {i}")).ToList();

        var first = ReadinessAssessment.Next(s_exchange, null, 0, ratings, s_expert, s_at);

        Assert.Equal((1, s_exchange, s_expert, s_at), (first.Sequence, first.ExchangeId, first.AssessedByUserId, first.AssessedAt));
        Assert.Equal(ratings, first.Ratings);
        Assert.Equal(7, first.LevelOf(ReadinessPerspective.Environmental));
        Assert.Equal("not 3", first.NoteOf(ReadinessPerspective.Legal));
    }

    [Fact]
    public void Next_AfterTheCurrent_IsAddedWithTheNextNumber_AndLeavesTheEarlierOneAsItWas()
    {
        var first = ReadinessAssessment.Next(s_exchange, null, 0, All(3), s_expert, s_at);

        var second = ReadinessAssessment.Next(s_exchange, first, 1, All(5), Guid.NewGuid(), s_at.AddDays(30));

        Assert.Equal((2, 5), (second.Sequence, second.LevelOf(ReadinessPerspective.Business)));
        Assert.NotEqual(first.Id, second.Id);
        Assert.All(first.Ratings, r => Assert.Equal(3, r.Level));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Next_FromAnAssessmentThatIsNotTheCurrentOne_IsStale(int basedOn)
    {
        var first = ReadinessAssessment.Next(s_exchange, null, 0, All(3), s_expert, s_at);

        var e = Assert.Throws<DomainException>(() => ReadinessAssessment.Next(s_exchange, first, basedOn, All(4), s_expert, s_at));

        Assert.Equal("Readiness.Stale", e.Code);
    }

    [Fact]
    public void Next_WithoutEverySixPerspectivesOnce_IsRefusedAtTheMissingOrRepeatedOne()
    {
        var missing = All(4).Where(r => r.Perspective != ReadinessPerspective.Organisational).ToList();
        var twice = All(4).Append(new ReadinessRating(ReadinessPerspective.Legal, 2)).ToList();

        var e1 = Assert.Throws<DomainException>(() => ReadinessAssessment.Next(s_exchange, null, 0, missing, s_expert, s_at));
        var e2 = Assert.Throws<DomainException>(() => ReadinessAssessment.Next(s_exchange, null, 0, twice, s_expert, s_at));

        Assert.Equal(("Readiness.PerspectiveMissing", "Organisational"), (e1.Code, e1.Field));
        Assert.Equal(("Readiness.PerspectiveTwice", "Legal"), (e2.Code, e2.Field));
    }

    [Fact]
    public void Scale_HasSixPerspectivesInTheRadarOrder() =>
        Assert.Equal(
            [ReadinessPerspective.Technology, ReadinessPerspective.Business, ReadinessPerspective.Organisational, ReadinessPerspective.Legal, ReadinessPerspective.Societal, ReadinessPerspective.Environmental],
            ReadinessScale.Perspectives);

    [Theory]
    [InlineData(ExchangeActor.Expert, ExchangeStage.Identified, null)]
    [InlineData(ExchangeActor.ProposingExpert, ExchangeStage.UnderReview, null)]
    [InlineData(ExchangeActor.ZoneStaff, ExchangeStage.Verified, null)]
    [InlineData(ExchangeActor.PartyFirmUser, ExchangeStage.Proposed, "Readiness.OnlyAssessors")]
    [InlineData(ExchangeActor.Admin, ExchangeStage.Proposed, "Readiness.OnlyAssessors")]
    [InlineData(ExchangeActor.Expert, ExchangeStage.Rejected, "Readiness.Closed")]
    [InlineData(ExchangeActor.ZoneStaff, ExchangeStage.Withdrawn, "Readiness.Closed")]
    public void Rules_ExpertsAndZoneStaffAssessOpenAndVerifiedExchanges(ExchangeActor relation, ExchangeStage stage, string? refusal) =>
        Assert.Equal(refusal, ReadinessRules.RefusalOf(relation, stage));
}
