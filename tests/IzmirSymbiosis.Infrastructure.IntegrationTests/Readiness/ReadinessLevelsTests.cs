using System.Globalization;
using IzmirSymbiosis.Application.Readiness;
using IzmirSymbiosis.Domain.Readiness;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Readiness;

/// <summary>The level definitions shipped with the app: complete, in both languages, each with a source.</summary>
public sealed class ReadinessLevelsTests
{
    private static readonly HashSet<string> s_sources =
        ["CORALIS-D2.1", "ISRLM-2025", "TRL-H2020", "IS-READING", "SRL-IFD", "KTH-IRL", "AYY-2015", "CIL-2014", "OWN"];

    [Fact]
    public void All_HasNineLevelsPerPerspective_WithKnownSources()
    {
        Assert.Equal(54, ReadinessLevels.All.Count);
        foreach (var perspective in ReadinessScale.Perspectives)
        {
            Assert.Equal(Enumerable.Range(1, 9), ReadinessLevels.Of(perspective).Select(d => d.Level));
        }

        Assert.All(ReadinessLevels.All, d => Assert.All(d.Source.Split("; "), key => Assert.Contains(key, s_sources)));
        Assert.All(ReadinessLevels.All.Where(d => d.Perspective != ReadinessPerspective.Technology), d => Assert.Contains("CORALIS-D2.1", d.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Technology_UsesTheHorizon2020AnnexGWording()
    {
        Assert.Equal("Basic principles observed", ReadinessLevels.Of(ReadinessPerspective.Technology, 1).LabelEn);
        Assert.Equal("System complete and qualified", ReadinessLevels.Of(ReadinessPerspective.Technology, 8).LabelEn);
        Assert.All(ReadinessLevels.Of(ReadinessPerspective.Technology), d => Assert.Contains("TRL-H2020", d.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void LabelAndDefinition_FollowTheUiLanguage()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            var legal = ReadinessLevels.Of(ReadinessPerspective.Legal, 6);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("İzinler alındı", legal.Label);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("Permits obtained", legal.Label);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
