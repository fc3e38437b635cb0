using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>The company page's matches, grouped per stream of the company, on real PostgreSQL.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class CompanyMatchGroupsTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _foundry = null!;
    private Guid _need;
    private Guid _offer;

    private T Service<T>()
        where T : notnull => Database.Services.GetRequiredService<T>();

    protected override async Task ArrangeAsync()
    {
        // A foundry needing sand, offered by seven firms of the same district: two of them offer it
        // under the same description, so to the foundry's own user (who may not read them) they look the same.
        _foundry = TestData.CompanyAt("Ege Döküm A.Ş.", "24.51", 38.50, 27.05);
        string[] offers = ["Döküm kumu", "Döküm kumu", "Kullanılmış maça kumu", "Bentonitli kalıp kumu", "Elenmiş döküm kumu", "Yeşil kum artığı", "Reçineli kum"];
        var givers = offers.Select((_, i) => TestData.CompanyAt($"Kum Veren {i} A.Ş.", "24.51", 38.49 + (i * 0.002), 27.06)).ToList();
        await using (var db = Database.CreateContext())
        {
            db.Companies.Add(_foundry);
            db.Companies.AddRange(givers);
            await db.SaveChangesAsync();
        }

        await Service<MatchingCoordinator>().RematchAllAsync();
        var streams = Service<StreamService>();
        _need = await streams.CreateAsync(_foundry.Id, new StreamInput(
            StreamDirection.Need, ResourceKind.Material, "Döküm kumu (hammadde)", "10 09 08", 500, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        _offer = await streams.CreateAsync(_foundry.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Curuf", "10 09 03", 300, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        for (var i = 0; i < offers.Length; i++)
        {
            await streams.CreateAsync(givers[i].Id, new StreamInput(
                StreamDirection.Offer, ResourceKind.Material, offers[i], "10 09 08", 400, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        }

        await Service<MatchingCoordinator>().ApplyPendingAsync();
    }

    [Fact]
    public async Task ForCompanyGrouped_FirmUser_OneGroupPerStreamNoDuplicateAndFiveShown()
    {
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_foundry.Id);

        var groups = await Service<MatchQueryService>().ForCompanyGroupedAsync(_foundry.Id, includeHidden: false);

        var need = Assert.Single(groups, g => g.StreamId == _need);
        Assert.Equal((StreamDirection.Need, "Döküm kumu (hammadde)", "100908"), (need.Direction!.Value, need.Description!, need.EwcCode!));

        // Seven offers match the need; the two that look alike to this user are one card.
        Assert.Equal(6, need.Count);
        Assert.Equal(1, Assert.Single(need.Cards, c => c.Match.OfferDescription == "Döküm kumu").SimilarCount);
        Assert.True(need.HasMore);
        Assert.Equal(StreamMatchGroup.PreviewSize, need.Shown(expanded: false).Count);
        Assert.Equal(need.Cards, need.Shown(expanded: true));
        Assert.Equal(need.Cards.Select(c => c.Match.Score).OrderDescending(), need.Cards.Select(c => c.Match.Score));
        AssertNoDuplicates(groups);

        // Every card of the page is one of the foundry's streams' (or a suggestion made to it), and only once.
        Assert.All(groups, g => Assert.True(g.StreamId is null || g.StreamId == _need || g.StreamId == _offer));
        Assert.All(groups, g => Assert.True(g.Shown(expanded: false).Count <= StreamMatchGroup.PreviewSize));
    }

    [Fact]
    public async Task ForCompanyGrouped_Admin_SeesTheNamedFirmsApart()
    {
        var groups = await Service<MatchQueryService>().ForCompanyGroupedAsync(_foundry.Id, includeHidden: false);

        // The admin reads both firms' names, so nothing looks alike: seven cards, five shown.
        var need = Assert.Single(groups, g => g.StreamId == _need);
        Assert.Equal(7, need.Count);
        Assert.All(need.Cards, c => Assert.Equal(0, c.SimilarCount));
        Assert.Equal(StreamMatchGroup.PreviewSize, need.Shown(expanded: false).Count);
        AssertNoDuplicates(groups);
    }

    [Fact]
    public async Task ForCompanyGrouped_OtherFirmsUser_SeesNothing()
    {
        Database.CurrentUser.User = TestCurrentUser.FirmUser(Guid.NewGuid());

        Assert.Empty(await Service<MatchQueryService>().ForCompanyGroupedAsync(_foundry.Id, includeHidden: false));
    }

    private static void AssertNoDuplicates(IReadOnlyList<StreamMatchGroup> groups)
    {
        var cards = groups.SelectMany(g => g.Cards).Select(c => c.Match).ToList();
        var pairs = cards.Select(m => (m.OfferId, m.NeedId ?? m.ReceiverCompanyId)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        var looks = groups.SelectMany(g => g.Cards.Select(c => (g.StreamId, c.Match.OfferCompanyName, c.Match.OfferDistrict, c.Match.OfferDescription, c.Match.ReceiverCompanyName, c.Match.NeedDescription, c.Match.LatentNaceCode))).ToList();
        Assert.Equal(looks.Count, looks.Distinct().Count());
    }
}
