using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Matching;

/// <summary>A need that accepts a whole EWC sub-chapter, through the database and the coordinator.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class NeedPrefixTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private Company _power = null!;
    private Company _cement = null!;

    private StreamService Streams => Database.Services.GetRequiredService<StreamService>();

    protected override async Task ArrangeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        _power = TestData.CompanyAt("Aliağa Termik Santral A.Ş.", "35.11", 38.80, 26.97);
        _cement = TestData.CompanyAt("Ege Çimento Sanayi A.Ş.", "23.51", 38.75, 27.00);
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(_power, _cement);
            await db.SaveChangesAsync();
        }

        await Database.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
    }

    private static StreamInput CementNeed(string ewc) =>
        new(StreamDirection.Need, ResourceKind.Material, "Klinker katkısı olarak her türlü termik santral külü", ewc, 2_000, QuantityUnit.Tonne, QuantityPeriod.PerMonth);

    [Fact]
    public async Task NeedForSubChapter_MatchesOfferOfACodeUnderIt()
    {
        var need = await Streams.CreateAsync(_cement.Id, CementNeed("10 01"));

        var offer = await Streams.CreateAsync(_power.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Kazan altı külü", "10 01 01", 30_000, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        await Database.Services.GetRequiredService<MatchingCoordinator>().ApplyPendingAsync();

        await using var db = Database.CreateContext();
        var match = await db.Matches.AsNoTracking().SingleAsync(m => m.Kind == MatchKind.Registered);
        Assert.Equal((offer, need), (match.OfferId, match.NeedId!.Value));
        Assert.Contains("İhtiyaç 10 01 alt bölümünün", match.Breakdown, StringComparison.Ordinal);
        Assert.Equal("1001", (await Streams.GetForEditAsync(need))!.Input.EwcCode);
    }

    [Theory]
    [InlineData("99 99", "Stream.EwcUnknown")]
    [InlineData("100", "Stream.EwcNeedFormat")]
    public async Task NeedForUnknownOrMalformedPrefix_IsRefused(string ewc, string key)
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Streams.CreateAsync(_cement.Id, CementNeed(ewc)));

        Assert.Equal(("EwcCode", key), (Assert.Single(e.Errors).Field, e.Errors[0].Code));
    }

    [Fact]
    public async Task OfferForSubChapter_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Streams.CreateAsync(_power.Id, new StreamInput(
            StreamDirection.Offer, ResourceKind.Material, "Kül", "10 01", 100, QuantityUnit.Tonne, QuantityPeriod.PerYear)));

        Assert.Equal("Stream.EwcFormat", Assert.Single(e.Errors).Code);
    }
}
