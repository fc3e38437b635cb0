using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Companies;

[Collection(SeededDatabaseCollection.Name)]
public sealed class CompanyServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private CompanyService Service => Database.Services.GetRequiredService<CompanyService>();

    private async Task AddAsync(params Domain.Companies.Company[] companies)
    {
        await using var ctx = Database.CreateContext();
        ctx.Companies.AddRange(companies);
        await ctx.SaveChangesAsync();
    }

    [Theory]
    [InlineData("izmir", "İZMİR DÖKÜM A.Ş.")]
    [InlineData("İZMİR", "İZMİR DÖKÜM A.Ş.")]
    [InlineData("ıslak", "ISLAK TALAŞ GERİ DÖNÜŞÜM LTD.")]
    [InlineData("islak", "ISLAK TALAŞ GERİ DÖNÜŞÜM LTD.")]
    [InlineData("dokum", "İZMİR DÖKÜM A.Ş.")]
    [InlineData("çiğli döküm", "İZMİR DÖKÜM A.Ş.")]
    public async Task List_TurkishQuery_FindsCompanyRegardlessOfCaseAndDottedI(string query, string expected)
    {
        await AddAsync(
            TestData.Company("İZMİR DÖKÜM A.Ş.", "Çiğli"),
            TestData.Company("ISLAK TALAŞ GERİ DÖNÜŞÜM LTD.", "Torbalı", "38.32"),
            TestData.Company("Manisa Plastik Ltd.", "Menemen", "22.21"));

        var page = await Service.ListAsync(new PageRequest(Search: query));

        var item = Assert.Single(page.Items);
        Assert.Equal(expected, item.LegalName);
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task List_SortByName_UsesTurkishAlphabet()
    {
        await AddAsync(
            TestData.Company("Dere Metal"),
            TestData.Company("Çınar Kimya"),
            TestData.Company("Cam Sanayi"),
            TestData.Company("İnci Gıda"),
            TestData.Company("Ilgaz Tekstil"),
            TestData.Company("Şahin Plastik"),
            TestData.Company("Sera Tarım"));

        var page = await Service.ListAsync(new PageRequest(SortBy: "name"));

        Assert.Equal(
            ["Cam Sanayi", "Çınar Kimya", "Dere Metal", "Ilgaz Tekstil", "İnci Gıda", "Sera Tarım", "Şahin Plastik"],
            page.Items.Select(i => i.LegalName));
    }

    [Fact]
    public async Task List_SecondPage_ReturnsRemainingRowsAndTotal()
    {
        await AddAsync([.. Enumerable.Range(1, 7).Select(i => TestData.Company($"Firma {i:00}"))]);

        var page = await Service.ListAsync(new PageRequest(Page: 1, PageSize: 5, SortBy: "name"));

        Assert.Equal(7, page.TotalCount);
        Assert.Equal(["Firma 06", "Firma 07"], page.Items.Select(i => i.LegalName));
    }

    [Fact]
    public async Task Update_ConcurrentEditOfSameCompany_SecondSaveConflictsAndFirstIsKept()
    {
        var company = TestData.Company("Ege Kimya A.Ş.", "Aliağa", "20.14");
        await AddAsync(company);
        var loaded = await Service.GetAsync(company.Id);
        Assert.NotNull(loaded);

        // Two editors opened the same version; the first save wins.
        var first = new CompanyUpdate(company.Id, loaded.Version, "Ege Kimya Sanayi A.Ş.", "20.14", "Aliağa", null, null, loaded.SizeBand);
        var second = first with { LegalName = "Ege Kimya (eski) A.Ş." };
        var newVersion = await Service.UpdateAsync(first);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateAsync(second));

        Assert.NotEqual(loaded.Version, newVersion);
        var stored = await Service.GetAsync(company.Id);
        Assert.Equal("Ege Kimya Sanayi A.Ş.", stored!.LegalName);
    }

    [Fact]
    public async Task Update_NewDistrictWithoutNewPoint_ClearsTheOldLocation_AndANewPointIsKept()
    {
        var company = TestData.Company("Torbalı Plastik A.Ş.", "Torbalı", "22.21");
        company.SetLocation(new Domain.Common.GeoPoint(38.16, 27.36));
        await AddAsync(company);
        var loaded = (await Service.GetAsync(company.Id))!;
        var same = new CompanyUpdate(company.Id, loaded.Version, loaded.LegalName, loaded.NaceCode, loaded.District, null, null, loaded.SizeBand);

        // Same district, no point given: the location stays.
        var version = await Service.UpdateAsync(same with { LegalName = "Torbalı Plastik San. A.Ş." });
        Assert.Equal((38.16, 27.36), await LocationAsync(company.Id));

        // Moved to Kemalpaşa without a point: the Torbalı point is gone, not left to give wrong distances.
        version = await Service.UpdateAsync(same with { Version = version, District = "Kemalpaşa" });
        Assert.Equal((null, null), await LocationAsync(company.Id));

        // The new point, given with it.
        await Service.UpdateAsync(same with { Version = version, District = "Kemalpaşa", Latitude = 38.43, Longitude = 27.42 });
        Assert.Equal((38.43, 27.42), await LocationAsync(company.Id));
    }

    [Theory]
    [InlineData(38.4, null, "Longitude", "Company.LocationIncomplete")]
    [InlineData(null, 27.1, "Latitude", "Company.LocationIncomplete")]
    [InlineData(41.01, 28.97, "Latitude", "Company.LocationOutsideIzmir")]
    [InlineData(38.4, 95.0, "Longitude", "Company.LocationOutsideIzmir")]
    [InlineData(120.0, 27.1, "Latitude", "Company.LocationOutsideIzmir")]
    [InlineData(null, double.NaN, "Longitude", "Geo.Longitude")]
    public async Task Update_PointHalfGivenOrOutsideIzmir_IsRefusedAtTheCoordinate_AndNothingIsSaved(double? latitude, double? longitude, string field, string code)
    {
        var company = TestData.Company("Çiğli Metal A.Ş.", "Çiğli", "25.11");
        company.SetLocation(new Domain.Common.GeoPoint(38.49, 27.05));
        await AddAsync(company);
        var loaded = (await Service.GetAsync(company.Id))!;

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.UpdateAsync(new CompanyUpdate(
            company.Id, loaded.Version, "Değişmemeli A.Ş.", loaded.NaceCode, loaded.District, null, null, loaded.SizeBand, Latitude: latitude, Longitude: longitude)));

        var error = Assert.Single(e.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
        var stored = (await Service.GetAsync(company.Id))!;
        Assert.Equal(("Çiğli Metal A.Ş.", 38.49, 27.05), (stored.LegalName, stored.Latitude, stored.Longitude));
    }

    private async Task<(double?, double?)> LocationAsync(Guid id)
    {
        var c = (await Service.GetAsync(id))!;
        return (c.Latitude, c.Longitude);
    }

    [Fact]
    public async Task GetAndList_NaceClass_CarryTheTurkishTitle()
    {
        var company = TestData.Company("Ege Döküm A.Ş.", "Kemalpaşa", "24.51");
        await AddAsync(company);

        var detail = await Service.GetAsync(company.Id);
        var row = Assert.Single((await Service.ListAsync(new PageRequest(Search: "Ege Döküm"))).Items, r => r.Id == company.Id);

        Assert.Equal("Demir döküm", detail!.NaceTitle(turkish: true));
        Assert.Equal("Casting of iron", detail.NaceTitle(turkish: false));
        Assert.Equal("Demir döküm", row.NaceTitleTr);
    }

    [Fact]
    public async Task Update_NamingConsent_OnlyTheFirmDecidesAndItIsRecordedWithWhoAndWhen()
    {
        var company = TestData.Company("Menemen Cam Geri Dönüşüm A.Ş.", "Menemen", "38.32");
        await AddAsync(company);
        var loaded = await Service.GetAsync(company.Id);
        Assert.NotNull(loaded);
        Assert.Null(loaded.NamingConsentAt);
        Assert.False(loaded.CanDecideNaming);
        var edit = new CompanyUpdate(company.Id, loaded.Version, loaded.LegalName, loaded.NaceCode, loaded.District, null, null, loaded.SizeBand, AgreesToBeNamed: true);

        // An admin (or the zone's staff) may edit the record but not consent in the firm's name.
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.UpdateAsync(edit));
        Assert.Contains(refused.Errors, e => e.Field == nameof(CompanyUpdate.AgreesToBeNamed) && e.Code == "Company.NamingConsentFirmOnly");
        Assert.Null((await Service.GetAsync(company.Id))!.NamingConsentAt);

        var firmUser = TestCurrentUser.FirmUser(company.Id);
        Database.CurrentUser.User = firmUser;
        var asFirm = await Service.GetAsync(company.Id);
        Assert.True(asFirm!.CanDecideNaming);
        await Service.UpdateAsync(edit with { Version = asFirm.Version });

        await using (var ctx = Database.CreateContext())
        {
            var stored = await ctx.Companies.SingleAsync(c => c.Id == company.Id);
            Assert.True(stored.AgreesToBeNamed);
            Assert.Equal(firmUser.UserId, stored.NamingConsentBy);
            Assert.NotNull(stored.NamingConsentAt);
        }

        // Withdrawn by the firm: no consent left, nor who gave it.
        var again = await Service.GetAsync(company.Id);
        await Service.UpdateAsync(edit with { Version = again!.Version, AgreesToBeNamed = false });
        await using (var ctx = Database.CreateContext())
        {
            var stored = await ctx.Companies.SingleAsync(c => c.Id == company.Id);
            Assert.False(stored.AgreesToBeNamed);
            Assert.Null(stored.NamingConsentBy);
        }
    }

    [Fact]
    public async Task SaveChanges_RaceBetweenTwoContexts_RaisesConcurrencyException()
    {
        var company = TestData.Company("Kemalpaşa Ambalaj Ltd.", "Kemalpaşa", "17.21");
        await AddAsync(company);
        await using var a = Database.CreateContext();
        await using var b = Database.CreateContext();
        var inA = await a.Companies.SingleAsync(c => c.Id == company.Id);
        var inB = await b.Companies.SingleAsync(c => c.Id == company.Id);

        inA.Rename("Kemalpaşa Ambalaj A.Ş.");
        await a.SaveChangesAsync();
        inB.Rename("Kemalpaşa Karton Ltd.");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
        await using var check = Database.CreateContext();
        Assert.Equal("Kemalpaşa Ambalaj A.Ş.", (await check.Companies.SingleAsync(c => c.Id == company.Id)).LegalName);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        Assert.Null(await Service.GetAsync(Guid.NewGuid()));
    }
}
