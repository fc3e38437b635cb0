using System.Text;

namespace IzmirSymbiosis.Web.Security;

/// <summary>The one rule for where the site may send a browser back to after an action.</summary>
public static class LocalUrl
{
    /// <summary>
    /// <paramref name="url"/> when it is a path on this site, else <c>/</c>. Refused: anything not
    /// starting with one <c>/</c>, <c>//host</c> and <c>/\host</c> (browsers read both as another
    /// site), and control characters (CR/LF would split the header; browsers drop tabs, turning
    /// <c>/\t/host</c> into <c>//host</c>). Characters outside printable ASCII are percent-encoded,
    /// so the Location header is always valid.
    /// </summary>
    public static string Safe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\') ||
            url.Any(char.IsControl) || url.EnumerateRunes().Any(r => r == Rune.ReplacementChar))
        {
            return "/";
        }

        var sb = new StringBuilder(url.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                sb.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
