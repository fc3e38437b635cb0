using System.Globalization;
using System.Text.RegularExpressions;

namespace IzmirSymbiosis.Matching.Knowledge;

/// <summary>
/// The months of the year a description says a stream runs in: a tomato paste campaign's condensate flows
/// only in July–September, a greenhouse needs heat only in its heating season. Heat and wet streams do not
/// wait for the receiver, so a need that states its months and an offer that states others do not meet.
/// Read from ranges and lists of month names (“Temmuz-Eylül”, “Kasım'dan Mart'a”, “Haziran ve Temmuz”,
/// “May–September”) and from seasons (“yaz aylarında”, “kış ısıtması”, “heating season”); a single month
/// name is read only as “yalnız Ağustos'ta” or “Ocak ayında”, since “ocak” is also a furnace or a quarry and “ekim” sowing.
/// </summary>
public static partial class StatedContent
{
    /// <summary>The key of the months a description states (<see cref="ExcludedContent.Amount"/> and <see cref="OfferWord.Amount"/> hold the month bits, January the lowest).</summary>
    public const string MonthsKey = "*aylar*";

    private const int AllMonths = 0xFFF;

    // Month names, lower-cased (Turkish culture), with and without Turkish letters, and the English names and their short forms.
    private const string MonthName =
        @"ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|" +
        @"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    private static readonly string[][] s_monthNames =
    [
        ["ocak", "january", "jan"], ["şubat", "subat", "february", "feb"], ["mart", "march", "mar"], ["nisan", "april", "apr"],
        ["mayıs", "mayis", "may"], ["haziran", "june", "jun"], ["temmuz", "july", "jul"], ["ağustos", "agustos", "august", "aug"],
        ["eylül", "eylul", "september", "sep", "sept"], ["ekim", "october", "oct"], ["kasım", "kasim", "november", "nov"],
        ["aralık", "aralik", "december", "dec"],
    ];

    private static readonly string[] s_monthsTr = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"];
    private static readonly string[] s_monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// Two month names joined as a range (a dash, “ile”, an ablative “'dan … 'a”, “ayından … ayına”, “to”, “through”, “until”)
    /// or as a list (“ve”, “and”, a comma): the first may carry a case ending and “ayı”.
    /// </summary>
    [GeneratedRegex(
        @"(?<!\p{L})(?<a>" + MonthName + @")(?:'?(?<abl>dan|den|tan|ten)|\s+ay[ıi]ndan|'?(?:ta|te|da|de))?\s*(?<sep>[-–—]|ile|to|through|till|until|ve|and|,|&)?\s*(?:from\s+)?(?<b>" + MonthName + @")(?!\p{L})(?:'?\p{L}{0,5})?(?<not>\s+(?:\p{L}*m[ıiuü]yor\p{L}*|\p{L}*m[ae]z|yok|hariç|haric|dışında|disinda|except(?:ed)?|durur|not))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthPairPattern();

    /// <summary>One month named as a window: after “yalnız”, “sadece” or “only”, or before “ayı”/“ayında” (“Ocak ayında”, where ocak is no hearth).</summary>
    [GeneratedRegex(
        @"(?<!\p{L})(?:(?:yalnız|yalniz|sadece|only(?:\s+in)?)\s+(?<m>" + MonthName + @")(?!\p{L})|(?<m>" + MonthName + @")\s+ay(?:ı|i|ında|inda)(?!\p{L}))",
        RegexOptions.CultureInvariant)]
    private static partial Regex SingleMonthPattern();

    /// <summary>A season as a stream's window: summer, winter or the heating season, spring, autumn (lower-cased).</summary>
    [GeneratedRegex(
        @"(?<!\p{L})(?:(?<summer>yaz\s+(?:ay|sezon|dönem|mevsim)\p{L}*|yazın|yaz\s+boyunca|summer(?:\s+months|\s+only|\s+season)?|in\s+summer)" +
        @"|(?<winter>kış\s+(?:ay|sezon|dönem|mevsim|ısıtma)\p{L}*|kis\s+(?:ay|sezon|donem|mevsim|isitma)\p{L}*|kışın|kisin|kış\s+boyunca|ısıtma\s+(?:sezon|dönem)\p{L}*|isitma\s+(?:sezon|donem)\p{L}*|winter(?:\s+months|\s+only|\s+heating)?|heating\s+season)" +
        @"|(?<spring>ilkbahar\p{L}*)|(?<autumn>sonbahar\p{L}*|autumn))(?<also>\s+(?:da|de|dahil|too|as\s+well))?(?!\p{L})(?<not>\s+(?:\p{L}*m[ıiuü]yor\p{L}*|\p{L}*m[ae]z|yok|hariç|haric|dışında|disinda|except(?:ed)?|durur|not))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex SeasonPattern();

    /// <summary>Words that say a stream runs all year, whatever months the description names besides.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:yıl\s+boyu|yil\s+boyu|tüm\s+yıl|tum\s+yil|bütün\s+yıl|her\s+ay|12\s+ay|year[-\s]round|all\s+year|throughout\s+the\s+year)", RegexOptions.CultureInvariant)]
    private static partial Regex AllYearPattern();

    /// <summary>
    /// The months a description states as its stream's window (bit k is month k + 1), or null when it states none or says
    /// the stream runs all year. A range wraps over the new year (“Kasım-Mart”); a season counts broadly (summer May–September,
    /// winter and the heating season November–March, spring March–May, autumn September–November), so that only plainly
    /// separate windows are told apart; a window said to hold “too” (“kışın da”) or the whole year is no window, and one the
    /// stream is said not to run in (“yazın kullanılmıyor”, “Temmuz-Ağustos hariç”) leaves the other months.
    /// </summary>
    public static int? Months(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var text = description.ToLower(s_tr);
        var mask = 0;
        foreach (Match m in MonthPairPattern().Matches(text))
        {
            var a = MonthIndex(m.Groups["a"].Value);
            var b = MonthIndex(m.Groups["b"].Value);
            var sep = m.Groups["sep"].Value;
            var list = sep is "ve" or "and" or "," or "&";
            if (!list && !m.Groups["sep"].Success && !m.Groups["abl"].Success && !m.Value.Contains("ayından", StringComparison.Ordinal))
            {
                // Two month names side by side with no joining word or sign are no window (“Mart Nisan”).
                continue;
            }

            var span = list ? (1 << a) | (1 << b) : Span(a, b);
            mask |= m.Groups["not"].Success ? AllMonths & ~span : span;
        }

        if (mask == 0)
        {
            foreach (Match m in SingleMonthPattern().Matches(text))
            {
                mask |= 1 << MonthIndex(m.Groups["m"].Value);
            }
        }

        foreach (Match m in SeasonPattern().Matches(text))
        {
            if (m.Groups["also"].Success)
            {
                return null;
            }

            // A season beside a temperature says how warm the stream is then, not when it runs: “18-22 °C in winter”.
            if (NearTemperature(text, m.Index, m.Length))
            {
                continue;
            }

            var season = m.Groups["summer"].Success ? Span(4, 8) : m.Groups["winter"].Success ? Span(10, 2) : m.Groups["spring"].Success ? Span(2, 4) : Span(8, 10);
            mask |= m.Groups["not"].Success ? AllMonths & ~season : season;
        }

        return mask is 0 or AllMonths || AllYearPattern().IsMatch(text) ? null : mask;
    }

    /// <summary>The months as a reader writes them: runs of months joined by a dash, over the new year where they wrap (“Kasım–Mart”, “Temmuz–Eylül”).</summary>
    public static string MonthsText(int mask, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var names = culture.TwoLetterISOLanguageName == "tr" ? s_monthsTr : s_monthsEn;

        // Start after a month not in the window, so that a run over the new year is read whole.
        var start = 0;
        while (start < 12 && (mask & (1 << start)) != 0)
        {
            start++;
        }

        var runs = new List<string>();
        for (var k = 0; k < 12; k++)
        {
            var first = (start + k) % 12;
            if ((mask & (1 << first)) == 0 || (mask & (1 << ((first + 11) % 12))) != 0)
            {
                continue;
            }

            var last = first;
            while ((mask & (1 << ((last + 1) % 12))) != 0 && (last + 1) % 12 != first)
            {
                last = (last + 1) % 12;
            }

            runs.Add(last == first ? names[first] : names[first] + "–" + names[last]);
        }

        return string.Join(", ", runs);
    }

    private static bool NearTemperature(string text, int index, int length)
    {
        var from = Math.Max(0, index - 8);
        var to = Math.Min(text.Length, index + length + 8);
        return text.AsSpan(from, to - from).Contains('°');
    }

    private static int MonthIndex(string name)
    {
        for (var k = 0; k < 12; k++)
        {
            if (Array.IndexOf(s_monthNames[k], name) >= 0)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>The months from <paramref name="first"/> to <paramref name="last"/> (0-based), over the new year when last comes first.</summary>
    private static int Span(int first, int last)
    {
        var mask = 0;
        for (var k = first; ; k = (k + 1) % 12)
        {
            mask |= 1 << k;
            if (k == last)
            {
                return mask;
            }
        }
    }
}
