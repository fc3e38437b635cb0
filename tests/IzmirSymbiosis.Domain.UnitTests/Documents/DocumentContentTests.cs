using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Documents;

namespace IzmirSymbiosis.Domain.UnitTests.Documents;

public sealed class DocumentContentTests
{
    public static TheoryData<string, DocumentFormat> Accepted => new()
    {
        { nameof(SampleFiles.Pdf), DocumentFormat.Pdf },
        { nameof(SampleFiles.Png), DocumentFormat.Png },
        { nameof(SampleFiles.Jpeg), DocumentFormat.Jpeg },
        { nameof(SampleFiles.Gif), DocumentFormat.Gif },
        { nameof(SampleFiles.WebP), DocumentFormat.WebP },
        { nameof(SampleFiles.Xlsx), DocumentFormat.Xlsx },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { nameof(SampleFiles.Exe), "Document.TypeNotAllowed" },
        { nameof(SampleFiles.Html), "Document.TypeNotAllowed" },
        { nameof(SampleFiles.Svg), "Document.TypeNotAllowed" },
        { nameof(SampleFiles.PlainZip), "Document.TypeNotAllowed" },
        { nameof(SampleFiles.Docx), "Document.TypeNotAllowed" },
        { nameof(SampleFiles.Xlsm), "Document.Macros" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Detect_AllowedFile_ReturnsItsFormat(string sample, DocumentFormat expected) =>
        Assert.Equal(expected, DocumentContent.Detect(new MemoryStream(Sample(sample))));

    [Theory]
    [MemberData(nameof(Refused))]
    public void Detect_OtherFile_IsRefusedAtTheFileField(string sample, string code)
    {
        var e = Assert.Throws<DomainException>(() => DocumentContent.Detect(new MemoryStream(Sample(sample))));

        Assert.Equal((code, DocumentContent.Field), (e.Code, e.Field));
    }

    [Fact]
    public void Detect_EmptyFile_IsRefused() =>
        Assert.Equal("Document.Empty", Assert.Throws<DomainException>(() => DocumentContent.Detect(new MemoryStream())).Code);

    [Theory]
    [InlineData(nameof(SampleFiles.Pdf))]
    [InlineData(nameof(SampleFiles.Png))]
    [InlineData(nameof(SampleFiles.Jpeg))]
    [InlineData(nameof(SampleFiles.Gif))]
    [InlineData(nameof(SampleFiles.WebP))]
    [InlineData(nameof(SampleFiles.Xlsx))]
    public void Detect_FileCutShort_IsRefusedAsDamaged(string sample)
    {
        var bytes = Sample(sample);

        var e = Assert.Throws<DomainException>(() => DocumentContent.Detect(new MemoryStream(bytes[..(bytes.Length - 3)])));

        Assert.Equal("Document.Damaged", e.Code);
    }

    [Fact]
    public void Detect_OnlyTheFirstBytesOfAPng_IsRefusedAsDamaged() =>
        Assert.Equal("Document.Damaged", Assert.Throws<DomainException>(() => DocumentContent.Detect(new MemoryStream(SampleFiles.Png[..8]))).Code);

    [Fact]
    public void Detect_ZipBomb_IsRefusedWithoutUnpackingIt()
    {
        var bomb = SampleFiles.ZipBomb();

        var e = Assert.Throws<DomainException>(() => DocumentContent.Detect(new MemoryStream(bomb)));

        Assert.True(bomb.Length < 1024 * 1024, $"The sample should be small, is {bomb.Length} bytes");
        Assert.Equal("Document.Unsafe", e.Code);
    }

    [Fact]
    public void Detect_WorkbookWithTooManyEntries_IsRefused()
    {
        var entries = Enumerable.Range(0, DocumentContent.MaxZipEntries + 1).Select(i => ($"xl/media/{i}.txt", "x")).ToArray();
        var zip = SampleFiles.Zip([("[Content_Types].xml", SampleFiles.XlsxMainType), ("xl/workbook.xml", "<workbook/>"), .. entries]);

        Assert.Equal("Document.Unsafe", Assert.Throws<DomainException>(() => DocumentContent.Detect(new MemoryStream(zip))).Code);
    }

    [Fact]
    public void Detect_NameNeverAsked_PngBytesArePngWhateverTheyAreCalled() =>
        Assert.Equal(DocumentFormat.Png, DocumentContent.Detect(new MemoryStream(SampleFiles.Png)));

    [Fact]
    public void Detect_TextStartingLikeAPdfButNotEnding_IsDamaged() =>
        Assert.Equal("Document.Damaged", Assert.Throws<DomainException>(() => DocumentContent.Detect(new MemoryStream("%PDF-<html>"u8.ToArray()))).Code);

    private static byte[] Sample(string name) =>
        typeof(SampleFiles).GetProperty(name)!.GetValue(null) as byte[] ?? throw new InvalidOperationException(name);
}
