using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Seeding;

public sealed class DemoExchangeSeedingTests
{
    [Fact]
    public async Task SeedDemoExchanges_RunTwice_EveryStageOnceWithItsHistory_AndAReviewQueue()
    {
        await using var db = await TestDatabase.CreateAsync("it_demoexch");
        await db.Initializer.MigrateAsync();
        await db.Initializer.SeedReferenceDataAsync();
        await db.Initializer.SeedDemoDataAsync();

        var first = await db.Initializer.SeedDemoExchangesAsync();
        var second = await db.Initializer.SeedDemoExchangesAsync();

        Assert.Equal(0, second.Total);
        await using var ctx = db.CreateContext();
        var exchanges = await ctx.Exchanges.AsNoTracking().ToListAsync();
        var history = await ctx.ExchangeHistory.AsNoTracking().OrderBy(h => h.Id).ToListAsync();
        var ledger = await ctx.ImpactRecords.AsNoTracking().ToListAsync();
        var readiness = await ctx.ReadinessAssessments.AsNoTracking().ToListAsync();
        var named = await ctx.Companies.AsNoTracking().Where(c => c.NamingConsentAt != null).ToListAsync();
        Assert.Equal(first.Total, exchanges.Count + history.Count + ledger.Count + readiness.Count + named.Count);

        // The donors of the verified symbioses agreed to be named (by a user of their own), no other firm did.
        var verifiedDonors = exchanges.Where(e => e.Stage == ExchangeStage.Verified).Select(e => e.DonorCompanyId).ToHashSet();
        Assert.Equal(verifiedDonors.Order(), named.Select(c => c.Id).Order());
        Assert.All(named, c => Assert.NotNull(c.NamingConsentBy));

        // Readiness for every exchange from proposal to verification, the verified one with a history of two.
        Assert.All(exchanges.Where(e => e.Stage is not (ExchangeStage.Identified or ExchangeStage.Rejected or ExchangeStage.Withdrawn)), e =>
            Assert.Contains(readiness, r => r.ExchangeId == e.Id));
        Assert.Contains(exchanges, e => e.Stage == ExchangeStage.Verified && readiness.Count(r => r.ExchangeId == e.Id) == 2);
        Assert.True(readiness.Select(r => r.LegalLevel).Distinct().Count() >= 4);

        // The ledger as the workflow writes it: a forecast for every proposed exchange, verified figures for every verified one.
        Assert.All(exchanges.Where(e => history.Any(h => h.ExchangeId == e.Id && h.Action == nameof(ExchangeAction.Propose))), e =>
            Assert.Contains(ledger, r => r.ExchangeId == e.Id && r.Basis == ImpactBasis.Forecast));
        Assert.All(exchanges.Where(e => e.Stage == ExchangeStage.Verified), e =>
            Assert.Contains(ledger, r => r.ExchangeId == e.Id && r.Basis == ImpactBasis.Verified && r.TonnesDiverted > 0));
        // Three months delivered of a yearly forecast: the verified tonnes sit between a tenth and a half of
        // the forecast's yearly tonnes; a one-off lot is delivered once, a little under the agreed lot.
        Assert.All(exchanges.Where(e => e.Stage == ExchangeStage.Verified), e =>
        {
            var forecast = ledger.Single(r => r.ExchangeId == e.Id && r.Basis == ImpactBasis.Forecast).TonnesDiverted;
            var verified = ledger.Single(r => r.ExchangeId == e.Id && r.Basis == ImpactBasis.Verified).TonnesDiverted;
            if (e.AgreedPeriod == QuantityPeriod.OneOff)
            {
                Assert.InRange(verified, forecast / 2, forecast);
            }
            else
            {
                Assert.InRange(verified, forecast / 10, forecast / 2);
            }
        });
        // At least one verified exchange has a material profile, so the demo shows a verified CO2e figure.
        Assert.Contains(ledger, r => r.Basis == ImpactBasis.Verified && r.Co2eAvoidedTonnes is not null
            && exchanges.Single(e => e.Id == r.ExchangeId).Stage == ExchangeStage.Verified);
        Assert.DoesNotContain(ledger, r => exchanges.Single(e => e.Id == r.ExchangeId).Stage == ExchangeStage.Identified);
        Assert.Equal(Enum.GetValues<ExchangeStage>().Order(), exchanges.Select(e => e.Stage).Distinct().Order());
        Assert.True(exchanges.Count(e => e.Stage == ExchangeStage.UnderReview) >= 3);
        foreach (var e in exchanges)
        {
            var steps = history.Where(h => h.ExchangeId == e.Id).ToList();
            Assert.Equal(Enumerable.Range(1, e.Version), steps.Select(h => h.Version));
            Assert.Equal(e.Stage, steps[^1].ToStage);
        }

        // The demo firm (firma@: the first zone-2 firm by VKN) takes part in several.
        var demoFirm = await ctx.Companies.Where(c => c.ZoneId == 2).OrderBy(c => c.TaxNumber).Select(c => c.Id).FirstAsync();
        Assert.True(exchanges.Count(e => e.PartyCompanyIds.Contains(demoFirm)) >= 4);

        // An expert who proposed none of them finds the review queue, hazardous one with a passing checklist included.
        db.CurrentUser.User = new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());
        var service = db.Services.GetRequiredService<ExchangeService>();
        var queue = await service.ListAsync(new PageRequest(), new ExchangeFilter(ReviewQueue: true));
        Assert.True(queue.TotalCount >= 3);
        var details = await Task.WhenAll(queue.Items.Select(i => service.GetAsync(i.Id)));
        Assert.Contains(details, d => d!.Offer.IsHazardous && d.Checklist.Passed && d.Checklist.Items.Any(i => i.Key == "Checklist.HazardousPermit"));
        Assert.Contains(details, d => d!.Route == ExchangeRoute.ByProduct && !d.Checklist.Passed);
    }
}
