using IzmirSymbiosis.Domain.Documents;

namespace IzmirSymbiosis.Domain.UnitTests.Documents;

public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("Analiz Raporu.pdf", DocumentFormat.Pdf, "Analiz Raporu.pdf")]
    [InlineData("ÇİZELGE.XLSX", DocumentFormat.Xlsx, "ÇİZELGE.xlsx")]
    [InlineData("foto.JPEG", DocumentFormat.Jpeg, "foto.jpeg")]
    [InlineData("rapor.pdf", DocumentFormat.Png, "rapor.png")]
    [InlineData("fatura.exe", DocumentFormat.Pdf, "fatura.pdf")]
    [InlineData("rapor.v2", DocumentFormat.Pdf, "rapor.v2.pdf")]
    [InlineData("izin", DocumentFormat.Pdf, "izin.pdf")]
    [InlineData(@"C:\fakepath\Ölçüm Sonuçları.xlsx", DocumentFormat.Xlsx, "Ölçüm Sonuçları.xlsx")]
    [InlineData("../../etc/passwd", DocumentFormat.Pdf, "passwd.pdf")]
    [InlineData("a<b>:c|d?.pdf", DocumentFormat.Pdf, "a_b__c_d_.pdf")]
    [InlineData("rapor\u202Efdp.exe", DocumentFormat.Pdf, "raporfdp.pdf")]
    [InlineData("satır\nbir.pdf", DocumentFormat.Pdf, "satırbir.pdf")]
    [InlineData("", DocumentFormat.Png, "belge.png")]
    [InlineData(null, DocumentFormat.Pdf, "belge.pdf")]
    [InlineData(" ... ", DocumentFormat.Pdf, "belge.pdf")]
    [InlineData(".pdf", DocumentFormat.Pdf, "pdf.pdf")]
    public void For_ClaimedName_IsCleanedAndTellsTheDetectedFormat(string? claimed, DocumentFormat format, string expected) =>
        Assert.Equal(expected, DocumentFileName.For(claimed, format));

    [Fact]
    public void For_LongName_IsCutKeepingTheExtension()
    {
        var name = DocumentFileName.For(new string('ş', 400) + ".pdf", DocumentFormat.Pdf);

        Assert.Equal(DocumentFileName.MaxLength, name.Length);
        Assert.EndsWith("ş.pdf", name, StringComparison.Ordinal);
    }
}
