using IzmirSymbiosis.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class SubjectDocumentConfiguration : IEntityTypeConfiguration<SubjectDocument>
{
    public void Configure(EntityTypeBuilder<SubjectDocument> builder)
    {
        builder.ToTable("subject_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.FileName).HasMaxLength(DocumentFileName.MaxLength).IsRequired().UseCollation(AppDbContext.TurkishCollation);
        builder.Property(d => d.ContentType).HasMaxLength(SubjectDocument.ContentTypeMaxLength).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.StorageKey).HasMaxLength(SubjectDocument.StorageKeyLength).IsFixedLength().IsRequired();
        builder.Property(d => d.Note).HasMaxLength(SubjectDocument.NoteMaxLength);
        builder.Property(d => d.UploadedAt).HasColumnType("timestamptz");

        // No foreign key to the subject: documents hang off introductions and exchanges alike, and
        // the subject's own access rule decides who sees them.
        builder.HasIndex(d => new { d.SubjectKind, d.SubjectId, d.UploadedAt });
        builder.HasIndex(d => d.StorageKey).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("ck_subject_documents_length", "length > 0"));
    }
}
