using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Common;

/// <summary>
/// The one rule for what a user may type into a search box, and how it becomes LIKE patterns over
/// a stored <see cref="TurkishText.SearchKey"/> column: one pattern per word, all must match. A
/// search is bounded (characters and words) so that no request can make the database plan or scan
/// for long; groups of two digits typed apart (<c>10 01 02</c>, <c>10-01-02</c>) are one code.
/// </summary>
public static class SearchPattern
{
    /// <summary>Most characters in a search.</summary>
    public const int MaxLength = 100;

    /// <summary>Most words in a search (after joining code digits).</summary>
    public const int MaxWords = 8;

    /// <summary>The field name of a search in errors (the API's <c>search</c> parameter).</summary>
    public const string Field = "Search";

    /// <summary>What is wrong with a search text, or null when it may run.</summary>
    public static FieldError? Problem(string? query)
    {
        if (query is null)
        {
            return null;
        }

        if (query.Length > MaxLength)
        {
            return new FieldError(Field, "Search.TooLong", [MaxLength]);
        }

        return Split(query).Count > MaxWords ? new FieldError(Field, "Search.TooManyWords", [MaxWords]) : null;
    }

    /// <summary>The normalised words of a search; throws <see cref="ValidationFailedException"/> when it is too long.</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        if (Problem(query) is { } problem)
        {
            throw new ValidationFailedException([problem]);
        }

        return Split(query);
    }

    /// <summary>LIKE patterns (<c>%word%</c>, wildcards escaped) for each word of the query.</summary>
    public static IReadOnlyList<string> ContainsAll(string? query) =>
        [.. Words(query).Select(w => "%" + Escape(w) + "%")];

    /// <summary>
    /// LIKE patterns for word-start search over a <see cref="TurkishText.WordKey"/> column: per query
    /// word (in <see cref="TurkishText.LowerKey"/> form, so Turkish letters must match) a pattern for the
    /// key's first word (<c>kül%</c>) and one for any later word (<c>% kül%</c>); every word must match one.
    /// </summary>
    public static IReadOnlyList<WordStart> WordStarts(string? query)
    {
        if (Problem(query) is { } problem)
        {
            throw new ValidationFailedException([problem]);
        }

        return [.. Split(query, TurkishText.LowerKey).Select(w => new WordStart(Escape(w) + "%", "% " + Escape(w) + "%"))];
    }

    private static string Escape(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);

    private static List<string> Split(string? query) => Split(query, TurkishText.SearchKey);

    private static List<string> Split(string? query, Func<string?, string> key)
    {
        var words = new List<string>();
        foreach (var word in key(query).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // An EWC code typed in groups ("10 01 02") is stored as one word ("100102").
            if (IsDigitPair(word) && words.Count > 0 && words[^1].Length is 2 or 4 && words[^1].All(char.IsAsciiDigit))
            {
                words[^1] += word;
            }
            else if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static bool IsDigitPair(string word) => word.Length == 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]);
}

/// <summary>The two LIKE patterns of one query word: at the start of the key, or after a space.</summary>
public sealed record WordStart(string First, string Later);
