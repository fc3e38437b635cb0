using IzmirSymbiosis.Domain.Matches;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class AppliedRematchConfiguration : IEntityTypeConfiguration<AppliedRematch>
{
    public void Configure(EntityTypeBuilder<AppliedRematch> builder)
    {
        builder.ToTable("applied_rematches");
        builder.HasKey(a => a.Seq);

        // Given out by the coordinator under the matching lock, so the numbers have no gaps.
        builder.Property(a => a.Seq).ValueGeneratedNever();
        builder.Property(a => a.AppliedAt).HasColumnType("timestamptz");
    }
}
