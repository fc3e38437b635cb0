using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Introductions;
using IzmirSymbiosis.Application.Matching;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Seeding;

public sealed class DemoIntroductionSeedingTests
{
    [Fact]
    public async Task SeedDemoIntroductions_AfterMatching_EveryStateOnceForTheDemoFirm_AndOnlyOnce()
    {
        await using var db = await TestDatabase.CreateAsync("it_demointro");
        await db.Initializer.MigrateAsync();
        await db.Initializer.SeedReferenceDataAsync();
        await db.Initializer.SeedDemoDataAsync();
        await using (var identity = IdentityTestServices.Create(db.ConnectionString))
        {
            await using var scope = identity.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedDemoUsersAsync();
        }

        await db.Services.GetRequiredService<MatchingCoordinator>().RematchAllAsync();

        var first = await db.Initializer.SeedDemoIntroductionsAsync();
        var second = await db.Initializer.SeedDemoIntroductionsAsync();

        Assert.Equal(6, first.Total);
        Assert.Equal(0, second.Total);
        await using var ctx = db.CreateContext();
        var firm = await ctx.Users.Where(u => u.Email == "firma@demo.izmirsym.org").Select(u => u.CompanyId).SingleAsync();
        var introductions = await ctx.Introductions.AsNoTracking().ToListAsync();
        Assert.All(introductions, i => Assert.True(i.GiverCompanyId == firm || i.ReceiverCompanyId == firm));
        Assert.Equal(
            [IntroductionStatus.Pending, IntroductionStatus.Pending, IntroductionStatus.Accepted, IntroductionStatus.Declined, IntroductionStatus.Withdrawn, IntroductionStatus.Expired],
            introductions.Select(i => i.Status).Order());

        // The demo firm user sees the accepted one with the other firm named, and one waiting for an answer.
        db.CurrentUser.User = TestCurrentUser.FirmUser(firm!.Value);
        var service = db.Services.GetRequiredService<IntroductionService>();
        var accepted = introductions.Single(i => i.Status == IntroductionStatus.Accepted);
        var view = await service.GetAsync(accepted.Id);
        Assert.True(view!.Giver.Named && view.Receiver.Named);
        Assert.Single((await service.ListAsync(new PageRequest(), new IntroductionFilter(IntroductionBox.Incoming))).Items);
    }
}
