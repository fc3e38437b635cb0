using System.Globalization;
using System.Text;

namespace IzmirSymbiosis.Domain.Common;

/// <summary>
/// Text rules for Turkish: casing with the tr-TR culture (İ↔i, I↔ı) and a search key
/// that folds Turkish letters to ASCII, so <c>izmir</c> finds <c>İZMİR</c> and
/// <c>ıslak</c> or <c>islak</c> find <c>ISLAK</c>.
/// </summary>
public static class TurkishText
{
    /// <summary>The tr-TR culture used for casing and sorting.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("tr-TR");

    /// <summary>Lower-cases with Turkish rules.</summary>
    public static string ToLower(string text) => text.ToLower(Culture);

    /// <summary>Upper-cases with Turkish rules.</summary>
    public static string ToUpper(string text) => text.ToUpper(Culture);

    /// <summary>
    /// The normalised form used for search: Turkish lower case, letters folded to ASCII
    /// (ı→i, ş→s, ğ→g, ü→u, ö→o, ç→c, other diacritics dropped), runs of anything that is
    /// not a letter or digit collapsed to one space.
    /// </summary>
    public static string SearchKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lower = ToLower(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(lower.Length);
        var pendingSpace = false;
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'ı' => 'i',
                'ş' => 's',
                'ğ' => 'g',
                'ü' => 'u',
                'ö' => 'o',
                'ç' => 'c',
                _ => c,
            };
            if (char.IsLetterOrDigit(folded))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(folded);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Compares two strings with Turkish sorting rules.</summary>
    public static int Compare(string? a, string? b) => string.Compare(a, b, Culture, CompareOptions.IgnoreCase);
}
