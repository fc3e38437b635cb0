namespace IzmirSymbiosis.Domain.Documents;

/// <summary>The file formats a document may have, as detected from its bytes (never from its name).</summary>
public enum DocumentFormat
{
    /// <summary>PDF (<c>%PDF-</c> … <c>%%EOF</c>).</summary>
    Pdf,

    /// <summary>PNG image.</summary>
    Png,

    /// <summary>JPEG image.</summary>
    Jpeg,

    /// <summary>GIF image.</summary>
    Gif,

    /// <summary>WebP image.</summary>
    WebP,

    /// <summary>Excel workbook (Office Open XML, no macros).</summary>
    Xlsx,
}

/// <summary>The media type and file extensions of each <see cref="DocumentFormat"/>.</summary>
public static class DocumentFormats
{
    /// <summary>The media type a document of <paramref name="format"/> is served with.</summary>
    public static string ContentType(this DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Png => "image/png",
        DocumentFormat.Jpeg => "image/jpeg",
        DocumentFormat.Gif => "image/gif",
        DocumentFormat.WebP => "image/webp",
        DocumentFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Extensions (lower case, with the dot) that name <paramref name="format"/>; the first is the one given to a file whose name says otherwise.</summary>
    public static IReadOnlyList<string> Extensions(this DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => [".pdf"],
        DocumentFormat.Png => [".png"],
        DocumentFormat.Jpeg => [".jpg", ".jpeg", ".jpe"],
        DocumentFormat.Gif => [".gif"],
        DocumentFormat.WebP => [".webp"],
        DocumentFormat.Xlsx => [".xlsx"],
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The format served as <paramref name="contentType"/>; null for any other type.</summary>
    public static DocumentFormat? FromContentType(string? contentType) =>
        Enum.GetValues<DocumentFormat>().Select(f => (DocumentFormat?)f).FirstOrDefault(f => f!.Value.ContentType() == contentType);
}
