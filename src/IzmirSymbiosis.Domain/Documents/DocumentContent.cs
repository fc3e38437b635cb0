using System.IO.Compression;
using System.Text;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Documents;

/// <summary>
/// Decides what a file is from its bytes, on an allow-list: PDF, PNG, JPEG, GIF, WebP and Excel
/// workbooks (xlsx). The name and the Content-Type a client claims are never asked. Anything else
/// (executables, HTML, SVG, plain ZIP, Word files, macro workbooks) is refused, and so is a file
/// that is visibly cut short. An xlsx is a ZIP: it is opened with bounds (entries, declared size,
/// compression ratio, bytes read) so that a ZIP bomb costs nothing to refuse.
/// </summary>
public static class DocumentContent
{
    /// <summary>The input field errors are reported on.</summary>
    public const string Field = "File";

    /// <summary>Most entries an accepted workbook may hold (a real one holds tens to hundreds).</summary>
    public const int MaxZipEntries = 5_000;

    /// <summary>Most bytes an accepted workbook may unpack to, by its own directory.</summary>
    public const long MaxZipUnpackedBytes = 250L * 1024 * 1024;

    /// <summary>Highest compression ratio of one entry larger than <see cref="RatioCheckedFromBytes"/>.</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Entries smaller than this unpacked are not ratio-checked (tiny XML compresses well).</summary>
    public const long RatioCheckedFromBytes = 1024 * 1024;

    /// <summary>Most bytes of <c>[Content_Types].xml</c> read.</summary>
    public const int MaxContentTypesBytes = 256 * 1024;

    private const string XlsxMainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string MacroMainType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private static readonly byte[] s_pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] s_pdfEnd = "%%EOF"u8.ToArray();
    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] s_pngEnd = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
    private static readonly byte[] s_jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] s_gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] s_gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] s_zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>
    /// The format of the whole of <paramref name="content"/> (seekable; read from its start). Throws
    /// a <see cref="DomainException"/> on <see cref="Field"/>: <c>Document.Empty</c>,
    /// <c>Document.TypeNotAllowed</c>, <c>Document.Damaged</c> (cut short or unreadable),
    /// <c>Document.Macros</c> or <c>Document.Unsafe</c> (a ZIP bomb).
    /// </summary>
    public static DocumentFormat Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek || !content.CanRead)
        {
            throw new ArgumentException("The content must be readable and seekable.", nameof(content));
        }

        var length = content.Length;
        if (length == 0)
        {
            throw new DomainException("Document.Empty", Field);
        }

        var head = ReadAt(content, 0, 16);
        if (head.AsSpan().StartsWith(s_pdf))
        {
            return Tail(content, 1024).AsSpan().IndexOf(s_pdfEnd) >= 0 ? DocumentFormat.Pdf : throw Damaged();
        }

        if (head.AsSpan().StartsWith(s_png))
        {
            var complete = head.Length >= 16 && head.AsSpan(12, 4).SequenceEqual("IHDR"u8) && Tail(content, s_pngEnd.Length).AsSpan().SequenceEqual(s_pngEnd);
            return complete ? DocumentFormat.Png : throw Damaged();
        }

        if (head.AsSpan().StartsWith(s_jpeg))
        {
            // End of image (FF D9); some phones append their own data (tens of KB) after it.
            return Tail(content, 64 * 1024).AsSpan().IndexOf([(byte)0xFF, (byte)0xD9]) >= 0 ? DocumentFormat.Jpeg : throw Damaged();
        }

        if (head.AsSpan().StartsWith(s_gif87) || head.AsSpan().StartsWith(s_gif89))
        {
            return Tail(content, 1)[0] == 0x3B ? DocumentFormat.Gif : throw Damaged();
        }

        if (head.Length >= 12 && head.AsSpan(0, 4).SequenceEqual("RIFF"u8) && head.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            // The RIFF header states the size of what follows it (8 bytes); a pad byte may follow an odd size.
            var declared = (long)BitConverter.ToUInt32(head, 4);
            return declared + 8 == length || declared + 9 == length ? DocumentFormat.WebP : throw Damaged();
        }

        if (head.AsSpan().StartsWith(s_zip))
        {
            CheckWorkbook(content);
            return DocumentFormat.Xlsx;
        }

        throw new DomainException("Document.TypeNotAllowed", Field);
    }

    private static void CheckWorkbook(Stream content)
    {
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > MaxZipEntries)
            {
                throw new DomainException("Document.Unsafe", Field);
            }

            long unpacked = 0;
            ZipArchiveEntry? types = null;
            var workbook = false;
            foreach (var entry in entries)
            {
                unpacked += entry.Length;
                var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / entry.CompressedLength;
                if (unpacked > MaxZipUnpackedBytes || (entry.Length >= RatioCheckedFromBytes && ratio > MaxCompressionRatio))
                {
                    throw new DomainException("Document.Unsafe", Field);
                }

                switch (entry.FullName)
                {
                    case "[Content_Types].xml":
                        types = entry;
                        break;
                    case "xl/workbook.xml":
                        workbook = true;
                        break;
                    case "xl/vbaProject.bin":
                        throw new DomainException("Document.Macros", Field);
                }
            }

            if (types is null || !workbook)
            {
                // A ZIP, a Word or PowerPoint file, an OpenDocument file: not a workbook.
                throw new DomainException("Document.TypeNotAllowed", Field);
            }

            var declaredTypes = ReadBounded(types);
            if (declaredTypes.Contains(MacroMainType, StringComparison.OrdinalIgnoreCase))
            {
                throw new DomainException("Document.Macros", Field);
            }

            if (!declaredTypes.Contains(XlsxMainType, StringComparison.OrdinalIgnoreCase))
            {
                throw new DomainException("Document.TypeNotAllowed", Field);
            }
        }
        catch (InvalidDataException)
        {
            // No central directory (cut short), bad headers or a corrupt deflate stream.
            throw Damaged();
        }
    }

    private static string ReadBounded(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxContentTypesBytes)
        {
            throw new DomainException("Document.Unsafe", Field);
        }

        using var stream = entry.Open();
        var buffer = new byte[MaxContentTypesBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        // The directory may understate the size: what is read is bounded all the same.
        return read > MaxContentTypesBytes ? throw new DomainException("Document.Unsafe", Field) : Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static byte[] ReadAt(Stream content, long offset, int count)
    {
        content.Position = offset;
        var buffer = new byte[(int)Math.Min(count, content.Length - offset)];
        content.ReadExactly(buffer);
        return buffer;
    }

    private static byte[] Tail(Stream content, int count) =>
        ReadAt(content, Math.Max(0, content.Length - count), (int)Math.Min(count, content.Length));

    private static DomainException Damaged() => new("Document.Damaged", Field);
}
