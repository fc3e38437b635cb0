using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Field;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Seeding;

public sealed class DemoFieldRecordSeedingTests
{
    [Fact]
    public async Task SeedDemoFieldRecords_VisitsAndAWorkshopInTheDemoStaffsZone_OnlyOnce()
    {
        await using var db = await TestDatabase.CreateAsync("it_demofield");
        await db.Initializer.MigrateAsync();
        await db.Initializer.SeedReferenceDataAsync();
        await db.Initializer.SeedDemoDataAsync();
        await using (var identity = IdentityTestServices.Create(db.ConnectionString))
        {
            await using var scope = identity.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedDemoUsersAsync();
        }

        var first = await db.Initializer.SeedDemoFieldRecordsAsync();
        var second = await db.Initializer.SeedDemoFieldRecordsAsync();

        Assert.Equal(4, first.Total);
        Assert.Equal(0, second.Total);
        await using var ctx = db.CreateContext();
        var firm = await ctx.Users.Where(u => u.Email == "firma@demo.izmirsym.org").Select(u => u.CompanyId).SingleAsync();
        var zone = await ctx.Companies.Where(c => c.Id == firm).Select(c => c.ZoneId!.Value).SingleAsync();
        db.CurrentUser.User = TestCurrentUser.Staff(zone);
        var visits = await db.Services.GetRequiredService<FieldVisitService>().ListAsync(new FieldVisitFilter(), new PageRequest());
        var workshops = await db.Services.GetRequiredService<WorkshopService>().ListAsync(new WorkshopFilter(), new PageRequest());
        Assert.Equal(3, visits.TotalCount);
        Assert.Contains(visits.Items, v => v.CompanyId == firm);
        Assert.Equal((34, 14, 3), (workshops.Items[0].Participants, workshops.Items[0].Women, workshops.Items[0].Topics));
        db.CurrentUser.User = TestCurrentUser.FirmUser(firm!.Value);
        Assert.Equal(0, (await db.Services.GetRequiredService<FieldVisitService>().ListAsync(new FieldVisitFilter(), new PageRequest())).TotalCount);
    }
}
