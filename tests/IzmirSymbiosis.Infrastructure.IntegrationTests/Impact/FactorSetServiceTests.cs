using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Impact;

/// <summary>Factor sets through the service and straight at the database: a used set never changes.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class FactorSetServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private FactorSetService Sets => Database.Services.GetRequiredService<FactorSetService>();

    private static NewFactorSet NewSet(decimal road) => new(
        ImpactFactorSeed.Name,
        new DateOnly(2027, 1, 15),
        [new FactorRowInput(FactorKeys.TransportRoad, road, "kg CO2e/t·km", "UK DESNZ 2025", 2025, null, "karayolu yük taşıması", "road freight")]);

    private async Task<int> SeededSetIdAsync()
    {
        await using var db = Database.CreateContext();
        return await db.FactorSets.Where(s => s.Name == ImpactFactorSeed.Name && s.Version == 1).Select(s => s.Id).SingleAsync();
    }

    private async Task MarkInUseAsync(int id)
    {
        await using var db = Database.CreateContext();
        await db.FactorSets.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.InUseSince, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task List_AfterSeeding_ShowsVersion1AsCurrent()
    {
        var sets = await Sets.ListAsync();

        var only = Assert.Single(sets);
        Assert.Equal((ImpactFactorSeed.Name, 1, true), (only.Name, only.Version, only.IsCurrent));
        Assert.True(only.RowCount > 40);
    }

    [Fact]
    public async Task Add_ByAdmin_IsTheNextVersionTheCurrentSetAndAudited()
    {
        var id = await Sets.AddAsync(NewSet(0.2m));

        var detail = await Sets.GetAsync(id);
        Assert.Equal((2, true, null), (detail!.Summary.Version, detail.Summary.IsCurrent, detail.Summary.InUseSince));
        Assert.Equal(0.2m, Assert.Single(detail.Rows).Value);
        Assert.False((await Sets.GetAsync(await SeededSetIdAsync()))!.Summary.IsCurrent);
        await using var db = Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EventType == AuditEventTypes.FactorSetAdded && a.Details == $"factor set {ImpactFactorSeed.Name} v2"));
    }

    [Fact]
    public async Task Add_ByExpert_IsRefused()
    {
        Database.CurrentUser.User = new(Guid.NewGuid(), new HashSet<string> { Application.Security.Roles.Expert }, null, new HashSet<int>());

        var e = await Assert.ThrowsAsync<ImpactActionRefusedException>(() => Sets.AddAsync(NewSet(0.2m)));

        Assert.Equal("Impact.OnlyAdmins", e.ReasonKey);
    }

    [Fact]
    public async Task Add_RowWithoutSource_IsAFieldError()
    {
        var request = NewSet(0.2m) with { Rows = [new FactorRowInput("k", 1, "t", "", 2025, null, "a", "b")] };

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Sets.AddAsync(request));

        Assert.Equal(("Source", "Impact.FactorFieldRequired"), (e.Errors[0].Field, e.Errors[0].Code));
    }

    [Fact]
    public async Task UpdateRow_UnusedSet_ChangesIt()
    {
        var id = await Sets.AddAsync(NewSet(0.2m));

        await Sets.UpdateRowAsync(id, NewSet(0.3m).Rows[0]);

        Assert.Equal(0.3m, (await Sets.GetAsync(id))!.Rows[0].Value);
    }

    [Fact]
    public async Task UpdateRow_UsedSet_IsRefusedAndNothingChanges()
    {
        var id = await SeededSetIdAsync();
        await MarkInUseAsync(id);
        var road = (await Sets.GetAsync(id))!.Rows.Single(r => r.Key == FactorKeys.TransportRoad);

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Sets.UpdateRowAsync(id, road with { Value = 9 }));

        Assert.Equal("Impact.FactorSetInUse", e.Errors[0].Code);
        Assert.Equal(road.Value, (await Sets.GetAsync(id))!.Rows.Single(r => r.Key == FactorKeys.TransportRoad).Value);
    }

    [Theory]
    [InlineData("UPDATE impact_factor_rows SET value = 9 WHERE factor_set_id = {0}")]
    [InlineData("DELETE FROM impact_factor_rows WHERE factor_set_id = {0}")]
    [InlineData("INSERT INTO impact_factor_rows (factor_set_id, key, value, unit, source, year, label_tr, label_en) VALUES ({0}, 'x', 1, 't', 's', 2024, 'a', 'b')")]
    [InlineData("UPDATE impact_factor_sets SET name = 'Başka' WHERE id = {0}")]
    [InlineData("UPDATE impact_factor_sets SET in_use_since = NULL WHERE id = {0}")]
    [InlineData("DELETE FROM impact_factor_sets WHERE id = {0}")]
    public async Task Database_ChangeOfAUsedSet_IsRefusedEvenByHand(string sql)
    {
        var id = await SeededSetIdAsync();
        await MarkInUseAsync(id);
        await using var conn = new NpgsqlConnection(Database.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, id), conn);

        var e = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("in use", e.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_ChangeOfAnUnusedSet_IsAllowed()
    {
        var id = await Sets.AddAsync(NewSet(0.2m));
        await using var conn = new NpgsqlConnection(Database.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE impact_factor_rows SET value = 0.25 WHERE factor_set_id = {id}", conn);

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
