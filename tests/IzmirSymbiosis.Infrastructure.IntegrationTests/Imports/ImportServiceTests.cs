using System.Text;
using IzmirSymbiosis.Application.Exports;
using IzmirSymbiosis.Application.Imports;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Imports;

/// <summary>
/// The import as an OIZ clerk uses it, on the real database: Turkish Excel CSV files previewed row
/// by row, every problem at its row and column, all or nothing, a second import changing nothing,
/// staff kept to their zones, and the export re-importing unchanged with formula-safe cells.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class ImportServiceTests(SeededDatabaseFixture fixture) : SeededDatabaseTest(fixture)
{
    private const string FirmHeader = "Vergi No;Firma Adı;NACE Kodu;İlçe;OSB;Adres;Ölçek";
    private const string StreamHeader = "Firma Vergi No;Yön;Tür;Açıklama;Atık Kodu;Miktar;Birim;Sıklık";

    private int _zoneA;
    private int _zoneB;

    private ImportService Service => Database.Services.GetRequiredService<ImportService>();

    protected override async Task ArrangeAsync()
    {
        await using var db = Database.CreateContext();
        _zoneA = await db.Zones.Where(z => z.ShortName == "İAOSB").Select(z => z.Id).SingleAsync();
        _zoneB = await db.Zones.Where(z => z.ShortName == "ALOSBİ").Select(z => z.Id).SingleAsync();
        Database.CurrentUser.User = TestCurrentUser.Staff(_zoneA);
    }

    private static ImportUpload Csv(string name, string header, params string[] rows) =>
        new(name, CodePagesEncodingProvider.Instance.GetEncoding(1254)!.GetBytes(string.Join("\r\n", [header, .. rows]) + "\r\n"));

    private static ImportUpload Firms(params string[] rows) => Csv("firmalar.csv", FirmHeader, rows);

    private static ImportUpload Streams(params string[] rows) => Csv("akislar.csv", StreamHeader, rows);

    [Fact]
    public async Task Commit_TurkishExcelCsv_CreatesFirmsAndStreamsWithTurkishNumbers()
    {
        var (a, b) = (TestData.NextVkn(), TestData.NextVkn());
        ImportUpload[] files =
        [
            Firms($"{a};Ege Döküm A.Ş.;24.51;Çiğli;İAOSB;10003 Sk. No: 5;Orta", $"{b};Işık Cam Ltd.;23.13;Çiğli;iaosb;;"),
            Streams($"{a};Teklif;Atık / yan ürün;Döküm kumu;10 09 08;1.234,5;t;yıl", $"{b};İhtiyaç;Enerji;Buhar;;12,25;MWh;ay"),
        ];

        var preview = await Service.PreviewAsync(files);

        Assert.Empty(preview.Issues);
        Assert.Equal(4, preview.Creates);
        await using (var db = Database.CreateContext())
        {
            Assert.False(await db.Companies.AnyAsync(c => c.TaxNumber == a), "the preview saved nothing");
        }

        var result = await Service.CommitAsync(files);

        Assert.True(result.Committed);
        await using var check = Database.CreateContext();
        var firm = await check.Companies.SingleAsync(c => c.TaxNumber == a);
        Assert.Equal(("Ege Döküm A.Ş.", "24.51", _zoneA, "10003 Sk. No: 5", Domain.Companies.SizeBand.Medium), (firm.LegalName, firm.NaceCode, firm.ZoneId!.Value, firm.Address!, firm.SizeBand));
        var sand = await check.Streams.SingleAsync(s => s.CompanyId == firm.Id);
        Assert.Equal((StreamDirection.Offer, "100908", 1234.5m, QuantityUnit.Tonne, QuantityPeriod.PerYear, StreamStatus.Active),
            (sand.Direction, sand.EwcCode!, sand.Quantity.Amount, sand.Quantity.Unit, sand.Quantity.Period, sand.Status));
        var steam = await check.Streams.SingleAsync(s => s.Description == "Buhar");
        Assert.Equal((12.25m, QuantityUnit.MegawattHour, QuantityPeriod.PerMonth), (steam.Quantity.Amount, steam.Quantity.Unit, steam.Quantity.Period));
        Assert.True(await check.RematchRequests.AnyAsync(r => r.CompanyId == firm.Id));
    }

    public static TheoryData<string, string, string, string> BadFirmRows => new()
    {
        { "1234567891;Ad;24.10;Çiğli;İAOSB;;", "Vergi No", "Vkn.CheckDigit", "check digit" },
        { ";Ad;24.10;Çiğli;İAOSB;;", "Vergi No", "Vkn.Required", "missing tax number" },
        { "{vkn};;24.10;Çiğli;İAOSB;;", "Firma Adı", "Company.NameRequired", "missing name" },
        { "{vkn};Ad;99.99;Çiğli;İAOSB;;", "NACE Kodu", "Company.NaceUnknown", "unknown NACE" },
        { "{vkn};Ad;2410;Çiğli;İAOSB;;", "NACE Kodu", "Company.NaceFormat", "NACE format" },
        { "{vkn};Ad;24.10;;İAOSB;;", "İlçe", "Company.DistrictRequired", "missing district" },
        { "{vkn};Ad;24.10;Çiğli;Ay OSB;;", "OSB", "Import.ZoneUnknown", "unknown zone" },
        { "{vkn};Ad;24.10;Çiğli;ALOSBİ;;", "OSB", "Import.ZoneNotYours", "another zone" },
        { "{vkn};Ad;24.10;Çiğli;;;", "OSB", "Import.ZoneRequired", "no zone for staff" },
        { "{vkn};Ad;24.10;Çiğli;İAOSB;;Dev", "Ölçek", "Import.ValueUnknown", "unknown size" },
    };

    [Theory]
    [MemberData(nameof(BadFirmRows))]
    public async Task Preview_BadFirmRow_GivesTheRowColumnAndMessageKey(string row, string column, string code, string because)
    {
        var good = $"{TestData.NextVkn()};İyi Firma;24.10;Çiğli;İAOSB;;";

        var preview = await Service.PreviewAsync([Firms(good, row.Replace("{vkn}", TestData.NextVkn(), StringComparison.Ordinal))]);

        var issue = Assert.Single(preview.Issues);
        Assert.True((3, column, code) == (issue.Row, issue.Column, issue.Code), $"{because}: {issue}");
        Assert.Equal([ImportAction.Create, ImportAction.Invalid], preview.Rows.Select(r => r.Action));
        Assert.False(preview.CanCommit);
    }

    public static TheoryData<string, string, string, string> BadStreamRows => new()
    {
        { "{vkn};Teklif;Atık;Kül;10 01 02;-5;t;yıl", "Miktar", "Quantity.Positive", "negative quantity" },
        { "{vkn};Teklif;Atık;Kül;10 01 02;12.5;t;yıl", "Miktar", "Import.NumberFormat", "point as decimal" },
        { "{vkn};Teklif;Atık;Kül;10 01 02;;t;yıl", "Miktar", "Import.Required", "no quantity" },
        { "{vkn};Teklif;Atık;Kül;10 01 97;5;t;yıl", "Atık Kodu", "Stream.EwcUnknown", "unknown EWC code" },
        { "{vkn};Teklif;Atık;Kül;10 01;5;t;yıl", "Atık Kodu", "Stream.EwcFormat", "an offer's code is six digits" },
        { "{vkn};Teklif;Enerji;Buhar;10 01 02;5;MWh;yıl", "Atık Kodu", "Stream.EwcOnlyForMaterial", "code on energy" },
        { "{vkn};Teklif;Su;Atık su;;5;t;yıl", "Birim", "Quantity.UnitNotForKind", "tonnes of water" },
        { "{vkn};Teklif;Atık;Kül;;5;varil;yıl", "Birim", "Import.ValueUnknown", "unknown unit" },
        { "{vkn};Verir;Atık;Kül;;5;t;yıl", "Yön", "Import.ValueUnknown", "unknown direction" },
        { "{vkn};Teklif;Atık;;;5;t;yıl", "Açıklama", "Stream.DescriptionRequired", "no description" },
        { "{other};Teklif;Atık;Kül;;5;t;yıl", "Firma Vergi No", "Import.FirmUnknown", "firm in neither list" },
        { "{vkn};Teklif;Atık;Döküm kumu;;5;t;yıl", "Açıklama", "Import.DuplicateStream", "same stream twice" },
    };

    [Theory]
    [MemberData(nameof(BadStreamRows))]
    public async Task Preview_BadStreamRow_GivesTheRowColumnAndMessageKey(string row, string column, string code, string because)
    {
        var vkn = TestData.NextVkn();

        var preview = await Service.PreviewAsync(
        [
            Firms($"{vkn};İyi Firma;24.10;Çiğli;İAOSB;;"),
            Streams($"{vkn};Teklif;Atık / yan ürün;Döküm kumu;10 09 08;5;t;yıl", row.Replace("{vkn}", vkn, StringComparison.Ordinal).Replace("{other}", TestData.NextVkn(), StringComparison.Ordinal)),
        ]);

        var issue = Assert.Single(preview.Issues);
        Assert.True((3, column, code, "akislar") == (issue.Row, issue.Column, issue.Code, issue.Sheet), $"{because}: {issue}");
    }

    [Fact]
    public async Task Preview_SameTaxNumberTwice_NamesTheFirstRow()
    {
        var vkn = TestData.NextVkn();

        var preview = await Service.PreviewAsync([Firms($"{vkn};A;24.10;Çiğli;İAOSB;;", $"{vkn};B;24.10;Çiğli;İAOSB;;")]);

        var issue = Assert.Single(preview.Issues);
        Assert.Equal((3, "Vergi No", "Import.DuplicateTaxNumber"), (issue.Row, issue.Column, issue.Code));
        Assert.Equal([vkn, 2], issue.Args);
    }

    [Fact]
    public async Task Preview_MissingColumn_IsReportedOnTheHeaderRow()
    {
        var preview = await Service.PreviewAsync([Csv("firmalar.csv", "Vergi No;Firma Adı;İlçe;OSB;Adres;Ölçek", $"{TestData.NextVkn()};A;Çiğli;İAOSB;;")]);

        var issue = Assert.Single(preview.Issues);
        Assert.Equal((1, "NACE Kodu", "Import.ColumnMissing"), (issue.Row, issue.Column, issue.Code));
    }

    [Fact]
    public async Task Commit_OneBadRow_SavesNothing()
    {
        var (a, b) = (TestData.NextVkn(), TestData.NextVkn());

        var result = await Service.CommitAsync(
        [
            Firms($"{a};Ege Döküm;24.51;Çiğli;İAOSB;;", $"{b};Işık Cam;23.13;Çiğli;İAOSB;;"),
            Streams($"{a};Teklif;Atık;Döküm kumu;10 09 08;5;t;yıl", $"{b};Teklif;Atık;Cam kırığı;10 11 12;-1;t;yıl"),
        ]);

        Assert.False(result.Committed);
        Assert.Equal(("akislar", 3, "Miktar"), (result.Issues[0].Sheet, result.Issues[0].Row, result.Issues[0].Column));
        await using var db = Database.CreateContext();
        Assert.False(await db.Companies.AnyAsync(c => c.TaxNumber == a || c.TaxNumber == b));
        Assert.False(await db.Streams.AnyAsync(s => s.Description == "Döküm kumu"));
    }

    [Fact]
    public async Task Commit_SameFileTwice_SecondChangesNothing()
    {
        var vkn = TestData.NextVkn();
        ImportUpload[] files =
        [
            Firms($"{vkn};Ege Döküm;24.51;Çiğli;İAOSB;Adres 1;Büyük"),
            Streams($"{vkn};Teklif;Atık;Döküm kumu;10 09 08;1.234,5;t;yıl", $"{vkn};İhtiyaç;Atık;Kül;10 01;5;t;ay"),
        ];
        Assert.True((await Service.CommitAsync(files)).Committed);
        var before = await SnapshotAsync(vkn);

        var second = await Service.CommitAsync(files);

        Assert.False(second.Committed);
        Assert.Empty(second.Issues);
        Assert.Equal(3, second.Unchanged);
        Assert.All(second.Rows, r => Assert.Equal(ImportAction.Unchanged, r.Action));
        Assert.Equal(before, await SnapshotAsync(vkn));
    }

    [Fact]
    public async Task Commit_ChangedQuantityAndName_UpdatesOnlyThose()
    {
        var vkn = TestData.NextVkn();
        await Service.CommitAsync([Firms($"{vkn};Ege Döküm;24.51;Çiğli;İAOSB;;"), Streams($"{vkn};Teklif;Atık;Döküm kumu;10 09 08;5;t;yıl", $"{vkn};Teklif;Atık;Cüruf;10 09 03;7;t;yıl")]);

        var result = await Service.CommitAsync([Firms($"{vkn};Ege Döküm San. A.Ş.;24.51;Çiğli;İAOSB;;"), Streams($"{vkn};Teklif;Atık;döküm kumu;10 09 08;6;t;yıl", $"{vkn};Teklif;Atık;Cüruf;10 09 03;7;t;yıl")]);

        Assert.True(result.Committed);
        Assert.Equal([ImportAction.Update, ImportAction.Update, ImportAction.Unchanged], result.Rows.Select(r => r.Action));
        Assert.Equal(["Firma Adı"], result.Rows[0].Changed);
        Assert.Equal(["Açıklama", "Miktar"], result.Rows[1].Changed);
        await using var db = Database.CreateContext();
        var id = await db.Companies.Where(c => c.TaxNumber == vkn).Select(c => c.Id).SingleAsync();
        Assert.Equal(2, await db.Streams.CountAsync(s => s.CompanyId == id));
    }

    [Fact]
    public async Task Preview_FirmOfAnotherZone_IsRefusedAtTheRow()
    {
        var other = TestData.Company("Aliağa Kimya", "Aliağa", "20.14");
        other.SetAddress(null, _zoneB);
        await using (var db = Database.CreateContext())
        {
            db.Companies.Add(other);
            await db.SaveChangesAsync();
        }

        var preview = await Service.PreviewAsync([Firms($"{other.TaxNumber};Başka Ad;20.14;Aliağa;;;"), Streams($"{other.TaxNumber};Teklif;Atık;Kül;;5;t;yıl")]);

        Assert.Equal([("firmalar", "Vergi No", "Import.FirmNotYours"), ("akislar", "Firma Vergi No", "Import.FirmNotYours")], preview.Issues.Select(i => (i.Sheet!, i.Column!, i.Code)));
        Database.CurrentUser.User = TestCurrentUser.Staff(_zoneB);
        Assert.Empty((await Service.PreviewAsync([Firms($"{other.TaxNumber};Başka Ad;20.14;Aliağa;;;")])).Issues);
    }

    [Fact]
    public async Task Import_FirmUserOrExpert_IsRefused()
    {
        Database.CurrentUser.User = TestCurrentUser.FirmUser(Guid.NewGuid());
        await Assert.ThrowsAsync<ImportRefusedException>(() => Service.PreviewAsync([Firms()]));
        await Assert.ThrowsAsync<ImportRefusedException>(() => Service.ExportAsync(ExportFormat.Csv, ImportSheetKind.Firms, template: false));
        Database.CurrentUser.User = new UserContext(Guid.NewGuid(), new HashSet<string> { Roles.Expert }, null, new HashSet<int>());
        await Assert.ThrowsAsync<ImportRefusedException>(() => Service.CommitAsync([Firms()]));
    }

    [Fact]
    public async Task Export_StaffGetsTheirZonesFirmsFormulaSafe_AndTheFileReimportsUnchanged()
    {
        var mine = TestData.Company("=HYPERLINK(\"http://x.example\")", "Çiğli", "24.51");
        mine.SetAddress("-1. Sokak", _zoneA);
        var theirs = TestData.Company("Aliağa Kimya", "Aliağa", "20.14");
        theirs.SetAddress(null, _zoneB);
        var stream = new ResourceStream(mine.Id, StreamDirection.Offer, ResourceKind.Material, "+ işaretli kum", new Quantity(1234.5m, QuantityUnit.Tonne, QuantityPeriod.PerYear));
        stream.Describe(stream.Description, "10 09 08");
        await using (var db = Database.CreateContext())
        {
            db.Companies.AddRange(mine, theirs);
            db.Streams.Add(stream);
            await db.SaveChangesAsync();
        }

        var firms = await Service.ExportAsync(ExportFormat.Csv, ImportSheetKind.Firms, template: false);
        var streams = await Service.ExportAsync(ExportFormat.Csv, ImportSheetKind.Streams, template: false);
        var workbook = await Service.ExportAsync(ExportFormat.Xlsx, ImportSheetKind.Firms, template: false);

        var firmLines = Encoding.UTF8.GetString(firms.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([FirmHeader, $"{mine.TaxNumber};\"'=HYPERLINK(\"\"http://x.example\"\")\";24.51;Çiğli;İAOSB;'-1. Sokak;Orta"], firmLines);
        var streamLines = Encoding.UTF8.GetString(streams.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([StreamHeader, $"{mine.TaxNumber};Teklif;Atık / yan ürün;'+ işaretli kum;10 09 08;1234,5;t;yıl"], streamLines);

        foreach (var files in new[] { new[] { firms, streams }, new[] { workbook } })
        {
            var again = await Service.PreviewAsync([.. files.Select(f => new ImportUpload(f.FileName, f.Content))]);
            Assert.Empty(again.Issues);
            Assert.Equal(2, again.Unchanged);
            Assert.Equal(2, again.Rows.Count);
        }
    }

    [Fact]
    public async Task Template_HasTheHeadersOnly()
    {
        var template = await Service.ExportAsync(ExportFormat.Csv, ImportSheetKind.Streams, template: true);

        Assert.Equal("akislar-sablon.csv", template.FileName);
        Assert.Equal(StreamHeader + "\r\n", Encoding.UTF8.GetString(template.Content[3..]));
    }

    private async Task<string> SnapshotAsync(string vkn)
    {
        await using var db = Database.CreateContext();
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.TaxNumber == vkn);
        var streams = await db.Streams.AsNoTracking().Where(s => s.CompanyId == company.Id).OrderBy(s => s.Description).Select(s => new { s.Id, s.Version, s.UpdatedAt }).ToListAsync();
        return $"{company.Version} {company.UpdatedAt:O} " + string.Join(",", streams.Select(s => $"{s.Id}:{s.Version}:{s.UpdatedAt:O}"));
    }
}
