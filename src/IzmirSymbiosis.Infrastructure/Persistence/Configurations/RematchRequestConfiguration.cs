using IzmirSymbiosis.Domain.Matches;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class RematchRequestConfiguration : IEntityTypeConfiguration<RematchRequest>
{
    public void Configure(EntityTypeBuilder<RematchRequest> builder)
    {
        builder.ToTable("rematch_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.RequestedAt).HasColumnType("timestamptz");

        // No foreign keys: a request for a stream or firm that has gone since just removes what the
        // engine still holds of it.
        builder.HasIndex(r => r.CompanyId);
    }
}
