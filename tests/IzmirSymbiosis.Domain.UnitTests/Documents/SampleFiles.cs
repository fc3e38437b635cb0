using System.IO.Compression;
using System.Text;

namespace IzmirSymbiosis.Domain.UnitTests.Documents;

/// <summary>Small real files of each kind the document check knows, and look-alikes it must refuse.</summary>
public static class SampleFiles
{
    public const string XlsxMainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Pdf => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A 1×1 GIF.</summary>
    public static byte[] Gif => Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <summary>The markers of a JPEG around some scan data.</summary>
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9];

    /// <summary>A WebP container with a (lossless) image chunk.</summary>
    public static byte[] WebP
    {
        get
        {
            byte[] chunk = [.. "VP8L"u8, 5, 0, 0, 0, 0x2F, 0, 0, 0, 0x10, 0];
            var size = BitConverter.GetBytes((uint)(4 + chunk.Length));
            return [.. "RIFF"u8, .. size, .. "WEBP"u8, .. chunk];
        }
    }

    public static byte[] Xlsx => Zip(
        ("[Content_Types].xml", ContentTypes(XlsxMainType)),
        ("_rels/.rels", "<Relationships/>"),
        ("xl/workbook.xml", "<workbook><sheets><sheet name=\"Analiz\" sheetId=\"1\"/></sheets></workbook>"),
        ("xl/worksheets/sheet1.xml", "<worksheet/>"));

    public static byte[] Xlsm => Zip(
        ("[Content_Types].xml", ContentTypes("application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
        ("xl/workbook.xml", "<workbook/>"),
        ("xl/vbaProject.bin", "VBA"));

    public static byte[] Docx => Zip(
        ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("word/document.xml", "<document/>"));

    public static byte[] PlainZip => Zip(("rapor.txt", "yalnızca metin"));

    public static byte[] Exe => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, .. new byte[64]];

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Svg => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    /// <summary>An xlsx-looking ZIP whose one entry unpacks to 50 MB of zeros from about 50 KB.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes(XlsxMainType));
            Add(zip, "xl/workbook.xml", "<workbook/>");
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                Add(zip, name, text);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string ContentTypes(string mainType) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{mainType}\"/></Types>";
}
