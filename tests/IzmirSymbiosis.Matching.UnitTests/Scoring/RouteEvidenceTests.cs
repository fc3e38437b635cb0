using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Scoring;

/// <summary>
/// Recovery routes as pair evidence: a route of the offer's code into the need firm's NACE division
/// counts, more when the need names the route's use; another division gets nothing from it; a
/// hazardous code counts only its licensed routes; the weight 0 switches it off.
/// </summary>
public class RouteEvidenceTests
{
    private static PairVerdict Check(string offerCode, string offer, string needNace, string need, MatchingOptions? options = null) =>
        new PairChecker(TestData.KnowledgeWithoutLibrary(), options ?? new MatchingOptions())
            .Check(new PairQuery(offerCode, offer, "10.39", null, need, needNace, 20));

    private static double Route(PairVerdict v) => v.Material.GetValueOrDefault("route");

    [Fact]
    public void HazardousCode_PermitAssumedOnlyInTheLicensedRoutesOwnClass()
    {
        // 13 02 05* goes to licensed co-incineration in a cement kiln (23.51); an asphalt plant of the same
        // division (23.99) holds no such licence, unless its need says it is licensed.
        var kiln = Check("130205", "atık madeni yağ", "23.51", "ek yakıt");
        var asphalt = Check("130205", "atık madeni yağ", "23.99", "kurutma tamburu brülörü için ucuz yakıt");
        var licensedAsphalt = Check("130205", "atık madeni yağ", "23.99", "lisanslı atık yağ yakma: ek yakıt");

        Assert.NotEqual(PairFilter.HazardousWithoutPermit, kiln.Filter);
        Assert.Equal(PairFilter.HazardousWithoutPermit, asphalt.Filter);
        Assert.NotEqual(PairFilter.HazardousWithoutPermit, licensedAsphalt.Filter);
    }

    [Fact]
    public void RouteIntoTheNeedsDivision_WithItsUseNamed_IsStrongEvidence()
    {
        // 02 03 04 → 10.91 “tüketime uygun olmayan bitkisel gıda: hayvan yemi” (BREF FDM; EC 68/2013).
        var v = Check("020304", "üretim artığı", "10.91", "hayvan yemi hammaddesi");

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.Equal(0.7, Route(v), 6);
    }

    [Fact]
    public void RouteIntoTheNeedsDivision_WithoutItsUse_IsWeakerEvidence()
    {
        var named = Check("020304", "üretim artığı", "10.91", "hayvan yemi hammaddesi");
        var unnamed = Check("020304", "üretim artığı", "10.91", "hammadde");

        Assert.Equal(0.35, Route(unnamed), 6);
        Assert.True(unnamed.Score < named.Score, $"{unnamed.Score} < {named.Score}");
    }

    [Fact]
    public void NoRouteIntoTheNeedsDivision_NoRouteEvidence()
    {
        // No route of 02 03 04 leads to hospitals (86).
        Assert.DoesNotContain(RecoveryRoutes.For("020304", hazardous: false), r => r.Route.ReceiverNace.StartsWith("86", StringComparison.Ordinal));

        var v = Check("020304", "üretim artığı", "86.10", "hayvan yemi hammaddesi");

        Assert.Equal(0, Route(v));
    }

    [Fact]
    public void HazardousCode_CountsOnlyRoutesLicensedForIt()
    {
        // 13 02 05* mineral engine oil: its own rows (re-refining, 19.20) are licensed routes.
        var licensed = RecoveryRoutes.For("130205", hazardous: true).ToList();
        Assert.NotEmpty(licensed);
        Assert.All(licensed, r => Assert.True(r.Level == 3 || r.Route.AppliesToHazardous));

        var v = Check("130205", "atık motor yağı", licensed[0].Route.ReceiverNace, licensed[0].Route.UseTr);

        Assert.Equal(PairFilter.None, v.Filter);
        Assert.True(Route(v) > 0);
    }

    [Fact]
    public void WeightZero_SwitchesTheRouteTableOff()
    {
        var off = Check("020304", "üretim artığı", "10.91", "hayvan yemi hammaddesi", new MatchingOptions { RouteEvidenceWeight = 0 });

        Assert.Equal(0, Route(off));
    }

    [Fact]
    public void HazardousOffer_ToAReceiverWithNoLicensedRouteOrLicence_IsFilteredForWantOfAPermit()
    {
        // The file states no permits: a feed maker is not taken to hold one for spent oil, a licensed
        // treatment plant (38.22) or a need that says it is licensed is.
        Assert.Equal(PairFilter.HazardousWithoutPermit, Check("130205", "atık motor yağı", "10.91", "yem için yağ").Filter);
        Assert.NotEqual(PairFilter.HazardousWithoutPermit, Check("130205", "atık motor yağı", "38.22", "atık yağ işleme").Filter);
        Assert.NotEqual(PairFilter.HazardousWithoutPermit, Check("130205", "atık motor yağı", "20.59", "lisanslı atık yağ geri kazanımı").Filter);
    }

    [Fact]
    public void SpentPreciousMetalPlatingBath_ToAPreciousMetalRefinery_HasALicensedRoute()
    {
        // BREF NFM 2017 §6: precious-metal refineries recover silver and gold from spent plating solutions; a feed maker cannot.
        Assert.NotEqual(PairFilter.HazardousWithoutPermit, Check("110198*", "tükenmiş gümüş kaplama banyosu (Ag ~15 g/L)", "24.41", "gümüş ve altın içerikli banyo ve çamur alınır").Filter);
        Assert.Equal(PairFilter.HazardousWithoutPermit, Check("110198*", "tükenmiş gümüş kaplama banyosu (Ag ~15 g/L)", "10.91", "gümüş içerikli banyo").Filter);
    }
}
