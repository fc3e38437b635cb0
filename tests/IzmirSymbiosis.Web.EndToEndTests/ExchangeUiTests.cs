using System.Text.RegularExpressions;
using IzmirSymbiosis.Application.Exchanges;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Application.Streams;
using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Exchanges;
using IzmirSymbiosis.Domain.Impact;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.TestSupport;
using IzmirSymbiosis.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static IzmirSymbiosis.Web.EndToEndTests.PageExtensions;
using static Microsoft.Playwright.Assertions;

namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>
/// The exchange pages in Chromium: the whole workflow by hand through the UI, the access rule seen
/// from a third firm, the proposing expert's missing approve button, and the lists on a phone.
/// Screenshots of each page go to <c>artifacts/screenshots</c> in the test output folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ExchangeUiTests(BrowserFixture fixture)
{

    [Fact]
    public async Task Workflow_StaffCreatesPartiesConfirmExpertApprovesAndVerifies_TimelineShowsEveryStepAndDashboardMovesByItsFigures()
    {
        var donor = await AddCompanyAsync("Defne Talaş Sanayi A.Ş.", zoneId: 1);
        var receiver = await AddCompanyAsync("Poyraz Levha Üretim A.Ş.", zoneId: 2);
        await AddOfferAsync(donor.Id, "Kuru meşe talaşı");
        var donorUser = await FirmUserAsync("defne", donor.Id);
        var receiverUser = await FirmUserAsync("poyraz", receiver.Id);

        // Staff of both zones creates the exchange by hand.
        var staff = await fixture.SignInAsync(DemoUsers.Staff, DemoUsers.Password);
        await staff.GotoAsync("/exchanges");
        await Expect(staff.Locator("[data-testid=exchanges-title]")).ToHaveTextAsync("Simbiyozlar");
        await Expect(staff.Locator("[data-testid=nav-exchanges]")).ToBeVisibleAsync();
        await Expect(staff.Locator("[data-testid=nav-review]")).ToHaveCountAsync(0);
        await Expect(staff.Locator("[data-testid=exchange-new]")).ToHaveAttributeAsync("href", "exchanges/new");
        await staff.GotoAsync("/exchanges/new");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("Yeni simbiyoz");
        await PickCompanyAsync(staff, "exchange-donor", "Defne");
        await Expect(staff.Locator("[data-testid=exchange-offer]")).ToContainTextAsync("Kuru meşe talaşı");
        await PickCompanyAsync(staff, "exchange-receiver", "Poyraz");
        await staff.Input("exchange-title").FillAsync("Meşe talaşı → yonga levha");
        await staff.Input("exchange-amount").FillAsync("150");
        await staff.ChooseAsync("exchange-unit", "^t$");
        await staff.ChooseAsync("exchange-period", "^Yıllık$");
        await staff.ChooseAsync("exchange-route", null);
        await staff.ChooseAsync("exchange-operation", "^R3 — ");
        await staff.ChooseAsync("exchange-transport", null);
        await staff.Input("exchange-distance").FillAsync("18");
        await staff.Input("exchange-start").FillAsync("01.10.2026");
        await staff.Input("exchange-start").PressAsync("Tab");
        await Expect(staff.Locator("[data-testid=exchange-terms]")).ToHaveCountAsync(0);
        await Shot(staff, "exchange-new");
        await CreateExchangeAsync(staff);

        await Expect(staff.Locator("[data-testid=exchange-name]")).ToHaveTextAsync("Meşe talaşı → yonga levha");
        var url = staff.Url;
        await Expect(staff.Locator("[data-testid=fact-route]")).ToContainTextAsync("R3");
        await TakeAsync(staff, ExchangeAction.Propose);
        await ExpectStageAsync(staff, ExchangeStage.Proposed);
        await Expect(staff.Locator("[data-testid=action-SubmitForReview]")).ToBeDisabledAsync();
        await Expect(staff.Locator("[data-testid=blocked-SubmitForReview]")).ToContainTextAsync("Defne Talaş Sanayi A.Ş.");

        // Both parties confirm.
        foreach (var (email, name) in new[] { (donorUser, "donor"), (receiverUser, "receiver") })
        {
            var party = await fixture.SignInAsync(email, BrowserFixture.TestPassword);
            await party.GotoAsync(url);
            await TakeAsync(party, ExchangeAction.ConfirmParticipation);
            await Expect(party.Locator("[data-testid=action-ConfirmParticipation]")).ToHaveCountAsync(0);
            await Shot(party, $"exchange-confirmed-{name}");
            if (name == "receiver")
            {
                await party.Context.CloseAsync();
            }
        }

        // Staff submits for review (a fresh look at the page: the parties confirmed meanwhile).
        await staff.ReloadAsync();
        await TakeAsync(staff, ExchangeAction.SubmitForReview);
        await ExpectStageAsync(staff, ExchangeStage.UnderReview);
        await Expect(staff.Locator("[data-testid=action-Approve]")).ToHaveCountAsync(0);

        // The expert finds it in the review queue and approves it after confirming.
        var expert = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await Expect(expert.Locator("[data-testid=nav-review]")).ToHaveAttributeAsync("href", "exchanges/review");
        await expert.GotoAsync("/exchanges/review");
        var row = expert.Locator("[data-testid=review-table] tr").Filter(new() { HasText = "Meşe talaşı → yonga levha" });
        await Expect(row).ToContainTextAsync("bekliyor");
        await Shot(expert, "exchange-review-queue");
        await row.Locator("[data-testid=exchange-link]").ClickAsync();
        await Expect(expert.Locator("[data-testid=checklist-status]")).ToContainTextAsync("Tüm maddeler sağlanıyor");
        await Shot(expert, "exchange-under-review");
        await expert.Locator("[data-testid=action-Approve]").ClickAsync();
        await Expect(expert.Locator("[data-testid=action-irreversible]")).ToContainTextAsync("geri alınamaz");

        // A double click sends the dialog's one idempotency key twice at most: one approval (the timeline below).
        await expert.Locator("[data-testid=action-submit]").DblClickAsync();
        await ExpectStageAsync(expert, ExchangeStage.Approved);

        // A party reports implementation: the start, then the first delivery.
        var donorPage = await fixture.SignInAsync(donorUser, BrowserFixture.TestPassword);
        await donorPage.GotoAsync(url);
        await TakeAsync(donorPage, ExchangeAction.StartImplementation, async d =>
        {
            await d.Input("action-date").FillAsync("01.10.2026");
            await d.Input("action-date").PressAsync("Tab");
        });
        await ExpectStageAsync(donorPage, ExchangeStage.InImplementation);
        await TakeAsync(donorPage, ExchangeAction.ReportImplemented, async d =>
        {
            await d.Input("action-date").FillAsync("15.10.2026");
            await d.Input("action-date").PressAsync("Tab");
        });
        await ExpectStageAsync(donorPage, ExchangeStage.Implemented);
        await Expect(donorPage.Locator("[data-testid=fact-first-delivery]")).ToHaveTextAsync("15.10.2026");

        // The dashboard's verified totals before: the current verified ledger records.
        var (tonnesBefore, co2eBefore) = await VerifiedTotalsAsync();
        var dashboard = await expert.Context.NewPageAsync();
        await dashboard.GotoAsync("/dashboard");
        await DashboardUiTests.Loaded(dashboard);
        await Expect(DashboardUiTests.Card(dashboard, "TonnesDiverted")).ToHaveTextAsync(DashboardUiTests.Number(tonnesBefore));

        // The expert verifies with measured figures; a missing figure is reported at its field first.
        await expert.ReloadAsync();
        await expert.Locator("[data-testid=action-Verify]").ClickAsync();
        await expert.Input("verify-amount").FillAsync("61,5");
        await expert.Input("verify-from").FillAsync("01.10.2026");
        await expert.Input("verify-from").PressAsync("Tab");
        await expert.Input("verify-to").FillAsync("15.11.2026");
        await expert.Input("verify-to").PressAsync("Tab");
        await expert.Locator("[data-testid=action-submit]").ClickAsync();
        await Expect(expert.Locator("[data-testid=action-dialog]")).ToContainTextAsync(new Regex("VerificationEvidenceRequired|kanıtı zorunludur"));
        await expert.Locator("[data-testid=verify-evidence] textarea, textarea[data-testid=verify-evidence]").First.FillAsync("Kantar fişleri 2026/10-11, 14 adet");
        await expert.Locator("[data-testid=action-submit]").ClickAsync();
        await ExpectStageAsync(expert, ExchangeStage.Verified);
        await Expect(expert.Locator("[data-testid=fact-verification]")).ToContainTextAsync("61,5");
        await Expect(expert.Locator("[data-testid=exchange-no-actions]")).ToBeVisibleAsync();

        // The dashboard's verified totals moved by exactly this exchange's verified figures.
        var exchangeId = Guid.Parse(new Uri(url).Segments[^1]);
        ImpactRecord verified;
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            verified = await db.ImpactRecords.SingleAsync(r => r.ExchangeId == exchangeId && r.Basis == ImpactBasis.Verified);
        }

        Assert.True(verified.TonnesDiverted > 0);
        await dashboard.ReloadAsync();
        await DashboardUiTests.Loaded(dashboard);
        await Expect(DashboardUiTests.Card(dashboard, "TonnesDiverted")).ToHaveTextAsync(DashboardUiTests.Number(tonnesBefore + verified.TonnesDiverted));
        await Expect(DashboardUiTests.Card(dashboard, "Co2eAvoided")).ToHaveTextAsync(DashboardUiTests.Number(co2eBefore + (verified.Co2eAvoidedTonnes ?? 0)));
        await Shot(dashboard, "dashboard-after-verification");

        var steps = await expert.Locator("[data-testid=timeline-item]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.action)");
        Assert.Equal(
            ["Create", "Propose", "ConfirmParticipation", "ConfirmParticipation", "SubmitForReview", "Approve", "StartImplementation", "ReportImplemented", "Verify"],
            steps);
        await Expect(expert.Locator("[data-testid=exchange-timeline]")).ToContainTextAsync("Demo OSB Personeli");
        await Expect(expert.Locator("[data-testid=exchange-timeline]")).ToContainTextAsync("Demo İZKA Uzmanı");
        await Shot(expert, "exchange-verified");
    }

    private async Task<(decimal Tonnes, decimal Co2e)> VerifiedTotalsAsync()
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var current = db.ImpactRecords.Where(r => r.Basis == ImpactBasis.Verified && !db.ImpactRecords.Any(s => s.SupersedesId == r.Id));
        return (await current.SumAsync(r => r.TonnesDiverted), await current.SumAsync(r => r.Co2eAvoidedTonnes ?? 0));
    }

    [Fact]
    public async Task ThirdFirm_OpensExchangeUrl_SeesNotFoundPage()
    {
        var (id, _) = await ExchangeUnderReviewAsync("Gizli");
        var third = await AddCompanyAsync("Üçüncü Taraf Kimya A.Ş.", zoneId: null);
        var user = await FirmUserAsync("ucuncu", third.Id);

        var page = await fixture.SignInAsync(user, BrowserFixture.TestPassword);
        var response = await page.GotoAsync($"/exchanges/{id}");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sayfa bulunamadı");
        Assert.DoesNotContain("Gizli Verici", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/exchanges");
        await Expect(page.Locator("[data-testid=exchanges-title]")).ToHaveTextAsync("Simbiyozlarım");
        await Expect(page.Locator("[data-testid=exchanges-empty]")).ToBeVisibleAsync();
        await Shot(page, "exchange-third-firm-list");
    }

    [Fact]
    public async Task ProposingExpert_OpensExchangeUnderReview_SeesNoApproveButton()
    {
        var (id, proposer) = await ExchangeUnderReviewAsync("Öneren");

        var page = await fixture.SignInAsync(proposer.Email!, BrowserFixture.TestPassword, BrowserFixture.TestTotpKey);
        await page.GotoAsync($"/exchanges/{id}");

        await ExpectStageAsync(page, ExchangeStage.UnderReview);
        await Expect(page.Locator("[data-testid=exchange-no-actions]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=action-Approve]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=action-Reject]")).ToHaveCountAsync(0);
        await page.GotoAsync("/exchanges/review");
        await Expect(page.Locator("[data-testid=review-title]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=review-table]")).Not.ToContainTextAsync("Öneren Verici");
        await Shot(page, "exchange-proposer-view");
    }

    [Fact]
    public async Task ExpertFiltersTheListByStage_AndOnlyTheirOwn()
    {
        await ExchangeUnderReviewAsync("Süzgeç");
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync("/exchanges");
        var table = page.Locator("[data-testid=exchanges-table]");
        await Expect(table.Locator("[data-testid=exchange-link]").First).ToBeVisibleAsync();

        await page.Locator("[data-testid=exchange-stage-filter]").SelectOptionAsync(nameof(ExchangeStage.UnderReview));
        await Expect(table.Locator("[data-testid=exchange-stage]:not([data-stage=UnderReview])")).ToHaveCountAsync(0);
        await Expect(table).ToContainTextAsync("Süzgeç çelik talaşı → döküm");

        await page.Locator("[data-testid=exchange-stage-filter]").SelectOptionAsync(nameof(ExchangeStage.Rejected));
        await Expect(table).Not.ToContainTextAsync("Süzgeç çelik talaşı");

        // Only mine: the demo expert proposed none of the exchanges made here.
        await page.Locator("[data-testid=exchange-stage-filter]").SelectOptionAsync(string.Empty);
        await Expect(table).ToContainTextAsync("Süzgeç çelik talaşı");
        await page.Locator("[data-testid=exchange-mine]").CheckAsync();
        await Expect(table).Not.ToContainTextAsync("Süzgeç çelik talaşı");
        await Expect(page.Locator("[data-testid=exchange-mine]")).ToBeCheckedAsync();
        await Shot(page, "exchange-list-filtered");
    }

    [Fact]
    public async Task ListAndReviewQueue_OnPhone_HaveNoHorizontalOverflow()
    {
        await ExchangeUnderReviewAsync("Telefon");
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.SetViewportSizeAsync(390, 844);

        foreach (var (path, table, name) in new[] { ("/exchanges", "exchanges-table", "exchange-list-phone"), ("/exchanges/review", "review-table", "exchange-review-phone") })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator($"[data-testid={table}] [data-testid=exchange-link]").First).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} overflows by {overflow}px at 390×844: {await WidestAsync(page)}");
            await Shot(page, name);
        }

        var link = page.Locator("[data-testid=review-table] [data-testid=exchange-link]").First;
        await link.ClickAsync();
        await Expect(page.Locator("[data-testid=exchange-checklist]")).ToBeVisibleAsync();
        await Shot(page, "exchange-detail-phone");
        var detailOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(detailOverflow <= 0, $"the exchange page overflows by {detailOverflow}px at 390×844: {await WidestAsync(page)}");
    }

    [Fact]
    public async Task Approve_AfterAnotherExpertSentItBack_SaysSoInTurkishAndShowsTheNewStage()
    {
        var (id, _) = await ExchangeUnderReviewAsync("Yarış");
        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync($"/exchanges/{id}");
        await Expect(page.Locator("[data-testid=action-Approve]")).ToBeEnabledAsync();

        // Another expert acts first, on the version this page shows.
        var other = new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());
        var shown = await ActAsync(other, async s => (await s.GetAsync(id))!.Version);
        await ActAsync(other, s => s.TransitionAsync(id, new TransitionRequest(ExchangeAction.SendBack, shown, Comment: "Analiz raporu eksik.")));

        await page.Locator("[data-testid=action-Approve]").ClickAsync();
        await page.Locator("[data-testid=action-submit]").ClickAsync();

        await Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("başka biri tarafından değiştirildi");
        await ExpectStageAsync(page, ExchangeStage.Proposed);
        await Expect(page.Locator("[data-testid=action-Approve]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=timeline-comment]").Last).ToHaveTextAsync("Analiz raporu eksik.");
        await Shot(page, "exchange-conflict");
    }

    [Fact]
    public async Task CreateFromMatch_FieldErrorThenByProductConditionAndDraftEdit_ChecklistFollows()
    {
        var donor = await AddCompanyAsync("Akasya Mobilya Sanayi A.Ş.", zoneId: null);
        var receiver = await AddCompanyAsync("Lodos Pelet Enerji A.Ş.", zoneId: null);
        await AddOfferAsync(donor.Id, "Kavak talaşı ve yongası");
        using (var scope = fixture.AdminScope())
        {
            await scope.ServiceProvider.GetRequiredService<StreamService>().CreateAsync(
                receiver.Id, new StreamInput(StreamDirection.Need, ResourceKind.Material, "Pelet için talaş", "03 01 05", 300, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        }

        await fixture.WaitForBackgroundWorkAsync();
        Guid matchId;
        using (var scope = fixture.AdminScope())
        {
            var matches = await scope.ServiceProvider.GetRequiredService<IzmirSymbiosis.Application.Matching.MatchQueryService>().AllForCompanyAsync(donor.Id);
            matchId = matches.First(m => m.ReceiverCompanyId == receiver.Id).Id;
        }

        var page = await fixture.SignInAsync(DemoUsers.Expert, DemoUsers.Password, DemoUsers.ExpertKey);
        await page.GotoAsync($"/exchanges/new?match={matchId}");
        await Expect(page.Locator("[data-testid=exchange-from-match]")).ToContainTextAsync("Akasya Mobilya Sanayi A.Ş.");
        await Expect(page.Locator("[data-testid=exchange-from-match]")).ToContainTextAsync("Pelet için talaş");
        await Expect(page.Input("exchange-title")).ToHaveValueAsync("Kavak talaşı ve yongası");
        await page.WaitForInteractiveAsync("exchange-amount");
        await page.Input("exchange-amount").FillAsync("80");
        await page.ChooseAsync("exchange-route", "ByProduct|Yan ürün");
        await page.Locator("[data-testid=exchange-terms] textarea, textarea[data-testid=exchange-terms]").First.FillAsync("Ton başına 150 TL, nakliye alıcıda.");
        // On a loaded machine the first click can land while the form is still re-rendering from the
        // last choice; the refusal is idempotent (nothing is created without a unit), so click again.
        // A loaded machine can also hold the re-render for longer than the default wait, so the form is
        // awaited with a generous timeout before each reading rather than read once.
        var form = page.Locator("[data-testid=exchange-new-form]");
        var unitRequired = new Regex("UnitRequired|Birim zorunludur");
        async Task<bool> AnsweredAsync()
        {
            await Expect(form).ToBeVisibleAsync(new() { Timeout = 60000 });
            return unitRequired.IsMatch(await form.InnerTextAsync());
        }

        for (var attempt = 0; attempt < 3 && !await AnsweredAsync(); attempt++)
        {
            await page.Locator("[data-testid=exchange-create]").ClickAsync();
            try
            {
                await Expect(form).ToContainTextAsync(unitRequired, new() { Timeout = 8000 });
            }
            catch (PlaywrightException)
            {
                // Not answered yet: click again.
            }
        }

        await Expect(form).ToContainTextAsync(unitRequired);
        await Shot(page, "exchange-new-field-error");

        await page.ChooseAsync("exchange-unit", "^t$");
        await page.ChooseAsync("exchange-period", "^Yıllık$");
        await CreateExchangeAsync(page);
        await Expect(page.Locator("[data-testid=fact-terms]")).ToContainTextAsync("Ton başına 150 TL");
        var failing = page.Locator("[data-testid=checklist-item][data-passed=false]");
        await Expect(failing).ToHaveCountAsync(6);

        var condition = page.Locator("[data-testid=byproduct-condition][data-condition=IntegralPartOfProduction]");
        await condition.Locator("input[type=radio]").Nth(1).CheckAsync();
        await condition.Locator("[data-testid=byproduct-evidence] textarea, [data-testid=byproduct-evidence] input, textarea[data-testid=byproduct-evidence]").First
            .FillAsync("Kapasite raporu 2025, sayfa 4: talaş kesim hattının çıktısı.");
        await page.Locator("[data-testid=byproduct-save]").ClickAsync();
        await Expect(failing).ToHaveCountAsync(5);
        await Expect(page.Locator("[data-testid=exchange-checklist]")).ToContainTextAsync("Kapasite raporu 2025");

        await page.Locator("[data-testid=exchange-edit]").ClickAsync();
        await page.Input("exchange-distance").FillAsync("12");
        await page.Locator("[data-testid=draft-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=exchange-facts]")).ToContainTextAsync("12 km");
        await Expect(page.Locator("[data-testid=timeline-item][data-action=UpdateDraft]")).ToHaveCountAsync(2);
        await Shot(page, "exchange-byproduct");
    }

    /// <summary>
    /// An exchange made through the service by a new expert (who so proposed it), confirmed by both
    /// parties and submitted by zone staff; returns it and the proposing expert.
    /// </summary>
    private async Task<(Guid Id, AppUser Proposer)> ExchangeUnderReviewAsync(string name)
    {
        var donor = await AddCompanyAsync($"{name} Verici Metal A.Ş.", zoneId: 1);
        var receiver = await AddCompanyAsync($"{name} Alıcı Döküm A.Ş.", zoneId: 2);
        var offer = await AddOfferAsync(donor.Id, $"{name} çelik talaşı");
        var proposer = await fixture.AddUserAsync("oneren", Roles.Expert, twoFactor: true);
        var expert = new UserContext(proposer.Id, new HashSet<string> { Roles.Expert }, null, new HashSet<int>());
        var draft = new ExchangeInput
        {
            Title = $"{name} çelik talaşı → döküm",
            AgreedAmount = 40,
            AgreedUnit = QuantityUnit.Tonne,
            AgreedPeriod = QuantityPeriod.PerYear,
            Route = ExchangeRoute.WasteRecovery,
            RecoveryOperation = "R4",
            TransportMode = TransportMode.Road,
            DistanceKm = 25,
            PlannedStart = new DateOnly(2026, 12, 1),
        };
        var created = await ActAsync(expert, s => s.CreateAsync(new NewExchange(draft, OfferStreamId: offer, ReceiverCompanyId: receiver.Id)));
        var v = (await ActAsync(expert, s => s.TransitionAsync(created.Id, new TransitionRequest(ExchangeAction.Propose, created.Version)))).Version;
        foreach (var firm in new[] { donor.Id, receiver.Id })
        {
            var party = new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.FirmUser }, firm, new HashSet<int>());
            v = (await ActAsync(party, s => s.TransitionAsync(created.Id, new TransitionRequest(ExchangeAction.ConfirmParticipation, v)))).Version;
        }

        var staff = new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.OizStaff }, null, new HashSet<int> { 1, 2 });
        await ActAsync(staff, s => s.TransitionAsync(created.Id, new TransitionRequest(ExchangeAction.SubmitForReview, v)));
        return (created.Id, proposer);
    }

    private async Task<T> ActAsync<T>(UserContext user, Func<ExchangeService, Task<T>> action)
    {
        using var scope = fixture.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActingUser>().User = user;
        return await action(scope.ServiceProvider.GetRequiredService<ExchangeService>());
    }

    private async Task<Company> AddCompanyAsync(string name, int? zoneId)
    {
        var company = new Company(name, fixture.NextVkn(), "16.21", "Kemalpaşa", SizeBand.Small);
        company.SetAddress(null, zoneId);
        company.SetLocation(new GeoPoint(38.42, 27.42));
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    private async Task<Guid> AddOfferAsync(Guid companyId, string description)
    {
        using var scope = fixture.AdminScope();
        var stream = await scope.ServiceProvider.GetRequiredService<StreamService>().CreateAsync(
            companyId, new StreamInput(StreamDirection.Offer, ResourceKind.Material, description, "03 01 05", 200, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        return stream;
    }

    /// <summary>A firm user of <paramref name="companyId"/>; returns the e-mail to sign in with.</summary>
    private async Task<string> FirmUserAsync(string prefix, Guid companyId)
    {
        var user = await fixture.AddUserAsync(prefix, Roles.FirmUser, twoFactor: false);
        using var scope = fixture.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = await users.FindByIdAsync(user.Id.ToString());
        stored!.CompanyId = companyId;
        stored.Membership = MembershipStatus.Active;
        Assert.True((await users.UpdateAsync(stored)).Succeeded);
        return user.Email!;
    }

    private static async Task PickCompanyAsync(IPage page, string testId, string text)
    {
        await page.WaitForInteractiveAsync(testId);
        await page.Input(testId).FillAsync(text);
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text });
        await option.First.ClickAsync();
        await Expect(page.Input(testId)).ToHaveValueAsync(new Regex(Regex.Escape(text)));
    }

    private static async Task TakeAsync(IPage page, ExchangeAction action, Func<IPage, Task>? fill = null)
    {
        var button = page.Locator($"[data-testid=action-{action}]");
        await Expect(button).ToBeEnabledAsync();
        await button.ClickAsync();
        if (fill is not null)
        {
            await fill(page);
            await page.Locator("[data-testid=action-submit]").ClickAsync();
        }

        await Expect(page.Locator(".mud-snackbar").Last).ToBeVisibleAsync();
    }

    /// <summary>The elements that reach past the right edge of the viewport (for the failure message).</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(-5)
            .map(e => `${e.tagName}.${e.className} "${(e.textContent || '').trim().slice(0, 40)}"`)
            .join('; ')
        """);

    private static Task ExpectStageAsync(IPage page, ExchangeStage stage) =>
        Expect(page.Locator("[data-testid=exchange-stage]")).ToHaveAttributeAsync("data-stage", stage.ToString());

    /// <summary>
    /// Clicks “Oluştur” until the new exchange opens. On a loaded machine the click can land before the
    /// last field's value reached the server; the refusal (a field error, nothing created) keeps the
    /// form, so the click is repeated, as a user would.
    /// </summary>
    private static async Task CreateExchangeAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("[data-testid=exchange-create]").ClickAsync();
            try
            {
                await Expect(page.Locator("[data-testid=exchange-stage]")).ToHaveAttributeAsync("data-stage", nameof(ExchangeStage.Identified), new() { Timeout = 15000 });
                return;
            }
            catch (PlaywrightException)
            {
                if (attempt >= 3 || await page.Locator("[data-testid=exchange-new-form]").CountAsync() == 0)
                {
                    throw;
                }
            }
        }
    }
}
