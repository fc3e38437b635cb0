using System.Globalization;
using System.Text;

namespace IzmirSymbiosis.Domain.Documents;

/// <summary>
/// The name a document is listed and downloaded under, made from the name the uploader's
/// computer gave it: the last path segment only, no control or invisible formatting characters
/// (a right-to-left override can make <c>rapor‮fdp.exe</c> look like a PDF), no characters file
/// systems refuse, at most <see cref="MaxLength"/> characters, and an extension that tells the
/// truth about the detected format. A <c>.pdf</c> name on PNG bytes becomes <c>….png</c>: the
/// bytes are an allowed, harmless type and are served as what they are, so the label is corrected
/// instead of refusing a file that is merely misnamed.
/// </summary>
public static class DocumentFileName
{
    /// <summary>Longest name kept (extension included).</summary>
    public const int MaxLength = 150;

    /// <summary>The name used when nothing usable is left.</summary>
    public const string Fallback = "belge";

    private static readonly HashSet<string> s_typeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".png", ".jpg", ".jpeg", ".jpe", ".gif", ".webp", ".xlsx", ".xls", ".xlsm", ".xlsb", ".csv",
        ".doc", ".docx", ".odt", ".ods", ".txt", ".rtf", ".zip", ".rar", ".7z", ".bmp", ".tif", ".tiff",
        ".heic", ".svg", ".htm", ".html", ".xml", ".exe", ".dll", ".bat", ".cmd", ".js", ".ps1", ".sh",
    };

    /// <summary>A safe display name for a file of <paramref name="format"/> claimed to be called <paramref name="claimed"/>.</summary>
    public static string For(string? claimed, DocumentFormat format)
    {
        var name = Clean(claimed);
        var extension = Path.GetExtension(name);
        var extensions = format.Extensions();
        string stem;
        if (extensions.Contains(extension.ToLowerInvariant()))
        {
            stem = name[..^extension.Length];
            extension = extension.ToLowerInvariant();
        }
        else
        {
            // A type extension that lies is dropped; anything else (rapor.v2) stays part of the name.
            stem = s_typeExtensions.Contains(extension) ? name[..^extension.Length] : name;
            extension = extensions[0];
        }

        stem = stem.TrimEnd(' ', '.');
        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        var room = MaxLength - extension.Length;
        if (stem.Length > room)
        {
            stem = stem[..room];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }

            stem = stem.TrimEnd(' ', '.');
        }

        return stem + extension;
    }

    private static string Clean(string? claimed)
    {
        var text = (claimed ?? string.Empty).Normalize(NormalizationForm.FormC);
        var slash = text.LastIndexOfAny(['/', '\\']);
        text = text[(slash + 1)..];
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse)
            {
                continue;
            }

            builder.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' || char.IsWhiteSpace(c) && c != ' ' ? '_' : c);
        }

        return builder.ToString().Trim().Trim('.').Trim();
    }
}
