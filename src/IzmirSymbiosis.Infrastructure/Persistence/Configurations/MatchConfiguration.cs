using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Breakdown).HasColumnType("jsonb").IsRequired();
        builder.Property(m => m.EngineVersion).HasMaxLength(20).IsRequired();
        builder.Property(m => m.LatentNaceCode).HasMaxLength(Match.NaceMaxLength);
        builder.Property(m => m.ComputedAt).HasColumnType("timestamptz");
        builder.Property(m => m.CreatedAt).HasColumnType("timestamptz");

        // A stream or company that goes away takes its matches with it.
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(m => m.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.OfferCompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.ReceiverCompanyId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(m => new { m.OfferId, m.NeedId }).IsUnique().HasFilter("need_id IS NOT NULL");
        builder.HasIndex(m => new { m.OfferId, m.ReceiverCompanyId, m.LatentNaceCode }).IsUnique().HasFilter("need_id IS NULL");
        builder.HasIndex(m => m.NeedId);
        builder.HasIndex(m => m.OfferCompanyId);
        builder.HasIndex(m => m.ReceiverCompanyId);
        builder.HasIndex(m => new { m.Kind, m.Score });

        // The match browser's order (best first) and its count read this index alone: the columns
        // the list filters on are included, the heap (with the breakdown) is read for one page only.
        builder.HasIndex(m => new { m.Score, m.Id }, "ix_matches_score_desc_id")
            .IsDescending(true, false)
            .IncludeProperties(m => new { m.Kind, m.OfferId, m.OfferCompanyId, m.NeedId, m.ReceiverCompanyId, m.GiverViewScore, m.ReceiverViewScore });

        // The browser's "nearest first" and "within N km" for a reader of every firm: a range of this
        // index, in order (unknown distances, NULL, sort last in an ascending index).
        builder.HasIndex(m => new { m.RoadKm, m.Id }, "ix_matches_road_km_id")
            .IncludeProperties(m => new { m.Kind, m.Score, m.OfferId, m.NeedId, m.ReceiverCompanyId });
    }
}
