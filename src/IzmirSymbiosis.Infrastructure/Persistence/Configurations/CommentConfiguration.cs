using IzmirSymbiosis.Domain.Collaboration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(Comment.AuthorNameMaxLength).IsRequired();
        builder.Property(c => c.AuthorRole).HasMaxLength(32).IsRequired();
        builder.Property(c => c.CreatedAt).HasColumnType("timestamptz");

        // Generic over subjects (introductions, exchanges): no foreign key; a thread is read in order.
        builder.HasIndex(c => new { c.Subject, c.SubjectId, c.Id });
    }
}
