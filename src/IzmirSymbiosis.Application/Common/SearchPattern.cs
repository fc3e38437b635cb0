using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Application.Common;

/// <summary>
/// Turns what a user typed into LIKE patterns over a stored <see cref="TurkishText.SearchKey"/>
/// column: one pattern per word, all must match.
/// </summary>
public static class SearchPattern
{
    /// <summary>LIKE patterns (<c>%word%</c>, wildcards escaped) for each word of the query.</summary>
    public static IReadOnlyList<string> ContainsAll(string? query) =>
        [.. TurkishText.SearchKey(query)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "%" + w.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%")];
}
