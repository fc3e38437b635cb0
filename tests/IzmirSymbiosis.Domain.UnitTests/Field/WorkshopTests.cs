using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Field;

namespace IzmirSymbiosis.Domain.UnitTests.Field;

public sealed class WorkshopTests
{
    private static readonly DateOnly s_today = new(2026, 12, 1);
    private static readonly Guid s_donor = Guid.NewGuid();
    private static readonly Guid s_receiver = Guid.NewGuid();
    private static readonly Guid s_offer = Guid.NewGuid();

    private static Domain.Field.Workshop NewWorkshop() =>
        Domain.Field.Workshop.Create(s_today.AddDays(-1), "İAOSB Konferans Salonu", "İZKA", null, null, s_today, Guid.NewGuid(), DateTimeOffset.UtcNow);

    private static SynergyTopic Topic(Guid id = default, Guid? receiver = null) =>
        SynergyTopic.Create(id, "Mermer tozu", null, null, s_donor, receiver ?? s_receiver, s_offer);

    private static DomainException Error(Action act) => Assert.Throws<DomainException>(act);

    [Fact]
    public void Topic_NeedsAMaterialAndBothSides()
    {
        Assert.Equal("Material", Error(() => SynergyTopic.Create(Guid.Empty, "", "24", "23", null, null, null)).Field);
        Assert.Equal("Workshop.DonorRequired", Error(() => SynergyTopic.Create(Guid.Empty, "Cüruf", null, "23", null, null, null)).Code);
        Assert.Equal("Workshop.ReceiverRequired", Error(() => SynergyTopic.Create(Guid.Empty, "Cüruf", "24", null, null, null, null)).Code);
    }

    [Theory]
    [InlineData("24", true)]
    [InlineData("24.10", true)]
    [InlineData("24.1", false)]
    [InlineData("C", false)]
    public void Topic_NaceIsADivisionOrAClass(string code, bool valid)
    {
        var create = () => SynergyTopic.Create(Guid.Empty, "Cüruf", code, "23", null, null, null);
        if (valid)
        {
            Assert.Equal(code, create().DonorNace);
        }
        else
        {
            Assert.Equal("Workshop.NaceInvalid", Error(() => create()).Code);
        }
    }

    [Fact]
    public void Topic_SameFirmOnBothSides_OrOfferWithoutDonor_IsRefused()
    {
        Assert.Equal("Workshop.SameFirm", Error(() => SynergyTopic.Create(Guid.Empty, "Cüruf", null, null, s_donor, s_donor, null)).Code);
        Assert.Equal("Workshop.OfferWithoutDonor", Error(() => SynergyTopic.Create(Guid.Empty, "Cüruf", "24", null, null, s_receiver, s_offer)).Code);
    }

    [Fact]
    public void Topic_IsReadyForAnExchange_OnlyWithBothFirmsAndTheOffer()
    {
        Assert.True(Topic().ReadyForExchange);
        Assert.False(SynergyTopic.Create(Guid.Empty, "Cüruf", null, "23", s_donor, null, s_offer).ReadyForExchange);
        Assert.False(SynergyTopic.Create(Guid.Empty, "Cüruf", null, null, s_donor, s_receiver, null).ReadyForExchange);
    }

    [Fact]
    public void SetTopics_KeepsTheExchangeOfTheSameTopic_AndLocksItsFirms()
    {
        var workshop = NewWorkshop();
        var topic = Topic();
        workshop.SetTopics([topic]);
        var exchange = Guid.NewGuid();
        topic.LinkExchange(exchange);

        workshop.SetTopics([Topic(topic.Id)]);

        Assert.Equal(exchange, workshop.Topics[0].ExchangeId);
        Assert.False(workshop.Topics[0].ReadyForExchange);
        Assert.Equal("Workshop.TopicHasExchange", Error(() => workshop.SetTopics([Topic(topic.Id, Guid.NewGuid())])).Code);
        Assert.Equal(exchange, workshop.Topics[0].ExchangeId);
    }

    [Fact]
    public void Participants_OneRowPerTypeAndGender_CountsInRange()
    {
        var workshop = NewWorkshop();
        var women = ParticipantCount.Create(StakeholderType.Firm, Gender.Female, 12);

        Assert.Equal("Workshop.DuplicateCount", Error(() => workshop.SetParticipants([women, ParticipantCount.Create(StakeholderType.Firm, Gender.Female, 3)])).Code);
        Assert.Equal("Field.CountRange", Error(() => ParticipantCount.Create(StakeholderType.Firm, Gender.Male, 0)).Code);
        workshop.SetParticipants([women, ParticipantCount.Create(StakeholderType.University, Gender.Male, 4)]);
        Assert.Equal(16, workshop.ParticipantTotal);
    }

    [Fact]
    public void Create_NeedsPlaceAndOrganiser_AndAPastDate()
    {
        Assert.Equal("Place", Error(() => Domain.Field.Workshop.Create(s_today, " ", "İZKA", null, null, s_today, Guid.NewGuid(), DateTimeOffset.UtcNow)).Field);
        Assert.Equal("Organiser", Error(() => Domain.Field.Workshop.Create(s_today, "Çiğli", null, null, null, s_today, Guid.NewGuid(), DateTimeOffset.UtcNow)).Field);
        Assert.Equal("Field.DateInFuture", Error(() => Domain.Field.Workshop.Create(s_today.AddDays(1), "Çiğli", "İZKA", null, null, s_today, Guid.NewGuid(), DateTimeOffset.UtcNow)).Code);
    }
}
