namespace IzmirSymbiosis.Domain.Reference;

/// <summary>An entry of the European List of Waste (EWC); <c>*</c> entries are hazardous.</summary>
public sealed class WasteCode
{
    /// <summary>Six digits, no spaces (<c>100102</c>).</summary>
    public required string Code { get; init; }

    /// <summary>Chapter, two digits.</summary>
    public required string ChapterCode { get; init; }

    /// <summary>Sub-chapter, four digits.</summary>
    public required string SubChapterCode { get; init; }

    /// <summary>Official English description.</summary>
    public required string DescriptionEn { get; init; }

    /// <summary>Turkish description from the Waste Management Regulation's list (Ek-4); null where no text was found.</summary>
    public string? TitleTr { get; set; }

    /// <summary>Whether the entry is hazardous (<c>*</c>).</summary>
    public bool IsHazardous { get; init; }

    /// <summary>Absolute or mirror, hazardous or not.</summary>
    public required string EntryType { get; init; }

    /// <summary>Code and both descriptions as a <see cref="Common.TurkishText.WordKey"/>, for word-start search.</summary>
    public string SearchKey { get; set; } = string.Empty;
}

/// <summary>A chapter (two digits) or sub-chapter (four digits) heading of the EWC.</summary>
public sealed class WasteCategory
{
    /// <summary>Two or four digits without spaces.</summary>
    public required string Code { get; init; }

    /// <summary>Chapter code of a sub-chapter; null for a chapter.</summary>
    public string? ParentCode { get; init; }

    /// <summary>Official English title.</summary>
    public required string TitleEn { get; init; }

    /// <summary>Turkish title: chapters ours, sub-chapters from the regulation's list.</summary>
    public string? TitleTr { get; set; }

    /// <summary>True for a chapter.</summary>
    public bool IsChapter => ParentCode is null;
}

/// <summary>An R (recovery) or D (disposal) operation of Directive 2008/98/EC.</summary>
public sealed class RecoveryOperation
{
    /// <summary>R1…R13, D1…D15.</summary>
    public required string Code { get; init; }

    /// <summary>True for recovery (R), false for disposal (D).</summary>
    public bool IsRecovery { get; init; }

    /// <summary>English description.</summary>
    public required string DescriptionEn { get; init; }

    /// <summary>Turkish description from the Waste Management Regulation (Ek-2A/2B).</summary>
    public string? TitleTr { get; set; }

    /// <summary>Code and both descriptions as a <see cref="Common.TurkishText.WordKey"/>, for word-start search.</summary>
    public string SearchKey { get; set; } = string.Empty;
}
