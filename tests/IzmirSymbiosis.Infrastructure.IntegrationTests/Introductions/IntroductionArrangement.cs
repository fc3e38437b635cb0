using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Introductions;

/// <summary>
/// Two firms of one zone with two matched pairs (foundry sand and slag: a giver's offers, a
/// receiver's needs), a third firm that needs the same sand (in another zone), and their users.
/// </summary>
internal sealed class IntroductionArrangement
{
    public Company Giver { get; private set; } = null!;

    public Company Receiver { get; private set; } = null!;

    public Company Third { get; private set; } = null!;

    public Guid SandOffer { get; private set; }

    public Guid SlagOffer { get; private set; }

    public Guid SandNeed { get; private set; }

    public Guid SlagNeed { get; private set; }

    public Guid ThirdNeed { get; private set; }

    public UserContext GiverUser { get; private set; } = null!;

    public UserContext ReceiverUser { get; private set; } = null!;

    public UserContext ThirdUser { get; private set; } = null!;

    public static async Task<IntroductionArrangement> CreateAsync(TestDatabase database)
    {
        var a = new IntroductionArrangement();
        a.Giver = TestData.CompanyAt("Verici Döküm A.Ş.", "24.51", 38.50, 27.05);
        a.Giver.SetAddress(null, 1);
        // The first contact predates consent records: it is kept but never shown to the other firm.
        a.Giver.SetContacts([
            new ContactPerson { FullName = "Eski Kayıt", Email = "eski@verici.example.com.tr" },
            new ContactPerson { FullName = "Ayşe Verici", Title = "Çevre Müdürü", Email = "ayse@verici.example.com.tr", Phone = "+90 232 111 11 11", ConsentAt = DateTimeOffset.UtcNow },
        ]);
        a.Receiver = TestData.CompanyAt("Alıcı Çimento A.Ş.", "23.51", 38.49, 27.06);
        a.Receiver.SetAddress(null, 1);
        a.Receiver.SetContacts([new ContactPerson { FullName = "Mehmet Alıcı", Email = "mehmet@alici.example.com.tr", ConsentAt = DateTimeOffset.UtcNow }]);
        a.Third = TestData.CompanyAt("Üçüncü Beton A.Ş.", "23.63", 38.48, 27.07);
        a.Third.SetAddress(null, 2);
        await using (var db = database.CreateContext())
        {
            db.Companies.AddRange(a.Giver, a.Receiver, a.Third);
            await db.SaveChangesAsync();
        }

        var streams = database.Services.GetRequiredService<StreamService>();
        a.SandOffer = await streams.CreateAsync(a.Giver.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Döküm kumu", "10 09 08", 1234, QuantityUnit.Tonne, QuantityPeriod.PerYear, PricePerUnit: 777));
        a.SlagOffer = await streams.CreateAsync(a.Giver.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Ocak cürufu", "10 09 03", 5678, QuantityUnit.Tonne, QuantityPeriod.PerYear, PricePerUnit: 55));
        a.SandNeed = await streams.CreateAsync(a.Receiver.Id, new StreamInput(
            StreamDirection.Need, ResourceKind.Material, "Döküm kumu", "10 09 08", 100, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        a.SlagNeed = await streams.CreateAsync(a.Receiver.Id, new StreamInput(
            StreamDirection.Need, ResourceKind.Material, "Cüruf", "10 09 03", 400, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        a.ThirdNeed = await streams.CreateAsync(a.Third.Id, new StreamInput(
            StreamDirection.Need, ResourceKind.Material, "Döküm kumu", "10 09 08", 50, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        await database.Services.GetRequiredService<MatchingCoordinator>().ApplyPendingAsync();
        a.GiverUser = TestCurrentUser.FirmUser(a.Giver.Id);
        a.ReceiverUser = TestCurrentUser.FirmUser(a.Receiver.Id);
        a.ThirdUser = TestCurrentUser.FirmUser(a.Third.Id);
        return a;
    }

    /// <summary>The stored match of an offer and a need.</summary>
    public async Task<Guid> MatchAsync(TestDatabase database, Guid offer, Guid need)
    {
        await using var db = database.CreateContext();
        return db.Matches.Single(m => m.OfferId == offer && m.NeedId == need).Id;
    }
}

/// <summary>A fixed signed-in user, for services that run side by side as different people.</summary>
internal sealed class FixedCurrentUser(UserContext user) : ICurrentUser
{
    public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(user);
}
