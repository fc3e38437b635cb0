using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Streams;

[Collection(SeededDatabaseCollection.Name)]
public sealed class StreamServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private readonly Domain.Companies.Company _company = TestData.Company("Torbalı Mobilya A.Ş.", "Torbalı", "31.09");

    private StreamService Streams => Database.Services.GetRequiredService<StreamService>();

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        db.Companies.Add(_company);
        await db.SaveChangesAsync();
        await Database.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();
    }

    private static StreamInput Sawdust() =>
        new(StreamDirection.Offer, ResourceKind.Material, "Islak talaş", "03 01 05", 80, QuantityUnit.Tonne, QuantityPeriod.PerMonth);

    [Fact]
    public async Task Create_SeveralBadFields_ReportsEachFieldAndSavesNothing()
    {
        var bad = Sawdust() with
        {
            EwcCode = "99 99 99",
            AvailableFrom = new DateOnly(2027, 6, 1),
            AvailableUntil = new DateOnly(2027, 1, 1),
            MaxTransportKm = -5,
        };

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Streams.CreateAsync(_company.Id, bad));

        Assert.Equal(
            ["AvailableUntil", "EwcCode", "MaxTransportKm"],
            e.Errors.Select(x => x.Field).Order(StringComparer.Ordinal));
        Assert.Contains(e.Errors, x => x is { Field: "EwcCode", Code: "Stream.EwcUnknown" });
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Streams.CountAsync());
    }

    [Theory]
    [InlineData(0, "Amount", "Quantity.Positive")]
    [InlineData(-3, "Amount", "Quantity.Positive")]
    public async Task Create_BadQuantity_ReportsAmount(decimal amount, string field, string code)
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Streams.CreateAsync(_company.Id, Sawdust() with { Amount = amount }));

        var error = Assert.Single(e.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public async Task Create_EnergyInTonnes_ReportsUnit()
    {
        var input = new StreamInput(StreamDirection.Offer, ResourceKind.Energy, "Atık ısı", null, 10, QuantityUnit.Tonne, QuantityPeriod.PerYear);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Streams.CreateAsync(_company.Id, input));

        Assert.Equal("Quantity.UnitNotForKind", Assert.Single(e.Errors).Code);
    }

    [Fact]
    public async Task Update_StaleVersion_ConflictsAndKeepsTheFirstEdit()
    {
        var id = await Streams.CreateAsync(_company.Id, Sawdust());
        var opened = (await Streams.GetForEditAsync(id))!;
        await Streams.UpdateAsync(opened with { Input = opened.Input with { Description = "Kuru talaş" } });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Streams.UpdateAsync(opened with { Input = opened.Input with { Description = "Yaş talaş" } }));

        Assert.Equal("Kuru talaş", (await Streams.GetForEditAsync(id))!.Input.Description);
    }

    [Fact]
    public async Task SetStatus_ReopenClosed_IsRefused()
    {
        var id = await Streams.CreateAsync(_company.Id, Sawdust());
        var closedVersion = await Streams.SetStatusAsync(id, (await Streams.GetForEditAsync(id))!.Version, StreamStatus.Closed);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Streams.SetStatusAsync(id, closedVersion, StreamStatus.Active));

        Assert.Equal("Stream.ClosedIsFinal", Assert.Single(e.Errors).Code);
    }

    [Fact]
    public async Task Create_UnknownCompany_NotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Streams.CreateAsync(Guid.NewGuid(), Sawdust()));
    }
}
