using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.ToTable("introductions");
        builder.ConfigureEntity();
        builder.Property(i => i.DeclineReason).HasMaxLength(Introduction.ReasonMaxLength);
        builder.Property(i => i.GiverDecidedAt).HasColumnType("timestamptz");
        builder.Property(i => i.ReceiverDecidedAt).HasColumnType("timestamptz");
        builder.Property(i => i.ExpiresAt).HasColumnType("timestamptz");
        builder.Property(i => i.ClosedAt).HasColumnType("timestamptz");

        // The pair's streams and firms: an introduction goes with them (as their matches do). No
        // foreign key to the match: match rows are recomputed, the pair is what is introduced.
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(i => i.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(i => i.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(i => i.GiverCompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(i => i.ReceiverCompanyId).OnDelete(DeleteBehavior.Cascade);

        // At most one live (pending or accepted) introduction per pair: two racing requests cannot
        // both be saved.
        builder.HasIndex(i => new { i.OfferId, i.NeedId }).IsUnique()
            .HasFilter("need_id IS NOT NULL AND status IN ('Pending', 'Accepted')")
            .HasDatabaseName("ix_introductions_live_registered_pair");
        builder.HasIndex(i => new { i.OfferId, i.ReceiverCompanyId }).IsUnique()
            .HasFilter("need_id IS NULL AND status IN ('Pending', 'Accepted')")
            .HasDatabaseName("ix_introductions_live_latent_pair");
        builder.HasIndex(i => i.GiverCompanyId);
        builder.HasIndex(i => i.ReceiverCompanyId);
        builder.HasIndex(i => new { i.Status, i.ExpiresAt });
    }
}
