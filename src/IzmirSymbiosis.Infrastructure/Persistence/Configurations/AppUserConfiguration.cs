using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(120);
        builder.Property(u => u.ZoneIds).HasColumnType("integer[]");
        builder.Property(u => u.Membership).HasMaxLength(16);
        builder.Property(u => u.CreatedAt).HasColumnType("timestamptz");
        builder.HasOne<Company>().WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => u.CompanyId);
    }
}
