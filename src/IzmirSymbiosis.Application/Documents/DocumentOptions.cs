using System.ComponentModel.DataAnnotations;
using IzmirSymbiosis.Domain.Documents;

namespace IzmirSymbiosis.Application.Documents;

/// <summary>Limits of documents, from the <c>Documents</c> section (validated at start).</summary>
public sealed class DocumentOptions
{
    /// <summary>Configuration section (shared with the store's folder).</summary>
    public const string SectionName = "Documents";

    /// <summary>Largest document accepted, in bytes (10 MB unless configured; 1 KB to 100 MB).</summary>
    [Range(1024L, 100L * 1024 * 1024)]
    public long MaxBytes { get; set; } = SubjectDocument.DefaultMaxBytes;
}
