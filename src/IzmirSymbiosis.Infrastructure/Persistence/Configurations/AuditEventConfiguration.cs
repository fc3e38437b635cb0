using IzmirSymbiosis.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.EventType).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.Property(e => e.OccurredAt).HasColumnType("timestamptz");
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.SubjectUserId);
    }
}
