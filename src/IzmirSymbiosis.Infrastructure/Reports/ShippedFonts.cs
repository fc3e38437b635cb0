using PdfSharp.Fonts;

namespace IzmirSymbiosis.Infrastructure.Reports;

/// <summary>
/// PDFsharp's font resolver over the fonts embedded in this assembly (DejaVu Sans regular and bold;
/// licence in Reports/Fonts/LICENSE-DejaVu.txt). PDFsharp keeps one resolver per process, so it is
/// set once; every family name resolves to DejaVu Sans.
/// </summary>
internal sealed class ShippedFonts : IFontResolver
{
    /// <summary>The family the reports use.</summary>
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock s_gate = new();

    /// <summary>Makes the shipped fonts PDFsharp's, unless a resolver is already set.</summary>
    public static void Register()
    {
        lock (s_gate)
        {
            GlobalFontSettings.FontResolver ??= new ShippedFonts();
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(ShippedFonts).Assembly.GetManifestResourceStream($"IzmirSymbiosis.Infrastructure.Reports.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
