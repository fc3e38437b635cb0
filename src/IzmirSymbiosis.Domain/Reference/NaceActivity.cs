namespace IzmirSymbiosis.Domain.Reference;

/// <summary>A NACE Rev.2 entry at one of four levels.</summary>
public sealed class NaceActivity
{
    /// <summary>Dotted code: <c>C</c>, <c>24</c>, <c>24.1</c>, <c>24.10</c>.</summary>
    public required string Code { get; init; }

    /// <summary>1 section, 2 division, 3 group, 4 class.</summary>
    public int Level { get; init; }

    /// <summary>Parent code; null for a section.</summary>
    public string? ParentCode { get; init; }

    /// <summary>Section letter.</summary>
    public required string Section { get; init; }

    /// <summary>Official English title.</summary>
    public required string TitleEn { get; init; }

    /// <summary>Turkish title (TÜİK's NACE Rev.2; sections in our sentence case).</summary>
    public string? TitleTr { get; set; }

    /// <summary>Explanatory note: what the entry includes.</summary>
    public string? Includes { get; init; }

    /// <summary>Explanatory note: what it also includes.</summary>
    public string? AlsoIncludes { get; init; }

    /// <summary>Explanatory note: what it excludes.</summary>
    public string? Excludes { get; init; }

    /// <summary>Code and both titles as a <see cref="Common.TurkishText.WordKey"/>, for word-start search.</summary>
    public string SearchKey { get; set; } = string.Empty;
}
