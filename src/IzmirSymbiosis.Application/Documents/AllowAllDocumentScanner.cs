using IzmirSymbiosis.Application.Common.Interfaces;

namespace IzmirSymbiosis.Application.Documents;

/// <summary>The default virus-scan hook: accepts everything (replace it to scan, see README).</summary>
internal sealed class AllowAllDocumentScanner : IDocumentScanner
{
    public Task<DocumentScanResult> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        Task.FromResult(DocumentScanResult.Clean);
}
