namespace IzmirSymbiosis.Infrastructure.Documents;

/// <summary>Where the file-system document store keeps documents (<c>Documents:Folder</c>).</summary>
public sealed class DocumentStorageOptions
{
    /// <summary>Configuration section (shared with the size limit).</summary>
    public const string SectionName = "Documents";

    /// <summary>The folder used when none is configured, under the content root (never under wwwroot).</summary>
    public const string DefaultFolder = "App_Data/documents";

    /// <summary>Why a folder under the web root is refused at start.</summary>
    public const string InsideWebRootRefused = "Documents:Folder must be outside the web root (wwwroot): documents are served only through the access rule.";

    /// <summary>The folder; relative paths are taken from the content root. Blank: <see cref="DefaultFolder"/>.</summary>
    public string? Folder { get; set; }

    /// <summary>The absolute folder, relative paths taken from <paramref name="contentRoot"/>.</summary>
    public string ResolveFolder(string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(Folder) ? DefaultFolder : Folder));

    /// <summary>Whether <paramref name="folder"/> is <paramref name="webRoot"/> or inside it (refused: it would be served as static files).</summary>
    public static bool IsInside(string folder, string? webRoot)
    {
        if (string.IsNullOrWhiteSpace(webRoot))
        {
            return false;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(webRoot)) + Path.DirectorySeparatorChar;
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal);
    }
}
