using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Dashboard;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Dashboard;

/// <summary>
/// The programme dashboard on the real database: every roll-up equals the sum of the exchanges'
/// current records computed here from the records themselves, staff see their zones only, firm users
/// are refused, superseded records do not count, and the funnel's counts and medians on a hand-built case.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class DashboardServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly UserContext s_expert = new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());
    private int _zone1;
    private int _zone2;
    private Company _metalDonor = null!;
    private Company _glassWorks = null!;
    private Company _foodDonor = null!;
    private Company _farm = null!;
    private ResourceStream _chips = null!;
    private ResourceStream _peel = null!;

    private DashboardService Dashboard => Database.Services.GetRequiredService<DashboardService>();

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        var zones = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync();
        (_zone1, _zone2) = (zones[0], zones[1]);
        _metalDonor = TestData.Company("Ege Döküm A.Ş.", nace: "24.53");
        _metalDonor.SetAddress(null, _zone1);
        _glassWorks = TestData.Company("Menemen Cam A.Ş.", nace: "23.13");
        _glassWorks.SetAddress(null, _zone1);
        _foodDonor = TestData.Company("Kemalpaşa Gıda A.Ş.", nace: "10.32");
        _foodDonor.SetAddress(null, _zone2);
        _farm = TestData.Company("Torbalı Çiftlik A.Ş.", nace: "01.41");
        _chips = new ResourceStream(_metalDonor.Id, StreamDirection.Offer, ResourceKind.Material, "Alüminyum talaşı", new Quantity(10, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        _chips.Describe("Alüminyum talaşı", "12 01 03");
        _peel = new ResourceStream(_foodDonor.Id, StreamDirection.Offer, ResourceKind.Material, "Meyve posası", new Quantity(50, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        _peel.Describe("Meyve posası", "02 03 04");
        db.Companies.AddRange(_metalDonor, _glassWorks, _foodDonor, _farm);
        db.Streams.AddRange(_chips, _peel);
        await db.SaveChangesAsync();
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    /// <summary>An exchange written directly with a record per (basis, amount, day) given; later records of a basis supersede the earlier.</summary>
    private async Task<Guid> ExchangeAsync(Company donor, Company receiver, ResourceStream offer, params (ImpactBasis Basis, decimal Tonnes, DateTimeOffset At)[] records)
    {
        await using var db = Database.CreateContext();
        var set = await db.FactorSets.AsNoTracking().Include(s => s.Rows).OrderByDescending(s => s.Id).FirstAsync();
        var exchange = Exchange.Create(donor.Id, receiver.Id, offer.Id, new ExchangeDraft("Deneme", DistanceKm: 20, TransportMode: TransportMode.Road), Guid.NewGuid(), records.Min(r => r.At));
        db.Exchanges.Add(exchange);
        db.ExchangeHistory.Add(exchange.CreationEntry());
        var latest = new Dictionary<ImpactBasis, Guid>();
        foreach (var (basis, tonnes, at) in records.OrderBy(r => r.At))
        {
            var inputs = new ImpactInputs(
                basis, tonnes, QuantityUnit.Tonne, basis == ImpactBasis.Forecast ? QuantityPeriod.PerYear : QuantityPeriod.OneOff, ResourceKind.Material, offer.EwcCode,
                offer == _chips ? "metal-scrap-metal" : null, ExchangeRoute.WasteRecovery, "R4", TransportMode.Road, 20) with
            { Jobs = 2, CostSavingsTry = 1000m * tonnes };
            var result = ImpactCalculator.Calculate(inputs, set.Rows.Select(FactorRowUsed.Of));
            var record = ImpactRecord.Of(exchange.Id, result, set, ImpactRecordReason.Recomputed, null, at, latest.TryGetValue(basis, out var previous) ? previous : null);
            latest[basis] = record.Id;
            db.ImpactRecords.Add(record);
        }

        await db.SaveChangesAsync();
        return exchange.Id;
    }

    private static DateTimeOffset Day(int year, int month, int day) => new DateTimeOffset(year, month, day, 10, 0, 0, TurkeyTime.Offset).ToUniversalTime();

    /// <summary>The current records (no other record supersedes them) with their exchange's donor zone and first record day of their basis.</summary>
    private async Task<List<(ImpactRecord Record, int? Zone, DateTimeOffset First, Guid Exchange)>> CurrentRecordsAsync()
    {
        await using var db = Database.CreateContext();
        var records = await db.ImpactRecords.AsNoTracking().ToListAsync();
        var exchanges = await db.Exchanges.AsNoTracking().ToDictionaryAsync(e => e.Id);
        var zones = await db.Companies.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ZoneId);
        var superseded = records.Where(r => r.SupersedesId is not null).Select(r => r.SupersedesId!.Value).ToHashSet();
        return [.. records.Where(r => !superseded.Contains(r.Id)).Select(r => (
            r,
            zones[exchanges[r.ExchangeId].DonorCompanyId],
            records.Where(x => x.ExchangeId == r.ExchangeId && x.Basis == r.Basis).Min(x => x.RecordedAt),
            r.ExchangeId))];
    }

    private static void AssertSums(IEnumerable<ImpactRecord> records, DashboardFigures figures)
    {
        var list = records.ToList();
        Assert.Equal(list.Count, figures.Exchanges);
        Assert.Equal(list.Sum(r => r.TonnesDiverted), figures.TonnesDiverted);
        Assert.Equal(list.Sum(r => r.VirginMaterialTonnes), figures.VirginMaterialTonnes);
        Assert.Equal(list.Sum(r => r.Co2eAvoidedTonnes ?? 0), figures.Co2eAvoidedTonnes);
        Assert.Equal(list.Sum(r => r.CostSavingsTry ?? 0), figures.CostSavingsTry);
        Assert.Equal(list.Sum(r => r.Jobs ?? 0), figures.Jobs);
    }

    private async Task ArrangeRegionAsync()
    {
        await ExchangeAsync(_metalDonor, _glassWorks, _chips, (ImpactBasis.Forecast, 120, Day(2024, 1, 15)), (ImpactBasis.Verified, 38.5m, Day(2024, 5, 2)));
        await ExchangeAsync(_metalDonor, _farm, _chips, (ImpactBasis.Forecast, 60, Day(2024, 3, 31)), (ImpactBasis.Forecast, 75, Day(2024, 9, 1)));
        await ExchangeAsync(_foodDonor, _farm, _peel, (ImpactBasis.Forecast, 50, Day(2024, 7, 1)), (ImpactBasis.Verified, 12.25m, Day(2025, 2, 10)));
        await ExchangeAsync(_foodDonor, _glassWorks, _peel, (ImpactBasis.Forecast, 40, Day(2025, 1, 1)));
    }

    [Fact]
    public void ActiveCount_CountsTheFiltersThatNarrow_NotTheTrendsGranularity()
    {
        Assert.Equal(0, new DashboardFilter(Granularity: DashboardGranularity.Year).ActiveCount());
        Assert.Equal(3, new DashboardFilter(From: new DateOnly(2026, 1, 1), ZoneId: 1, Stage: ExchangeStage.Verified).ActiveCount());
        Assert.Equal(3, new DashboardFilter(To: new DateOnly(2026, 6, 30), NaceDivision: "24", EwcChapter: "10").ActiveCount());
    }

    [Fact]
    public async Task Get_RollsUpAcrossZonesAndPeriods_ToTheSumOfTheExchangesCurrentRecords()
    {
        await ArrangeRegionAsync();
        var current = await CurrentRecordsAsync();

        Database.CurrentUser.User = s_expert;
        var view = await Dashboard.GetAsync(new DashboardFilter(Granularity: DashboardGranularity.Quarter));

        Assert.True(view.WholeRegion);
        AssertSums(current.Where(c => c.Record.Basis == ImpactBasis.Forecast).Select(c => c.Record), view.Totals.Forecast);
        AssertSums(current.Where(c => c.Record.Basis == ImpactBasis.Verified).Select(c => c.Record), view.Totals.Verified);
        Assert.Equal((4, 2), (view.Totals.ForecastFirms, view.Totals.ForecastZones));
        Assert.Equal((4, 2), (view.Totals.VerifiedFirms, view.Totals.VerifiedZones));
        foreach (var row in view.ByZone)
        {
            int? zone = row.Key.Length == 0 ? null : int.Parse(row.Key, CultureInfo.InvariantCulture);
            AssertSums(current.Where(c => c.Zone == zone && c.Record.Basis == ImpactBasis.Forecast).Select(c => c.Record), row.Forecast);
            AssertSums(current.Where(c => c.Zone == zone && c.Record.Basis == ImpactBasis.Verified).Select(c => c.Record), row.Verified);
        }

        Assert.Equal(current.Select(c => c.Zone).Distinct().Count(), view.ByZone.Count);

        // Quarters in Türkiye time: the first forecast record of each chain names the quarter (31 March stays in Q1).
        Assert.Equal(["2024-01-01", "2024-04-01", "2024-07-01", "2025-01-01"], view.Trends.Select(t => t.Key));
        foreach (var row in view.Trends)
        {
            var start = DateOnly.ParseExact(row.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            bool In(DateTimeOffset at)
            {
                var day = DateOnly.FromDateTime(at.ToOffset(TurkeyTime.Offset).DateTime);
                return day >= start && day < start.AddMonths(3);
            }

            AssertSums(current.Where(c => In(c.First) && c.Record.Basis == ImpactBasis.Forecast).Select(c => c.Record), row.Forecast);
            AssertSums(current.Where(c => In(c.First) && c.Record.Basis == ImpactBasis.Verified).Select(c => c.Record), row.Verified);
        }

        Assert.Equal(view.Totals.Forecast, view.ByDivision.Select(r => r.Forecast).Aggregate(DashboardFigures.Zero, DashboardFigures.Add));
        Assert.Equal(view.Totals.Verified, view.ByChapter.Select(r => r.Verified).Aggregate(DashboardFigures.Zero, DashboardFigures.Add));
        Assert.Equal(["02", "12"], view.ByChapter.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_APeriodFilter_CountsTheFiguresFirstRecordedInIt()
    {
        await ArrangeRegionAsync();
        var current = await CurrentRecordsAsync();
        var from = new DateOnly(2024, 3, 31);
        var to = new DateOnly(2024, 12, 31);

        Database.CurrentUser.User = s_expert;
        var view = await Dashboard.GetAsync(new DashboardFilter(from, to, DashboardGranularity.Year));

        bool In(DateTimeOffset at)
        {
            var day = DateOnly.FromDateTime(at.ToOffset(TurkeyTime.Offset).DateTime);
            return day >= from && day <= to;
        }

        AssertSums(current.Where(c => In(c.First) && c.Record.Basis == ImpactBasis.Forecast).Select(c => c.Record), view.Totals.Forecast);
        AssertSums(current.Where(c => In(c.First) && c.Record.Basis == ImpactBasis.Verified).Select(c => c.Record), view.Totals.Verified);
        Assert.Equal(2, view.Totals.Forecast.Exchanges);
        Assert.Equal(["2024-01-01"], view.Trends.Select(t => t.Key));
    }

    [Fact]
    public async Task Get_SupersededRecords_AreNotCounted()
    {
        var chain = await ExchangeAsync(_metalDonor, _farm, _chips, (ImpactBasis.Forecast, 60, Day(2024, 3, 1)), (ImpactBasis.Forecast, 75, Day(2024, 9, 1)), (ImpactBasis.Forecast, 90, Day(2024, 10, 1)));

        Database.CurrentUser.User = s_expert;
        var view = await Dashboard.GetAsync(new DashboardFilter());

        Assert.Equal((1, 90m), (view.Totals.Forecast.Exchanges, view.Totals.Forecast.TonnesDiverted));

        // A recompute through the service supersedes the latest record: still one exchange, the new figures.
        await Database.Services.GetRequiredService<ImpactService>().RecomputeAsync(chain, ImpactBasis.Forecast, new ImpactAdjustment(null, null, null, null, 7));
        var after = await Dashboard.GetAsync(new DashboardFilter());
        Assert.Equal((1, 90m, 7), (after.Totals.Forecast.Exchanges, after.Totals.Forecast.TonnesDiverted, after.Totals.Forecast.Jobs));
        Assert.Equal(["2024-03-01"], after.Trends.Select(t => t.Key));
    }

    [Fact]
    public async Task Get_Staff_SeeOnlyTheExchangesOfTheirZones()
    {
        await ArrangeRegionAsync();
        var current = await CurrentRecordsAsync();
        await using (var db = Database.CreateContext())
        {
            var inZone2 = await db.Companies.Where(c => c.ZoneId == _zone2).Select(c => c.Id).ToListAsync();
            var zone2Exchanges = await db.Exchanges.Where(e => inZone2.Contains(e.DonorCompanyId) || inZone2.Contains(e.ReceiverCompanyId)).Select(e => e.Id).ToListAsync();

            Database.CurrentUser.User = TestCurrentUser.Staff(_zone2);
            var view = await Dashboard.GetAsync(new DashboardFilter());

            Assert.False(view.WholeRegion);
            AssertSums(current.Where(c => zone2Exchanges.Contains(c.Exchange) && c.Record.Basis == ImpactBasis.Forecast).Select(c => c.Record), view.Totals.Forecast);
            Assert.Equal(2, view.Totals.Forecast.Exchanges);
        }

        // Another zone's filter shows nothing to them; their options list their zone only.
        var other = await Dashboard.GetAsync(new DashboardFilter(ZoneId: _zone1));
        Assert.Equal(1, other.Totals.Forecast.Exchanges);
        Assert.All(other.ByZone, r => Assert.NotEqual(string.Empty, r.Key));
        var options = await Dashboard.OptionsAsync();
        Assert.Equal([_zone2.ToString(CultureInfo.InvariantCulture)], options.Zones.Select(z => z.Key));

        Database.CurrentUser.User = TestCurrentUser.Staff(_zone1);
        var zone1 = await Dashboard.GetAsync(new DashboardFilter());
        Assert.Equal(3, zone1.Totals.Forecast.Exchanges);
    }

    [Fact]
    public async Task Programme_ListsTheVerifiedBySectorAndZoneNamingOnlyConsentingFirms_AndTheFactorRowsOfTheCountedRecords_StaffTheirZonesOnly()
    {
        await ArrangeRegionAsync();
        var current = await CurrentRecordsAsync();
        var (from, to) = (new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        bool In(DateTimeOffset at)
        {
            var day = DateOnly.FromDateTime(at.ToOffset(TurkeyTime.Offset).DateTime);
            return day >= from && day <= to;
        }

        // The donor agreed to be named, the receiver did not.
        await using (var ctx = Database.CreateContext())
        {
            (await ctx.Companies.SingleAsync(c => c.Id == _metalDonor.Id)).SetNamingConsent(true, Guid.NewGuid(), DateTimeOffset.UtcNow);
            await ctx.SaveChangesAsync();
        }

        Database.CurrentUser.User = s_expert;
        var report = await Dashboard.ProgrammeAsync(new DashboardFilter(from, to));

        Assert.Equal(DashboardGranularity.Month, report.View.Filter.Granularity);
        AssertSums(current.Where(c => In(c.First) && c.Record.Basis == ImpactBasis.Verified).Select(c => c.Record), report.View.Totals.Verified);
        var verified = Assert.Single(report.Verified);
        Assert.Equal((new DateOnly(2024, 5, 2), "24", "23", 38.5m), (verified.VerifiedOn, verified.DonorDivision, verified.ReceiverDivision, verified.TonnesDiverted));
        Assert.Equal(verified.DonorZone, verified.ReceiverZone);
        Assert.Equal(("Ege Döküm A.Ş.", null), (verified.DonorName, verified.ReceiverName));
        var used = current.Where(c => In(c.First)).SelectMany(c => c.Record.Rows()).Select(f => (f.Key, f.Value, f.Unit, f.Source, f.Year)).Distinct().Order();
        Assert.NotEmpty(used);
        Assert.Equal(used, report.Factors.Select(f => (f.Key, f.Value, f.Unit, f.Source, f.Year)).Order());

        // The dashboard's other choices apply too, and the report names them: the expert limited to
        // zone 2 gets that zone's verified exchange; limited to a stage before verification, none.
        Assert.Equal(new ProgrammeSelection(null, null, null), report.Selection);
        var zone2 = await Dashboard.ProgrammeAsync(new DashboardFilter(ZoneId: _zone2));
        Assert.Equal(("10", 12.25m), (Assert.Single(zone2.Verified).DonorDivision, zone2.View.Totals.Verified.TonnesDiverted));
        Assert.NotNull(zone2.Selection.Zone);
        Assert.Equal((null, null), (zone2.Selection.Division, zone2.Selection.Chapter));
        var metals = await Dashboard.ProgrammeAsync(new DashboardFilter(from, to, NaceDivision: "24"));
        Assert.StartsWith("24 ", metals.Selection.Division, StringComparison.Ordinal);
        Assert.Equal(report.View.Totals.Verified, metals.View.Totals.Verified);
        var ongoing = await Dashboard.ProgrammeAsync(new DashboardFilter(Stage: ExchangeStage.InImplementation));
        Assert.Empty(ongoing.Verified);
        Assert.Equal(0, ongoing.View.Totals.Verified.Exchanges);

        // Staff of zone 2 over the whole programme: their zone's verified exchange only, trends by year.
        Database.CurrentUser.User = TestCurrentUser.Staff(_zone2);
        var staff = await Dashboard.ProgrammeAsync(new DashboardFilter());
        Assert.Equal(DashboardGranularity.Year, staff.View.Filter.Granularity);
        var own = Assert.Single(staff.Verified);
        Assert.Equal(("10", "01", 12.25m), (own.DonorDivision, own.ReceiverDivision, own.TonnesDiverted));

        Database.CurrentUser.User = TestCurrentUser.FirmUser(_foodDonor.Id);
        await Assert.ThrowsAsync<DashboardRefusedException>(() => Dashboard.ProgrammeAsync(new DashboardFilter(from, to)));
    }

    [Fact]
    public async Task Get_FirmUsersAndAnonymous_AreRefused()
    {
        await ArrangeRegionAsync();

        Database.CurrentUser.User = TestCurrentUser.FirmUser(_metalDonor.Id);
        var refused = await Assert.ThrowsAsync<DashboardRefusedException>(() => Dashboard.GetAsync(new DashboardFilter()));
        Assert.Equal("Dashboard.NotAllowed", refused.ReasonKey);
        await Assert.ThrowsAsync<DashboardRefusedException>(() => Dashboard.OptionsAsync());
        Database.CurrentUser.User = UserContext.Anonymous;
        await Assert.ThrowsAsync<DashboardRefusedException>(() => Dashboard.GetAsync(new DashboardFilter()));
    }

    [Fact]
    public async Task Get_AnInvalidFilter_IsAValidationError()
    {
        Database.CurrentUser.User = s_expert;
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Dashboard.GetAsync(new DashboardFilter(new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 1), NaceDivision: "2x")));
        Assert.Equal(["To", "NaceDivision"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public async Task Get_Flows_GoFromDonorDivisionThroughTheMaterialFamilyToReceiverDivision()
    {
        await ArrangeRegionAsync();

        Database.CurrentUser.User = s_expert;
        var view = await Dashboard.GetAsync(new DashboardFilter());

        var metal = Assert.Single(view.Flows, f => f.DonorDivision == "24" && f.ReceiverDivision == "23");
        Assert.Equal(("group:metals", "Metal", 120m, 38.5m), (metal.Material, metal.MaterialLabel, metal.ForecastTonnes, metal.VerifiedTonnes));
        var peel = Assert.Single(view.Flows, f => f.DonorDivision == "10" && f.ReceiverDivision == "01");
        Assert.Equal("ewc:02", peel.Material);
        Assert.Equal(view.Totals.Forecast.TonnesDiverted, view.Flows.Sum(f => f.ForecastTonnes));
    }

    [Fact]
    public async Task Funnel_CountsAndMedians_OnAHandBuiltCase()
    {
        var user = await TestUsers.AddAsync(Database, Roles.FirmUser, _farm.Id);
        var t0 = Day(2025, 1, 6);
        await using (var db = Database.CreateContext())
        {
            var matches = new[] { _glassWorks, _farm }.Select(r => new Match(MatchKind.Latent, _chips.Id, _metalDonor.Id, null, r.Id, r.NaceCode, 80, 80, 80, "{}", "test", t0)).ToList();
            matches.Add(new Match(MatchKind.Latent, _peel.Id, _foodDonor.Id, null, _farm.Id, _farm.NaceCode, 70, 70, 70, "{}", "test", t0));
            db.Matches.AddRange(matches);
            db.MatchFeedback.Add(new MatchFeedback(user.UserId!.Value, matches[1], _farm.Id, true, null, null, t0));
            db.MatchFeedback.Add(new MatchFeedback(user.UserId!.Value, matches[2], _farm.Id, true, null, null, t0));
            var accepted = new Introduction(matches[1].Id, _chips.Id, null, _metalDonor.Id, _farm.Id, user.UserId!.Value, IntroductionRequesterRole.Receiver, t0, t0.AddDays(30));
            accepted.Decide(IntroductionSide.Giver, IntroductionDecision.Accepted, Guid.NewGuid(), null, t0.AddDays(1));
            if (accepted.Status == IntroductionStatus.Pending)
            {
                accepted.Decide(IntroductionSide.Receiver, IntroductionDecision.Accepted, Guid.NewGuid(), null, t0.AddDays(1));
            }
            db.Introductions.AddRange(accepted, new Introduction(matches[2].Id, _peel.Id, null, _foodDonor.Id, _farm.Id, user.UserId!.Value, IntroductionRequesterRole.Receiver, t0, t0.AddDays(30)));

            // Three exchanges: identified 2, 4 and 6 days before being proposed; two reviewed (3 and 5 days
            // proposed, counted from the last entry into Proposed after a send-back), one approved after 1 day in review.
            void Exchange(ResourceStream offer, Company donor, Company receiver, params (ExchangeStage From, ExchangeStage To, double Days)[] steps)
            {
                var e = Domain.Exchanges.Exchange.Create(donor.Id, receiver.Id, offer.Id, new ExchangeDraft("Deneme"), Guid.NewGuid(), t0);
                db.Exchanges.Add(e);
                db.ExchangeHistory.Add(e.CreationEntry());
                var version = 1;
                foreach (var (from, to, days) in steps)
                {
                    db.ExchangeHistory.Add(new ExchangeHistoryEntry(e.Id, from, to, "Step", null, t0.AddDays(days), null, null, ++version));
                }
            }

            Exchange(_chips, _metalDonor, _farm, (ExchangeStage.Identified, ExchangeStage.Proposed, 2), (ExchangeStage.Proposed, ExchangeStage.Proposed, 3), (ExchangeStage.Proposed, ExchangeStage.UnderReview, 5), (ExchangeStage.UnderReview, ExchangeStage.Approved, 6));
            Exchange(_chips, _metalDonor, _glassWorks, (ExchangeStage.Identified, ExchangeStage.Proposed, 4), (ExchangeStage.Proposed, ExchangeStage.UnderReview, 5), (ExchangeStage.UnderReview, ExchangeStage.Proposed, 6), (ExchangeStage.Proposed, ExchangeStage.UnderReview, 9), (ExchangeStage.UnderReview, ExchangeStage.Rejected, 10));
            Exchange(_peel, _foodDonor, _farm, (ExchangeStage.Identified, ExchangeStage.Proposed, 6));
            await db.SaveChangesAsync();
        }

        Database.CurrentUser.User = s_expert;
        var funnel = (await Dashboard.GetAsync(new DashboardFilter())).Funnel;

        var steps = funnel.Steps.ToDictionary(s => s.Step);
        Assert.Equal(
            [("Matches", 3), ("Interest", 2), ("IntroductionsRequested", 2), ("IntroductionsAccepted", 1), ("Stage.Identified", 3), ("Stage.Proposed", 3),
             ("Stage.UnderReview", 2), ("Stage.Approved", 1), ("Stage.InImplementation", 0), ("Stage.Implemented", 0), ("Stage.Verified", 0)],
            funnel.Steps.Select(s => (s.Step, s.Count)));
        Assert.Equal((0.5, 2.0 / 3), (steps["IntroductionsAccepted"].Conversion!.Value, steps["Stage.UnderReview"].Conversion!.Value));
        Assert.Equal(0.0, steps["Stage.InImplementation"].Conversion);
        Assert.Null(steps["Stage.Verified"].Conversion);
        // Three exchanges from one accepted introduction: two came another way, so no "300 %".
        Assert.Null(steps["Stage.Identified"].Conversion);
        Assert.Equal(1.0, steps["Stage.Proposed"].Conversion);
        Assert.Equal((1, 0), (funnel.Rejected, funnel.Withdrawn));

        // Identified: 2, 4, 6 days → 4. Proposed: 3 (2→5), 1 (4→5), 3 (6→9) → 3; the third is still proposed.
        // Under review: 1 (5→6), 1 (5→6), 1 (9→10) → 1.
        Assert.Equal((TimeSpan.FromDays(4), 3), (steps["Stage.Identified"].MedianTime!.Value, steps["Stage.Identified"].Left));
        Assert.Equal((TimeSpan.FromDays(3), 3), (steps["Stage.Proposed"].MedianTime!.Value, steps["Stage.Proposed"].Left));
        Assert.Equal((TimeSpan.FromDays(1), 3), (steps["Stage.UnderReview"].MedianTime!.Value, steps["Stage.UnderReview"].Left));
        Assert.Null(steps["Stage.Approved"].MedianTime);

        // Staff of the food donor's zone: its offer's match, the interest and introduction on it, its exchange.
        Database.CurrentUser.User = TestCurrentUser.Staff(_zone2);
        var zone = (await Dashboard.GetAsync(new DashboardFilter())).Funnel.Steps.ToDictionary(s => s.Step, s => s.Count);
        Assert.Equal((1, 1, 1, 0, 1, 0), (zone["Matches"], zone["Interest"], zone["IntroductionsRequested"], zone["IntroductionsAccepted"], zone["Stage.Proposed"], zone["Stage.UnderReview"]));
    }
}
