using IzmirSymbiosis.Domain.Accounts;
using IzmirSymbiosis.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class PendingRegistrationConfiguration : IEntityTypeConfiguration<PendingRegistration>
{
    public void Configure(EntityTypeBuilder<PendingRegistration> builder)
    {
        builder.ToTable("pending_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Email).HasMaxLength(ContactPerson.EmailMaxLength).IsRequired();
        builder.Property(r => r.NormalizedEmail).HasMaxLength(ContactPerson.EmailMaxLength).IsRequired();
        builder.Property(r => r.TokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.FullName).HasMaxLength(PendingRegistration.FullNameMaxLength).IsRequired();
        builder.Property(r => r.PasswordHash).IsRequired();
        builder.Property(r => r.TaxNumber).HasMaxLength(10).IsFixedLength().IsRequired();
        builder.Property(r => r.LegalName).HasMaxLength(Company.NameMaxLength).IsRequired();
        builder.Property(r => r.NaceCode).HasMaxLength(5).IsRequired();
        builder.Property(r => r.District).HasMaxLength(Company.DistrictMaxLength).IsRequired();
        builder.Property(r => r.CreatedAt).HasColumnType("timestamptz");
        builder.Property(r => r.ExpiresAt).HasColumnType("timestamptz");

        // A confirmation looks its row up by the token's hash; sign-up counts and clears by address.
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => r.NormalizedEmail);
        builder.HasIndex(r => r.ExpiresAt);
    }
}
