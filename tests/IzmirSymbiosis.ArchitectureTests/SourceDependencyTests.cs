namespace IzmirSymbiosis.ArchitectureTests;

/// <summary>
/// The same rule on the sources: a <c>using</c> or <c>@using</c> of Infrastructure in a component
/// or endpoint file compiles to nothing until a type is used, so the assembly check alone would
/// miss it.
/// </summary>
public sealed class SourceDependencyTests
{
    public static TheoryData<string> Folders => ["src/IzmirSymbiosis.Web/Components", "src/IzmirSymbiosis.Web/Api"];

    [Theory]
    [MemberData(nameof(Folders))]
    public void ComponentAndEndpointSources_NameNoInfrastructureNamespace(string folder)
    {
        var root = Path.Combine(RepositoryRoot(), folder);
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var offenders = files
            .Where(f => File.ReadAllText(f).Contains("IzmirSymbiosis.Infrastructure", StringComparison.Ordinal) ||
                        File.ReadAllText(f).Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(offenders.Count == 0, $"These files under {folder} name Infrastructure or EF Core: {string.Join(", ", offenders)}");
    }

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
