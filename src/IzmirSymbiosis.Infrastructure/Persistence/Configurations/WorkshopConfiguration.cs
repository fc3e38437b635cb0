using IzmirSymbiosis.Domain.Field;
using IzmirSymbiosis.Domain.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.ToTable("workshops");
        builder.ConfigureEntity();
        builder.HasOne<OrganizedIndustrialZone>().WithMany().HasForeignKey(w => w.ZoneId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(w => w.Place).HasMaxLength(Workshop.PlaceMaxLength).IsRequired();
        builder.Property(w => w.Organiser).HasMaxLength(Workshop.OrganiserMaxLength).IsRequired();
        builder.Property(w => w.Notes).HasMaxLength(Workshop.NotesMaxLength);
        builder.Ignore(w => w.ParticipantTotal);

        // Counts and topics live in the workshop's row: its row version guards them.
        builder.OwnsMany(w => w.Participants, p => p.ToJson("participants"));
        builder.Navigation(w => w.Participants).HasField("_participants");
        builder.OwnsMany(w => w.Topics, t =>
        {
            t.ToJson("topics");
            t.Property(x => x.Material).HasMaxLength(SynergyTopic.MaterialMaxLength);
            t.Ignore(x => x.ReadyForExchange);
        });
        builder.Navigation(w => w.Topics).HasField("_topics");
        builder.HasIndex(w => w.HeldOn);
        builder.HasIndex(w => w.ZoneId);
    }
}
