using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ConfigureEntity();
        builder.Property(c => c.LegalName).HasMaxLength(Company.NameMaxLength).IsRequired().UseCollation(AppDbContext.TurkishCollation);
        builder.Property(c => c.TaxNumber).HasMaxLength(10).IsFixedLength().IsRequired();
        builder.HasIndex(c => c.TaxNumber).IsUnique();
        builder.Property(c => c.NaceCode).HasMaxLength(5).IsRequired();
        builder.HasIndex(c => c.NaceCode);
        builder.Property(c => c.Address).HasMaxLength(Company.AddressMaxLength);
        builder.Property(c => c.District).HasMaxLength(Company.DistrictMaxLength).IsRequired().UseCollation(AppDbContext.TurkishCollation);
        builder.Property(c => c.SearchKey).IsRequired();
        builder.HasIndex(c => c.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(c => c.DistrictKey).HasMaxLength(Company.DistrictMaxLength * 2).IsRequired();
        builder.HasIndex(c => c.DistrictKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(c => c.LegalName);
        builder.HasOne<OrganizedIndustrialZone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.ZoneId);
        builder.Ignore(c => c.Location);
        builder.Ignore(c => c.AgreesToBeNamed);
        builder.OwnsMany(c => c.Contacts, contacts =>
        {
            contacts.ToJson("contacts");
            contacts.Property(p => p.FullName).HasMaxLength(ContactPerson.NameMaxLength);
            contacts.Property(p => p.Email).HasMaxLength(ContactPerson.EmailMaxLength);
            contacts.Property(p => p.Phone).HasMaxLength(ContactPerson.PhoneMaxLength);
        });
        builder.Navigation(c => c.Contacts).HasField("_contacts");

        // Permits are part of the company (its row version guards their edits too), read with it
        // by the one mapper the engine uses.
        builder.OwnsMany(c => c.Permits, permits =>
        {
            permits.ToJson("hazardous_permits");
            permits.Property(p => p.Authority).HasMaxLength(HazardousWastePermit.AuthorityMaxLength);
            permits.Property(p => p.Number).HasMaxLength(HazardousWastePermit.NumberMaxLength);
        });
        builder.Navigation(c => c.Permits).HasField("_permits");
    }
}
