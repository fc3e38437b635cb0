using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Matching.Engine;
using IzmirSymbiosis.Matching.Model;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

/// <summary>A hazardous offer matches receivers whose permit, valid on the matching day, covers its code; no one else.</summary>
public sealed class HazardousPermitTests
{
    private static readonly DateOnly s_today = new(2026, 11, 30);
    private static readonly IReadOnlySet<string> s_hazardous = IzmirSymbiosis.ReferenceData.ReferenceDataReader.Load().WasteCodes.Where(w => w.IsHazardous).Select(w => w.Code).ToHashSet();

    private static Company Firm(string nace, params (string Number, DateOnly Until, string[] Codes)[] permits)
    {
        var c = new Company($"Firma {nace}", "1234567890", nace, "Aliağa", SizeBand.Medium);
        c.SetLocation(TestData.Kemalpasa);
        foreach (var (number, until, codes) in permits)
        {
            c.AddPermit("İzmir Çevre İl Müdürlüğü", number, until, codes, ["R9"], s_hazardous);
        }

        return c;
    }

    [Fact]
    public void RematchAll_HazardousOffer_MatchesOnlyValidPermitForItsCode()
    {
        var giver = TestData.Company("19.20", TestData.Aliaga);
        var valid = Firm("38.32", ("TAL-1", s_today, ["13 02 05*"]));
        var chapter = Firm("38.32", ("TAL-2", s_today.AddYears(2), ["13"]));
        var expired = Firm("38.32", ("TAL-3", s_today.AddDays(-1), ["130205"]));
        var otherCode = Firm("38.32", ("TAL-4", s_today.AddYears(2), ["160601"]));
        var none = Firm("38.32");
        var receivers = new[] { valid, chapter, expired, otherCode, none };
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions { MinScore = 0 });
        var offer = TestData.Offer(giver, "130205", "atık madeni yağ");
        var needs = receivers.ToDictionary(r => r.Id, r => TestData.Need(new MatchCompany(r.Id, r.NaceCode, r.Location), "130205", "atık madeni yağ"));
        engine.Load([giver, .. receivers.Select(r => MatchCompany.FromDomain(r, s_today))], [offer, .. needs.Values]);

        engine.RematchAll();

        var matched = engine.MatchesFor(offer.Id).Select(m => m.NeedCompanyId).ToHashSet();
        Assert.Equal(new HashSet<Guid> { valid.Id, chapter.Id }, matched);
        Assert.Equal(engine.RematchAllPairs().Count, engine.AllMatches().Count());
    }

    [Fact]
    public void UpsertCompany_PermitExpiresOrIsRemoved_MatchIsRemoved()
    {
        var giver = TestData.Company("19.20", TestData.Aliaga);
        var taker = Firm("38.32", ("TAL-1", s_today, ["130205"]));
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions { MinScore = 0 });
        var offer = TestData.Offer(giver, "130205", "atık madeni yağ");
        var need = TestData.Need(MatchCompany.FromDomain(taker, s_today), "130205", "atık madeni yağ");
        engine.Load([giver, MatchCompany.FromDomain(taker, s_today)], [offer, need]);
        engine.RematchAll();
        Assert.Single(engine.MatchesFor(offer.Id));

        var unchanged = engine.UpsertCompany(MatchCompany.FromDomain(taker, s_today));
        var expired = engine.UpsertCompany(MatchCompany.FromDomain(taker, s_today.AddDays(1)));

        Assert.Empty(unchanged.Upserted);
        Assert.Empty(unchanged.Removed);
        Assert.Contains(expired.Removed, k => k.OfferId == offer.Id && k.NeedId == need.Id);
        Assert.Empty(engine.MatchesFor(offer.Id));
    }

    [Fact]
    public void LatentReceivers_HazardousOffer_ListOnlyFirmsPermittedForItsCode()
    {
        var giver = TestData.Company("19.20", TestData.Aliaga);
        var valid = Firm("38.32", ("TAL-1", s_today, ["13 02 05*"]));
        var chapter = Firm("38.32", ("TAL-2", s_today.AddYears(2), ["13"]));
        var expired = Firm("38.32", ("TAL-3", s_today.AddDays(-1), ["130205"]));
        var otherCode = Firm("38.32", ("TAL-4", s_today.AddYears(2), ["160601"]));
        var none = Firm("38.32");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions { MinScore = 0 });
        var offer = TestData.Offer(giver, "130205", "atık madeni yağ");
        engine.Load([giver, .. new[] { valid, chapter, expired, otherCode, none }.Select(r => MatchCompany.FromDomain(r, s_today))], [offer]);

        var classes = engine.LatentReceivers(offer.Id, top: 20);

        // Waste oil's latent classes include waste treatment (division 38), where all five firms are.
        var listed = classes.Where(c => c.NaceCode.StartsWith("38", StringComparison.Ordinal)).SelectMany(c => c.Companies).Select(c => c.CompanyId).ToHashSet();
        Assert.Equal(new HashSet<Guid> { valid.Id, chapter.Id }, listed);
    }

    [Fact]
    public void NonHazardousOffer_NeedsNoPermit()
    {
        var giver = TestData.Company("35.11", TestData.Aliaga);
        var taker = Firm("23.51");
        var engine = new MatchingEngine(TestData.Knowledge, new MatchingOptions { MinScore = 0 });
        var offer = TestData.Offer(giver, "100102", "uçucu kül");
        engine.Load([giver, MatchCompany.FromDomain(taker, s_today)], [offer, TestData.Need(MatchCompany.FromDomain(taker, s_today), "100102", "uçucu kül")]);

        engine.RematchAll();

        Assert.Single(engine.MatchesFor(offer.Id));
    }

    [Theory]
    [InlineData("130205", 130205, true)]
    [InlineData("1302", 130208, true)]
    [InlineData("13", 139999, true)]
    [InlineData("1302", 130305, false)]
    public void PermitCoverage_Covers(string scope, int code, bool expected) =>
        Assert.Equal(expected, PermitCoverage.Of([scope]).Covers(code));

    [Fact]
    public void PermitCoverage_EqualSets_AreEqual() =>
        Assert.Equal(PermitCoverage.Of(["130205", "16"]), PermitCoverage.Of(["16", "130205", "16"]));
}
