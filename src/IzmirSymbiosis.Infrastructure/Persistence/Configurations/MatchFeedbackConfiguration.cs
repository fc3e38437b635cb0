using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Matches;
using IzmirSymbiosis.Domain.Streams;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class MatchFeedbackConfiguration : IEntityTypeConfiguration<MatchFeedback>
{
    public void Configure(EntityTypeBuilder<MatchFeedback> builder)
    {
        builder.ToTable("match_feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.Property(f => f.Text).HasMaxLength(MatchFeedback.TextMaxLength);
        builder.Property(f => f.EngineVersion).HasMaxLength(20).IsRequired();
        builder.Property(f => f.CreatedAt).HasColumnType("timestamptz");
        builder.Property(f => f.UpdatedAt).HasColumnType("timestamptz");

        // Not tied to a match row (rows come and go with recomputation) but to the pair's streams
        // and firms: when those go, the answer goes with them.
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(f => f.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ResourceStream>().WithMany().HasForeignKey(f => f.NeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(f => f.ReceiverCompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(f => f.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);

        // One answer per user and pair; a latent pair has no need (NULLS NOT DISTINCT, PostgreSQL 15).
        builder.HasIndex(f => new { f.UserId, f.OfferId, f.ReceiverCompanyId, f.NeedId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(f => new { f.OfferId, f.ReceiverCompanyId });
    }
}
