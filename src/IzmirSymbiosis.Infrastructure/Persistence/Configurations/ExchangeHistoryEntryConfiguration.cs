using IzmirSymbiosis.Domain.Exchanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class ExchangeHistoryEntryConfiguration : IEntityTypeConfiguration<ExchangeHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ExchangeHistoryEntry> builder)
    {
        builder.ToTable("exchange_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Action).HasMaxLength(32).IsRequired();
        builder.Property(h => h.Comment).HasMaxLength(Exchange.CommentMaxLength);
        builder.Property(h => h.IdempotencyKey).HasMaxLength(ExchangeHistoryEntry.IdempotencyKeyMaxLength);
        builder.Property(h => h.At).HasColumnType("timestamptz");
        builder.HasOne<Exchange>().WithMany().HasForeignKey(h => h.ExchangeId).OnDelete(DeleteBehavior.Cascade);

        // A version is made once; a key is used once per exchange (a repeat finds the first result).
        builder.HasIndex(h => new { h.ExchangeId, h.Version }).IsUnique();
        builder.HasIndex(h => new { h.ExchangeId, h.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
    }
}
