using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Field;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class FieldVisitConfiguration : IEntityTypeConfiguration<FieldVisit>
{
    public void Configure(EntityTypeBuilder<FieldVisit> builder)
    {
        builder.ToTable("field_visits");
        builder.ConfigureEntity();
        builder.HasOne<Company>().WithMany().HasForeignKey(v => v.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Visitors).HasMaxLength(FieldVisit.VisitorsMaxLength).IsRequired();
        builder.Property(v => v.Notes).HasMaxLength(FieldVisit.NotesMaxLength);

        // Participants, follow-ups and found streams live in the visit's row, so its row version
        // guards their edits too (a stale edit of a follow-up is refused like one of the notes).
        builder.OwnsMany(v => v.Participants, p =>
        {
            p.ToJson("participants");
            p.Property(x => x.FullName).HasMaxLength(VisitParticipant.NameMaxLength);
            p.Property(x => x.Role).HasMaxLength(VisitParticipant.RoleMaxLength);
        });
        builder.Navigation(v => v.Participants).HasField("_participants");
        builder.OwnsMany(v => v.FollowUps, f =>
        {
            f.ToJson("follow_ups");
            f.Property(x => x.Text).HasMaxLength(FollowUp.TextMaxLength);
        });
        builder.Navigation(v => v.FollowUps).HasField("_followUps");
        builder.Property(v => v.StreamIds).HasColumnName("stream_ids");

        // The list: by firm, newest first.
        builder.HasIndex(v => new { v.CompanyId, v.VisitedOn });
        builder.HasIndex(v => v.VisitedOn);
    }
}
