namespace IzmirSymbiosis.Domain.Streams;

/// <summary>
/// Helpers for European List of Waste codes: six digits, shown as <c>10 01 02</c>; chapter is the
/// first two digits, sub-chapter the first four.
/// </summary>
public static class EwcCode
{
    /// <summary>Strips spaces, stars and separators: <c>"10 01 02*"</c> → <c>"100102"</c>; null when it is not six digits.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = string.Concat(text.Where(char.IsAsciiDigit));
        var rest = text.Where(c => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && c is not '*' and not '.' and not '-');
        return digits.Length == 6 && !rest.Any() ? digits : null;
    }

    /// <summary>
    /// Like <see cref="Normalize"/>, but also accepts a sub-chapter (4 digits, <c>"10 01"</c>) or a
    /// chapter (2 digits, <c>"10"</c>): <c>"10 01"</c> → <c>"1001"</c>; null otherwise.
    /// </summary>
    public static string? NormalizeScope(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = string.Concat(text.Where(char.IsAsciiDigit));
        var rest = text.Where(c => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && c is not '*' and not '.' and not '-');
        return digits.Length is 2 or 4 or 6 && !rest.Any() ? digits : null;
    }

    /// <summary>Display form <c>10 01 02</c>, <c>10 01</c> for a sub-chapter, <c>10</c> for a chapter.</summary>
    public static string Display(string code) => code.Length switch
    {
        6 => $"{code[..2]} {code[2..4]} {code[4..]}",
        4 => $"{code[..2]} {code[2..]}",
        _ => code,
    };

    /// <summary>Chapter, two digits.</summary>
    public static string Chapter(string code) => code[..2];

    /// <summary>Sub-chapter, four digits.</summary>
    public static string SubChapter(string code) => code[..4];
}
