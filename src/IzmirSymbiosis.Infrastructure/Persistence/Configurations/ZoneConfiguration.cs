using IzmirSymbiosis.Domain.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<OrganizedIndustrialZone>
{
    public void Configure(EntityTypeBuilder<OrganizedIndustrialZone> builder)
    {
        builder.ToTable("zones");
        builder.HasKey(z => z.Id);
        builder.Property(z => z.Id).ValueGeneratedNever();
        builder.Property(z => z.NameTr).HasMaxLength(200);
        builder.Property(z => z.NameEn).HasMaxLength(200);
        builder.Property(z => z.ShortName).HasMaxLength(40);
        builder.Property(z => z.ZoneType).HasMaxLength(80);
        builder.Property(z => z.District).HasMaxLength(60);
        builder.Property(z => z.Status).HasMaxLength(120);
    }
}
