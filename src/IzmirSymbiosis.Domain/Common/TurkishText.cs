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

    private const string TurkishLetters = "çğıöşü";

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

    /// <summary>
    /// Like <see cref="SearchKey"/> but keeps the Turkish letters (ç ğ ı ö ş ü): Turkish lower case,
    /// other diacritics dropped (<c>kâğıt</c>→<c>kağıt</c>), runs of anything that is not a letter or
    /// digit collapsed to one space. <c>KÜL</c> and <c>kül</c> give <c>kül</c>; <c>KULLANILMIŞ</c> gives
    /// <c>kullanılmış</c>, which does not start with <c>kül</c>.
    /// </summary>
    public static string LowerKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in ToLower(text.Normalize(NormalizationForm.FormC)))
        {
            var parts = TurkishLetters.Contains(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var p in parts)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(p) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(p))
                {
                    if (pendingSpace && sb.Length > 0)
                    {
                        sb.Append(' ');
                    }

                    pendingSpace = false;
                    sb.Append(p);
                }
                else
                {
                    pendingSpace = true;
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The stored key for word-start search over texts in Turkish and English: every word in its
    /// <see cref="LowerKey"/> form and, where it differs, its ASCII-folded <see cref="SearchKey"/> form,
    /// each once. A query word with Turkish letters (<c>kül</c>) can then only match words spelled
    /// with them (<c>kül</c>, <c>külü</c>), while one typed without them (<c>kul</c>) matches both spellings.
    /// </summary>
    public static string WordKey(params string?[] texts)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in LowerKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var form in (string[])[word, SearchKey(word)])
                {
                    if (form.Length > 0 && seen.Add(form))
                    {
                        words.Add(form);
                    }
                }
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Compares two strings with Turkish sorting rules.</summary>
    public static int Compare(string? a, string? b) => string.Compare(a, b, Culture, CompareOptions.IgnoreCase);
}
