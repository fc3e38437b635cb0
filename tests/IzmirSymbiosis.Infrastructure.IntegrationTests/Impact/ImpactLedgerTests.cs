using System.Globalization;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Impact;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Impact;

/// <summary>
/// The impact ledger through the exchange workflow and the real database: written with the step,
/// never changed by a new factor set, recomputed only explicitly, read only through the exchange
/// access rule. Figures hand-computed with set version 1 (UK DESNZ 2024 scrap metal, road freight).
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class ImpactLedgerTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private static readonly DateOnly s_start = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);
    private Company _donor = null!;
    private Company _receiver = null!;
    private Company _thirdFirm = null!;
    private ResourceStream _offer = null!;
    private int _zone;

    private ExchangeService Exchanges => Database.Services.GetRequiredService<ExchangeService>();

    private ImpactService Impact => Database.Services.GetRequiredService<ImpactService>();

    private static UserContext Expert() => new(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        _zone = await db.Zones.OrderBy(z => z.Id).Select(z => z.Id).FirstAsync();
        _donor = TestData.Company("Ege Döküm A.Ş.");
        _donor.SetAddress(null, _zone);
        _receiver = TestData.Company("Aliağa Hurda Geri Kazanım A.Ş.");
        _receiver.SetAddress(null, _zone);
        _thirdFirm = TestData.Company("Rakip Metal A.Ş.");
        _thirdFirm.SetAddress(null, _zone);
        _offer = new ResourceStream(_donor.Id, StreamDirection.Offer, ResourceKind.Material, "Alüminyum talaşı", new Quantity(10, QuantityUnit.Tonne, QuantityPeriod.PerMonth));
        _offer.Describe("Alüminyum talaşı", "12 01 03");
        db.Companies.AddRange(_donor, _receiver, _thirdFirm);
        db.Streams.Add(_offer);
        await db.SaveChangesAsync();
    }

    public override Task DisposeAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Admin;
        return Task.CompletedTask;
    }

    private async Task<Guid> CreateAsync()
    {
        Database.CurrentUser.User = TestCurrentUser.Staff(_zone);
        var draft = new ExchangeInput
        {
            Title = "Alüminyum talaşı → ergitme",
            AgreedAmount = 10,
            AgreedUnit = QuantityUnit.Tonne,
            AgreedPeriod = QuantityPeriod.PerMonth,
            Route = ExchangeRoute.WasteRecovery,
            RecoveryOperation = "R4",
            TransportMode = TransportMode.Road,
            DistanceKm = 18,
            PlannedStart = s_start,
        };
        return (await Exchanges.CreateAsync(new NewExchange(draft, OfferStreamId: _offer.Id, ReceiverCompanyId: _receiver.Id))).Id;
    }

    private async Task<TransitionResult> ActAsync(UserContext user, Guid id, ExchangeAction action, DateOnly? date = null, VerificationInput? verification = null)
    {
        Database.CurrentUser.User = user;
        var version = (await Exchanges.GetAsync(id))!.Version;
        return await Exchanges.TransitionAsync(id, new TransitionRequest(action, version, null, date, verification));
    }

    private async Task<Guid> ProposedAsync()
    {
        var id = await CreateAsync();
        await ActAsync(TestCurrentUser.Staff(_zone), id, ExchangeAction.Propose);
        return id;
    }

    private async Task<Guid> VerifiedAsync(decimal delivered)
    {
        var staff = TestCurrentUser.Staff(_zone);
        var id = await ProposedAsync();
        await ActAsync(TestCurrentUser.FirmUser(_donor.Id), id, ExchangeAction.ConfirmParticipation);
        await ActAsync(TestCurrentUser.FirmUser(_receiver.Id), id, ExchangeAction.ConfirmParticipation);
        await ActAsync(staff, id, ExchangeAction.SubmitForReview);
        var expert = Expert();
        await ActAsync(expert, id, ExchangeAction.Approve);
        await ActAsync(TestCurrentUser.FirmUser(_receiver.Id), id, ExchangeAction.StartImplementation, s_start);
        await ActAsync(TestCurrentUser.FirmUser(_receiver.Id), id, ExchangeAction.ReportImplemented, s_start.AddDays(3));
        await ActAsync(expert, id, ExchangeAction.Verify, verification: new VerificationInput(delivered, QuantityUnit.Tonne, s_start, s_start.AddMonths(1), "Kantar fişleri"));
        return id;
    }

    private async Task<ExchangeImpact?> ReadAsync(UserContext user, Guid id)
    {
        Database.CurrentUser.User = user;
        return await Impact.ForExchangeAsync(id);
    }

    private async Task<int> SeededSetIdAsync()
    {
        await using var db = Database.CreateContext();
        return await db.FactorSets.Where(s => s.Name == ImpactFactorSeed.Name && s.Version == 1).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task Propose_RecordsTheForecastFromTheAgreedQuantityAndFreezesTheSet()
    {
        var id = await ProposedAsync();

        var impact = await ReadAsync(TestCurrentUser.FirmUser(_donor.Id), id);

        // 10 t/month → 120 t/year; 120 × 1844.3 + 120 × 8.9 − 120 × 18 × 0.107, in t: 221.316 + 1.068 − 0.231.
        var forecast = impact!.Forecast!;
        Assert.Equal((120m, 221.316m, 1.068m, 0.231m, 222.153m), (forecast.Figures.TonnesDiverted, forecast.Figures.SubstitutionCo2eTonnes, forecast.Figures.AvoidedDisposalCo2eTonnes, forecast.Figures.TransportCo2eTonnes, forecast.Figures.Co2eAvoidedTonnes));
        Assert.Equal((1, ImpactCalculator.FormulaVersion, ImpactRecordReason.Proposed), (forecast.FactorSetVersion, forecast.FormulaVersion, forecast.Reason));
        Assert.Equal("metal-scrap-metal", forecast.Inputs.MaterialProfile);
        Assert.Contains(forecast.Explanation, l => l.Contains("1.844,3 kg CO2e/t (UK DESNZ 2024", StringComparison.Ordinal));
        Assert.Null(impact.Verified);
        Assert.False(impact.MayRecompute);
        await using var db = Database.CreateContext();
        Assert.NotNull((await db.FactorSets.SingleAsync(s => s.Id == forecast.FactorSetId)).InUseSince);
    }

    [Fact]
    public async Task Verify_RecordsTheFiguresOfTheMeasuredDelivery()
    {
        var id = await VerifiedAsync(38.5m);

        var impact = await ReadAsync(Expert(), id);

        // 38.5 t delivered: 71.00555 → 71.006; 0.34265 → 0.343; 38.5 × 18 × 0.107 = 74.151 kg → 0.074; net 71.275.
        var verified = impact!.Verified!;
        Assert.Equal((38.5m, 71.006m, 0.343m, 0.074m, 71.275m), (verified.Figures.TonnesDiverted, verified.Figures.SubstitutionCo2eTonnes, verified.Figures.AvoidedDisposalCo2eTonnes, verified.Figures.TransportCo2eTonnes, verified.Figures.Co2eAvoidedTonnes));
        Assert.Equal((ImpactBasis.Verified, QuantityPeriod.OneOff), (verified.Inputs.Basis, verified.Inputs.Period));
        Assert.Equal(222.153m, impact.Forecast!.Figures.Co2eAvoidedTonnes);
        Assert.True(impact.MayRecompute);
    }

    [Fact]
    public async Task Propose_WhenItsHistoryRowFails_LeavesNoForecastAndTheSetUnused()
    {
        var id = await CreateAsync();
        await using (await TableWriteFault.FailInsertsAsync(Database.OwnerConnectionString, "exchange_history"))
        {
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => ActAsync(TestCurrentUser.Staff(_zone), id, ExchangeAction.Propose));
        }

        await using var db = Database.CreateContext();
        Assert.Equal(ExchangeStage.Identified, (await db.Exchanges.SingleAsync(e => e.Id == id)).Stage);
        Assert.False(await db.ImpactRecords.AnyAsync(r => r.ExchangeId == id));
        Assert.Null((await db.FactorSets.SingleAsync(s => s.Id == db.FactorSets.Min(x => x.Id))).InUseSince);
    }

    [Fact]
    public async Task Propose_WhenTheForecastFails_LeavesTheExchangeUnproposed()
    {
        var id = await CreateAsync();
        await using (await TableWriteFault.FailInsertsAsync(Database.OwnerConnectionString, "impact_records"))
        {
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => ActAsync(TestCurrentUser.Staff(_zone), id, ExchangeAction.Propose));
        }

        await using var db = Database.CreateContext();
        var exchange = await db.Exchanges.AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal((ExchangeStage.Identified, 1), (exchange.Stage, exchange.Version));
        Assert.False(await db.ExchangeHistory.AnyAsync(h => h.ExchangeId == id && h.Action == nameof(ExchangeAction.Propose)));
    }

    [Fact]
    public async Task NewFactorSet_LeavesRecordedFiguresUnchanged_AndRecomputeAddsARecordWithAnAuditRow()
    {
        var id = await ProposedAsync();
        var before = (await ReadAsync(Expert(), id))!.Forecast!;
        Database.CurrentUser.User = TestCurrentUser.Admin;
        var seeded = (await Database.Services.GetRequiredService<FactorSetService>().GetAsync(await SeededSetIdAsync()))!;
        var rows = seeded.Rows.Select(r => r.Key == FactorKeys.Substitution("metal-scrap-metal") ? r with { Value = 2000m, Source = "UK DESNZ 2025", Year = 2025 } : r).ToList();
        await Database.Services.GetRequiredService<FactorSetService>().AddAsync(new NewFactorSet(ImpactFactorSeed.Name, ImpactFactorSeed.PublishedOn.AddDays(1), rows));

        var after = (await ReadAsync(Expert(), id))!.Forecast!;
        Assert.Equal((before.RecordId, before.FactorSetId, before.FactorSetVersion, before.Figures, before.Inputs), (after.RecordId, after.FactorSetId, after.FactorSetVersion, after.Figures, after.Inputs));
        Assert.Equal(before.Rows, after.Rows);
        Assert.Equal(before.Explanation, after.Explanation);

        var expert = Expert();
        Database.CurrentUser.User = expert;
        var recomputed = await Impact.RecomputeAsync(id, ImpactBasis.Forecast);

        // 120 × 2000 / 1000 = 240; + 1.068 − 0.231.
        Assert.Equal((2, 240.837m, ImpactRecordReason.Recomputed), (recomputed.FactorSetVersion, recomputed.Figures.Co2eAvoidedTonnes, recomputed.Reason));
        var impact = (await ReadAsync(expert, id))!;
        Assert.Equal(recomputed.RecordId, impact.Forecast!.RecordId);
        Assert.Equal([recomputed.RecordId, before.RecordId], impact.History.Select(h => h.RecordId));
        Assert.Equal(222.153m, impact.History[1].Figures.Co2eAvoidedTonnes);
        await using var db = Database.CreateContext();
        var audit = await db.AuditEvents.Where(a => a.EventType == AuditEventTypes.ImpactRecomputed && a.Details!.StartsWith($"exchange {id}")).SingleAsync();
        Assert.Equal(expert.UserId, audit.ActorUserId);
        Assert.Equal(before.RecordId, (await db.ImpactRecords.SingleAsync(r => r.Id == recomputed.RecordId)).SupersedesId);
    }

    [Fact]
    public async Task StoredRecord_RecomputedFromItsOwnInputsAndRows_GivesTheSameFigures()
    {
        var id = await VerifiedAsync(12.345m);
        await using var db = Database.CreateContext();

        var records = await db.ImpactRecords.AsNoTracking().Where(r => r.ExchangeId == id).ToListAsync();

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(r.Figures, r.Recompute().Figures));
    }

    [Fact]
    public async Task AnotherFirm_CannotReadOrRecomputeTheFigures()
    {
        var id = await ProposedAsync();

        Assert.NotNull(await ReadAsync(TestCurrentUser.FirmUser(_receiver.Id), id));
        Assert.Null(await ReadAsync(TestCurrentUser.FirmUser(_thirdFirm.Id), id));
        Assert.Null(await ReadAsync(UserContext.Anonymous, id));
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_thirdFirm.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => Impact.RecomputeAsync(id, ImpactBasis.Forecast));
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_donor.Id);
        var refused = await Assert.ThrowsAsync<ImpactActionRefusedException>(() => Impact.RecomputeAsync(id, ImpactBasis.Forecast));
        Assert.Equal("Impact.OnlyExpertsRecompute", refused.ReasonKey);
    }

    [Fact]
    public async Task Database_RefusesToChangeARecordedFigure()
    {
        var id = await ProposedAsync();
        await using var conn = new NpgsqlConnection(Database.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE impact_records SET co2e_avoided_tonnes = 1 WHERE exchange_id = '{id}'", conn);

        var e = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("only ever added", e.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EstimateForMatch_ForAFirmOfTheMatch_IsFromTheOffersPublicQuantityBand_AndNobodyElseGetsIt()
    {
        var match = new Match(MatchKind.Latent, _offer.Id, _donor.Id, null, _receiver.Id, "24.53", 70, 70, 70, "{}", "test", DateTimeOffset.UtcNow);
        await using (var db = Database.CreateContext())
        {
            db.Matches.Add(match);
            await db.SaveChangesAsync();
        }

        Database.CurrentUser.User = TestCurrentUser.FirmUser(_receiver.Id);
        var estimate = await Impact.EstimateForMatchAsync(match.Id);

        // Not the donor's exact 120 t/yıl, which the receiver may not know: the middle of its public
        // band 100–1000 t/yıl, 100 × √10 = 316.228 t. No firm has a location: no distance, so no
        // transport; 316.228 × 1844.3 + 316.228 × 8.9 kg = 583.219 + 2.814 t.
        Assert.Equal((null, 316.228m, 586.033m, 0m), (estimate!.RecordId, estimate.Figures.TonnesDiverted, estimate.Figures.Co2eAvoidedTonnes, estimate.Figures.TransportCo2eTonnes));
        Assert.DoesNotContain(estimate.Explanation, line => line.Contains("120", StringComparison.Ordinal));
        Assert.Contains(ImpactExplanation.Note(ImpactNote.NoDistance, turkish: true), estimate.Explanation);
        Database.CurrentUser.User = TestCurrentUser.FirmUser(_thirdFirm.Id);
        Assert.Null(await Impact.EstimateForMatchAsync(match.Id));
        await using var check = Database.CreateContext();
        Assert.False(await check.ImpactRecords.AnyAsync());
    }

    [Fact]
    public async Task ForExchange_EnglishUiCulture_ExplainsInEnglish()
    {
        var id = await ProposedAsync();
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            var forecast = (await ReadAsync(Expert(), id))!.Forecast!;

            Assert.Contains("Net CO2e avoided: 221.316 + 1.068 − 0.231 = 222.153 t CO2e/year", forecast.Explanation);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task UpdateDraft_OfAProposal_RecordsANewForecastOnlyWhenItsFiguresChange()
    {
        var id = await ProposedAsync();
        var staff = TestCurrentUser.Staff(_zone);
        Database.CurrentUser.User = staff;
        var detail = (await Exchanges.GetAsync(id))!;
        var input = new ExchangeInput
        {
            Title = "Yeni başlık",
            AgreedAmount = detail.AgreedAmount,
            AgreedUnit = detail.AgreedUnit,
            AgreedPeriod = detail.AgreedPeriod,
            Route = detail.Route,
            RecoveryOperation = detail.RecoveryOperation,
            TransportMode = detail.TransportMode,
            DistanceKm = detail.DistanceKm,
            PlannedStart = detail.PlannedStart,
        };

        var version = await Exchanges.UpdateDraftAsync(id, detail.Version, input);
        Assert.Single((await ReadAsync(staff, id))!.History);

        Database.CurrentUser.User = staff;
        await Exchanges.UpdateDraftAsync(id, version, input with { AgreedAmount = 20 });
        var impact = (await ReadAsync(staff, id))!;

        // 20 t/month → 240 t/year: 442.632 + 2.136 − 0.462.
        Assert.Equal([ImpactRecordReason.DraftChanged, ImpactRecordReason.Proposed], impact.History.Select(h => h.Reason!.Value));
        Assert.Equal((240m, 444.306m), (impact.Forecast!.Figures.TonnesDiverted, impact.Forecast.Figures.Co2eAvoidedTonnes));
        Assert.Equal(222.153m, impact.History[1].Figures.Co2eAvoidedTonnes);
    }

    [Fact]
    public async Task Recompute_WithMoneyJobsAndProcessing_RecordsThemWithTheFigures()
    {
        var id = await ProposedAsync();
        Database.CurrentUser.User = Expert();

        var view = await Impact.RecomputeAsync(id, ImpactBasis.Forecast, new ImpactAdjustment(0.05m, 480_000m, 120_000m, 2_500_000m, 3));

        // Processing: 120 t × 0.05 MWh/t × 439 kg CO2e/MWh = 2.634 t CO2e.
        Assert.Equal((2.634m, 222.153m - 2.634m, 480_000m, 3), (view.Figures.ProcessingCo2eTonnes, view.Figures.Co2eAvoidedTonnes, view.Figures.CostSavingsTry, view.Figures.Jobs));
        Assert.Contains(view.Explanation, l => l.StartsWith("İşleme elektriği: 120 t/yıl × 0,05 MWh/t × 439 kg CO2e/MWh (ETKB EVÇED", StringComparison.Ordinal));
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => Impact.RecomputeAsync(id, ImpactBasis.Forecast, new ImpactAdjustment(null, -1m, 0.001m, null, null)));
        Assert.Equal([("CostSavingsTry", "Impact.ValueRange"), ("NewRevenueTry", "Impact.ValuePrecision")], invalid.Errors.Select(e => (e.Field, e.Code)));
    }

    [Theory]
    [InlineData("120103", "Alüminyum talaşı", "metal-scrap-metal")]           // listed by the compact table
    [InlineData("070299", "Polietilen film atığı", "plastics-average-plastics")] // not listed: the lexicon reads plastic
    [InlineData("100903", "Döküm cürufu", null)]                              // slag has no emission profile
    public async Task Profile_ByCodeElseByTheEnginesLexicon(string code, string description, string? expected)
    {
        await using var db = Database.CreateContext();

        Assert.Equal(expected, await ImpactLedger.ProfileAsync(db, code, description, "24.51", CancellationToken.None));
    }

    [Fact]
    public async Task Recompute_WithAnExpertsMaterialProfile_CountsItsSaving_AndRefusesAnUnknownOne()
    {
        await using (var db = Database.CreateContext())
        {
            var offer = await db.Streams.SingleAsync(s => s.Id == _offer.Id);
            offer.Describe("Taşlama tozu ve çapak", "12 01 02");
            await db.SaveChangesAsync();
        }

        var id = await ProposedAsync();
        var expert = Expert();
        var before = (await ReadAsync(expert, id))!.Forecast!;
        Assert.Equal((null, (decimal?)null), (before.Inputs.MaterialProfile, before.Figures.Co2eAvoidedTonnes));
        Database.CurrentUser.User = expert;
        var options = await Database.Services.GetRequiredService<FactorSetService>().MaterialProfilesAsync();
        Assert.Contains(options, o => o is { Key: "metal-scrap-metal", NameTr: "metal hurdası", NameEn: "Metal: scrap metal" });

        var view = await Impact.RecomputeAsync(id, ImpactBasis.Forecast, new ImpactAdjustment(null, null, null, null, null, "metal-scrap-metal"));

        Assert.Equal(("metal-scrap-metal", 222.153m), (view.Inputs.MaterialProfile, view.Figures.Co2eAvoidedTonnes));
        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() => Impact.RecomputeAsync(id, ImpactBasis.Forecast, new ImpactAdjustment(null, null, null, null, null, "unobtainium")));
        Assert.Equal("Impact.MaterialProfileUnknown", Assert.Single(unknown.Errors).Code);
    }
}
