using System.Globalization;
using System.Text;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Seeding.Demo;
using IzmirSymbiosis.ReferenceData;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Seeding;

/// <summary>The demo generator is pure, so these tests need no database.</summary>
public sealed class DemoDataGeneratorTests
{
    private static readonly ReferenceDataSet s_reference = ReferenceDataReader.Load();
    private static readonly Lazy<DemoDataSet> s_default = new(() => DemoDataGenerator.Generate(s_reference));

    private static DemoDataSet Demo => s_default.Value;

    [Theory]
    [InlineData(DemoDataGenerator.DefaultSeed)]
    [InlineData(1)]
    [InlineData(-42)]
    public void Generate_AnySeed_MeetsTheSizeTargets(int seed)
    {
        var demo = DemoDataGenerator.Generate(s_reference, seed);

        Assert.InRange(demo.Companies.Count, 150, 250);
        Assert.InRange(demo.Streams.Count, 400, 600);
    }

    [Fact]
    public void Generate_SameSeed_GivesIdenticalOutput()
    {
        var again = DemoDataGenerator.Generate(s_reference, DemoDataGenerator.DefaultSeed);

        Assert.Equal(Fingerprint(Demo), Fingerprint(again));
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentOutput()
    {
        var other = DemoDataGenerator.Generate(s_reference, DemoDataGenerator.DefaultSeed + 1);

        Assert.NotEqual(Fingerprint(Demo), Fingerprint(other));
        Assert.Empty(Demo.Companies.Select(c => c.Id).Intersect(other.Companies.Select(c => c.Id)));
    }

    [Fact]
    public void Generate_Default_TimestampsAreFixedFromTheEpoch()
    {
        var epoch = DemoDataGenerator.Epoch;
        IEnumerable<Entity> all = [.. Demo.Companies, .. Demo.Streams];

        Assert.All(all, e =>
        {
            Assert.InRange(e.CreatedAt, epoch, epoch.AddDays(60));
            Assert.True(e.UpdatedAt >= e.CreatedAt);
            Assert.Equal(4, e.Id.Version);
        });

        // A firm's streams do not share a creation minute by construction (the red team grouped
        // firms by it; by chance a few may).
        var firms = Demo.Streams.GroupBy(s => s.CompanyId).ToList();
        Assert.True(firms.Count(g => g.Select(s => s.CreatedAt.Minute).Distinct().Count() == 1) < firms.Count / 10);
    }

    [Fact]
    public void Generate_Default_IdsAreUniqueAndStreamsBelongToCompanies()
    {
        var companyIds = Demo.Companies.Select(c => c.Id).ToHashSet();

        Assert.Equal(Demo.Companies.Count + Demo.Streams.Count, companyIds.Concat(Demo.Streams.Select(s => s.Id)).Distinct().Count());
        Assert.All(Demo.Streams, s => Assert.Contains(s.CompanyId, companyIds));
        Assert.All(Demo.Companies, c => Assert.True(Demo.Streams.Count(s => s.CompanyId == c.Id) >= 2, c.LegalName));
    }

    [Fact]
    public void Generate_Default_VknsAreValidAndUnique()
    {
        Assert.All(Demo.Companies, c => Assert.True(Vkn.TryParse(c.TaxNumber, out _), c.TaxNumber));
        Assert.Equal(Demo.Companies.Count, Demo.Companies.Select(c => c.TaxNumber).Distinct().Count());
    }

    [Fact]
    public void Generate_Default_NamesAreUniqueUnderTurkishSearchRules()
    {
        Assert.Equal(Demo.Companies.Count, Demo.Companies.Select(c => TurkishText.SearchKey(c.LegalName)).Distinct().Count());
        Assert.Contains(Demo.Companies, c => c.LegalName.StartsWith("İZMİR ", StringComparison.Ordinal));
        Assert.Contains(Demo.Companies, c => c.LegalName.Any(ch => "ıİşŞğĞüÜöÖçÇ".Contains(ch)));
        Assert.Contains(Demo.Streams, s => s.Description.Contains("ISLAK", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Default_NaceCodesAreReferenceClasses()
    {
        var classes = s_reference.NaceActivities.Where(n => n.Level == 4).Select(n => n.Code).ToHashSet();

        Assert.All(Demo.Companies, c => Assert.Contains(c.NaceCode, classes));
    }

    [Fact]
    public void Generate_Default_EwcCodesExistAndHazardousOnesAreFlagged()
    {
        var codes = s_reference.WasteCodes.ToDictionary(w => w.Code);
        var coded = Demo.Streams.Where(s => s.EwcCode is not null).ToList();

        Assert.All(coded, s => Assert.True(codes.ContainsKey(s.EwcCode!), s.EwcCode));
        Assert.All(coded, s => Assert.Equal(ResourceKind.Material, s.Kind));
        var hazardous = coded.Where(s => codes[s.EwcCode!].IsHazardous).ToList();
        Assert.True(hazardous.Count >= 10, $"{hazardous.Count} hazardous streams");
        Assert.All(hazardous, s => Assert.Contains("Tehlikeli atık", s.QualityNotes, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Default_EveryZoneHasFirmsAndSomeFirmsHaveNone()
    {
        var used = Demo.Companies.Where(c => c.ZoneId is not null).Select(c => c.ZoneId!.Value).ToHashSet();

        Assert.All(s_reference.Zones, z => Assert.Contains(z.Id, used));
        Assert.Contains(Demo.Companies, c => c.ZoneId is null && c.District == "Bornova");
        Assert.Contains(Demo.Companies, c => c.ZoneId is null && c.District == "Torbalı");
    }

    [Fact]
    public void Generate_Default_LocationsAreNearTheDistrictCentreAndSomeAreMissing()
    {
        var zones = s_reference.Zones.ToDictionary(z => z.Id);
        var zoned = Demo.Companies.Where(c => c.Location is not null && c.ZoneId is not null).ToList();

        Assert.Contains(Demo.Companies, c => c.Location is null);
        Assert.All(zoned, c =>
        {
            var zone = zones[c.ZoneId!.Value];
            var centre = new GeoPoint(zone.Latitude!.Value, zone.Longitude!.Value);
            Assert.InRange(c.Location!.Value.DistanceKmTo(centre), 0, 5);
            Assert.StartsWith(c.District, zone.District, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generate_Default_HasTheIzmirIndustryMix()
    {
        int Firms(Func<Company, bool> where) => Demo.Companies.Count(where);
        static bool In(Company c, params string[] divisions) => divisions.Contains(c.NaceCode[..2]);

        Assert.True(Firms(c => c.District == "Aliağa" && In(c, "19", "20")) >= 8, "Aliağa chemicals and refining");
        Assert.True(Firms(c => c.District == "Aliağa" && c.NaceCode == "24.10") >= 5, "Aliağa steel");
        Assert.True(Firms(c => c.ZoneId == 11 && In(c, "22")) >= 5, "Menemen plastics zone");
        Assert.True(Firms(c => c.ZoneId == 18 && In(c, "14")) >= 4, "Buca Ege Giyim");
        Assert.True(Firms(c => c.District == "Tire" && c.NaceCode == "10.51") >= 4, "Tire dairy");
        Assert.True(Firms(c => In(c, "24", "25")) >= 25, "metals");
        Assert.True(Firms(c => In(c, "10", "11")) >= 25, "food and beverages");
        Assert.True(Firms(c => In(c, "13", "14")) >= 12, "textiles and apparel");
        Assert.True(Firms(c => In(c, "31", "16")) >= 8, "furniture and wood");
        Assert.True(Firms(c => In(c, "23")) >= 12, "construction materials");
        Assert.True(Firms(c => In(c, "38")) >= 10, "waste management and recycling");
        Assert.Contains(Demo.Companies, c => c.NaceCode == "35.11");
        Assert.Contains(Demo.Companies, c => c.NaceCode == "29.32" && c.ZoneId == 5);
        Assert.Contains(Demo.Companies, c => c.NaceCode == "15.11" && c.District == "Menemen");
        Assert.All(Demo.Companies, c => Assert.Contains(c.SizeBand, Enum.GetValues<SizeBand>()));
        Assert.Equal(4, Demo.Companies.Select(c => c.SizeBand).Distinct().Count());
    }

    [Fact]
    public void Generate_Default_ContactsAreFictionalAndWellFormed()
    {
        Assert.All(Demo.Companies, c =>
        {
            Assert.InRange(c.Contacts.Count, 1, 2);
            Assert.All(c.Contacts, p =>
            {
                Assert.EndsWith(".example.com.tr", p.Email, StringComparison.Ordinal);
                Assert.StartsWith("+90 232 ", p.Phone, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(p.Title));
            });
        });
    }

    [Fact]
    public void Generate_Default_StreamsCoverKindsUnitsAndTerms()
    {
        var s = Demo.Streams;

        Assert.True(s.Count(x => x.Direction == StreamDirection.Need) >= 80, "needs");
        Assert.True(s.Count(x => x.Direction == StreamDirection.Offer) >= 250, "offers");
        Assert.All(s.Where(x => x.Kind == ResourceKind.Energy), x => Assert.Equal(QuantityUnit.MegawattHour, x.Quantity.Unit));
        Assert.All(s.Where(x => x.Kind == ResourceKind.Water), x => Assert.Equal(QuantityUnit.CubicMetre, x.Quantity.Unit));
        Assert.All(s, x => Assert.True(Quantity.IsAllowedFor(x.Kind, x.Quantity.Unit)));
        Assert.Contains(s, x => x.Kind == ResourceKind.Capacity && x.Quantity.Unit == QuantityUnit.SquareMetre);
        Assert.Contains(s, x => x.Quantity.Period == QuantityPeriod.OneOff && x.Kind == ResourceKind.Material);
        Assert.Contains(s, x => x.PricePerUnit < 0);
        Assert.Contains(s, x => x.PricePerUnit == 0);
        Assert.Contains(s, x => x.PricePerUnit > 0);
        Assert.Contains(s, x => x.MaxTransportKm is not null);
        Assert.Contains(s, x => x.AvailableFrom is null && x.AvailableUntil is null);
        Assert.Contains(s, x => x.AvailableUntil is not null);
        Assert.All(s.Where(x => x.AvailableUntil is not null), x => Assert.InRange(x.AvailableUntil!.Value.Year, 2026, 2028));
        Assert.True(s.Count(x => x.Status == StreamStatus.Active) > s.Count * 0.75, "mostly active");
        Assert.Contains(s, x => x.Status == StreamStatus.Draft);
        Assert.Contains(s, x => x.Status == StreamStatus.Paused);
    }

    [Fact]
    public void Generate_Default_SectorsDeclareTheirTypicalWastes()
    {
        var byCompany = Demo.Companies.ToDictionary(c => c.Id);
        bool Has(string nacePrefix, string ewc) =>
            Demo.Streams.Any(s => s.EwcCode == ewc && byCompany[s.CompanyId].NaceCode.StartsWith(nacePrefix, StringComparison.Ordinal));

        Assert.True(Has("24.10", "100202"), "steel slag");
        Assert.True(Has("24.5", "100908"), "foundry sand");
        Assert.True(Has("10.41", "020304"), "olive pomace");
        Assert.True(Has("10.51", "020501"), "whey");
        Assert.True(Has("35.11", "100102"), "fly ash");
        Assert.True(Has("23.51", "100102") || Has("23.", "100102"), "cement needs fly ash");
        Assert.True(Has("20.", "070101"), "chemicals aqueous liquids");
        Assert.True(Has("31.0", "030105") || Has("16.", "030105"), "sawdust");
    }

    [Fact]
    public void Generate_Default_LicensedRecoveryFirmsHoldHazardousPermits()
    {
        var holders = Demo.Companies.Where(c => c.Permits.Count > 0).ToList();
        var hazardous = s_reference.WasteCodes.Where(w => w.IsHazardous).Select(w => w.Code).ToList();

        Assert.InRange(holders.Count, 4, 10);
        Assert.All(holders, c => Assert.StartsWith("38.", c.NaceCode, StringComparison.Ordinal));
        Assert.All(holders.SelectMany(c => c.Permits).SelectMany(p => p.WasteCodes), code => Assert.Contains(hazardous, h => h.StartsWith(code, StringComparison.Ordinal)));
        Assert.Contains(holders.SelectMany(c => c.Permits), p => !p.IsValidOn(DateOnly.FromDateTime(DemoDataGenerator.Epoch.UtcDateTime)));
    }

    [Fact]
    public void Generate_Default_HazardousOffersMatchOnlyPermitHolders()
    {
        var day = DateOnly.FromDateTime(DemoDataGenerator.Epoch.UtcDateTime);
        var knowledge = new IzmirSymbiosis.Matching.Knowledge.MatchingKnowledge(
            s_reference.WasteCodes, s_reference.WasteCategories, s_reference.NaceActivities, s_reference.RecoveryOperations, s_reference.MaterialEmissionProfiles, s_reference.KnownExchanges);
        var engine = new IzmirSymbiosis.Matching.Engine.MatchingEngine(knowledge, new IzmirSymbiosis.Matching.MatchingOptions());
        engine.Load(
            Demo.Companies.Select(c => IzmirSymbiosis.Matching.Model.MatchCompany.FromDomain(c, day)),
            Demo.Streams.Where(s => s.Status == StreamStatus.Active).Select(IzmirSymbiosis.Matching.Model.MatchStream.FromDomain));
        engine.RematchAll();
        var companies = Demo.Companies.ToDictionary(c => c.Id);

        var hazardous = engine.AllMatches().Where(m => knowledge.IsHazardous(m.OfferEwcCode)).ToList();

        Assert.True(hazardous.Count >= 3, $"only {hazardous.Count} hazardous offers matched");
        Assert.All(hazardous, m => Assert.Contains(companies[m.NeedCompanyId].PermitsValidOn(day), p => p.Covers(m.OfferEwcCode!)));
    }

    private static string Fingerprint(DemoDataSet demo)
    {
        var sb = new StringBuilder();
        foreach (var c in demo.Companies)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{c.Id}|{c.LegalName}|{c.TaxNumber}|{c.NaceCode}|{c.ZoneId}|{c.District}|{c.Address}|{c.Latitude:R}|{c.Longitude:R}|{c.SizeBand}|{c.CreatedAt:O}|{c.UpdatedAt:O}");
            foreach (var p in c.Permits)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {p.Id}|{p.Authority}|{p.Number}|{p.ValidUntil:O}|{string.Join(',', p.WasteCodes)}|{string.Join(',', p.Operations)}");
            }

            foreach (var p in c.Contacts)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {p.FullName}|{p.Title}|{p.Email}|{p.Phone}");
            }
        }

        foreach (var s in demo.Streams)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Id}|{s.CompanyId}|{s.Direction}|{s.Kind}|{s.EwcCode}|{s.Description}|{s.QualityNotes}|{s.Quantity.Amount}|{s.Quantity.Unit}|{s.Quantity.Period}|{s.PhysicalState}|{s.AvailableFrom}|{s.AvailableUntil}|{s.PricePerUnit}|{s.MaxTransportKm}|{s.Status}|{s.Visibility}|{s.CreatedAt:O}|{s.UpdatedAt:O}");
        }

        return sb.ToString();
    }
}
