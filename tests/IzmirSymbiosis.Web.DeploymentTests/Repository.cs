namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>Where the repository and this build's outputs are.</summary>
public static class Repository
{
    /// <summary>The folder holding IzmirSymbiosis.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The izmirsym tool as built with these tests.</summary>
    public static string CliDll => File("src", "IzmirSymbiosis.Cli", "bin", Configuration, "net10.0", "izmirsym.dll");

    /// <summary>A path inside the repository.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "IzmirSymbiosis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IzmirSymbiosis.sln not found above " + AppContext.BaseDirectory);
    }
}
