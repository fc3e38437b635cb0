using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IzmirSymbiosis.ArchitectureTests;

/// <summary>
/// Every <c>Impact.*</c>, <c>Readiness.*</c> and <c>Import.*</c> message code the Domain and Application layers can raise has a Turkish and an
/// English text, so a refusal or a validation error never reaches a user as its bare code.
/// </summary>
public sealed partial class ImpactMessageTranslationTests
{
    public static TheoryData<string> Resources => ["SharedResource.resx", "SharedResource.en.resx"];

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryImpactMessageCode_HasAText(string resource)
    {
        var root = RepositoryRoot();
        var codes = new[] { "src/IzmirSymbiosis.Domain", "src/IzmirSymbiosis.Application" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => CodeLiteral().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Impact.OnlyExpertsRecompute", codes);
        Assert.Contains("Readiness.OnlyAssessors", codes);
        Assert.Contains("Import.File.TooLarge", codes);

        var names = XDocument.Load(Path.Combine(root, "src/IzmirSymbiosis.Web/Resources", resource))
            .Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => (string)d.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        var missing = codes.Where(c => !names.Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{resource} has no text for: {string.Join(", ", missing)}");
    }

    [GeneratedRegex("\"((?:Impact|Readiness|Import)(?:\\.[A-Z][A-Za-z]+)+)\"")]
    private static partial Regex CodeLiteral();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IzmirSymbiosis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IzmirSymbiosis.sln not found above " + AppContext.BaseDirectory);
    }
}
