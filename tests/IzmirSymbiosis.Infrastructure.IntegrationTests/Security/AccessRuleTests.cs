using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Offers;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Security;

/// <summary>The one access rule, seen through every service that reads or writes firm data.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class AccessRuleTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _mine = null!;
    private Company _theirs = null!;
    private Company _outsideZone = null!;
    private Guid _theirOffer;

    private T Service<T>()
        where T : notnull => Database.Services.GetRequiredService<T>();

    protected override async Task ArrangeAsync()
    {
        _mine = TestData.CompanyAt("Benim Döküm A.Ş.", "24.51", 38.50, 27.05);
        _mine.SetAddress(null, 1);
        _theirs = TestData.CompanyAt("Rakip Döküm A.Ş.", "24.51", 38.49, 27.06);
        _theirs.SetAddress(null, 1);
        _theirs.SetContacts([new ContactPerson { FullName = "Gizli Kişi", Email = "gizli@rakip.example.com.tr", Phone = "+90 232 000 00 00" }]);
        _outsideZone = TestData.CompanyAt("Uzak Çimento A.Ş.", "23.51", 38.79, 26.97);
        _outsideZone.SetAddress(null, 2);
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_mine, _theirs, _outsideZone);
            await db.SaveChangesAsync();
        }

        await Service<MatchingCoordinator>().RematchAllAsync();
        _theirOffer = await Service<StreamService>().CreateAsync(_theirs.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Döküm kumu", "10 09 08", 1234, QuantityUnit.Tonne, QuantityPeriod.PerYear, PricePerUnit: 777));
        await Service<StreamService>().CreateAsync(_mine.Id, new StreamInput(
            StreamDirection.Need, ResourceKind.Material, "Döküm kumu", "10 09 08", 100, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        await Service<MatchingCoordinator>().ApplyPendingAsync();
    }

    private void SignIn(UserContext user) => Database.CurrentUser.User = user;

    [Fact]
    public async Task FirmUser_ListsOnlyOwnCompanyAndCannotOpenAnother()
    {
        SignIn(TestCurrentUser.FirmUser(_mine.Id));

        var list = await Service<CompanyService>().ListAsync(new PageRequest());

        Assert.Equal([_mine.Id], list.Items.Select(i => i.Id));
        Assert.NotNull(await Service<CompanyService>().GetAsync(_mine.Id));
        Assert.Null(await Service<CompanyService>().GetAsync(_theirs.Id));
    }

    [Fact]
    public async Task FirmUser_CannotReadOrWriteAnotherFirmsStreams()
    {
        SignIn(TestCurrentUser.FirmUser(_mine.Id));
        var streams = Service<StreamService>();

        Assert.Null(await streams.GetForEditAsync(_theirOffer));
        await Assert.ThrowsAsync<NotFoundException>(() => streams.CreateAsync(_theirs.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Sahte", null, 1, QuantityUnit.Tonne, QuantityPeriod.OneOff)));
        await Assert.ThrowsAsync<NotFoundException>(() => streams.SetStatusAsync(_theirOffer, 0, StreamStatus.Closed));
        await Assert.ThrowsAsync<NotFoundException>(() => Service<CompanyService>().UpdateAsync(
            new CompanyUpdate(_theirs.Id, 0, "Ele geçirildi", "24.51", "Çiğli", null, 1, SizeBand.Small)));
        Assert.Empty(await Service<MatchQueryService>().AllForCompanyAsync(_theirs.Id));
    }

    [Fact]
    public async Task FirmUser_SeesTheMatchButTheOtherFirmAnonymised()
    {
        SignIn(TestCurrentUser.FirmUser(_mine.Id));

        var matches = await Service<MatchQueryService>().AllForCompanyAsync(_mine.Id);

        var match = Assert.Single(matches, m => m.OfferId == _theirOffer);
        Assert.Null(match.OfferCompanyName);
        Assert.Equal(_mine.LegalName, match.ReceiverCompanyName);
        Assert.DoesNotContain(match.Reasons, r => r.Tr.Contains("1.234", StringComparison.Ordinal) || r.Tr.Contains("1234", StringComparison.Ordinal) || r.Tr.Contains("777", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FirmUser_OffersListIsAnonymisedForOtherFirms()
    {
        SignIn(TestCurrentUser.FirmUser(_mine.Id));

        var offers = await Service<OfferBrowseService>().ListAsync(new PageRequest());

        var offer = Assert.Single(offers.Items, o => o.Id == _theirOffer);
        Assert.Null(offer.CompanyName);
        Assert.Null(offer.CompanyId);
        Assert.Equal((1000d, 10_000d), (offer.Band.From, offer.Band.To!.Value));
    }

    [Fact]
    public async Task Staff_SeesOwnZoneInFullAndOtherZonesNot()
    {
        SignIn(TestCurrentUser.Staff(1));

        var list = await Service<CompanyService>().ListAsync(new PageRequest(SortBy: "name"));

        Assert.Equal(new[] { _mine.Id, _theirs.Id }.Order(), list.Items.Select(i => i.Id).Order());
        Assert.NotNull(await Service<CompanyService>().GetAsync(_theirs.Id));
        Assert.Null(await Service<CompanyService>().GetAsync(_outsideZone.Id));
    }

    [Fact]
    public async Task Anonymous_SeesNothing()
    {
        SignIn(UserContext.Anonymous);

        Assert.Empty((await Service<CompanyService>().ListAsync(new PageRequest())).Items);
        Assert.Null(await Service<CompanyService>().GetAsync(_mine.Id));
        Assert.Empty((await Service<OfferBrowseService>().ListAsync(new PageRequest())).Items);
        Assert.Empty((await Service<MatchQueryService>().ListAsync(new PageRequest(), new MatchFilter())).Items);
    }

    [Fact]
    public async Task ExpertWithoutTwoFactor_SeesNothing()
    {
        SignIn(UserContext.Anonymous with { UserId = Guid.NewGuid(), MustEnableTwoFactor = true });

        Assert.Null(await Service<CompanyService>().GetAsync(_mine.Id));
        Assert.Empty((await Service<OfferBrowseService>().ListAsync(new PageRequest())).Items);
    }

    [Fact]
    public void Policy_Table()
    {
        var company = Guid.NewGuid();
        Assert.Equal(Access.Edit, AccessPolicy.ForCompany(TestCurrentUser.Admin, company, 3));
        Assert.Equal(Access.Read, AccessPolicy.ForCompany(new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>()), company, 3));
        Assert.Equal(Access.Edit, AccessPolicy.ForCompany(TestCurrentUser.Staff(3), company, 3));
        Assert.Equal(Access.Anonymised, AccessPolicy.ForCompany(TestCurrentUser.Staff(4), company, 3));
        Assert.Equal(Access.Anonymised, AccessPolicy.ForCompany(TestCurrentUser.Staff(3), company, null));
        Assert.Equal(Access.Edit, AccessPolicy.ForCompany(TestCurrentUser.FirmUser(company), company, 3));
        Assert.Equal(Access.Anonymised, AccessPolicy.ForCompany(TestCurrentUser.FirmUser(Guid.NewGuid()), company, 3));
        Assert.Equal(Access.None, AccessPolicy.ForCompany(UserContext.Anonymous, company, 3));
    }
}
